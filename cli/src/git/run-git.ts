/** Running git: one short command at a time (rev-parse, ls-tree, config), or a long-running one streamed. */
import { spawn, spawnSync, type ChildProcessByStdio } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';

/** git could not do what the scan needed (not a repository, a bad revision, git missing): exit 2, message on stderr. */
export class GitError extends Error {
  override readonly name = 'GitError' as const;
}

/**
 * The environment every git command runs with: no pager, no prompt for credentials, and no lazy fetch of
 * missing objects in a partial clone (GIT_NO_LAZY_FETCH, git ≥ 2.44; older gits are never asked for a
 * missing object: those are listed first with `rev-list --missing=print`).
 * https://git-scm.com/docs/git#Documentation/git.txt-codeGITNOLAZYFETCHcode
 */
export function gitEnv(): NodeJS.ProcessEnv {
  return { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_PAGER: 'cat', GIT_NO_LAZY_FETCH: '1', GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' };
}

/** Runs a short git command in `cwd` and returns its stdout; throws GitError with git's own message. */
export function gitOutput(cwd: string, args: string[], input?: string): Buffer {
  const run = spawnSync('git', args, { cwd, env: gitEnv(), input, maxBuffer: 1024 * 1024 * 1024 });
  if (run.error) throw new GitError(`cannot run git (${(run.error as NodeJS.ErrnoException).code ?? run.error.message}): is git installed?`);
  if (run.status !== 0) {
    const message = run.stderr.toString('utf8').trim().split('\n').filter(Boolean).pop() ?? `exit ${run.status}`;
    throw new GitError(`git ${args[0]}: ${message}`);
  }
  return run.stdout;
}

export function gitText(cwd: string, args: string[]): string {
  return gitOutput(cwd, args).toString('utf8').trim();
}

export type GitProcess = ChildProcessByStdio<Writable, Readable, Readable>;

/** Starts a long-running git command (log, cat-file --batch); its stderr is collected for the error message. */
export function startGit(cwd: string, args: string[]): { child: GitProcess; done: Promise<void> } {
  const child = spawn('git', args, { cwd, env: gitEnv(), stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    if (stderr.length < 64 * 1024) stderr += chunk.toString('utf8');
  });
  const done = new Promise<void>((resolve, reject) => {
    child.on('error', (error) => reject(new GitError(`cannot run git (${(error as NodeJS.ErrnoException).code ?? error.message}): is git installed?`)));
    child.on('close', (code, signal) => {
      if (code === 0) resolve();
      else reject(new GitError(`git ${args[0]}: ${stderr.trim().split('\n').filter(Boolean).pop() ?? `exit ${code ?? signal}`}`));
    });
  });
  // A failure is reported through `done`; an unread EPIPE on stdin must not crash the process.
  child.stdin.on('error', () => {});
  return { child, done };
}
