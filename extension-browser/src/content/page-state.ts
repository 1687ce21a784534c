/**
 * What the content features share about this tab: the request the service worker told the banner
 * about, and what the consent page itself shows (consent-page.ts). Each feature stays its own file with
 * its own failure; they meet only here. Nothing here is sent anywhere.
 */
import type { ConsentPageReport } from '../consent-page/page-risk.js';
import type { BannerView } from '../messages.js';

type Listener = () => void;

let view: BannerView | null = null;
let pageReport: ConsentPageReport | undefined;
const viewListeners = new Set<Listener>();
const reportListeners = new Set<Listener>();

export function currentView(): BannerView | null {
  return view;
}

export function currentPageReport(): ConsentPageReport | undefined {
  return pageReport;
}

export function publishView(next: BannerView | null): void {
  view = next;
  for (const listener of viewListeners) listener();
}

export function publishPageReport(next: ConsentPageReport | undefined): void {
  pageReport = next;
  for (const listener of reportListeners) listener();
}

export function onViewChange(listener: Listener, signal: AbortSignal): void {
  viewListeners.add(listener);
  signal.addEventListener('abort', () => viewListeners.delete(listener));
}

export function onPageReportChange(listener: Listener, signal: AbortSignal): void {
  reportListeners.add(listener);
  signal.addEventListener('abort', () => reportListeners.delete(listener));
}
