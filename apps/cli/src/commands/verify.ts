import { StoredEvent } from '@pacta/event-store';
import { KeptTree, LogVerification, checkCheckpoint, verifyEvents, verifyLog } from '@pacta/registry';
import { NoteError, parseVerifierKey, verifyCheckpoint, type Checkpoint, type NoteVerifier } from '@pacta/transparency';
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { CliCommand, UsageError, parseOptions } from '../command';
import { logSignerOf, logTreeFileOf, openEventStore } from '../data-dir';
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
  const check = result.checkpointCheck;
  if (check) {
    lines.push(
      check.match
        ? `the log extends the checkpoint: its first ${check.treeSize} events give the signed root ${check.expected}; it now holds ${check.logSize}`
        : `NOT CONSISTENT with the checkpoint of tree size ${check.treeSize}: ${check.reason} — ${check.detail}`,
    );
  }
  return lines.join('\n');
}

/** The saved checkpoint, its signature checked with the verifier key given, or else the service's own. */
function savedCheckpoint(file: string, key: string | undefined, env: NodeJS.ProcessEnv): { checkpoint: Checkpoint; signedBy: string } {
  if (!existsSync(file)) throw new UsageError(`no file ${file}`);
  let verifier: NoteVerifier;
  try {
    verifier = parseVerifierKey(key ?? logSignerOf(env, { create: false }).verifierKey);
  } catch (error) {
    throw new UsageError(key === undefined ? `${(error as Error).message}; give the verifier key with --key` : `--key: ${(error as Error).message}`);
  }
  const signedBy = `${verifier.name}+${verifier.keyId.toString('hex')}`;
  try {
    return { checkpoint: verifyCheckpoint(readFileSync(file, 'utf8'), verifier), signedBy };
  } catch (error) {
    if (error instanceof NoteError) throw new CheckpointRefused(`checkpoint ${file} NOT ACCEPTED: ${error.message}`);
    throw error;
  }
}

class CheckpointRefused extends Error {}

export const verifyCommand: CliCommand = {
  name: 'verify',
  usage: 'verify [--heads DIGEST [--position P]] [--checkpoint FILE [--key VERIFIER-KEY]] [--file EXPORT.ndjson] [--json]',
  summary:
    'recompute every hash chain, and with --checkpoint the tree over the whole log; exit 0 when intact and consistent, 1 when not, naming what broke',
  async run(args, env) {
    const values = parseOptions(args, {
      heads: { type: 'string' },
      position: { type: 'string' },
      checkpoint: { type: 'string' },
      key: { type: 'string' },
      file: { type: 'string' },
      json: { type: 'boolean' },
    });
    if (values.heads !== undefined && !DIGEST.test(values.heads)) throw new UsageError('--heads must be a lowercase hex SHA-256 digest');
    if (values.position !== undefined && (!/^\d{1,15}$/.test(values.position) || values.heads === undefined)) {
      throw new UsageError('--position is the log position of a --heads digest: a non-negative integer, with --heads');
    }
    const options = values.heads ? { expectedHeads: { digest: values.heads, position: values.position === undefined ? undefined : Number(values.position) } } : {};

    if (values.key !== undefined && values.checkpoint === undefined) throw new UsageError('--key verifies a --checkpoint: give --checkpoint FILE too');
    if (values.checkpoint !== undefined && values.file !== undefined) throw new UsageError('--checkpoint proves the store, not an export: leave out --file');
    let saved: ReturnType<typeof savedCheckpoint> | undefined;
    try {
      saved = values.checkpoint === undefined ? undefined : savedCheckpoint(values.checkpoint, values.key, env);
    } catch (error) {
      if (!(error instanceof CheckpointRefused)) throw error;
      console.log(error.message);
      return 1;
    }

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
        if (saved) {
          const treeFile = logTreeFileOf(env);
          const kept = existsSync(treeFile) ? new KeptTree(treeFile) : undefined;
          try {
            const checkpointCheck = await checkCheckpoint(store, saved.checkpoint, kept);
            result = { ...result, ok: result.ok && checkpointCheck.match, checkpointCheck };
          } finally {
            kept?.close();
          }
          if (!values.json) console.log(`checkpoint ${values.checkpoint}: signed by ${saved.signedBy}, origin ${saved.checkpoint.origin}, tree size ${saved.checkpoint.size}`);
        }
      } finally {
        await store.close();
      }
    }
    console.log(values.json ? JSON.stringify(result, null, 2) : report(result));
    return result.ok ? 0 : 1;
  },
};
