/** The workspace baseline (`.secret-hygiene-baseline.json`): accepted findings by fingerprint. */
import { parseBaseline, type Baseline, type BaselineEntry } from './core.js';

export const BASELINE_FILE = '.secret-hygiene-baseline.json';

/**
 * The baseline text with `entry` added (sorted, stable diffs). A malformed existing file throws
 * core's BaselineError naming it: it is never silently replaced.
 */
export function addBaselineEntry(text: string | undefined, entry: BaselineEntry, source: string): string {
  const baseline: Baseline = text === undefined || text.trim() === '' ? { version: 1, findings: [] } : parseBaseline(text, source);
  if (!baseline.findings.some((e) => e.fingerprint === entry.fingerprint)) baseline.findings.push(entry);
  baseline.findings.sort((a, b) => a.fingerprint.localeCompare(b.fingerprint));
  return `${JSON.stringify(baseline, null, 2)}\n`;
}
