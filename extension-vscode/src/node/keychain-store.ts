/**
 * The quick fix's OS keychain store: `secret-hygiene store put keychain://SERVICE/ACCOUNT` with the value
 * on stdin, never in argv (visible to every process on the machine) or the environment. The CLI owns the
 * keychain (Secret Service, macOS Keychain); the extension only starts it, found as the Agent Guardrails
 * view finds it (agents/node-cli.ts: absolute PATH entries only, a `.js` CLI with the `node` on PATH).
 */
import { spawn } from 'node:child_process';
import { homedir } from 'node:os';
import { resolveCli } from '../agents/node-cli.js';
import { cliPathSetting } from '../settings.js';

const TIMEOUT_MS = 60_000;

/** Stores `value` at `reference`; throws an Error whose message says why (CLI missing, keychain locked…), never holding the value. */
export async function storeInKeychain(reference: string, value: string): Promise<string> {
  let argv: string[];
  try {
    argv = resolveCli(cliPathSetting());
  } catch (error) {
    throw new Error(`the secret-hygiene CLI is needed to store in the OS keychain (npm install -g secret-hygiene, or set secretHygiene.cliPath): ${(error as Error).message}`);
  }
  const [program, ...pre] = argv as [string, ...string[]];
  // cwd: the home folder, not the workspace: nothing the repository holds may steer the CLI.
  const { code, stderr } = await new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
    const child = spawn(program, [...pre, 'store', 'put', reference], { cwd: homedir(), stdio: ['pipe', 'ignore', 'pipe'], timeout: TIMEOUT_MS, windowsHide: true });
    let err = '';
    child.stderr.on('data', (chunk: Buffer) => (err = (err + chunk.toString('utf8')).slice(-4000)));
    child.on('error', (error: NodeJS.ErrnoException) => reject(new Error(error.code === 'ENOENT' ? `${program} could not be started` : error.message)));
    child.on('close', (status) => resolve({ code: status, stderr: err }));
    child.stdin.on('error', () => {}); // a CLI that exits early closes stdin: its exit status tells why
    child.stdin.end(value);
  });
  if (code === 0) return `the OS keychain (${reference})`;
  // The CLI masks its messages; still, no line that holds the value is ever shown.
  const line = stderr.split('\n').find((l) => l.trim() && !l.includes(value))?.replace(/^secret-hygiene:\s*/, '').trim() ?? (code === null ? 'it did not finish in time' : 'no message');
  throw new Error(`secret-hygiene store put failed (exit ${code ?? 'none'}): ${line.slice(0, 300)}`);
}
