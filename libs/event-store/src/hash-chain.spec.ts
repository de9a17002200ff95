import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import type { StoredEvent } from './event-store.port';
import { ChainVerifier, canonicalJson, eventHash, eventHashFromCanonicalParts, verifyChain } from './hash-chain';

const JCS_TESTDATA = path.join(__dirname, 'testing', 'rfc8785-vectors');

describe('canonicalJson (RFC 8785)', () => {
  const names = fs.readdirSync(path.join(JCS_TESTDATA, 'input')).filter((n) => n.endsWith('.json'));

  it('finds the RFC 8785 test vectors', () => {
    expect(names.sort()).toEqual(['arrays.json', 'french.json', 'structures.json', 'unicode.json', 'values.json', 'weird.json']);
  });

  it.each(names)('canonicalises %s to exactly the reference bytes', (name) => {
    const input = JSON.parse(fs.readFileSync(path.join(JCS_TESTDATA, 'input', name), 'utf8'));
    const expected = fs.readFileSync(path.join(JCS_TESTDATA, 'output', name));
    expect(Buffer.from(canonicalJson(input), 'utf8').equals(expected)).toBe(true);
  });

  it('rejects values with no canonical form', () => {
    expect(() => canonicalJson({ n: NaN })).toThrow();
    expect(() => canonicalJson([Infinity])).toThrow();
    expect(() => canonicalJson('\ud800')).toThrow();
    expect(() => canonicalJson(1n)).toThrow();
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => canonicalJson(cyclic)).toThrow();
    expect(() => canonicalJson(undefined)).toThrow();
  });

  it('drops undefined members, turns undefined array items into null, honours toJSON', () => {
    expect(canonicalJson({ b: undefined, a: [undefined, new Date(0)] })).toBe('{"a":[null,"1970-01-01T00:00:00.000Z"]}');
  });

  it('is independent of member order and stable under a JSON round trip', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const c = canonicalJson(v);
        expect(canonicalJson(JSON.parse(c))).toBe(c);
        expect(canonicalJson(JSON.parse(JSON.stringify(v, null, 1)))).toBe(c);
      }),
      { numRuns: 300 },
    );
  });
});

describe('eventHash', () => {
  const metadata = {
    recordedAt: '2026-01-15T10:00:00.000Z',
    actor: 'user-1',
    role: 'legal',
    correlationId: 'c-1',
    causationId: 'c-1',
  };
  const fields = {
    prevHash: null,
    streamId: 'agreement-1',
    streamRevision: 0,
    eventId: '00000000-0000-5000-8000-000000000001',
    type: 'AgreementDrafted',
    schemaVersion: 1,
    data: { title: 'Perheoikeudelliset palvelut', parties: ['kunta-a', 'kunta-b'], shareåäö: 0.5 },
    metadata,
  };

  it('matches a hand-built canonical string hashed with node:crypto', () => {
    const literal =
      '{"data":{"parties":["kunta-a","kunta-b"],"shareåäö":0.5,"title":"Perheoikeudelliset palvelut"},' +
      '"eventId":"00000000-0000-5000-8000-000000000001",' +
      '"metadata":{"actor":"user-1","causationId":"c-1","correlationId":"c-1","recordedAt":"2026-01-15T10:00:00.000Z","role":"legal"},' +
      '"prevHash":null,"schemaVersion":1,"streamId":"agreement-1","streamRevision":0,"type":"AgreementDrafted"}';
    const expected = createHash('sha256').update(Buffer.from(literal, 'utf8')).digest('hex');
    expect(eventHash(fields)).toBe(expected);
    expect(eventHash(fields)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('covers prevHash in the hash', () => {
    expect(eventHash({ ...fields, prevHash: 'ab'.repeat(32) })).not.toBe(eventHash(fields));
  });

  it('eventHashFromCanonicalParts equals eventHash', () => {
    fc.assert(
      fc.property(
        fc.record({
          prevHash: fc.option(fc.stringMatching(/^[0-9a-f]{64}$/), { nil: null }),
          streamId: fc.string(),
          streamRevision: fc.nat(),
          eventId: fc.uuid(),
          type: fc.string(),
          schemaVersion: fc.nat(),
          data: fc.jsonValue(),
          metadata: fc.dictionary(fc.string(), fc.string()),
        }),
        (f) => {
          expect(eventHashFromCanonicalParts(f, canonicalJson(f.data), canonicalJson(f.metadata))).toBe(eventHash(f));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('verifyChain', () => {
  const meta = { recordedAt: '2026-01-01T00:00:00.000Z', actor: 'a', role: 'r', correlationId: 'c', causationId: 'c' };
  function chain(): StoredEvent[] {
    const out: StoredEvent[] = [];
    const heads = new Map<string, string>();
    const streams = ['s-1', 's-2', 's-1', 's-1', 's-2'];
    const revs = new Map<string, number>();
    streams.forEach((streamId, i) => {
      const streamRevision = revs.get(streamId) ?? 0;
      revs.set(streamId, streamRevision + 1);
      const e = {
        globalPosition: i + 1,
        streamId,
        streamRevision,
        eventId: `id-${i}`,
        type: 'T',
        schemaVersion: 1,
        data: { i },
        metadata: meta,
        prevHash: heads.get(streamId) ?? null,
      };
      const hash = eventHash(e);
      heads.set(streamId, hash);
      out.push({ ...e, hash });
    });
    return out;
  }

  it('accepts an intact multi-stream log', () => {
    expect(verifyChain(chain())).toEqual({ ok: true, eventsChecked: 5, streams: 2 });
  });

  it('reports altered data as hash-mismatch at the altered event', () => {
    const c = chain();
    c[2] = { ...c[2]!, data: { i: 99 } };
    expect(verifyChain(c)).toMatchObject({ ok: false, index: 2, reason: 'hash-mismatch' });
  });

  it('reports a rewritten event (rehashed) as prev-hash-mismatch on its successor', () => {
    const c = chain();
    const forged = { ...c[2]!, data: { i: 99 } };
    c[2] = { ...forged, hash: eventHash(forged) };
    expect(verifyChain(c)).toMatchObject({ ok: false, index: 3, reason: 'prev-hash-mismatch' });
  });

  it('reports a removed event as revision-gap', () => {
    const c = chain();
    c.splice(2, 1);
    expect(verifyChain(c)).toMatchObject({ ok: false, index: 2, reason: 'revision-gap', expected: 1, actual: 2 });
  });

  it('reports reordered positions', () => {
    const c = chain();
    c[1] = { ...c[1]!, globalPosition: 1 };
    expect(verifyChain(c)).toMatchObject({ ok: false, index: 1, reason: 'position-not-increasing' });
  });

  it('ChainVerifier checks event by event and keeps a broken event out of its stream head', () => {
    const c = chain();
    const verifier = new ChainVerifier();
    const tampered = { ...c[2]!, data: { i: 99 } };
    expect(verifier.check(c[0]!)).toBeUndefined();
    expect(verifier.check(c[1]!)).toBeUndefined();
    expect(verifier.check(tampered)).toMatchObject({ reason: 'hash-mismatch', actual: c[2]!.hash });
    // The stream's head is still revision 0, so revision 2 is a gap from the verifier's point of view.
    expect(verifier.check(c[3]!)).toMatchObject({ reason: 'revision-gap', expected: 1, actual: 2 });
    expect(verifier.check(c[4]!)).toBeUndefined();
    expect(verifier.streams).toBe(2);
  });
});
