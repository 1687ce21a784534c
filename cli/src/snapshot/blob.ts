/**
 * V8 startup snapshots of our small bins (the agent hook's hook.cjs, the pre-commit hook's staged.cjs):
 * `node --snapshot-blob BLOB --build-snapshot BIN` run once leaves a blob in which the engine is already
 * built; `node --snapshot-blob BLOB BIN …` then starts with it in the heap.
 * https://nodejs.org/api/cli.html#--snapshot-blobpath
 *
 * A blob only loads into the Node binary that built it ("the version, architecture and platform ... are
 * exactly the same"); otherwise Node refuses it before running any of our code (Node 20 exits 14, its
 * "snapshot failure" status, as it does for a missing blob or other V8 flags). So the blob's name
 * carries the Node version, the platform, the architecture and a hash of the bin, and every command that
 * uses one falls back to the plain bin when the snapshot cannot start. A blob whose bin has since been
 * replaced (an upgrade in place) refuses to run as well: see ./start.ts.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { basename, extname, join } from 'node:path';

export interface SnapshotRuntime {
  /** The Node binary the bin runs with (the one running the CLI now: a blob is tied to it). */
  node: string;
  /** The bundle the blob is built from, e.g. cli/dist/hook.cjs or cli/dist/staged.cjs. */
  bin: string;
  /** Where blobs are kept (per user). */
  cacheDir: string;
}

export function defaultCacheDir(env: NodeJS.ProcessEnv, home: string, platform: NodeJS.Platform): string {
  if (env.SECRET_HYGIENE_CACHE_DIR) return env.SECRET_HYGIENE_CACHE_DIR;
  if (platform === 'win32') return join(env.LOCALAPPDATA || join(home, 'AppData', 'Local'), 'secret-hygiene', 'cache');
  if (platform === 'darwin') return join(home, 'Library', 'Caches', 'secret-hygiene');
  return join(env.XDG_CACHE_HOME || join(home, '.cache'), 'secret-hygiene');
}

/** The blob this Node and this bin would use: `<bin name>-<node version>-<platform>-<arch>-<bin hash>.blob`. */
export function snapshotPath(runtime: SnapshotRuntime): string {
  const hash = createHash('sha256').update(readFileSync(runtime.bin)).digest('hex').slice(0, 16);
  const name = basename(runtime.bin, extname(runtime.bin));
  return join(runtime.cacheDir, `${name}-${process.version}-${process.platform}-${process.arch}-${hash}.blob`);
}

/**
 * Builds the blob unless it exists; returns its path, or why it could not be built (the bin still works
 * without it, slower). Written beside and renamed into place, so a reader never sees half a blob.
 */
export function ensureSnapshot(runtime: SnapshotRuntime): { blob?: string; problem?: string } {
  const blob = snapshotPath(runtime);
  if (existsSync(blob)) return { blob };
  mkdirSync(runtime.cacheDir, { recursive: true });
  const temp = `${blob}.${process.pid}.tmp`;
  const run = spawnSync(runtime.node, ['--snapshot-blob', temp, '--build-snapshot', runtime.bin], { encoding: 'utf8', timeout: 120_000 });
  if (run.status !== 0 || !existsSync(temp)) {
    rmSync(temp, { force: true });
    return { problem: `the startup snapshot could not be built (${run.error?.message ?? `exit ${run.status}`})` };
  }
  renameSync(temp, blob);
  return { blob };
}
