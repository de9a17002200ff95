import { exportNdjson } from '@pacta/registry';
import { createWriteStream, renameSync, rmSync } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { CliCommand, UsageError, parseOptions } from '../command';
import { openEventStore } from '../data-dir';
import { progressBar } from '../progress';

export const exportCommand: CliCommand = {
  name: 'export',
  usage: 'export --out FILE',
  summary: 'write the whole log as NDJSON, one event envelope per line in global order (FILE "-" is stdout)',
  async run(args, env) {
    const { out } = parseOptions(args, { out: { type: 'string' } });
    if (!out) throw new UsageError('--out FILE is required');
    const store = await openEventStore(env);
    // Written aside and renamed when complete, so a failed export never leaves a plausible-looking file.
    const partial = out === '-' ? undefined : `${out}.partial`;
    let events = 0;
    let position = 0;
    try {
      const bar = progressBar('export', await store.headPosition());
      try {
        const chunks = exportNdjson(store, {
          onProgress: (n, p) => {
            events = n;
            position = p;
            bar.update(p);
          },
        });
        await pipeline(Readable.from(chunks, { objectMode: false }), partial ? createWriteStream(partial) : process.stdout);
      } finally {
        bar.stop();
      }
      if (partial) renameSync(partial, out);
    } catch (error) {
      if (partial) rmSync(partial, { force: true });
      throw error;
    } finally {
      await store.close();
    }
    console.error(`exported ${events} events, through position ${position}${partial ? `, to ${out}` : ''}`);
    return 0;
  },
};
