/**
 * A scan worker for the pool's tests: the real protocol and the real scanFile, except that a file
 * whose name contains "stall" never finishes (a busy loop, as a catastrophic regex would be), and one
 * whose name contains "crash" takes the thread down. Only tests load it (the pool is given its URL);
 * nothing in the CLI's own code paths knows about it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readyScanner, scanFile } from '../../src/walk/scan-file.js';
import { FileStatus, type BatchMessage, type ResultMessage, type WorkerInput } from '../../src/walk/worker-protocol.js';

const { options, status: buffer } = workerData as WorkerInput;
const status = new FileStatus(buffer);
const scanner = readyScanner(options);

parentPort!.on('message', (batch: BatchMessage) => {
  const results = [];
  for (let k = 0; k < batch.files.length; k++) {
    const file = batch.files[k]!;
    status.begin(batch.id, batch.indices[k]!);
    if (file.display.includes('stall')) for (;;);
    if (file.display.includes('crash')) throw new Error('worker crashed on purpose');
    results.push(scanFile(scanner, file, options, (bytes) => status.sized(bytes)));
    status.end();
  }
  const message: ResultMessage = { id: batch.id, indices: batch.indices, results };
  parentPort!.postMessage(message);
});
