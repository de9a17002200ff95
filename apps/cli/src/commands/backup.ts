import { CliCommand, UsageError, parseOptions } from '../command';
import { dataDirOf, openExistingEventStore } from '../data-dir';
import { writeNewFile } from '../safe-output';

export const backupCommand: CliCommand = {
  name: 'backup',
  usage: 'backup --out FILE',
  summary: "copy the event store online (the service may keep running) into FILE, a complete SQLite database",
  async run(args, env) {
    const { out } = parseOptions(args, { out: { type: 'string' } });
    if (!out) throw new UsageError('--out FILE is required');
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
