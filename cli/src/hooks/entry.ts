/**
 * The hook's own small bin (cli/dist/hook.cjs): `node hook.cjs claude-code|cursor`, hook JSON on stdin.
 * Kept apart from the main CLI so an agent's every prompt and tool call loads only the engine, the
 * policy and this protocol code.
 *
 * The same file is the entry of a V8 startup snapshot (`hooks install` builds it: see snapshot.ts):
 * built with `--build-snapshot`, it constructs the engine (rule compilation and keyword automaton, most
 * of a cold start) once, and every later `node --snapshot-blob … hook.cjs` starts with it in the heap.
 * https://nodejs.org/api/cli.html#--build-snapshot
 */
import { homedir } from 'node:os';
import { scanDocument } from '@secret-hygiene/core';
import { startWithSnapshot } from '../snapshot/start.js';
import { HOOK_CLIENTS, type HookClient } from './protocol.js';
import { hookScanner, runHook } from './run.js';
import { readStdin } from './stdin.js';

async function main(argv: readonly string[]): Promise<number> {
  const client = argv[0];
  if (!HOOK_CLIENTS.includes(client as HookClient)) {
    process.stderr.write(`secret-hygiene hook: expected a client (${HOOK_CLIENTS.join('|')}), got ${JSON.stringify(client ?? '')}\n`);
    // Exit 0 and print nothing: a mistyped hook command must not block the agent (it is reported by `hooks status`).
    return 0;
  }
  const stdin = await readStdin();
  const result = await runHook(client as HookClient, stdin, { cwd: process.cwd(), env: process.env, platform: process.platform, home: homedir() });
  if (result.stderr) process.stderr.write(result.stderr);
  await new Promise<void>((resolve) => process.stdout.write(result.stdout, () => resolve()));
  return result.exitCode;
}

function start(): void {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error: Error) => {
      // Never a stack (it could quote input); the agent goes on (exit 0) unless told otherwise above.
      process.stderr.write(`secret-hygiene hook: failed (${error.name ?? 'error'})\n`);
      process.exitCode = 0;
    },
  );
}

// Both paths a hook takes: a prompt (no path) and a file of a known kind, so every lazy automaton is built.
startWithSnapshot(start, () => {
  scanDocument(hookScanner(), 'api_key = "warm-up"\n', { path: 'warm-up.env' });
  scanDocument(hookScanner(), 'warm up', {});
});
