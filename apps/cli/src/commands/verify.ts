import { StoredEvent } from '@pacta/event-store';
import { LogVerification, verifyEvents, verifyLog } from '@pacta/registry';
import { createReadStream, existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { CliCommand, UsageError, parseOptions } from '../command';
import { openEventStore } from '../data-dir';
import { progressBar } from '../progress';

const DIGEST = /^[0-9a-f]{64}$/;

async function* exportLines(file: string): AsyncGenerator<StoredEvent> {
  let line = 0;
  for await (const text of createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity })) {
    line++;
    if (text === '') continue;
    try {
      yield JSON.parse(text) as StoredEvent;
    } catch {
      throw new Error(`${file} line ${line} is not JSON`);
    }
  }
}

export function report(result: LogVerification): string {
  const lines = [
    `${result.ok ? 'intact' : 'NOT INTACT'}: ${result.events} events in ${result.streams} streams, through position ${result.position}`,
    `heads ${result.heads} (position ${result.position})`,
  ];
  if (result.headsCheck) {
    const { match, position, expected, actual } = result.headsCheck;
    lines.push(
      match
        ? `heads at position ${position} match the recorded digest`
        : `heads at position ${position} are ${actual}, not the recorded ${expected}: a stream was truncated or rewritten`,
    );
  }
  for (const b of result.broken) {
    lines.push(`broken: ${b.streamId} revision ${b.streamRevision} (position ${b.globalPosition}): ${b.reason} — ${b.detail}`);
  }
  return lines.join('\n');
}

export const verifyCommand: CliCommand = {
  name: 'verify',
  usage: 'verify [--heads DIGEST [--position P]] [--file EXPORT.ndjson] [--json]',
  summary: 'recompute every hash chain; exit 0 when intact, 1 when not, naming the first broken event of each stream',
  async run(args, env) {
    const values = parseOptions(args, { heads: { type: 'string' }, position: { type: 'string' }, file: { type: 'string' }, json: { type: 'boolean' } });
    if (values.heads !== undefined && !DIGEST.test(values.heads)) throw new UsageError('--heads must be a lowercase hex SHA-256 digest');
    if (values.position !== undefined && (!/^\d{1,15}$/.test(values.position) || values.heads === undefined)) {
      throw new UsageError('--position is the log position of a --heads digest: a non-negative integer, with --heads');
    }
    const options = values.heads ? { expectedHeads: { digest: values.heads, position: values.position === undefined ? undefined : Number(values.position) } } : {};

    let result: LogVerification;
    if (values.file !== undefined) {
      if (!existsSync(values.file)) throw new UsageError(`no file ${values.file}`);
      result = await verifyEvents(exportLines(values.file), options);
    } else {
      const store = await openEventStore(env);
      try {
        const bar = progressBar('verify', await store.headPosition());
        try {
          result = await verifyLog(store, { ...options, onProgress: (_, position) => bar.update(position) });
        } finally {
          bar.stop();
        }
      } finally {
        await store.close();
      }
    }
    console.log(values.json ? JSON.stringify(result, null, 2) : report(result));
    return result.ok ? 0 : 1;
  },
};
