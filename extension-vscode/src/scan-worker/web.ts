/**
 * The scan worker of the web extension host (a Web Worker, dist/web/scan-worker.js): the same loop as
 * the Node worker, over the worker's global `postMessage`.
 */
import { Scanner, builtinRules } from '../model/core.js';
import { answer, type FromWorker, type ToWorker } from '../model/scan-protocol.js';

interface WorkerScope {
  postMessage(message: FromWorker): void;
  addEventListener(type: 'message', listener: (event: { data: ToWorker }) => void): void;
}

const scope = globalThis as unknown as WorkerScope;
const scanner = new Scanner(builtinRules);
scope.addEventListener('message', (event) => scope.postMessage(answer(scanner, event.data, () => performance.now())));
scope.postMessage({ type: 'ready' });
