/**
 * The scan worker of the Node extension host (a worker_threads Worker, dist/scan-worker.js): builds
 * the scanner once, then answers one scan request at a time. It imports nothing from `vscode`.
 */
import { parentPort } from 'node:worker_threads';
import { Scanner, builtinRules } from '../model/core.js';
import { answer, type ToWorker } from '../model/scan-protocol.js';

const port = parentPort;
if (!port) throw new Error('scan-worker.js runs as a worker thread of the extension host');
const scanner = new Scanner(builtinRules);
port.on('message', (request: ToWorker) => port.postMessage(answer(scanner, request, () => performance.now())));
port.postMessage({ type: 'ready' });
