/** Worker thread: scans the files it is sent with its own Scanner and posts the results back. */
import { parentPort, workerData } from 'node:worker_threads';
import { readyScanner, scanFile } from './scan-file.js';
import { FileStatus, type BatchMessage, type ResultMessage, type WorkerInput } from './worker-protocol.js';

const { options, status: buffer } = workerData as WorkerInput;
const status = new FileStatus(buffer);
const scanner = readyScanner(options);

parentPort!.on('message', (batch: BatchMessage) => {
  const results = [];
  for (let k = 0; k < batch.files.length; k++) {
    // Said before each file, so that if this thread never comes back the pool knows which file did it.
    status.begin(batch.id, batch.indices[k]!);
    results.push(scanFile(scanner, batch.files[k]!, options, (bytes) => status.sized(bytes)));
    status.end();
  }
  const message: ResultMessage = { id: batch.id, indices: batch.indices, results };
  parentPort!.postMessage(message);
});
