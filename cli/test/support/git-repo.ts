/** Real git repositories for the history and staged tests: isolated from the user's git configuration. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** No global or system config (hooksPath, signing, templates); a fixed author; dates given per commit. */
export function gitEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_AUTHOR_NAME: 'Ada Lovelace',
    GIT_AUTHOR_EMAIL: 'ada@example.com',
    GIT_COMMITTER_NAME: 'Ada Lovelace',
    GIT_COMMITTER_EMAIL: 'ada@example.com',
    GIT_TERMINAL_PROMPT: '0',
    ...extra,
  };
}

export function git(cwd: string, args: string[], env: NodeJS.ProcessEnv = {}): string {
  return execFileSync('git', args, { cwd, env: gitEnv(env), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

export function initRepo(): string {
  const root = mkdtempSync(join(tmpdir(), 'sh-git-'));
  git(root, ['init', '-q', '-b', 'main']);
  return root;
}

export function write(root: string, files: Record<string, string | Buffer>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(root, dirname(path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
}

let tick = 0;
/** Stages everything and commits with a distinct, increasing date; returns the commit's id. */
export function commitAll(root: string, message: string): string {
  git(root, ['add', '-A']);
  const date = `2024-01-01T00:${String(tick++).padStart(2, '0')}:00Z`;
  git(root, ['commit', '-q', '--no-verify', '-m', message], { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });
  return git(root, ['rev-parse', 'HEAD']);
}
