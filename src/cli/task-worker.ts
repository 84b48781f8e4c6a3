// The worker thread of a batch command (tasks.ts): runs the task it is given and posts its result or its error.
import { parentPort, workerData } from 'node:worker_threads';
import { runTask, sendError, type Task } from './tasks.js';

try {
  parentPort!.postMessage({ ok: true, value: await runTask(workerData as Task) });
} catch (e) {
  parentPort!.postMessage({ ok: false, error: sendError(e) });
}
