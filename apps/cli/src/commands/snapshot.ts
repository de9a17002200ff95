import { DomainError } from '@pacta/domain';
import { Snapshots, systemClock, type SnapshotRequest } from '@pacta/registry';
import { renderSnapshotForm, SNAPSHOT_FORMS } from '@pacta/snapshots';
import { randomUUID } from 'node:crypto';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CliCommand, UsageError, parseOptions } from '../command';
import { logOriginOf, logSignerOf, openEventStore } from '../data-dir';


function scopeOf(values: { agreement?: string; party?: string; kind?: string }): SnapshotRequest['scope'] {
  const given = [
    values.agreement !== undefined && { agreementId: values.agreement },
    values.party !== undefined && { partyId: values.party },
    values.kind !== undefined && { kind: values.kind },
  ].filter((scope) => scope !== false);
  if (given.length !== 1) throw new UsageError('give exactly one of --agreement ID, --party ID or --kind KIND');
  return given[0] as SnapshotRequest['scope'];
}

/**
 * Records SnapshotGenerated like POST /v1/snapshots does (actor "cli", role registrar), so a document handed to a
 * meeting from the command line has an id in the log and can be fetched and checked through the API later.
 */
export const snapshotCommand: CliCommand = {
  name: 'snapshot',
  usage: 'snapshot (--agreement ID | --party ID | --kind KIND) --on DATE --title T [--at POSITION] --out DIR',
  summary: 'generate a status snapshot, record it in the log and write it as <id>.json, <id>.md and <id>.html in DIR',
  async run(args, env) {
    const values = parseOptions(args, {
      agreement: { type: 'string' },
      party: { type: 'string' },
      kind: { type: 'string' },
      on: { type: 'string' },
      title: { type: 'string' },
      at: { type: 'string' },
      out: { type: 'string' },
    });
    const scope = scopeOf(values);
    if (values.on === undefined) throw new UsageError('--on DATE is required (YYYY-MM-DD)');
    if (values.title === undefined) throw new UsageError('--title T is required');
    if (values.out === undefined) throw new UsageError('--out DIR is required');
    if (values.at !== undefined && !/^\d{1,15}$/.test(values.at)) throw new UsageError('--at must be a log position (a positive integer)');
    const request: SnapshotRequest = {
      scope,
      on: values.on,
      title: values.title,
      ...(values.at !== undefined && { atPosition: Number(values.at) }),
    };

    const store = await openEventStore(env);
    try {
      const snapshots = new Snapshots(store, systemClock, undefined, { signer: logSignerOf(env), origin: logOriginOf(env) });
      const { receipt, document } = await snapshots
        .generateWithDocument(request, { actor: 'cli', role: 'registrar', parties: 'all', correlationId: randomUUID() })
        .catch((error: unknown) => {
          if (error instanceof DomainError) throw new UsageError(error.field ? `${error.field}: ${error.message}` : error.message);
          throw error;
        });
      const dir = resolve(values.out);
      mkdirSync(dir, { recursive: true });
      const files = SNAPSHOT_FORMS.map((form) => {
        const file = join(dir, `${receipt.id}.${form}`);
        // Written aside and renamed, so a failure never leaves a plausible-looking partial document.
        writeFileSync(`${file}.partial`, renderSnapshotForm(document, form));
        renameSync(`${file}.partial`, file);
        return file;
      });
      console.log(
        [
          `snapshot ${receipt.id}`,
          `as of position ${receipt.asOfPosition}, recorded at position ${receipt.position}`,
          `sha256 ${receipt.sha256}`,
          ...files,
        ].join('\n'),
      );
    } finally {
      await store.close();
    }
    return 0;
  },
};
