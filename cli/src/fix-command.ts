/**
 * `scan --fix`: the VS Code quick fix, applied non-interactively to agent configs (MCP configs and agent
 * settings). Each secret goes to the OS keychain first (`keychain://secret-hygiene/<server>-<VAR>`), then
 * the server entry is rewritten to start through `secret-hygiene run` (core/src/remediation/broker.ts);
 * where a client resolves references itself and the server cannot be wrapped, its own reference is written.
 *
 * Order of work, so that a failure never loses a secret: the keychain is checked before anything;
 * every value is stored and read back before its literal leaves the text; a file is backed up, then
 * replaced atomically once all its fixes are planned. Output names findings by their masked form only.
 */
import { closeSync, lstatSync, openSync, readFileSync, writeSync } from 'node:fs';
import { relative } from 'node:path';
import {
  KEYCHAIN_SERVICE,
  applyTextEdits,
  detectFileKind,
  isJitFixUnavailable,
  planJitFix,
  scanDocument,
  type Finding,
  type JitContext,
  type JitFix,
} from '@secret-hygiene/core';
import type { ScanArgs } from './args.js';
import { openKeychain, type Keychain } from './broker/keychain.js';
import { UsageError } from './errors.js';
import { writeFileAtomic } from './output/atomic-write.js';
import { escapeForTerminal } from './output/escape.js';
import { loadScanPolicy } from './policy/scan-policy.js';
import { defaultPolicyContext, type PolicyContext } from './policy/sources.js';
import type { CommandResult } from './scan-command.js';
import { mainThreadScanner } from './walk/scan-file.js';
import { walk } from './walk/walker.js';

/** The file kinds `--fix` rewrites: agent (MCP) configs and agents' own settings. */
const AGENT_CONFIG_KINDS = new Set(['mcp-config', 'agent-settings', 'editor-settings']);
/** A file's fixes are planned one at a time on the text the previous one left; this bounds the loop. */
const MAX_FIXES_PER_FILE = 200;
export const BACKUP_SUFFIX = '.secret-hygiene.bak';

export interface FixDependencies {
  keychain?: Keychain;
}

interface FileOutcome {
  lines: string[];
  fixed: number;
  left: number;
  notes: Set<string>;
  rotate: Set<string>;
}

export async function runFix(
  args: ScanArgs,
  stderr: NodeJS.WritableStream = process.stderr,
  policyContext: PolicyContext = defaultPolicyContext(),
  dependencies: FixDependencies = {},
): Promise<CommandResult> {
  if (args.git || args.staged) throw new UsageError('--fix rewrites files in the working tree; it cannot be combined with --git or --staged');
  if (args.writeBaseline !== undefined) throw new UsageError('--fix and --write-baseline: choose one');
  if (args.format !== 'text') throw new UsageError('--fix prints what it did as text; run `scan --format json` afterwards for a report');
  const policy = await loadScanPolicy(args.minSeverity, policyContext, args.trustRepository);
  const { githubApp, allowedSchemes, requiredSchemes } = policy.resolved.policy.broker;
  const broker = { allowedSchemes, requiredSchemes, ...(githubApp ? { githubApp } : {}) };
  // The keychain is the store, whatever the team's reference provider: --fix has nobody to prompt.
  const context = (path: string): JitContext => ({ path, references: { ...policy.resolved.policy.references, provider: 'keychain' }, broker });

  const notices: string[] = [...policy.notices];
  const files: { path: string; display: string }[] = [];
  for (const file of walk(args.paths, { useGitignore: args.ignore, followSymlinks: args.followSymlinks, onNotice: (f, m) => notices.push(`${f}: ${m}`), onUnread: (f, m) => notices.push(`${f}: ${m}`) })) {
    if (typeof file.path !== 'string' || policy.isAllowlistedPath(file.display)) continue;
    if (AGENT_CONFIG_KINDS.has(detectFileKind(file.path)?.fileKind ?? '')) files.push({ path: file.path, display: file.display });
  }

  const keychain = dependencies.keychain ?? openKeychain();
  let checked = false;
  const out: string[] = [];
  const notes = new Set<string>();
  const rotate = new Set<string>();
  let fixed = 0;
  let left = 0;
  for (const file of files) {
    const text = readAgentConfig(file.path, args.maxFileSize);
    if (typeof text !== 'string') {
      notices.push(`${file.display}: ${text.skipped}`);
      continue;
    }
    let outcome: FileOutcome;
    try {
      outcome = await fixFile(file, text, context(file.path), policy.scan, policy.allowlistedFingerprints, keychain, async () => {
        // Once, before the first value: a keychain that cannot be reached must leave every file as it was.
        if (!checked) await keychain.list(KEYCHAIN_SERVICE);
        checked = true;
      });
    } catch (error) {
      const name = (error as Error).name;
      if (name !== 'KeychainUnavailableError' && name !== 'KeychainLockedError' && name !== 'KeychainStoreError') throw error;
      // What was fixed before stays reported on stdout; the error goes to stderr, as every error does.
      stderr.write(`secret-hygiene: ${escapeForTerminal(file.display)}: the OS keychain cannot be used (${escapeForTerminal((error as Error).message)}); this file was not changed\n`);
      return { stdout: report(out, notices, notes, rotate, fixed, left), exitCode: 2 };
    }
    out.push(...outcome.lines);
    fixed += outcome.fixed;
    left += outcome.left;
    outcome.notes.forEach((n) => notes.add(n));
    outcome.rotate.forEach((r) => rotate.add(r));
  }
  return { stdout: report(out, notices, notes, rotate, fixed, left), exitCode: left ? 1 : 0 };
}

/** Plans, stores and applies one file's fixes; writes the backup and the file only when something changed. */
async function fixFile(
  file: { path: string; display: string },
  original: string,
  context: JitContext,
  scan: Parameters<typeof scanDocument>[2],
  allowlisted: ReadonlySet<string>,
  keychain: Keychain,
  ensureKeychain: () => Promise<void>,
): Promise<FileOutcome> {
  const outcome: FileOutcome = { lines: [], fixed: 0, left: 0, notes: new Set(), rotate: new Set() };
  const shown = escapeForTerminal(file.display);
  const tried = new Set<string>();
  let text = original;
  for (let round = 0; round < MAX_FIXES_PER_FILE; round++) {
    const findings = scanDocument(mainThreadScanner(), text, { ...scan, path: file.path }).findings.filter(
      (f) => f.category === 'secret' && !allowlisted.has(f.fingerprint) && !tried.has(keyOf(f)),
    );
    const finding = findings[0];
    if (!finding) break;
    const where = `${shown}:${finding.line}:${finding.column} ${finding.ruleId} ${escapeForTerminal(finding.redacted)}`;
    const plan = planJitFix(text, finding, context);
    // VS Code's secret storage (an `inputs` default) or Continue's .continue/.env: only the editor's quick fix stores there.
    const reason = isJitFixUnavailable(plan) ? plan.reason : plan.store.kind === 'keychain' || plan.store.kind === 'none' ? undefined : `${plan.title}: stored in ${plan.store.kind}, which --fix does not write; use the editor's quick fix`;
    if (isJitFixUnavailable(plan) || reason) {
      tried.add(keyOf(finding));
      outcome.left++;
      outcome.lines.push(`left   ${where}: ${escapeForTerminal(reason!)}`);
      continue;
    }
    const storedIn = await store(plan, text.slice(finding.range[0], finding.range[1]), keychain, ensureKeychain);
    text = applyTextEdits(text, plan.edits);
    outcome.fixed++;
    outcome.lines.push(`fixed  ${where} → ${escapeForTerminal(plan.reference.text)} (${storedIn})`);
    plan.notes.forEach((n) => outcome.notes.add(n));
    if (finding.remediation?.rotateUrl) outcome.rotate.add(finding.remediation.rotateUrl);
  }
  if (text !== original) {
    const backup = writeBackup(file.path, original);
    writeFileAtomic(file.path, text);
    outcome.lines.push(`backup ${escapeForTerminal(relative(process.cwd(), backup) || backup)} (holds the old values: delete it once you have checked the fix)`);
  }
  return outcome;
}

/** Puts the secret where the reference resolves it, and reads it back before the literal may go. */
async function store(plan: JitFix, secret: string, keychain: Keychain, ensureKeychain: () => Promise<void>): Promise<string> {
  if (plan.store.kind === 'none') return 'nothing stored: revoke the old token';
  if (!plan.store.key) throw new Error('a keychain store without a reference (a planner bug)');
  const [service, account] = keychainAddress(plan.store.key);
  await ensureKeychain();
  await keychain.put(service, account, secret);
  if ((await keychain.get(service, account)) !== secret) throw new KeychainStoreError(`${plan.store.key} did not keep the value`);
  return 'stored in the OS keychain';
}

/** The keychain read back something else: treated like an unreachable keychain (nothing is rewritten). */
class KeychainStoreError extends Error {
  override readonly name = 'KeychainStoreError' as const;
}

/** `keychain://SERVICE/ACCOUNT` as the remediation names it (core/src/remediation/broker.ts, one segment each). */
function keychainAddress(reference: string): [string, string] {
  const match = /^keychain:\/\/([^/]+)\/([^/]+)$/.exec(reference);
  if (!match) throw new Error(`not a keychain reference: ${reference}`);
  return [match[1]!, match[2]!];
}

/** A finding left unfixed, recognised in the next round's scan (fingerprints are content-based: the place tells two copies apart). */
function keyOf(finding: Finding): string {
  return `${finding.ruleId}:${finding.fingerprint}:${JSON.stringify(finding.location?.path ?? finding.range)}`;
}

/** The text of an agent config, or why it is skipped. Agent configs are small; anything else is left alone. */
function readAgentConfig(path: string, maxBytes: number): string | { skipped: string } {
  try {
    const stat = lstatSync(path);
    if (stat.isSymbolicLink()) return { skipped: 'a symbolic link; not fixed (fix the file it points to)' };
    if (!stat.isFile()) return { skipped: 'not a regular file; not fixed' };
    if (stat.size > maxBytes) return { skipped: 'larger than --max-file-size; not fixed' };
    return readFileSync(path, 'utf8');
  } catch (error) {
    return { skipped: `cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); not fixed` };
  }
}

/**
 * `FILE.secret-hygiene.bak` (or `.1.bak`, `.2.bak`… when one exists: an earlier backup is never
 * overwritten). Created exclusively (O_EXCL never follows a planted link) and readable by the owner only,
 * since it holds the old literal values.
 */
function writeBackup(path: string, text: string): string {
  for (let n = 0; n < 100; n++) {
    const backup = n === 0 ? `${path}${BACKUP_SUFFIX}` : `${path}.secret-hygiene.${n}.bak`;
    let fd: number;
    try {
      fd = openSync(backup, 'wx', 0o600);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue;
      throw new UsageError(`${escapeForTerminal(backup)}: cannot write the backup (${(error as NodeJS.ErrnoException).code}); the file was not changed`);
    }
    try {
      writeSync(fd, text);
    } finally {
      closeSync(fd);
    }
    return backup;
  }
  throw new UsageError(`${escapeForTerminal(path)}: 100 backups exist already; remove old ones first (the file was not changed)`);
}

function report(lines: string[], notices: string[], notes: Set<string>, rotate: Set<string>, fixed: number, left: number): string {
  const out = [...lines];
  for (const notice of notices) out.push(`notice: ${escapeForTerminal(notice)}`);
  for (const note of notes) out.push(`note: ${escapeForTerminal(note)}`);
  if (rotate.size) out.push(`Rotate the exposed values: ${[...rotate].join(' ')}`);
  out.push(`${fixed} fixed, ${left} left (agent configs only; \`scan\` lists everything else)`);
  return `${out.join('\n')}\n`;
}
