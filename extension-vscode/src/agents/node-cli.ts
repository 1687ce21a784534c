/**
 * Starting the secret-hygiene CLI from the Node extension host. The command is found by this code, not
 * by the OS: only absolute PATH entries are searched, so a workspace folder (the process's cwd) or a
 * relative PATH entry (`.`, `node_modules/.bin`) can never supply the program. A `.js` CLI (a checkout's
 * cli/dist/secret-hygiene.js) runs with the `node` found the same way: the extension host's own binary
 * may be Electron, and the hooks the CLI installs record the Node that ran it.
 */
import { spawn } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, isAbsolute, join } from 'node:path';
import { CliNotFoundError, type AgentCli, type CliRun } from './cli.js';

const OUTPUT_LIMIT = 16 * 1024 * 1024;

function isExecutableFile(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    if (process.platform !== 'win32') accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** `name` on the absolute entries of PATH (with PATHEXT's extensions on Windows). */
export function findOnPath(name: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const extensions = process.platform === 'win32' ? ['', ...(env.PATHEXT ?? '.COM;.EXE;.BAT;.CMD').split(';').filter(Boolean)] : [''];
  for (const dir of (env.PATH ?? env.Path ?? '').split(delimiter)) {
    if (!dir || !isAbsolute(dir)) continue;
    for (const extension of extensions) {
      const candidate = join(dir, name + extension);
      if (isExecutableFile(candidate)) return candidate;
    }
  }
  return undefined;
}

/** The program and the arguments before ours: `[node, cli.js]` for a script, `[cli]` otherwise. */
export function resolveCli(command: string): string[] {
  const expanded = command.startsWith('~/') ? join(homedir(), command.slice(2)) : command;
  const hasSeparator = /[\\/]/.test(expanded);
  if (hasSeparator && !isAbsolute(expanded)) throw new CliNotFoundError(`secretHygiene.cliPath must be an absolute path or a command name on PATH, not the relative ${JSON.stringify(command)}`);
  if (/\.[cm]?js$/i.test(expanded)) {
    if (!statSafe(expanded)) throw new CliNotFoundError(`${expanded} does not exist`);
    const node = findOnPath('node');
    if (!node) throw new CliNotFoundError(`${expanded} is a Node script, and no \`node\` was found on PATH`);
    return [node, expanded];
  }
  const program = hasSeparator ? (isExecutableFile(expanded) ? expanded : undefined) : findOnPath(expanded);
  if (!program) throw new CliNotFoundError(hasSeparator ? `${expanded} is not an executable file` : `\`${expanded}\` was not found on PATH`);
  return [program];
}

function statSafe(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

export function nodeAgentCli(): AgentCli {
  return {
    run(command, args, { cwd, timeoutMs }) {
      return new Promise<CliRun>((resolve, reject) => {
        let argv: string[];
        try {
          argv = [...resolveCli(command), ...args];
        } catch (error) {
          return reject(error);
        }
        const [program, ...rest] = argv as [string, ...string[]];
        // Node refuses .cmd/.bat without a shell (CVE-2024-27980); our arguments are fixed words, the path is quoted.
        const shim = process.platform === 'win32' && /\.(cmd|bat)$/i.test(program);
        const child = shim
          ? spawn(`"${program}"`, rest, { cwd, shell: true, windowsHide: true, timeout: timeoutMs, stdio: ['ignore', 'pipe', 'pipe'] })
          : spawn(program, rest, { cwd, windowsHide: true, timeout: timeoutMs, stdio: ['ignore', 'pipe', 'pipe'] });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (chunk: Buffer) => {
          if (stdout.length < OUTPUT_LIMIT) stdout += chunk.toString('utf8');
        });
        child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString('utf8')).slice(-8000)));
        child.on('error', (error: NodeJS.ErrnoException) => reject(error.code === 'ENOENT' ? new CliNotFoundError(`${program} could not be started`) : error));
        child.on('close', (code, signal) => resolve({ stdout, stderr, exitCode: signal ? null : code }));
      });
    },
  };
}
