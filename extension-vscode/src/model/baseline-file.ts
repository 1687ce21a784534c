/** The workspace baseline (`.secret-hygiene-baseline.json`): accepted findings by fingerprint. */
import { baselineSalt, newBaselineSalt, parseBaseline, type Baseline, type BaselineEntry } from './core.js';

export const BASELINE_FILE = '.secret-hygiene-baseline.json';

/**
 * The baseline text with an entry added (sorted, stable diffs). The entry is made for the baseline's
 * salt: a new baseline is version 2 with a fresh random salt (as the CLI writes it), an existing one
 * keeps its own (none for version 1), so its fingerprint matches what the CLI computes against it.
 * A malformed existing file throws core's BaselineError naming it: it is never silently replaced.
 */
export function addBaselineEntry(text: string | undefined, entryFor: (salt: string | undefined) => BaselineEntry, source: string, freshSalt = newBaselineSalt): string {
  const baseline: Baseline = text === undefined || text.trim() === '' ? { version: 2, salt: freshSalt(), findings: [] } : parseBaseline(text, source);
  const entry = entryFor(baselineSalt(baseline));
  if (!baseline.findings.some((e) => e.fingerprint === entry.fingerprint)) baseline.findings.push(entry);
  baseline.findings.sort((a, b) => a.fingerprint.localeCompare(b.fingerprint));
  return `${JSON.stringify(baseline, null, 2)}\n`;
}
