/** The Node host's scan worker: a worker_threads Worker running dist/scan-worker.js next to the extension's bundle. */
import { Worker } from 'node:worker_threads';
import type { WorkerFactory } from '../model/scan-scheduler.js';

/**
 * Old-generation cap of a worker: a text that makes the scan allocate without bound ends the worker
 * (ERR_WORKER_OUT_OF_MEMORY: a `failed` scan with a notice), not the extension host.
 * https://nodejs.org/api/worker_threads.html#new-workerfilename-options (resourceLimits)
 */
const MAX_OLD_GENERATION_MB = 1024;

/** Workers running `script` (an absolute path). */
export function nodeWorkerFactory(script: string): WorkerFactory {
  return (events) => {
    const worker = new Worker(script, { resourceLimits: { maxOldGenerationSizeMb: MAX_OLD_GENERATION_MB } });
    // A worker never keeps the extension host's process alive.
    worker.unref();
    worker.on('message', events.message);
    // The error's code or name only: a message could quote the text being scanned.
    worker.on('error', (error: NodeJS.ErrnoException) => events.failed(error.code ?? error.name));
    worker.on('exit', (code) => events.failed(`exited with code ${code}`));
    return {
      post: (message) => worker.postMessage(message),
      terminate: () => void worker.terminate(),
    };
  };
}
