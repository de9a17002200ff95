import Database from 'better-sqlite3';
import {
  agreementDecider,
  foldRecorded,
  obligationRows,
  partyDecider,
  statusOn,
  type AgreementState,
  type PartyState,
} from '@pacta/domain';
import { SqliteEventStore, type StoredEvent } from '@pacta/event-store';
import fc from 'fast-check';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deadlinesOf } from '@pacta/domain';
import { ProjectionRunner } from './projection-runner';
import { readSideState } from '../read-models/agreements/read-side-state';
import { ReadModelQueries } from '../read-models/read-model-queries';
import type { ObligationFilter, ObligationView } from '../read-models/obligations/obligation-queries';
import { rebuildReadModels } from './rebuild-read-models';
import { dumpReadModels as dump } from '../testing/dump-read-models';
import { readOnly } from '../testing/read-only';
import { DATES, HistoryBuilder, stepArbitrary, type Step } from '../testing/random-history';

/** The read side as a plain fold of the streams up to a position: no database, no incremental diffing. */
function foldUpTo(events: StoredEvent[], position: number) {
  const agreements = new Map<string, AgreementState>();
  const parties = new Map<string, PartyState>();
  for (const event of events) {
    if (event.globalPosition > position) break;
    const agreementId = agreementDecider.stream.idOf(event.streamId);
    const partyId = partyDecider.stream.idOf(event.streamId);
    if (agreementId !== undefined) {
      agreements.set(agreementId, foldRecorded(agreementDecider, [event], agreements.get(agreementId)));
    } else if (partyId !== undefined) {
      parties.set(partyId, foldRecorded(partyDecider, [event], parties.get(partyId)));
    }
  }
  return { agreements, parties };
}

const obligationTuple = (row: { agreementId: string; version: number; obligationId: string; partyId: string; validFrom: string; validTo: string | null }) =>
  [row.agreementId, row.version, row.obligationId, row.partyId, row.validFrom, row.validTo ?? ''].join('|');

const readOne = (file: string, sql: string) => readOnly(file, (db) => db.prepare(sql).pluck().get());
const obligationsChangedAt = (file: string) => {
  const value = readOne(file, "SELECT value FROM meta WHERE key = 'obligations-changed-at'") as string | undefined;
  return value === undefined ? null : Number(value);
};
const lastObligationChange = (file: string) =>
  readOne(file, 'SELECT MAX(MAX(recorded_from_position, COALESCE(recorded_to_position, 0))) FROM obligations') as number | null;

const obligationsOf = (queries: ReadModelQueries, filter: ObligationFilter) =>
  JSON.parse(queries.obligations.page(filter)!.json.toString()) as ObligationView[];

function expectedObligations(events: StoredEvent[], on: string, position: number): string[] {
  const { agreements } = foldUpTo(events, position);
  return [...agreements.values()]
    .flatMap((state) => obligationRows(state))
    .filter((row) => row.validFrom <= on && (row.validTo === null || row.validTo >= on))
    .map(obligationTuple)
    .sort();
}


describe('ProjectionRunner', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'pacta-projections-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps incremental read models equal to a rebuild from zero and to a pure fold of the streams, across restarts', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(stepArbitrary, { minLength: 5, maxLength: 30 }), { minLength: 3, maxLength: 3 }), fc.array(fc.tuple(fc.nat(DATES.length - 1)), { minLength: 3, maxLength: 3 }), fc.constantFrom(1, 2, 5000), async (chunks: Step[][], probes, cachedAgreements) => {
        const run = mkdtempSync(join(dir, 'run-'));
        const store = SqliteEventStore.open(join(run, 'events.db'), { pollIntervalMs: 5 });
        const history = new HistoryBuilder();
        const clock = { minute: 0 };
        const file = join(run, 'read-models.db');
        try {
          // 1: following while events arrive; 2: appended while stopped, caught up on restart; 3: following again.
          // A small cache makes agreements leave memory and come back from the tables, while following and rebuilding.
          let runner = new ProjectionRunner(store, { file, batchSize: 7, cachedAgreements });
          await runner.start();
          chunks[0].forEach((step) => history.step(step));
          await history.appendTo(store, clock);
          expect(await runner.waitFor(await store.headPosition(), 10_000)).toBe(true);
          await runner.stop();
          chunks[1].forEach((step) => history.step(step));
          await history.appendTo(store, clock);
          runner = new ProjectionRunner(store, { file, batchSize: 7, cachedAgreements });
          await runner.start();
          chunks[2].forEach((step) => history.step(step));
          await history.appendTo(store, clock);
          const head = await store.headPosition();
          expect(await runner.waitFor(head, 10_000)).toBe(true);
          expect(runner.position()).toBe(head);
          await runner.stop();

          const rebuilt = join(run, 'rebuilt.db');
          expect(await rebuildReadModels(store, rebuilt)).toBe(head);
          expect(dump(file)).toEqual(dump(rebuilt));
          const rebuiltOverFollowed = join(run, 'rebuilt-over-followed.db');
          copyFileSync(file, rebuiltOverFollowed);
          expect(await rebuildReadModels(store, rebuiltOverFollowed)).toBe(head);
          expect(dump(rebuiltOverFollowed)).toEqual(dump(rebuilt));
          const rebuiltInSmallCache = join(run, 'rebuilt-small-cache.db');
          const small = new ProjectionRunner(store, { file: rebuiltInSmallCache, cachedAgreements, batchSize: 7 });
          await small.rebuild();
          await small.stop();
          expect(dump(rebuiltInSmallCache)).toEqual(dump(rebuilt));
          for (const projected of [file, rebuilt]) expect(obligationsChangedAt(projected)).toBe(lastObligationChange(projected));

          const events = await store.readAll(0, 1_000_000);
          const queries = ReadModelQueries.open(file);
          try {
            const { agreements, parties } = foldUpTo(events, head);
            // Every recorded-time position against every valid-time date, by position and by instant.
            const folded = new Map<string, AgreementState>();
            for (let knownAt = 0; knownAt <= head; knownAt++) {
              if (knownAt > 0) {
                const event = events[knownAt - 1];
                if (agreementDecider.stream.idOf(event.streamId) !== undefined) {
                  folded.set(event.streamId, foldRecorded(agreementDecider, [event], folded.get(event.streamId)));
                }
              }
              const atInstant = knownAt > 0 && lastOfSameInstant(events, knownAt) === knownAt;
              for (const on of DATES) {
                const expected = [...folded.values()]
                  .flatMap((state) => obligationRows(state))
                  .filter((row) => row.validFrom <= on && (row.validTo === null || row.validTo >= on))
                  .map(obligationTuple)
                  .sort();
                // The answer HTTP gives, kept across positions while no obligation changed (see obligationsPageJson).
                expect(obligationsOf(queries, { on, knownAt: { position: knownAt } }).map(obligationTuple).sort()).toEqual(expected);
                if (atInstant) {
                  const instant = events[knownAt - 1].metadata.recordedAt;
                  expect(obligationsOf(queries, { on, knownAt: { instant } }).map(obligationTuple).sort()).toEqual(expected);
                }
              }
            }
            for (const [dateIndex] of probes) {
              const on = DATES[dateIndex];
              expect(queries.agreements.list({ on }).map((a) => [a.id, a.status])).toEqual(
                [...agreements.values()].sort((a, b) => (a.agreementId < b.agreementId ? -1 : 1)).map((s) => [s.agreementId, statusOn(s, on)]),
              );
            }
            expect(obligationsOf(queries, { on: '2021-06-01' }).map(obligationTuple).sort()).toEqual(expectedObligations(events, '2021-06-01', head));
            expect(queries.parties.list().map((p) => [p.id, p.revision, p.populations])).toEqual(
              [...parties.values()].sort((a, b) => (a.partyId < b.partyId ? -1 : 1)).map((p) => [p.partyId, expect.any(Number), p.populations]),
            );
            for (const state of agreements.values()) {
              expect(queries.agreements.state(state.agreementId)?.state).toEqual(readSideState(state));
            }
            const deadlines = [...agreements.values()].flatMap(deadlinesOf);
            expect(queries.deadlines.between().length).toBe(deadlines.length);
            expect(new Set(queries.deadlines.between().map((d) => JSON.stringify(d)))).toEqual(new Set(deadlines.map((d) => JSON.stringify(d))));
          } finally {
            queries.close();
          }
        } finally {
          await store.close();
        }
      }),
      { numRuns: 20 },
    );
  });

  it('resumes from its checkpoint without reprocessing, and rebuilds when a schema version changed', async () => {
    const store = SqliteEventStore.open(join(dir, 'events.db'));
    const file = join(dir, 'read-models.db');
    const history = new HistoryBuilder();
    await history.appendTo(store, { minute: 0 });
    try {
      const first = new ProjectionRunner(store, { file });
      await first.start();
      expect(first.position()).toBe(5);
      await first.stop();

      const db = new Database(file);
      // A marker no event would write: kept by a restart that resumes, dropped by a rebuild.
      db.prepare("UPDATE parties SET name = '\"marker\"' WHERE party_id = 'kunta-a'").run();
      db.close();
      const second = new ProjectionRunner(store, { file });
      await second.start();
      await second.stop();
      expect(dump(file).parties.find((row) => (row as string[])[0] === 'kunta-a')).toContain('"marker"');

      const stale = new Database(file);
      stale.prepare("UPDATE projections SET schema_version = 0 WHERE name = 'obligations'").run();
      stale.close();
      const third = new ProjectionRunner(store, { file });
      await third.start();
      await third.stop();
      expect(dump(file).parties.find((row) => (row as string[])[0] === 'kunta-a')).not.toContain('"marker"');
    } finally {
      await store.close();
    }
  });

  it('opens queries on read models of the previous agreements schema, as a start does before rebuilding them', async () => {
    const store = SqliteEventStore.open(join(dir, 'events.db'));
    const file = join(dir, 'read-models.db');
    const history = new HistoryBuilder();
    history.step({ kind: 'draft', agreement: 0, mask: 7, joins: [0, 0, 0, 0, 0], open: false });
    history.step({ kind: 'approve-and-sign-all', agreement: 0, date: 0 });
    history.step({ kind: 'enter', agreement: 0, date: 1 });
    await history.appendTo(store, { minute: 0 });
    try {
      const first = new ProjectionRunner(store, { file });
      await first.start();
      await first.stop();
      // Schema version 1 of the agreements model kept the terms in the state and had no agreement_terms.
      const older = new Database(file);
      older.exec("DROP TABLE agreement_terms; UPDATE projections SET schema_version = 1 WHERE name = 'agreements'");
      older.close();

      const runner = new ProjectionRunner(store, { file });
      const queries = ReadModelQueries.open(file);
      try {
        await runner.start();
        expect(queries.agreements.list({ on: '2021-06-01' }).map((a) => [a.id, a.status])).toEqual([['ag-1', 'in-force']]);
        expect(queries.agreements.state('ag-1')?.state.versions[0].terms.parties.length).toBeGreaterThanOrEqual(2);
      } finally {
        queries.close();
        await runner.stop();
      }
    } finally {
      await store.close();
    }
  });

  it('lets a running runner carry on after another process rebuilt its file', async () => {
    const store = SqliteEventStore.open(join(dir, 'events.db'), { pollIntervalMs: 5 });
    const file = join(dir, 'read-models.db');
    const history = new HistoryBuilder();
    const clock = { minute: 0 };
    await history.appendTo(store, clock);
    try {
      const runner = new ProjectionRunner(store, { file });
      await runner.start();
      const progress: [number, number][] = [];
      await rebuildReadModels(store, file, (done, total) => progress.push([done, total]));
      expect(progress.at(-1)).toEqual([5, 5]);
      history.step({ kind: 'population', party: 0, year: 2020, population: 1234 });
      await history.appendTo(store, clock);
      expect(await runner.waitFor(6, 10_000)).toBe(true);
      await runner.stop();
      const queries = ReadModelQueries.open(file);
      expect(queries.parties.get('kunta-a')?.populations).toEqual({ 2020: { population: 1234, source: 'Tilastokeskus' } });
      expect(queries.parties.list()).toHaveLength(5);
      queries.close();
    } finally {
      await store.close();
    }
  });

  it('keeps the old read models readable until a rebuild commits, then drops them, also after a stop between the two', async () => {
    const store = SqliteEventStore.open(join(dir, 'events.db'));
    const file = join(dir, 'read-models.db');
    const history = new HistoryBuilder();
    await history.appendTo(store, { minute: 0 });
    const setAside = () => readOnly(file, (db) => db.prepare("SELECT name FROM sqlite_master WHERE name GLOB 'set_aside_*'").pluck().all());
    const markedName = () => readOne(file, "SELECT name FROM parties WHERE party_id = 'kunta-a'");
    try {
      const first = new ProjectionRunner(store, { file });
      await first.start();
      await first.stop();
      const marked = new Database(file);
      marked.prepare("UPDATE parties SET name = '\"marker\"' WHERE party_id = 'kunta-a'").run();
      marked.close();

      // Stopped the moment its last batch is projected: it commits, but is stopped before it can drop the old tables.
      const stopped = new ProjectionRunner(store, { file, batchSize: 2 });
      const seenWhileRebuilding: unknown[] = [];
      let stopping: Promise<void> | undefined;
      await stopped.rebuild((done, total) => {
        seenWhileRebuilding.push(markedName());
        if (done === total) stopping = stopped.stop();
      });
      await stopping;
      expect(seenWhileRebuilding).toEqual(['"marker"', '"marker"', '"marker"', '"marker"']);
      expect(markedName()).not.toBe('"marker"');
      expect(setAside().length).toBeGreaterThan(0);

      const restarted = new ProjectionRunner(store, { file });
      await restarted.start();
      await restarted.dropSetAsideTables();
      expect(setAside()).toEqual([]);
      await restarted.rebuild();
      await restarted.dropSetAsideTables();
      expect(setAside()).toEqual([]);
      await restarted.stop();

      const clean = join(dir, 'clean.db');
      await rebuildReadModels(store, clean);
      expect(dump(file)).toEqual(dump(clean));
    } finally {
      await store.close();
    }
  });

  it('builds read models at position 0 on a log that has events the way a rebuild does, and catches up the rest', async () => {
    const store = SqliteEventStore.open(join(dir, 'events.db'));
    const generationOf = (file: string) => readOne(file, "SELECT value FROM meta WHERE key = 'generation'");
    const followedFile = join(dir, 'followed.db');
    try {
      // Followed from the log's start: never rebuilt, on a restart either; it goes on from its checkpoint.
      const followed = new ProjectionRunner(store, { file: followedFile });
      await followed.start();
      await new HistoryBuilder().appendTo(store, { minute: 0 });
      const head = await store.headPosition();
      expect(await followed.waitFor(head, 10_000)).toBe(true);
      await followed.stop();
      const restarted = new ProjectionRunner(store, { file: followedFile });
      await restarted.start();
      await restarted.stop();
      expect(generationOf(followedFile)).toBeUndefined();

      // A new file over the same log: built in one transaction, as a rebuild, to the same read models.
      const fresh = join(dir, 'fresh.db');
      const runner = new ProjectionRunner(store, { file: fresh, batchSize: 2 });
      await runner.start();
      expect(runner.position()).toBe(head);
      await runner.stop();
      expect(generationOf(fresh)).toBe('1');
      expect(dump(fresh)).toEqual(dump(followedFile));
    } finally {
      await store.close();
    }
  });

  it('leaves the read models as they were when a rebuild fails part way, and rebuilds on the next try', async () => {
    const store = SqliteEventStore.open(join(dir, 'events.db'));
    const file = join(dir, 'read-models.db');
    const history = new HistoryBuilder();
    await history.appendTo(store, { minute: 0 });
    let failReadsAfter = Infinity;
    const failing = Object.create(store) as SqliteEventStore;
    failing.readAll = (after, limit) =>
      after >= failReadsAfter ? Promise.reject(new Error('the log went away')) : store.readAll(after, limit);
    const runner = new ProjectionRunner(failing, { file, batchSize: 2 });
    try {
      await runner.start();
      await runner.dropSetAsideTables();
      const before = dump(file);
      const tables = () => readOne(file, "SELECT group_concat(name) FROM (SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name)");
      const tablesBefore = tables();

      failReadsAfter = 3;
      await expect(runner.rebuild()).rejects.toThrow('the log went away');
      expect(dump(file)).toEqual(before);
      expect(tables()).toEqual(tablesBefore);
      expect(runner.position()).toBe(await store.headPosition());

      failReadsAfter = Infinity;
      await runner.rebuild();
      await runner.dropSetAsideTables();
      expect(dump(file)).toEqual(before);
      expect(tables()).toEqual(tablesBefore);
    } finally {
      await runner.stop();
      await store.close();
    }
  });

  it('answers waitFor with false when the position is not reached in time', async () => {
    const store = SqliteEventStore.open(join(dir, 'events.db'));
    const runner = new ProjectionRunner(store, { file: join(dir, 'read-models.db') });
    try {
      await runner.start();
      expect(await runner.waitFor(0, 10)).toBe(true);
      expect(await runner.waitFor(1, 10)).toBe(false);
    } finally {
      await runner.stop();
      await store.close();
    }
  });
});

/** Events of one append share a recordedAt; an instant covers all of them. */
function lastOfSameInstant(events: StoredEvent[], position: number): number {
  const at = events[position - 1].metadata.recordedAt;
  let last = position;
  while (last < events.length && events[last].metadata.recordedAt === at) last++;
  return last;
}
