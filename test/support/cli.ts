import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

export const REPO_ROOT = process.cwd();
/** The built CLI; `SECRET_HYGIENE_CLI` points at a private build (several people testing in one tree). */
export const CLI = process.env.SECRET_HYGIENE_CLI ?? resolve(REPO_ROOT, 'cli/dist/secret-hygiene.js');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI as a user would: a separate Node process. */
export function runCli(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): CliRun {
  const run = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? REPO_ROOT,
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}
