import { z } from 'zod';
import { describeJsonSyntaxError } from '../policy/json-position.js';
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

/**
 * Version 2 carries the random `salt` its fingerprints were made with (fingerprint.ts): guessable
 * secrets' fingerprints are a slow salted hash, so the file cannot confirm a guessed password. Version
 * 1 (unsalted) still works: a scan against it computes the old fingerprints.
 */
const baselineSchema = z.discriminatedUnion('version', [
  z.object({ version: z.literal(1), findings: z.array(entrySchema) }).strict(),
  z
    .object({
      version: z.literal(2),
      salt: z.string().regex(/^[0-9a-f]{32,128}$/, 'expected 32 to 128 lowercase hex characters'),
      findings: z.array(entrySchema),
    })
    .strict(),
]);

export type Baseline = z.infer<typeof baselineSchema>;
export type BaselineEntry = z.infer<typeof entrySchema>;

export function parseBaseline(text: string, source: string): Baseline {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    // Position only: the parser's own message quotes the text around the error.
    throw new BaselineError(source, describeJsonSyntaxError(text));
  }
  const result = baselineSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const where = issue.path.length ? issue.path.join('.') : '(root)';
    throw new BaselineError(source, `${where}: ${issue.message}`);
  }
  return result.data;
}

/** A fresh random salt for a new baseline (128 bits, hex). */
export function newBaselineSalt(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The salt a scan must fingerprint with to match this baseline (undefined = version 1, unsalted). */
export function baselineSalt(baseline: Baseline): string | undefined {
  return baseline.version === 2 ? baseline.salt : undefined;
}

/**
 * A baseline for the given findings, sorted for stable diffs; never contains a raw secret. With
 * `salt` (the one the findings were fingerprinted with) it is version 2, else version 1.
 */
export function createBaseline(findings: readonly (Finding & { file?: string })[], salt?: string): Baseline {
  const byFingerprint = new Map<string, BaselineEntry>();
  for (const f of findings) {
    if (!byFingerprint.has(f.fingerprint)) {
      const entry: BaselineEntry = { fingerprint: f.fingerprint, ruleId: f.ruleId, redacted: f.redacted };
      if (f.file !== undefined) entry.file = f.file;
      byFingerprint.set(f.fingerprint, entry);
    }
  }
  const sorted = [...byFingerprint.values()].sort((a, b) => a.fingerprint.localeCompare(b.fingerprint));
  return salt === undefined ? { version: 1, findings: sorted } : { version: 2, salt, findings: sorted };
}

export function baselineFilter(baseline: Baseline): (finding: Finding) => boolean {
  const known = new Set(baseline.findings.map((e) => e.fingerprint));
  return (finding) => !known.has(finding.fingerprint);
}
