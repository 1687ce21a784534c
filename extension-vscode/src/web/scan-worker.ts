/**
 * The web host's scan worker: a Web Worker running dist/web/scan-worker.js from the extension's own
 * location, as web extensions start workers (`new Worker(Uri.joinPath(context.extensionUri, …))`,
 * https://github.com/microsoft/vscode/issues/129194). Where nested workers cannot load (a remotely
 * installed web extension, https://github.com/microsoft/vscode/issues/144235) the worker reports an
 * error before it is ready and the scheduler scans inline instead.
 */
import * as vscode from 'vscode';
import type { FromWorker } from '../model/scan-protocol.js';
import type { WorkerFactory } from '../model/scan-scheduler.js';

interface WebWorker {
  postMessage(message: unknown): void;
  terminate(): void;
  onmessage: ((event: { data: FromWorker }) => void) | null;
  onerror: ((event: { message?: string; preventDefault?(): void }) => void) | null;
}
declare const Worker: (new (url: string) => WebWorker) | undefined;

export function webScanWorker(context: vscode.ExtensionContext): WorkerFactory | undefined {
  if (typeof Worker !== 'function' || !context.extensionUri) return undefined;
  const url = vscode.Uri.joinPath(context.extensionUri, 'dist/web/scan-worker.js').toString();
  return (events) => {
    const worker = new Worker(url);
    worker.onmessage = (event) => events.message(event.data);
    worker.onerror = (event) => {
      // Handled here: an uncaught worker error must not take the extension host down (vscode#129194).
      event.preventDefault?.();
      events.failed('worker error');
    };
    return { post: (message) => worker.postMessage(message), terminate: () => worker.terminate() };
  };
}
