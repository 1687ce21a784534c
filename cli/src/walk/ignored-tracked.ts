/**
 * Files that git tracks but an ignore file excludes. A repository that commits a `.gitignore` holding `*`
 * would otherwise hide every tracked file from a scan without a word; the scan says how many, and an
 * untrusted repository (`--no-trust-repository`) has them scanned regardless.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

/**
 * Paths (absolute) of tracked files under `dir` that git's ignore rules match, or undefined when `dir`
 * is not in a work tree or git is unavailable. `core.fsmonitor` is switched off: a repository's own
 * `.git/config` must not get a command run by a scan (https://git-scm.com/docs/git-config#Documentation/git-config.txt-corefsmonitor).
 */
export function trackedButIgnored(dir: string): string[] | undefined {
  const run = spawnSync('git', ['-c', 'core.fsmonitor=false', 'ls-files', '-z', '--cached', '--ignored', '--exclude-standard', '--', '.'], {
    cwd: dir,
    env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' },
    maxBuffer: 256 * 1024 * 1024,
    timeout: 60_000,
  });
  if (run.error || run.status !== 0) return undefined;
  const out = run.stdout.toString('utf8');
  return out ? out.split('\0').filter(Boolean).map((path) => resolve(dir, path)) : [];
}
