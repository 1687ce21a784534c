/**
 * Starts the command (no shell: arguments reach it exactly as given), passes stdio through, forwards
 * SIGINT/SIGTERM/SIGHUP, and reports how it ended. The environment is the one object built for the
 * child; the broker's own process.env is never written.
 */
import { spawn } from 'node:child_process';
import { constants } from 'node:os';

export const FORWARDED_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const satisfies readonly NodeJS.Signals[];

/** POSIX shells' convention: a process ended by signal N exits 128+N. */
export function exitCodeOfSignal(signal: NodeJS.Signals): number {
  return 128 + (constants.signals[signal] ?? 0);
}

export type ChildOutcome = { code: number; signal?: NodeJS.Signals } | { spawnError: 'not-found' | 'not-executable' | 'other'; message: string };

export interface RunningChild {
  kill(signal: NodeJS.Signals): void;
  exited: Promise<ChildOutcome>;
}

export function startChild(command: string, args: string[], env: NodeJS.ProcessEnv): RunningChild {
  const child = spawn(command, args, { env, stdio: 'inherit', shell: false });
  const exited = new Promise<ChildOutcome>((resolve) => {
    child.once('error', (error: NodeJS.ErrnoException) => {
      const kind = error.code === 'ENOENT' ? 'not-found' : error.code === 'EACCES' || error.code === 'ENOEXEC' || error.code === 'EISDIR' ? 'not-executable' : 'other';
      resolve({ spawnError: kind, message: error.code ?? error.message });
    });
    child.once('exit', (code, signal) => resolve(signal ? { code: exitCodeOfSignal(signal), signal } : { code: code ?? 0 }));
  });
  return {
    kill(signal) {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    },
    exited,
  };
}
