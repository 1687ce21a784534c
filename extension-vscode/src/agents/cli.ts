/**
 * The extension spawns the secret-hygiene CLI for the agent inventory and for installing hooks, rather
 * than carrying a second copy of that code: the inventory reads many files outside the workspace (every
 * client's user config, per OS) and an installed hook is a command that runs the CLI's own hook bin, so
 * the CLI has to be on the machine anyway. Only the Node host can do it (Platform.agentCli).
 */

export interface CliRun {
  stdout: string;
  stderr: string;
  exitCode: number | null;
}

export interface AgentCli {
  /**
   * Runs `command args…` in `cwd` (never through a shell, except a Windows .cmd shim, whose arguments are
   * our own fixed words). Rejects with CliNotFoundError when the command cannot be found or started.
   */
  run(command: string, args: readonly string[], options: { cwd: string; timeoutMs: number }): Promise<CliRun>;
}

export class CliNotFoundError extends Error {
  override readonly name = 'CliNotFoundError';
}

/** The CLI's exit status 2 (a usage error or a failure), or a run that did not finish: its first line, masked by the CLI. */
export function cliFailure(run: CliRun, what: string): string | undefined {
  if (run.exitCode === 0 || run.exitCode === 1) return undefined;
  const line = run.stderr.split('\n').find((l) => l.trim()) ?? (run.exitCode === null ? 'it did not finish in time' : 'no message');
  return `${what} failed (exit ${run.exitCode ?? 'none'}): ${line.trim().slice(0, 300)}`;
}
