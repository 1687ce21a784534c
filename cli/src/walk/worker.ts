/** Worker thread: scans the files it is sent with its own Scanner and posts the results back. */
import { parentPort, workerData } from 'node:worker_threads';
import { Scanner, builtinRules } from '@secret-hygiene/core';
import { scanFile, type FileScanOptions } from './scan-file.js';
import type { WalkedFile } from './walker.js';

const options = workerData as FileScanOptions;
const scanner = new Scanner(builtinRules);

parentPort!.on('message', (batch: { id: number; files: WalkedFile[] }) => {
  const results = [];
  for (const file of batch.files) results.push(scanFile(scanner, file, options));
  parentPort!.postMessage({ id: batch.id, results });
});
