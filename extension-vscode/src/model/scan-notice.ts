/**
 * What the user sees when a scan did not finish: never silence. The text goes on a warning diagnostic
 * at the document's first line and in the status bar's tooltip. It names the limit and the setting,
 * never anything from the document.
 */
import type { StoppedOutcome } from './scan-scheduler.js';

/** Diagnostic code of the notice (it is not a finding: quick fixes and hovers ignore it). */
export const SCAN_STOPPED_CODE = 'scan-stopped';

export interface ScanNotice {
  kind: 'timeout' | 'failed';
  message: string;
}

/** 5000 → "5 s", 1500 → "1.5 s", 80 → "0.08 s". */
export function seconds(ms: number): string {
  return `${Number((ms / 1000).toPrecision(2))} s`;
}

export function scanNotice(outcome: Exclude<StoppedOutcome, { status: 'superseded' }>): ScanNotice {
  if (outcome.status === 'timeout') {
    return {
      kind: 'timeout',
      message: `Secret Hygiene: scan stopped after ${seconds(outcome.budgetMs)}; findings not shown for this document (limit: secretHygiene.scanTimeoutMs).`,
    };
  }
  return { kind: 'failed', message: `Secret Hygiene: the scan worker stopped (${outcome.reason}); findings not shown for this document.` };
}
