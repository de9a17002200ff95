import { InvalidSnapshot, SnapshotAlreadyGenerated } from '../errors';
import { parseEvent } from '../events';
import { decideSnapshot, evolveSnapshot, initialSnapshotState, parseSnapshotRequest, snapshotPosition, type GenerateSnapshot } from './snapshot.decider';

const command = (overrides: Partial<GenerateSnapshot> = {}): GenerateSnapshot => ({
  type: 'GenerateSnapshot',
  snapshotId: 'sn-0123456789abcdef',
  scope: { agreementId: 'etela-savo-family-centre-2026' },
  on: '2026-11-15',
  title: 'Vuosikatselmus 2026',
  asOfPosition: 42,
  heads: 'a'.repeat(64),
  sha256: 'b'.repeat(64),
  documentVersion: 1,
  ...overrides,
});

describe('GenerateSnapshot', () => {
  it('given no snapshot, when generated, records SnapshotGenerated with the position and digest', () => {
    const events = decideSnapshot(command(), initialSnapshotState);
    const { type: _type, ...data } = command();
    expect(events).toEqual([{ type: 'SnapshotGenerated', schemaVersion: 1, data }]);
    expect(parseEvent('SnapshotGenerated', 1, events[0].data)).toEqual(events[0]);
  });
  it('given a snapshot of that id, refuses to generate it again', () => {
    const state = decideSnapshot(command(), initialSnapshotState).reduce(evolveSnapshot, initialSnapshotState);
    expect(() => decideSnapshot(command(), state)).toThrow(SnapshotAlreadyGenerated);
  });
  const twoScopes = { agreementId: 'x', partyId: 'y' };
  it.each([
    [{ scope: twoScopes }, 'scope'],
    [{ scope: { kind: 'Family Law' } }, 'scope.kind'],
    [{ on: '2026-02-30' }, 'on'],
    [{ title: ' ' }, 'title'],
    [{ sha256: 'B'.repeat(64) }, 'sha256'],
  ])('refuses a malformed field %j', (overrides, field) => {
    expect(() => decideSnapshot(command(overrides), initialSnapshotState)).toThrow(expect.objectContaining({ field }));
  });
});

describe('snapshotPosition', () => {
  it('given no atPosition, reflects the head', () => {
    expect(snapshotPosition(undefined, 17)).toBe(17);
  });
  it('given an atPosition at or before the head, reflects it', () => {
    expect(snapshotPosition(17, 17)).toBe(17);
    expect(snapshotPosition(3, 17)).toBe(3);
  });
  it('refuses an atPosition beyond the head, naming atPosition', () => {
    expect(() => snapshotPosition(18, 17)).toThrow(InvalidSnapshot);
    expect(() => snapshotPosition(18, 17)).toThrow(expect.objectContaining({ field: 'atPosition' }));
    expect(() => snapshotPosition(0, 17)).toThrow(expect.objectContaining({ field: 'atPosition' }));
  });
  it('refuses a snapshot of an empty log', () => {
    expect(() => snapshotPosition(undefined, 0)).toThrow(InvalidSnapshot);
  });
});

describe('parseSnapshotRequest', () => {
  it('accepts each scope and an optional atPosition', () => {
    for (const scope of [{ agreementId: 'a' }, { partyId: 'laukaa' }, { kind: 'family-law' }]) {
      expect(parseSnapshotRequest({ scope, on: '2026-11-15', title: 'T' })).toEqual({ scope, on: '2026-11-15', title: 'T' });
    }
    expect(parseSnapshotRequest({ scope: { kind: 'framework' }, on: '2026-11-15', title: 'T', atPosition: 3 }).atPosition).toBe(3);
  });
  it.each([
    [{ scope: {}, on: '2026-11-15', title: 'T' }, 'scope'],
    [{ scope: { kind: 'framework' }, on: '15.11.2026', title: 'T' }, 'on'],
    [{ scope: { kind: 'framework' }, on: '2026-11-15', title: '' }, 'title'],
    [{ scope: { kind: 'framework' }, on: '2026-11-15', title: 'T', atPosition: 1.5 }, 'atPosition'],
  ])('refuses %j naming the field', (input, field) => {
    expect(() => parseSnapshotRequest(input)).toThrow(expect.objectContaining({ field }));
  });
});
