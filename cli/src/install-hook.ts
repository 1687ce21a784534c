/**
 * `secret-hygiene install-hook [--pre-push] [--force] [PATH]`: writes a plain git hook that runs
 * `scan --staged` before each commit (or `scan --git <pushed range>` before each push). The hooks folder
 * is git's own answer (`rev-parse --git-path hooks`, which follows core.hooksPath). A hook we did not
 * write is never replaced without --force (and then kept beside it as `<name>.before-secret-hygiene`);
 * ours is recognised by its marker line and rewritten in place, so running this twice changes nothing.
 * https://git-scm.com/docs/githooks
 *
 * The pre-commit hook runs on every commit, so it starts fast: it runs staged.cjs (the staged scan as a
 * bin of its own) from a V8 startup snapshot built here, for this Node and this staged.cjs, and falls
 * back to the plain CLI when that snapshot cannot be used (../snapshot/).
 */
import { chmodSync, existsSync, lstatSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { defaultCacheDir, ensureSnapshot } from './snapshot/blob.js';
import { SNAPSHOT_UNUSABLE } from './snapshot/start.js';
import { UsageError } from './errors.js';
import { escapeForTerminal } from './output/escape.js';
import { GitError, gitText } from './git/run-git.js';
import { openRepository } from './git/repository.js';

const MARKER = '# secret-hygiene hook: installed by `secret-hygiene install-hook`';

export const INSTALL_HOOK_HELP = `Usage: secret-hygiene install-hook [--pre-push] [--force] [--no-snapshot] [PATH]
       secret-hygiene install-hook --snapshot-only

Writes a git hook in the repository at PATH (default .), in the folder git uses for hooks
(core.hooksPath when set, else .git/hooks):
  (default)     pre-commit: \`secret-hygiene scan --staged\` (the lines the commit adds)
  --pre-push    pre-push: \`secret-hygiene scan --git <remote sha>..<local sha>\` for each pushed ref
  --force       replace a hook that secret-hygiene did not write (the old one is kept as
                <hook>.before-secret-hygiene)
  --no-snapshot pre-commit: do not build the startup snapshot that makes the hook start fast (it is
                kept in the user's cache folder; the hook runs the plain CLI without it)
  --snapshot-only  build the startup snapshot and write no hook: for a hook you run another way,
                such as the pre-commit framework's (its entry, secret-hygiene-staged, uses the snapshot)
Running it again updates our hook in place (and rebuilds a missing snapshot). Skip the hook once:
git commit --no-verify.
`;

export interface CommandOutput {
  stdout: string;
  exitCode: 0 | 1 | 2;
}

/** A value inside single quotes for sh: every `'` closes, escapes and reopens. */
function shQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/**
 * The hook runs the CLI that installed it when that file is still there (no PATH surprises under a GUI
 * git client), else `secret-hygiene` from PATH.
 */
function runLine(cliPath: string): string {
  return [
    `cli=${shQuote(cliPath)}`,
    `if [ -f "$cli" ]; then run() { ${shQuote(process.execPath)} "$cli" "$@"; }`,
    'elif command -v secret-hygiene >/dev/null 2>&1; then run() { secret-hygiene "$@"; }',
    'else echo "secret-hygiene: not found (reinstall the hook or put secret-hygiene on PATH); git commit --no-verify skips this check" >&2; exit 1; fi',
  ].join('\n');
}

/** The staged scan's own bin and the snapshot blob built from it (see snapshotLines). */
export interface StagedSnapshot {
  stagedBin: string;
  blob: string;
}

/**
 * The fast path: `node --snapshot-blob BLOB staged.cjs`. Its 0, 1 and 2 are the scan's answer (the
 * plain CLI's exit codes); an interrupt stays an interrupt; any other status means the snapshot could
 * not serve (SNAPSHOT_UNUSABLE: the blob was built by another Node, or staged.cjs was replaced since,
 * or the commit is large enough for worker threads; or a damaged blob crashed Node), and the plain
 * CLI scans instead.
 */
function snapshotLines(snapshot: StagedSnapshot): string {
  return [
    `staged=${shQuote(snapshot.stagedBin)}`,
    `blob=${shQuote(snapshot.blob)}`,
    'if [ -f "$blob" ] && [ -f "$staged" ]; then',
    `  ${shQuote(process.execPath)} --snapshot-blob "$blob" "$staged" </dev/null`,
    '  status=$?',
    '  case $status in 0|1|2|130|143) exit $status ;; esac',
    // On SNAPSHOT_UNUSABLE, Node or staged.cjs has already said why.
    `  [ $status -eq ${SNAPSHOT_UNUSABLE} ] || echo "secret-hygiene: the startup snapshot failed (exit $status)" >&2`,
    '  echo "secret-hygiene: scanning with the plain CLI instead" >&2',
    'fi',
  ].join('\n');
}

export function hookScript(kind: 'pre-commit' | 'pre-push', cliPath: string, snapshot?: StagedSnapshot): string {
  const head = `#!/bin/sh\n${MARKER}\n# Remove this file to uninstall. Skip it once with --no-verify.\n${runLine(cliPath)}\n`;
  if (kind === 'pre-commit') return `${head}${snapshot ? `${snapshotLines(snapshot)}\n` : ''}run scan --staged </dev/null\n`;
  // git's pre-push protocol: "<local ref> <local sha> <remote ref> <remote sha>" per line on stdin; a new
  // branch (remote sha all zeros) is checked in full, as git's own sample hook does.
  // https://git-scm.com/docs/githooks#_pre_push
  return `${head}zero=$(git hash-object --stdin </dev/null | tr '0-9a-f' '0')
status=0
while read -r local_ref local_sha remote_ref remote_sha; do
  [ "$local_sha" = "$zero" ] && continue
  # A new branch, or a remote tip this clone has never fetched (a force push): all of it.
  if [ "$remote_sha" = "$zero" ] || ! git cat-file -e "$remote_sha^{commit}" 2>/dev/null; then range="$local_sha"; else range="$remote_sha..$local_sha"; fi
  run scan --git "$range" </dev/null || status=$?
done
exit $status
`;
}

/** `stagedBin`: staged.cjs, shipped next to the CLI bundle (cli/dist). */
export function runInstallHook(argv: string[], cliPath: string, stagedBin = fileURLToPath(new URL('./staged.cjs', import.meta.url))): CommandOutput {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        'pre-push': { type: 'boolean', default: false },
        force: { type: 'boolean', default: false },
        'no-snapshot': { type: 'boolean', default: false },
        'snapshot-only': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (parsed.values.help) return { stdout: INSTALL_HOOK_HELP, exitCode: 0 };
  if (parsed.values['snapshot-only']) {
    if (parsed.positionals.length || parsed.values['pre-push'] || parsed.values.force || parsed.values['no-snapshot']) {
      throw new UsageError('--snapshot-only writes no hook: it takes no path and no other option');
    }
    const snapshot = stagedSnapshot(stagedBin);
    if (snapshot.problem) return { stdout: `secret-hygiene: ${snapshot.problem}\n`, exitCode: 2 };
    return { stdout: `startup snapshot: ${escapeForTerminal(snapshot.blob!)}\n`, exitCode: 0 };
  }
  if (parsed.positionals.length > 1) throw new UsageError('install-hook takes at most one path (the repository)');
  const kind = parsed.values['pre-push'] ? 'pre-push' : 'pre-commit';
  let hooksDir: string;
  try {
    const repo = openRepository(parsed.positionals[0] ?? '.');
    hooksDir = resolve(repo.root, gitText(repo.root, ['rev-parse', '--git-path', 'hooks']));
  } catch (error) {
    if (error instanceof GitError) throw new UsageError(error.message);
    throw error;
  }
  const target = join(hooksDir, kind);
  let existing: string | undefined;
  if (existsSync(target) || isLink(target)) {
    const ours = !isLink(target) && readFileSync(target, 'utf8').includes(MARKER);
    if (!ours && !parsed.values.force) {
      throw new UsageError(`${escapeForTerminal(target)}: a ${kind} hook secret-hygiene did not write is already there; add --force to replace it (it is kept as ${kind}.before-secret-hygiene), or call \`secret-hygiene scan ${kind === 'pre-commit' ? '--staged' : '--git RANGE'}\` from it`);
    }
    if (!ours) renameSync(target, `${target}.before-secret-hygiene`);
    else existing = readFileSync(target, 'utf8');
  }
  // Built (or found) only once the hook may be written: ≈ 1 s of CPU the first time for this Node and CLI.
  const snapshot = kind === 'pre-commit' && !parsed.values['no-snapshot'] ? stagedSnapshot(stagedBin) : {};
  const script = hookScript(kind, resolve(cliPath), snapshot.blob ? { stagedBin, blob: snapshot.blob } : undefined);
  const note = snapshot.problem ? `note: ${snapshot.problem}\n` : snapshot.blob ? `startup snapshot: ${escapeForTerminal(snapshot.blob)}\n` : '';
  if (existing === script) return { stdout: `${kind} hook already installed: ${escapeForTerminal(target)}\n${note}`, exitCode: 0 };
  mkdirSync(hooksDir, { recursive: true });
  // Written beside and renamed over: a crash never leaves half a hook that git would run.
  const temporary = `${target}.secret-hygiene-${process.pid}`;
  writeFileSync(temporary, script, { mode: 0o755, flag: 'wx' });
  chmodSync(temporary, 0o755);
  renameSync(temporary, target);
  return { stdout: `${existing ? 'updated' : 'installed'} ${kind} hook: ${escapeForTerminal(target)}\n${note}`, exitCode: 0 };
}

/** The blob for staged.cjs under this Node, built now unless it exists (≈ 1 s of CPU, once per version). */
function stagedSnapshot(stagedBin: string): { blob?: string; problem?: string } {
  if (!existsSync(stagedBin)) return { problem: `${escapeForTerminal(stagedBin)} is missing, so the hook runs the plain CLI (slower start)` };
  const built = ensureSnapshot({ node: process.execPath, bin: stagedBin, cacheDir: defaultCacheDir(process.env, homedir(), process.platform) });
  return built.problem ? { problem: `${built.problem}; the hook runs the plain CLI (slower start)` } : built;
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}
