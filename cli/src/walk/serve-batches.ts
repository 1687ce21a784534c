/**
 * A scan worker's message loop: scans each file of a batch it is sent and posts the results back,
 * saying in shared memory which file it is on before each one, so that if the thread never comes back
 * the pool knows which file did it. A plain text (file names) is scanned as it is, outside the budget.
 * `beforeFile` lets a test worker misbehave on chosen files.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readyScanner, scanFile } from './scan-file.js';
import type { WalkedFile } from './walker.js';
import { FileStatus, type BatchMessage, type ResultMessage, type TextMessage, type TextResultMessage, type WorkerInput } from './worker-protocol.js';

export function serveScanBatches(beforeFile: (file: WalkedFile) => void = () => {}): void {
  const { options, status: buffer } = workerData as WorkerInput;
  const status = new FileStatus(buffer);
  const scanner = readyScanner(options);
  parentPort!.on('message', (batch: BatchMessage | TextMessage) => {
    if ('text' in batch) {
      const answer: TextResultMessage = { textFindings: scanner.scan(batch.text).findings };
      parentPort!.postMessage(answer);
      return;
    }
    const results = [];
    for (let k = 0; k < batch.files.length; k++) {
      const file = batch.files[k]!;
      status.begin(batch.id, batch.indices[k]!);
      beforeFile(file);
      results.push(scanFile(scanner, file, options, (bytes) => status.sized(bytes)));
      status.end();
    }
    const message: ResultMessage = { id: batch.id, indices: batch.indices, results };
    parentPort!.postMessage(message);
  });
}
