import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '@pacta/event-store';
import { ProjectionRunner } from '../projection-runner';
import { ReadModelQueries } from './read-model-queries';

let dir: string;
let file: string;
let writer: Database.Database;
let queries: ReadModelQueries;

/** An obligation row and its terms, written as the projector would, with a chosen row id. */
function writeObligation(id: number, agreementId: string, description: string, validFrom = '2024-01-01') {
  writer
    .prepare(
      'INSERT INTO obligations (id, agreement_id, kind, version, obligation_id, type, party_id, party_type, role, valid_from, valid_to, ' +
        "recorded_from_position, recorded_from_at) VALUES (?, ?, 'family-centre', 1, 'o-1', 'service-provision', 'laukaa', 'municipality', " +
        "'participant', ?, NULL, 7, '2024-01-01T00:00:00.000Z')",
    )
    .run(id, agreementId, validFrom);
  writer
    .prepare("INSERT INTO obligation_terms (agreement_id, version, obligation_id, terms) VALUES (?, 1, 'o-1', ?)")
    .run(agreementId, JSON.stringify({ description: { fi: description } }));
}

const setGeneration = (generation: number) =>
  writer
    .prepare("INSERT INTO meta (key, value) VALUES ('generation', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")
    .run(String(generation));

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pacta-queries-'));
  file = join(dir, 'read-models.db');
  const store = SqliteEventStore.open(join(dir, 'events.db'));
  const runner = new ProjectionRunner(store, { file }); // makes the tables
  await runner.stop();
  await store.close();
  writer = new Database(file);
  queries = ReadModelQueries.open(file);
});
afterEach(() => {
  queries.close();
  writer.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('ReadModelQueries obligation pages', () => {
  it('answers the JSON text of the same obligations as the objects, with the key of the last row when more follow', () => {
    writeObligation(1, 'ag-1', 'Perhekeskus');
    writeObligation(2, 'ag-2', 'Perheoikeus');
    const filter = { on: '2024-06-01', partyId: 'laukaa' };
    const first = queries.obligationsPageJson(filter, { limit: 1 });
    expect(JSON.parse(first.json)).toEqual(queries.obligationsPage(filter, { limit: 1 }).obligations);
    expect(JSON.parse(first.json).map((o: { description: { fi: string } }) => o.description.fi)).toEqual(['Perhekeskus']);
    expect(first.next).toEqual(['ag-1', 1, 'o-1', 'laukaa', '2024-01-01', 1]);
    const second = queries.obligationsPageJson(filter, { limit: 1, after: first.next });
    expect(JSON.parse(second.json).map((o: { agreementId: string }) => o.agreementId)).toEqual(['ag-2']);
    expect(second.next).toBeUndefined();
    expect(queries.obligationsPageJson({ on: '2023-12-31', partyId: 'laukaa' }).json).toBe('[]');
  });

  it('does not answer a kept row after a rebuild reused its id for another row (a new generation)', () => {
    writeObligation(1, 'ag-1', 'Ennen');
    setGeneration(1);
    expect(JSON.parse(queries.obligationsPageJson({ on: '2024-06-01' }).json)[0].description.fi).toBe('Ennen');

    writer.transaction(() => {
      writer.prepare('DELETE FROM obligations').run();
      writer.prepare('DELETE FROM obligation_terms').run();
      writeObligation(1, 'ag-9', 'Jälkeen');
      setGeneration(2);
    })();
    const [after] = JSON.parse(queries.obligationsPageJson({ on: '2024-06-01' }).json);
    expect([after.agreementId, after.description.fi]).toEqual(['ag-9', 'Jälkeen']);
  });
});
