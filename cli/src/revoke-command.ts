/**
 * `secret-hygiene revoke PATH… [--yes] [--rule ID]… [--fingerprint FP]…`: scans PATH, and for every
 * secret whose provider lets a leaked credential be revoked with the credential alone (GitHub's
 * credential revocation API, GitLab self-revoke, Slack auth.revoke, Google's OAuth revoke, …) checks
 * it first (a dead token needs no revoking) and then revokes it, after one confirmation on a terminal
 * or with --yes. One line per token says what happened.
 * Exit codes: 0 every selected credential is revoked or already invalid (or none was found);
 * 1 some credential is still usable (declined, failed, unknown, or its provider offers no revocation);
 * 2 usage error, the policy forbids it, or confirmation was needed and no terminal could give it.
 */
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { runRevocation, runVerification, verifierForRule, type Credential, type VerifierSpec } from '@secret-hygiene/core';
import { DEFAULT_VERIFY_TIMEOUT_SECONDS, parseScanArgs } from './args.js';
import { UsageError } from './errors.js';
import { escapeForTerminal } from './output/escape.js';
import type { FileFinding } from './output/report.js';
import { defaultPolicyContext, type PolicyContext } from './policy/sources.js';
import { loadScanPolicy } from './policy/scan-policy.js';
import { runScan, VERSION, type CommandResult } from './scan-command.js';
import { credentialFor, groupByText, sameTextKey } from './verify/credentials.js';
import { assertVerificationAllowed } from './verify/policy-gate.js';
import { workingTreeTexts } from './verify/secret-source.js';
import { ProviderCalls } from './verify/verify-findings.js';

export const REVOKE_HELP = `Usage:
  secret-hygiene revoke PATH… [--yes] [--rule ID]… [--fingerprint FP]… [--format text|json] [--verify-timeout S]

Scans PATH and revokes every secret whose provider allows revoking a leaked credential with the
credential alone (GitHub, GitLab.com, Slack, Google OAuth tokens). Each is checked first; one the
provider already rejects is not sent again. Asks once on a terminal; --yes for scripts (without a
terminal and without --yes nothing is sent). --rule and --fingerprint narrow the selection.
Exit codes: 0 all revoked or already invalid, 1 some still usable, 2 usage error or refused by policy.
See docs/verify.md.
`;

export type RevokeStatus = 'revoked' | 'already-invalid' | 'failed' | 'not-revocable' | 'declined' | 'not-checked';

export interface RevokeLine {
  file: string;
  line: number;
  ruleId: string;
  redacted: string;
  fingerprint: string;
  status: RevokeStatus;
  message: string;
}

export interface RevokeIo {
  stdinIsTTY: boolean;
  /** Asks the question on the terminal and resolves with the answer. */
  ask: (question: string) => Promise<string>;
  stderr: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
}

export function terminalIo(): RevokeIo {
  return {
    stdinIsTTY: Boolean(process.stdin.isTTY),
    ask: async (question) => {
      const rl = createInterface({ input: process.stdin, output: process.stderr });
      try {
        return await rl.question(question);
      } finally {
        rl.close();
      }
    },
    stderr: process.stderr,
    env: process.env,
  };
}

function parseRevokeArgs(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        yes: { type: 'boolean', short: 'y', default: false },
        rule: { type: 'string', multiple: true },
        fingerprint: { type: 'string', multiple: true },
        format: { type: 'string', short: 'f', default: 'text' },
        'verify-timeout': { type: 'string' },
        'no-ignore': { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    throw new UsageError(`revoke: ${(error as Error).message}`);
  }
}

export async function runRevoke(argv: string[], io: RevokeIo = terminalIo(), policyContext: PolicyContext = defaultPolicyContext()): Promise<CommandResult> {
  const { values, positionals } = parseRevokeArgs(argv);
  if (values.format !== 'text' && values.format !== 'json') throw new UsageError(`revoke --format: expected text or json, got "${values.format}"`);
  const policy = await loadScanPolicy(undefined, policyContext);
  assertVerificationAllowed(policy.resolved, 'revoke');
  const scanArgs = parseScanArgs([...positionals, '--format', 'json', '--allow-incomplete', ...(values['no-ignore'] ? ['--no-ignore'] : [])]);
  const timeoutMs = values['verify-timeout'] !== undefined ? parseScanArgs(['--verify', '--verify-timeout', values['verify-timeout']]).verify!.timeoutMs : DEFAULT_VERIFY_TIMEOUT_SECONDS * 1000;
  const scanned = JSON.parse((await runScan(scanArgs, io.stderr, policyContext)).stdout) as { findings: FileFinding[] };

  const rules = new Set(values.rule ?? []);
  const fingerprints = new Set(values.fingerprint ?? []);
  const selected = scanned.findings.filter(
    (f) => f.category === 'secret' && verifierForRule(f.ruleId) && (!rules.size || rules.has(f.ruleId)) && (!fingerprints.size || fingerprints.has(f.fingerprint)),
  );
  const lines: RevokeLine[] = [];
  const line = (f: FileFinding, status: RevokeStatus, message: string) =>
    lines.push({ file: f.file, line: f.line, ruleId: f.ruleId, redacted: f.redacted, fingerprint: f.fingerprint, status, message });

  const revocable = selected.filter((f) => verifierForRule(f.ruleId)!.revoke);
  for (const f of selected) if (!verifierForRule(f.ruleId)!.revoke) line(f, 'not-revocable', `${verifierForRule(f.ruleId)!.name} offers no revocation with the credential alone: rotate it${f.remediation?.rotateUrl ? ` at ${f.remediation.rotateUrl}` : ' in the provider\'s console'}`);

  if (revocable.length && !values.yes) {
    if (!io.stdinIsTTY) throw new UsageError(`revoke: ${revocable.length} credential(s) would be revoked; confirm with --yes (no terminal to ask on). Nothing was sent.`);
    const listing = revocable.map((f) => `  ${escapeForTerminal(f.file)}:${f.line}  ${f.ruleId}  ${escapeForTerminal(f.redacted)}`).join('\n');
    const answer = await io.ask(`${listing}\nRevoke these ${revocable.length} credential(s) at their providers? This cannot be undone. [y/N] `);
    if (!/^y(es)?$/i.test(answer.trim())) {
      for (const f of revocable) line(f, 'declined', 'not revoked: not confirmed');
      return finish(lines, values.format);
    }
  }

  const calls = new ProviderCalls(io.env.SECRET_HYGIENE_API_BASE, { timeoutMs, userAgent: `secret-hygiene/${VERSION}` });
  for (const notice of calls.notices) io.stderr.write(`notice: verify: ${escapeForTerminal(notice)}\n`);
  const texts = workingTreeTexts(
    revocable.map((f) => ({ path: f.file, display: f.file })),
    scanArgs.maxFileSize,
  );
  const groups = groupByText(scanned.findings);
  const done = new Map<string, { status: RevokeStatus; message: string }>();
  for (const f of revocable) {
    const spec = verifierForRule(f.ruleId)!;
    const built = credentialFor(f, spec, groups.get(sameTextKey(f)) ?? [], texts, undefined, new Date());
    if ('error' in built) {
      line(f, 'not-checked', built.error);
      continue;
    }
    // The same token in several files is revoked once.
    const outcome = done.get(built.key) ?? (await revokeOne(spec, built.credential, calls));
    done.set(built.key, outcome);
    line(f, outcome.status, outcome.message);
  }
  return finish(lines, values.format);
}

async function revokeOne(spec: VerifierSpec, credential: Credential, calls: ProviderCalls): Promise<{ status: RevokeStatus; message: string }> {
  const call = calls.for(spec);
  const before = await runVerification(spec, credential, call);
  if (before.status === 'invalid') return { status: 'already-invalid', message: `${spec.name} already rejects it: nothing to revoke` };
  return runRevocation(spec, credential, call);
}

function finish(lines: RevokeLine[], format: string): CommandResult {
  const stillUsable = lines.some((l) => l.status !== 'revoked' && l.status !== 'already-invalid');
  const exitCode = stillUsable ? 1 : 0;
  if (format === 'json') return { stdout: `${JSON.stringify({ version: 1, results: lines }, null, 2)}\n`, exitCode };
  if (!lines.length) return { stdout: 'no revocable credentials found\n', exitCode };
  const text = lines.map((l) => `${escapeForTerminal(l.file)}:${l.line}  ${l.ruleId}  ${escapeForTerminal(l.redacted)}  ${l.status}: ${escapeForTerminal(l.message)}`);
  const revoked = lines.filter((l) => l.status === 'revoked').length;
  text.push(`${revoked} revoked, ${lines.filter((l) => l.status === 'already-invalid').length} already invalid, ${lines.length - revoked - lines.filter((l) => l.status === 'already-invalid').length} still usable`);
  return { stdout: `${text.join('\n')}\n`, exitCode };
}
