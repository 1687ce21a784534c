/**
 * The web host's scan worker: a Web Worker running dist/web/scan-worker.js from the extension's own
 * location, as web extensions start workers (`new Worker(Uri.joinPath(context.extensionUri, …))`,
 * https://github.com/microsoft/vscode/issues/129194). Where the browser refuses a worker script from
 * another origin (extension files served from a CDN), the script is fetched and started from a blob
 * URL instead. Where neither works (a remotely installed web extension,
 * https://github.com/microsoft/vscode/issues/144235), the worker fails before it is ready and the
 * scheduler scans inline.
 */
import * as vscode from 'vscode';
import type { FromWorker } from '../model/scan-protocol.js';
import type { WorkerFactory } from '../model/scan-scheduler.js';

interface WebWorker {
  postMessage(message: unknown): void;
  terminate(): void;
  onmessage: ((event: { data: FromWorker }) => void) | null;
  onerror: ((event: { preventDefault?(): void }) => void) | null;
}
declare const Worker: (new (url: string) => WebWorker) | undefined;

export function webScanWorker(context: vscode.ExtensionContext): WorkerFactory | undefined {
  if (typeof Worker !== 'function' || !context.extensionUri) return undefined;
  const WorkerClass = Worker;
  const url = vscode.Uri.joinPath(context.extensionUri, 'dist/web/scan-worker.js').toString();
  /** The script as a same-origin blob URL, fetched once, when the plain URL is refused. */
  let blobUrl: Promise<string> | undefined;
  const fromBlob = () =>
    (blobUrl ??= fetch(url)
      .then((response) => (response.ok ? response.text() : Promise.reject(new Error(`HTTP ${response.status}`))))
      .then((code) => URL.createObjectURL(new Blob([code], { type: 'text/javascript' }))));

  return (events) => {
    let worker: WebWorker | undefined;
    let terminated = false;
    const attach = (started: WebWorker) => {
      if (terminated) return started.terminate();
      worker = started;
      started.onmessage = (event) => events.message(event.data);
      started.onerror = (event) => {
        // Handled here: an uncaught worker error must not take the extension host down (vscode#129194).
        event.preventDefault?.();
        events.failed('worker error');
      };
    };
    try {
      attach(new WorkerClass(url));
    } catch {
      fromBlob()
        .then((blob) => attach(new WorkerClass(blob)))
        .catch(() => events.failed('no worker can start in this host'));
    }
    // Nothing is posted before the worker says it is ready, so `worker` is set by then.
    return {
      post: (message) => worker?.postMessage(message),
      terminate: () => {
        terminated = true;
        worker?.terminate();
      },
    };
  };
}
