import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { CliCommand, UsageError, parseOptions } from '../command';
import { openExistingEventStore } from '../data-dir';

export const backupCommand: CliCommand = {
  name: 'backup',
  usage: 'backup --out FILE',
  summary: "copy the event store online (the service may keep running) into FILE, a complete SQLite database",
  async run(args, env) {
    const { out } = parseOptions(args, { out: { type: 'string' } });
    if (!out) throw new UsageError('--out FILE is required');
    const target = resolve(out);
    if (existsSync(target)) throw new UsageError(`${target} exists; a backup never overwrites a file`);
    if (!existsSync(dirname(target))) throw new UsageError(`the directory ${dirname(target)} does not exist`);
    const store = openExistingEventStore(env);
    try {
      const position = await store.headPosition();
      await store.backup(target);
      console.error(`backed up the event store through position ${position} to ${target}`);
    } finally {
      await store.close();
    }
    return 0;
  },
};
