import type { HttpFigures } from './figures/http';
import { MIXED_COMMANDS_PER_SEC } from './figures/http';
import type { RebuildFigures } from './figures/read-side';
import type { Figure } from './report';

export interface Measured {
  append: { commandsPerSec: number; rawRowsPerSec: number; emmettCommandsPerSec: number | null; ourReadStreamsPerSec: number; emmettReadStreamsPerSec: number | null };
  http: HttpFigures;
  rebuild: RebuildFigures;
  startup: { readyMs: number; rssMb: number };
}

const kb = (bytes: number) => `${Math.round(bytes / 1000)} KB`;

/** Every figure the bench reports, what it means, and its bar: the one place the bars are set. */
export function figuresOf({ append, http, rebuild, startup }: Measured): Figure[] {
  const emmett = append.emmettCommandsPerSec !== null && append.emmettReadStreamsPerSec !== null;
  return [
    { name: 'append.commandsPerSec', meaning: 'commands a second through the full in-process command path: CommandBus, load and fold the stream, decide (zod-validated), JCS + SHA-256 hash chain, durable append (WAL, synchronous=FULL), with the read models following in the same process.', value: append.commandsPerSec, unit: '/s' },
    { name: 'append.vsRawSqlite', meaning: 'that ÷ raw better-sqlite3 inserts of the same rows (same JSON and hashes, same table and indexes, same pragmas), one durable transaction each.', value: append.commandsPerSec / append.rawRowsPerSec, bar: { op: '>=', value: 0.25 } },
    { name: 'http.command.vsBaseline', meaning: 'POST /v1/agreements/{id}/decisions over HTTP ÷ a trivial POST route (same body, same key check) in the same app process, autocannon with 10 connections. The requests cycle through 3,000 agreements; the warm-up (2 s, then one request for each of them) leaves none of them cold, so the measured requests decide on cached folds.', value: http.command.ratio, bar: { op: '>=', value: 0.5 } },
    { name: 'http.obligations.vsSamePage', meaning: `GET /v1/parties/{id}/obligations?on= for a municipality or county ÷ GET /bench/same-page, a route behind the same edge (key check, logging) that sends a JSON answer made once, of the mean size of those pages (${kb(http.pageBytes)}), with the same function; autocannon with 10 connections. The answer is the first page, the default 100 rows. The service keeps each page it answered until an obligation changes, and the warm-up (2 s, then one request for each party) asks every party at least once, so the measured requests are answered from kept pages. details.http.obligations.baseline is the same-size route's throughput.`, value: http.obligations.ratio, bar: { op: '>=', value: 0.7 } },
    { name: 'http.obligations.p99Ms', meaning: 'p99 latency of that query under that load (worst of the measured runs).', value: http.obligations.measured.p99Ms, unit: 'ms', bar: { op: '<=', value: 20 } },
    { name: 'http.mixed.obligations.vsSamePage', meaning: `the same two routes, measured the same way, while another client posts commands that change obligations at a steady ${MIXED_COMMANDS_PER_SEC} a second in the same service: parties join open-ended agreements in force and withdraw again (details.http.mixed.commands has the rate reached and the answers). Every such command retires the kept pages, so most pages are made again.`, value: http.mixed.ratio },
    { name: 'http.mixed.obligationsP99Ms', meaning: 'p99 latency of the obligations query under that mixed load (worst of the measured runs).', value: http.mixed.measured.p99Ms, unit: 'ms' },
    { name: 'health.underLoadP99Ms', meaning: 'p99 latency of GET /health (autocannon, one connection) while another client posts, back to back, the largest draft the API takes: 100 parties and as many obligations with texts of the longest allowed length as fit under the 1 MiB body limit. details.http.health has the p99 without that load.', value: http.health?.underLoadP99Ms ?? null, unit: 'ms' },
    { name: 'rebuild.eventsPerSec', meaning: 'events a second rebuilding every read model from position 0 (ProjectionRunner.rebuild in one transaction).', value: rebuild.rebuildEventsPerSec, unit: '/s' },
    { name: 'rebuild.vsRawRead', meaning: 'that ÷ reading every stored event in the same pages and parsing its JSON, projecting nothing.', value: rebuild.rebuildEventsPerSec / rebuild.rawReadEventsPerSec },
    { name: 'rebuild.limit.readEventsPerSec', meaning: 'the first half of what limits a rebuild: reading every stored event in the same pages and parsing its JSON, projecting nothing.', value: rebuild.rawReadEventsPerSec, unit: '/s' },
    { name: 'rebuild.limit.insertEventsPerSec', meaning: `the second half: the rows the rebuild wrote (${rebuild.rows.toLocaleString('en-US')}), inserted in the order they are stored into fresh tables of the same schema, indexes kept as the rows go in as the rebuild keeps them, with one prepared statement a table, in transactions of 100,000 rows, with the read models' pragmas; as the log's events ÷ the seconds the inserts and commits took.`, value: rebuild.rowInsertEventsPerSec, unit: '/s' },
    { name: 'rebuild.vsLimit', meaning: 'rebuild.eventsPerSec ÷ the slower of those two halves.', value: rebuild.rebuildEventsPerSec / rebuild.limitEventsPerSec, bar: { op: '>=', value: 0.5 } },
    { name: 'peer.emmettSqlite.appendRatio', meaning: 'our command throughput ÷ @event-driven-io/emmett-sqlite handling the same commands the same way (fold, same deciders, append with expected version) on the same machine.', value: emmett ? append.commandsPerSec / append.emmettCommandsPerSec! : null, bar: { op: '>=', value: 1 } },
    { name: 'peer.emmettSqlite.readRatio', meaning: "reading an agreement's stream and folding it (our AgreementRepository.load ÷ Emmett's aggregateStream), every agreement of the append workload.", value: emmett ? append.ourReadStreamsPerSec / append.emmettReadStreamsPerSec! : null },
    { name: 'memory.rssMb', meaning: 'resident memory of the production service holding the full data set, after answering each party’s obligations once.', value: startup.rssMb, unit: 'MB' },
    { name: 'startup.readyMs', meaning: 'spawn of the production service to /health answering 200, on the full data set with persisted read-model checkpoints.', value: startup.readyMs, unit: 'ms' },
  ];
}
