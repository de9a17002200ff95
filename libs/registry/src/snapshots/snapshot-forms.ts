import {
  renderingVersion,
  renderSnapshotForm,
  snapshotDocument,
  SNAPSHOT_FORMS,
  type SnapshotForm,
  type SnapshotRequest as DocumentRequest,
  type SnapshotSource,
} from '@pacta/snapshots';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { threadId, Worker } from 'node:worker_threads';

/** What a rendering needs: the request and the log folded to its position, the digest to check, where to write. */
export interface RenderJob {
  request: DocumentRequest;
  source: SnapshotSource;
  sha256: string;
  files: Record<SnapshotForm, string>;
}

/** How a rendering ended: the bytes written, or why nothing was (with the digest the log gives now, if that is why). */
export type RenderOutcome = { ok: true; bytes: number } | { ok: false; regenerated?: string; message: string };

/** Folds the log for a rendering; called only when one is needed. */
type JobOf = () => Promise<Omit<RenderJob, 'files'>>;
/** The error a reader gets when the rendering refused. */
type RefusalOf = (outcome: RenderOutcome & { ok: false }) => Error;

/** Builds the document, checks it against its recorded digest, and writes every form; each file appears whole. */
export function renderFormsToFiles({ request, source, sha256, files }: RenderJob): RenderOutcome {
  const document = snapshotDocument(request, source);
  if (document.sha256 !== sha256) return { ok: false, regenerated: document.sha256, message: 'the log no longer gives the recorded digest' };
  let bytes = 0;
  for (const form of SNAPSHOT_FORMS) {
    const body = renderSnapshotForm(document, form);
    const temporary = `${files[form]}.${process.pid}-${threadId}.tmp`;
    writeFileSync(temporary, body);
    renameSync(temporary, files[form]);
    bytes += Buffer.byteLength(body);
  }
  return { ok: true, bytes };
}

/** Compiled, the worker sits beside this file; run from the TypeScript sources (tests), rendering stays inline. */
const WORKER = join(__dirname, 'render-worker.js');

function renderInWorker(job: RenderJob): Promise<RenderOutcome> {
  if (!existsSync(WORKER)) return Promise.resolve().then(() => renderFormsToFiles(job));
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { workerData: job });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the snapshot rendering worker exited with ${code}`)));
  });
}

/**
 * Every form of a snapshot, rendered once and kept as files: a snapshot never changes, so its forms are checked
 * against the recorded digest once and then served as they are. The rendering runs in a worker thread, one at a
 * time, and readers of the same snapshot wait for the same rendering.
 */
export class SnapshotForms {
  private readonly pending = new Map<string, Promise<void>>();
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly directory: string,
    private readonly log: (message: string) => void = () => {},
  ) {}

  fileOf(snapshotId: string, form: SnapshotForm): string {
    return join(this.directory, renderingVersion(), `${snapshotId}.${form}`);
  }

  /** The file holding the form, rendered first if no reader asked for this snapshot before. */
  async file(snapshotId: string, form: SnapshotForm, job: JobOf, failed: RefusalOf): Promise<string> {
    const file = this.fileOf(snapshotId, form);
    if (existsSync(file)) return file;
    let rendering = this.pending.get(snapshotId);
    if (!rendering) {
      rendering = this.render(snapshotId, job, failed).finally(() => this.pending.delete(snapshotId));
      this.pending.set(snapshotId, rendering);
    }
    await rendering;
    return file;
  }

  private async render(snapshotId: string, job: JobOf, failed: RefusalOf): Promise<void> {
    const turn = this.queue.then(async () => {
      if (existsSync(this.fileOf(snapshotId, 'html'))) return;
      const files = Object.fromEntries(SNAPSHOT_FORMS.map((form) => [form, this.fileOf(snapshotId, form)])) as Record<SnapshotForm, string>;
      mkdirSync(join(this.directory, renderingVersion()), { recursive: true });
      const started = Date.now();
      const outcome = await renderInWorker({ ...(await job()), files });
      if (!outcome.ok) throw failed(outcome);
      this.log(`snapshot ${snapshotId}: rendered its forms once (${outcome.bytes} bytes in ${Date.now() - started} ms)`);
    });
    this.queue = turn.catch(() => undefined);
    return turn;
  }
}
