import { exportNdjson } from '@pacta/registry';
import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { CliCommand, UsageError, parseOptions } from '../command';
import { dataDirOf, openEventStore } from '../data-dir';
import { writeNewFile } from '../safe-output';
import { progressBar } from '../progress';

export const exportCommand: CliCommand = {
  name: 'export',
  usage: 'export --out FILE',
  summary: 'write the whole log as NDJSON, one event envelope per line in global order (FILE "-" is stdout)',
  async run(args, env) {
    const { out } = parseOptions(args, { out: { type: 'string' } });
    if (!out) throw new UsageError('--out FILE is required');
    const store = await openEventStore(env);
    let events = 0;
    let position = 0;
    const exportTo = async (destination: NodeJS.WritableStream) => {
      const bar = progressBar('export', await store.headPosition());
      try {
        const chunks = exportNdjson(store, {
          onProgress: (n, p) => {
            events = n;
            position = p;
            bar.update(p);
          },
        });
        await pipeline(Readable.from(chunks, { objectMode: false }), destination);
      } finally {
        bar.stop();
      }
    };
    let written: string | undefined;
    try {
      if (out === '-') await exportTo(process.stdout);
      else written = await writeNewFile(out, dataDirOf(env), (path) => exportTo(createWriteStream(path, { flags: 'wx' })));
    } finally {
      await store.close();
    }
    console.error(`exported ${events} events, through position ${position}${written ? `, to ${written}` : ''}`);
    return 0;
  },
};
