/**
 * The hook's startup snapshot: `hook.cjs` run once with `--build-snapshot` leaves a blob in which the
 * engine is already built; `node --snapshot-blob BLOB hook.cjs CLIENT` then starts with it in the heap
 * (measured: about a quarter of the plain bin's CPU time; see docs/guardrails.md).
 * https://nodejs.org/api/cli.html#--snapshot-blobpath
 *
 * A blob only loads into the Node binary that built it ("the version, architecture and platform ... are
 * exactly the same"; otherwise Node "exits with status code 1", before reading stdin). So the blob's name
 * carries the Node version, the platform, the architecture and a hash of hook.cjs, and the installed
 * command falls back to the plain bin when the snapshot cannot start (`A || B`: B still gets stdin).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { HookClient } from './protocol.js';

export interface HookRuntime {
  /** The Node binary the hook runs with (the one running the CLI now). */
  node: string;
  /** cli/dist/hook.cjs next to the CLI. */
  hookBin: string;
  /** Where blobs are kept (per user). */
  cacheDir: string;
}

export function defaultCacheDir(env: NodeJS.ProcessEnv, home: string, platform: NodeJS.Platform): string {
  if (env.SECRET_HYGIENE_CACHE_DIR) return env.SECRET_HYGIENE_CACHE_DIR;
  if (platform === 'win32') return join(env.LOCALAPPDATA || join(home, 'AppData', 'Local'), 'secret-hygiene', 'cache');
  if (platform === 'darwin') return join(home, 'Library', 'Caches', 'secret-hygiene');
  return join(env.XDG_CACHE_HOME || join(home, '.cache'), 'secret-hygiene');
}

/** The blob this Node and this hook.cjs would use. */
export function snapshotPath(runtime: HookRuntime): string {
  const hash = createHash('sha256').update(readFileSync(runtime.hookBin)).digest('hex').slice(0, 16);
  return join(runtime.cacheDir, `hook-${process.version}-${process.platform}-${process.arch}-${hash}.blob`);
}

/** Builds the blob unless it exists; returns its path, or why it could not be built (the hook still works, slower). */
export function ensureSnapshot(runtime: HookRuntime): { blob?: string; problem?: string } {
  const blob = snapshotPath(runtime);
  if (existsSync(blob)) return { blob };
  mkdirSync(runtime.cacheDir, { recursive: true });
  const temp = `${blob}.${process.pid}.tmp`;
  const run = spawnSync(runtime.node, ['--snapshot-blob', temp, '--build-snapshot', runtime.hookBin], { encoding: 'utf8', timeout: 120_000 });
  if (run.status !== 0 || !existsSync(temp)) {
    rmSync(temp, { force: true });
    return { problem: `the startup snapshot could not be built (${run.error?.message ?? `exit ${run.status}`}); the hook runs without it` };
  }
  renameSync(temp, blob);
  return { blob };
}

const quote = (path: string) => `"${path}"`;

/** The command a client runs: the snapshot when it starts, else the plain bin. */
export function hookCommand(runtime: HookRuntime, client: HookClient, blob: string | undefined): string {
  const plain = `${quote(runtime.node)} ${quote(runtime.hookBin)} ${client}`;
  return blob ? `${quote(runtime.node)} --snapshot-blob ${quote(blob)} ${quote(runtime.hookBin)} ${client} || ${plain}` : plain;
}

/** The blob a command refers to, for `hooks status` (a missing blob means every call pays the fallback). */
export function blobOfCommand(command: string): string | undefined {
  return /--snapshot-blob "([^"]+)"/.exec(command)?.[1];
}
