/**
 * Runs a helper tool (secret-tool, security, op) without a shell and collects its output. The secret
 * travels on stdin or stdout, never in argv; the caller decides what of stderr may be shown.
 */
import { spawn } from 'node:child_process';

export interface ToolResult {
  /** Exit code; `null` when the tool could not be started or was killed. */
  code: number | null;
  stdout: string;
  stderr: string;
  /** `ENOENT` when the tool is not installed. */
  spawnError?: string;
}

export interface ToolOptions {
  input?: string;
  env?: NodeJS.ProcessEnv;
  /** A hang guard: a keychain that waits for a prompt nobody can answer must not hold `run` forever. */
  timeoutMs?: number;
}

export function runTool(command: string, args: string[], options: ToolOptions = {}): Promise<ToolResult> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env: options.env ?? process.env, stdio: ['pipe', 'pipe', 'pipe'] });
    // Our own timer, not spawn's `timeout`: that one is cleared only on 'exit', which a tool that could
    // not be started (ENOENT) never emits, so it held the broker for the whole timeout.
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 30_000);
    timer.unref();
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    let spawnError: string | undefined;
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', (error: NodeJS.ErrnoException) => {
      spawnError = error.code ?? error.message;
    });
    // A tool that exits before reading stdin must not crash us with EPIPE.
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.input ?? '');
    child.on('close', (code) => {
      clearTimeout(timer);
      const result: ToolResult = { code, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') };
      if (spawnError !== undefined) result.spawnError = spawnError;
      resolve(result);
    });
  });
}
