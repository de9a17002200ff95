import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '@pacta/event-store';
import { ProjectionRunner } from '../../engine/projection-runner';
import { ReadModelQueries } from '../read-model-queries';

let dir: string;
let file: string;
let writer: Database.Database;
let queries: ReadModelQueries;

/** An obligation row and its terms, written as the projector would, with a chosen row id. */
function writeObligation(id: number, agreementId: string, description: string, validFrom = '2024-01-01', position = 7) {
  writer
    .prepare(
      'INSERT INTO obligations (id, agreement_id, kind, version, obligation_id, type, party_id, party_type, role, valid_from, valid_to, ' +
        "recorded_from_position, recorded_from_at) VALUES (?, ?, 'family-centre', 1, 'o-1', 'service-provision', 'laukaa', 'municipality', " +
        "'participant', ?, NULL, ?, '2024-01-01T00:00:00.000Z')",
    )
    .run(id, agreementId, validFrom, position);
  writer
    .prepare("INSERT INTO obligation_terms (agreement_id, version, obligation_id, terms) VALUES (?, 1, 'o-1', ?)")
    .run(agreementId, JSON.stringify({ description: { fi: description } }));
}

/** The page, which exists: every test's party is registered. */
function answered(...args: Parameters<ReadModelQueries['obligations']['page']>) {
  const page = queries.obligations.page(...args);
  if (!page) throw new Error('no page: the party is not registered');
  return page;
}

const setGeneration = (generation: number) =>
  writer
    .prepare("INSERT INTO meta (key, value) VALUES ('generation', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")
    .run(String(generation));

/** What the projector commits with a batch: the checkpoint, and where obligation rows last changed. */
function reach(checkpoint: number, obligationsChangedAt?: number) {
  writer.prepare('UPDATE projections SET position = ?').run(checkpoint);
  if (obligationsChangedAt !== undefined) {
    writer
      .prepare("INSERT INTO meta (key, value) VALUES ('obligations-changed-at', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")
      .run(String(obligationsChangedAt));
  }
}

const agreementsKnownAt = (position: number) =>
  (JSON.parse(answered({ on: '2024-06-01', partyId: 'laukaa', knownAt: { position } }).json.toString()) as { agreementId: string }[]).map(
    (obligation) => obligation.agreementId,
  );

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pacta-queries-'));
  file = join(dir, 'read-models.db');
  const store = SqliteEventStore.open(join(dir, 'events.db'));
  const runner = new ProjectionRunner(store, { file }); // makes the tables
  await runner.stop();
  await store.close();
  writer = new Database(file);
  writer
    .prepare("INSERT INTO parties (party_id, name, type, member_ids, revision, position) VALUES ('laukaa', '{\"fi\":\"Laukaa\"}', 'municipality', '[]', 0, 1)")
    .run();
  queries = ReadModelQueries.open(file);
});
afterEach(() => {
  queries.close();
  writer.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('ObligationQueries pages', () => {
  it('answers the obligations as JSON text, with the key of the last row when more follow', () => {
    writeObligation(1, 'ag-1', 'Perhekeskus');
    writeObligation(2, 'ag-2', 'Perheoikeus');
    reach(10, 7);
    const filter = { on: '2024-06-01', partyId: 'laukaa' };
    const first = answered(filter, { limit: 1 });
    expect(JSON.parse(first.json.toString())).toEqual([
      expect.objectContaining({ agreementId: 'ag-1', partyId: 'laukaa', validFrom: '2024-01-01', validTo: null, recorded: { position: 7, at: '2024-01-01T00:00:00.000Z' } }),
    ]);
    expect(JSON.parse(first.json.toString()).map((o: { description: { fi: string } }) => o.description.fi)).toEqual(['Perhekeskus']);
    expect(first.next).toEqual(['ag-1', 1, 'o-1', 'laukaa', '2024-01-01', 1]);
    const second = answered(filter, { limit: 1, after: first.next });
    expect(JSON.parse(second.json.toString()).map((o: { agreementId: string }) => o.agreementId)).toEqual(['ag-2']);
    expect(second.next).toBeUndefined();
    expect(answered({ on: '2023-12-31', partyId: 'laukaa' }).json.toString()).toBe('[]');
    expect(queries.obligations.page({ on: '2024-06-01', partyId: 'hankasalmi' })).toBeUndefined();
  });

  it('does not answer a kept row after a rebuild reused its id for another row (a new generation)', () => {
    writeObligation(1, 'ag-1', 'Ennen');
    reach(10, 7);
    setGeneration(1);
    expect(JSON.parse(answered({ on: '2024-06-01' }).json.toString())[0].description.fi).toBe('Ennen');

    writer.transaction(() => {
      writer.prepare('DELETE FROM obligations').run();
      writer.prepare('DELETE FROM obligation_terms').run();
      writeObligation(1, 'ag-9', 'Jälkeen');
      setGeneration(2);
    })();
    const [after] = JSON.parse(answered({ on: '2024-06-01' }).json.toString());
    expect([after.agreementId, after.description.fi]).toEqual(['ag-9', 'Jälkeen']);
  });

  it('answers a page again only while what it knows cannot have changed', () => {
    writeObligation(1, 'ag-1', 'Ensimmäinen', '2024-01-01', 7);
    reach(10, 7);
    expect(agreementsKnownAt(10)).toEqual(['ag-1']);
    reach(11); // a decision: no obligation changed
    expect(agreementsKnownAt(11)).toEqual(['ag-1']);

    writeObligation(2, 'ag-2', 'Toinen', '2024-01-01', 12);
    reach(12, 12);
    expect(agreementsKnownAt(12)).toEqual(['ag-1', 'ag-2']);
    expect(agreementsKnownAt(11)).toEqual(['ag-1']); // what position 11 knew stays as it was
    expect(agreementsKnownAt(10)).toEqual(['ag-1']);

    // A pin beyond the checkpoint: events up to it may still be projected, so its answer is not kept.
    expect(agreementsKnownAt(20)).toEqual(['ag-1', 'ag-2']);
    writeObligation(3, 'ag-3', 'Kolmas', '2024-01-01', 15);
    reach(15, 15);
    expect(agreementsKnownAt(20)).toEqual(['ag-1', 'ag-2', 'ag-3']);
  });

  it('answers an obligation due once with its due date and place, overdue on the row after the due date', () => {
    writeObligation(1, 'ag-1', 'Luovutus', '2024-01-01');
    writer.prepare("UPDATE obligations SET valid_to = '2024-05-01' WHERE id = 1").run();
    writer
      .prepare(
        'INSERT INTO obligations (id, agreement_id, kind, version, obligation_id, type, party_id, party_type, role, valid_from, valid_to, ' +
          "recorded_from_position, recorded_from_at) SELECT 2, agreement_id, kind, version, obligation_id, type, party_id, party_type, role, '2024-05-02', " +
          'NULL, recorded_from_position, recorded_from_at FROM obligations WHERE id = 1',
      )
      .run();
    const office = { id: 'office', kind: 'office', municipality: 'laukaa' };
    writer
      .prepare("UPDATE obligation_terms SET terms = ? WHERE agreement_id = 'ag-1'")
      .run(JSON.stringify({ description: { fi: 'Luovutus' }, recurrence: 'once', dueOn: '2024-05-01', location: office }));
    reach(10, 7);
    const on = (date: string) => JSON.parse(answered({ on: date, partyId: 'laukaa' }).json.toString());
    expect(on('2024-05-01')).toEqual([expect.objectContaining({ dueOn: '2024-05-01', overdue: false, location: office })]);
    expect(on('2024-05-02')).toEqual([expect.objectContaining({ dueOn: '2024-05-01', overdue: true, location: office })]);
  });

  it('leaves dueOn, overdue and location out of an obligation whose terms give none', () => {
    writeObligation(1, 'ag-1', 'Palvelu');
    reach(10, 7);
    const [obligation] = JSON.parse(answered({ on: '2024-06-01', partyId: 'laukaa' }).json.toString());
    expect(obligation).not.toHaveProperty('dueOn');
    expect(obligation).not.toHaveProperty('overdue');
    expect(obligation).not.toHaveProperty('location');
  });
});
