/**
 * The one evaluation every client shares: scan each text the agent is about to see with the core engine
 * at the policy's threshold; any secret at or above it denies, with a reason that names the rule and the
 * masked value (never the value) and says how to proceed.
 */
import { atLeast, scanDocument, type Finding, type Scanner } from '@secret-hygiene/core';
import { closeSync, readSync } from 'node:fs';
import { InputFileError, openRegularFile } from '../bounded-read.js';
import type { GuardrailSettings } from './guardrail-settings.js';
import type { HookVerdict, TextToCheck } from './protocol.js';

/**
 * A file the agent reads is scanned up to this size: its beginning, which is what an agent's read tool
 * returns first (Claude Code's Read returns the first 2,000 lines unless asked for more), within the
 * milliseconds a hook has. The warning says when a file was longer.
 */
export const HOOK_FILE_LIMIT = 2 * 1024 * 1024;
/** Findings named in one reason; the rest are counted. */
const NAMED_FINDINGS = 3;

export interface Evaluation {
  verdict: HookVerdict;
  /** What denied (rule id and masked value of each finding), for the audit record; empty when allowed. */
  denied: { ruleId: string; redacted: string }[];
  /** For stderr: files not read, policy notices. Never a secret. */
  warnings: string[];
}

export function evaluateChecks(scanner: Scanner, checks: readonly TextToCheck[], settings: GuardrailSettings): Evaluation {
  const warnings: string[] = [];
  const hits: { what: string; findings: Finding[] }[] = [];
  for (const check of checks) {
    let text = check.text;
    if (text === undefined && check.filePath !== undefined) {
      try {
        const read = readPrefix(check.filePath, HOOK_FILE_LIMIT);
        text = read.text;
        if (read.truncated) warnings.push(`${check.what}: only its first ${HOOK_FILE_LIMIT / (1024 * 1024)} MB were scanned`);
      } catch (error) {
        // A file we cannot read is one the agent's own read will fail on (or one too large to be read
        // whole): nothing of it reaches the agent through us, so it is not a reason to deny.
        if (!(error instanceof InputFileError)) throw error;
        if (error.code !== 'ENOENT') warnings.push(`${check.what}: not scanned (${error.reason})`);
        continue;
      }
    }
    if (!text) continue;
    const { findings } = scanDocument(scanner, text, { ...settings.scan, ...(check.kindPath ? { path: check.kindPath } : {}) });
    const denying = findings.filter(
      (finding) => finding.category === 'secret' && atLeast(finding.severity, settings.threshold) && !settings.allowlistedFingerprints.has(finding.fingerprint),
    );
    if (denying.length) hits.push({ what: check.what, findings: denying });
  }
  if (!hits.length) return { verdict: { decision: 'allow' }, denied: [], warnings };
  const denied = hits.flatMap(({ findings }) => findings.map((finding) => ({ ruleId: finding.ruleId, redacted: finding.redacted })));
  return { verdict: { decision: 'deny', reason: denyReason(hits) }, denied, warnings };
}

/** The first `limit` bytes of a regular file (never a FIFO or device: openRegularFile refuses those). */
function readPrefix(path: string, limit: number): { text: string; truncated: boolean } {
  const { fd, size } = openRegularFile(path, path);
  try {
    const buffer = Buffer.alloc(Math.min(size, limit));
    let filled = 0;
    while (filled < buffer.length) {
      const n = readSync(fd, buffer, filled, buffer.length - filled, filled);
      if (n === 0) break;
      filled += n;
    }
    return { text: buffer.subarray(0, filled).toString('utf8'), truncated: size > limit };
  } finally {
    closeSync(fd);
  }
}

function describe(finding: Finding): string {
  const lifetime = finding.lifetime === 'unknown' ? '' : `${finding.lifetime}, `;
  return `${finding.ruleId} ${finding.redacted} (${lifetime}${finding.severity})`;
}

/** "Secret Hygiene blocked the prompt: it carries github-classic-pat ghp_…Zq9x (long-lived, high). …" */
export function denyReason(hits: readonly { what: string; findings: readonly Finding[] }[]): string {
  const parts = hits.map(({ what, findings }) => {
    const named = findings.slice(0, NAMED_FINDINGS).map(describe).join(', ');
    const more = findings.length > NAMED_FINDINGS ? ` and ${findings.length - NAMED_FINDINGS} more` : '';
    return `${what} carries ${named}${more}`;
  });
  return (
    `Secret Hygiene blocked this: ${parts.join('; ')}. ` +
    'Keep the value out of the agent: store it (`secret-hygiene store put keychain://SERVICE/ACCOUNT`, value on stdin) and use a reference ' +
    '(${VAR} or a secret manager reference) instead of the literal, or let `secret-hygiene run -e NAME=REF -- COMMAND` put it into the ' +
    "command's environment. If it is not a secret, allow it in the policy (allowlist.fingerprints) or with a `secret-hygiene:allow <reason>` comment."
  );
}
