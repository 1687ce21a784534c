/**
 * Builds this tree's CLI (main + scan worker) into a private temp folder, with the options of
 * esbuild.config.mjs, and runs it as a user would. Tests of the CLI's process-level behaviour (exit
 * status, worker watchdog, memory) use it instead of cli/dist, which belongs to the shared build.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { CliRun } from '../../test/support/cli.js';

/**
 * esbuild from the repository's node_modules, loaded at run time: bundled into a test file it would
 * look for its service binary next to the bundle.
 */
function esbuild(): typeof import('esbuild') {
  const name = 'esbuild';
  return createRequire(resolve(process.cwd(), 'package.json'))(name);
}

let built: string | undefined;

/**
 * Bundles entry points (paths relative to the repository root) into a fresh temp folder, as
 * esbuild.config.mjs bundles the CLI; returns the folder. Removed when the test process exits.
 */
export function bundleForTest(entryPoints: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'sh-cli-build-'));
  const root = process.cwd();
  esbuild().buildSync({
    bundle: true,
    sourcemap: 'linked',
    logLevel: 'warning',
    target: 'node20',
    mainFields: ['module', 'main'],
    entryPoints: Object.fromEntries(Object.entries(entryPoints).map(([name, path]) => [name, resolve(root, path)])),
    outdir: dir,
    format: 'esm',
    platform: 'node',
    banner: { js: "#!/usr/bin/env node\nimport { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** The built CLI's path; built once per test process. */
export function builtCli(): string {
  built ??= join(bundleForTest({ 'secret-hygiene': 'cli/src/main.ts', 'scan-worker': 'cli/src/walk/worker.ts' }), 'secret-hygiene.js');
  return built;
}

/** Runs the freshly built CLI in a separate Node process. `timeoutMs` is a hang guard, not a speed test. */
export function runBuiltCli(args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv; timeoutMs?: number; nodeArgs?: string[] }): CliRun & { signal: NodeJS.Signals | null } {
  const run = spawnSync(process.execPath, [...(options.nodeArgs ?? []), builtCli(), ...args], {
    cwd: options.cwd,
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
    timeout: options.timeoutMs ?? 120_000,
    killSignal: 'SIGKILL',
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, signal: run.signal };
}
