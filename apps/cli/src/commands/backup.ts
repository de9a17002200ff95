import { CliCommand, UsageError, parseOptions } from '../command';
import { dataDirOf, openExistingEventStore, storeKindOf } from '../data-dir';
import { writeNewFile } from '../safe-output';

/**
 * A client cannot copy an EventStoreDB database: global positions are offsets in the server's own log, so only a copy
 * of its files keeps them (and the snapshots recorded against them).
 */
const ON_EVENTSTOREDB =
  "an EventStoreDB server is backed up on its own host: copy its database directory as the server's documentation " +
  '("Backup and restore") says. `pacta export --out FILE` writes the log as NDJSON, and `pacta verify --file FILE` checks that copy';

export const backupCommand: CliCommand = {
  name: 'backup',
  usage: 'backup --out FILE',
  summary: "copy the SQLite event store online (the service may keep running) into FILE, a complete SQLite database",
  async run(args, env) {
    const { out } = parseOptions(args, { out: { type: 'string' } });
    if (!out) throw new UsageError('--out FILE is required');
    if (storeKindOf(env) === 'eventstoredb') throw new UsageError(ON_EVENTSTOREDB);
    const store = openExistingEventStore(env);
    try {
      const position = await store.headPosition();
      const target = await writeNewFile(out, dataDirOf(env), (path) => store.backup(path));
      console.error(`backed up the event store through position ${position} to ${target}`);
    } finally {
      await store.close();
    }
    return 0;
  },
};
