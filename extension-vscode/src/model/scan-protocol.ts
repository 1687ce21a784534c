/**
 * What the extension host and its scan worker say to each other. The worker runs the same pure scan
 * as the host (scan.ts) and answers with plain data: findings carry offsets into the text, never the
 * secret, so the host slices its own copy of the document when a quick fix needs the value.
 * Accepted fingerprints (policy allowlist, baselines) stay in the host: the worker gets only what
 * decides verdicts, and the host filters its answer (a large allowlist is never copied per scan).
 */
import type { Scanner } from './core.js';
import { scanText, type ScanConfig, type TextScan } from './scan.js';

export type WorkerScanConfig = Omit<ScanConfig, 'acceptedFingerprints'>;

/** One text to scan, as the document (or the region of it) stands. */
export interface ScanJob {
  text: string;
  /** The document's path, for file kinds and language rules; undefined for untitled documents. */
  path: string | undefined;
  config: WorkerScanConfig;
}

export type ToWorker = { type: 'scan'; id: number } & ScanJob;

export type FromWorker =
  /** Sent once the worker has built its scanner: scans are timed from their dispatch, not from the worker's start. */
  | { type: 'ready' }
  /** `ms`: time spent scanning, measured in the worker. */
  | { type: 'result'; id: number; scan: TextScan; ms: number };

const NO_FINGERPRINTS: ReadonlySet<string> = new Set();

/** The scan itself, shared by the worker and the host's inline path; `now` is a clock in milliseconds. */
export function runScanJob(scanner: Scanner, job: ScanJob, now: () => number): { scan: TextScan; ms: number } {
  const started = now();
  const scan = scanText(scanner, job.text, job.path, { ...job.config, acceptedFingerprints: NO_FINGERPRINTS });
  return { scan, ms: now() - started };
}

/** The worker's whole message loop, minus the transport: a request in, the answer out. */
export function answer(scanner: Scanner, request: ToWorker, now: () => number): FromWorker {
  const { scan, ms } = runScanJob(scanner, request, now);
  return { type: 'result', id: request.id, scan, ms };
}

/** Findings minus those accepted by the policy allowlist or a baseline, counted as suppressed. */
export function withoutAccepted(scan: TextScan, accepted: ReadonlySet<string>): TextScan {
  if (!accepted.size) return scan;
  const findings = scan.findings.filter((f) => !accepted.has(f.fingerprint));
  return { ...scan, findings, suppressed: scan.suppressed + scan.findings.length - findings.length };
}
