import { parentPort, workerData } from 'node:worker_threads';
import { renderFormsToFiles, type RenderJob, type RenderOutcome } from './snapshot-forms';

let outcome: RenderOutcome;
try {
  outcome = renderFormsToFiles(workerData as RenderJob);
} catch (error) {
  outcome = { ok: false, message: error instanceof Error ? error.message : String(error) };
}
parentPort!.postMessage(outcome);
