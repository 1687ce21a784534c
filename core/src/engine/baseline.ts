import { z } from 'zod';
import { BaselineError } from './errors.js';
import type { Finding } from './types.js';

/**
 * `.secret-hygiene-baseline.json`: accepted findings, by content fingerprint (stable across line moves
 * and rebases). Parsing is strict: a malformed baseline is an error naming the file, never a silent
 * no-op that would either hide or resurface every finding.
 */
const entrySchema = z
  .object({
    fingerprint: z.string().regex(/^[a-z0-9-]+:[0-9a-f]{24}$/, 'expected "<rule-id>:<24 hex>"'),
    ruleId: z.string().min(1),
    file: z.string().optional(),
    redacted: z.string().optional(),
    reason: z.string().optional(),
  })
  .strict();

const baselineSchema = z
  .object({
    version: z.literal(1),
    findings: z.array(entrySchema),
  })
  .strict();

export type Baseline = z.infer<typeof baselineSchema>;
export type BaselineEntry = z.infer<typeof entrySchema>;

export function parseBaseline(text: string, source: string): Baseline {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new BaselineError(source, `not valid JSON (${(error as Error).message})`);
  }
  const result = baselineSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const where = issue.path.length ? issue.path.join('.') : '(root)';
    throw new BaselineError(source, `${where}: ${issue.message}`);
  }
  return result.data;
}

/** A baseline for the given findings, sorted for stable diffs; never contains a raw secret. */
export function createBaseline(findings: readonly (Finding & { file?: string })[]): Baseline {
  const byFingerprint = new Map<string, BaselineEntry>();
  for (const f of findings) {
    if (!byFingerprint.has(f.fingerprint)) {
      const entry: BaselineEntry = { fingerprint: f.fingerprint, ruleId: f.ruleId, redacted: f.redacted };
      if (f.file !== undefined) entry.file = f.file;
      byFingerprint.set(f.fingerprint, entry);
    }
  }
  return { version: 1, findings: [...byFingerprint.values()].sort((a, b) => a.fingerprint.localeCompare(b.fingerprint)) };
}

export function baselineFilter(baseline: Baseline): (finding: Finding) => boolean {
  const known = new Set(baseline.findings.map((e) => e.fingerprint));
  return (finding) => !known.has(finding.fingerprint);
}
