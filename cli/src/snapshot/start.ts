/**
 * The entry side of a startup snapshot (./blob.ts builds the blob). One bundle serves both ways: run
 * plainly it starts at once; run with `--build-snapshot` it does its warm-up (the engine's rule
 * compilation and keyword automata, most of a cold start) and leaves `start` as the function a
 * `node --snapshot-blob BLOB BIN …` process begins with.
 * https://nodejs.org/api/v8.html#startup-snapshot-api
 *
 * Node refuses a blob built by another Node, but not one built from another version of our bin: a
 * deserialised process never reads BIN again, it runs the code in the blob. After an upgrade in place
 * the installed command still names the old blob, so the process checks that BIN is still the file it
 * was built from, and exits with Node's own snapshot-failure status when it is not; every command that
 * uses a blob falls back to the plain bin on that status.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { startupSnapshot } from 'node:v8';

/**
 * Node 20's exit status when it cannot use a startup snapshot (missing, or built by another Node, arch
 * or V8 flags: "14 Snapshot Failure", https://nodejs.org/api/process.html#exit-codes); ours for a blob
 * built from another version of the bin.
 */
export const SNAPSHOT_UNUSABLE = 14;

/**
 * Thrown where a process started from a snapshot cannot do what was asked: worker threads do not start
 * from a Node 20 startup snapshot (the worker's bootstrap finds no shared cwd counter and throws), so a
 * scan large enough for the worker pool is left to the plain bin. The entry exits SNAPSHOT_UNUSABLE.
 */
export class SnapshotCannotServeError extends Error {
  override readonly name = 'SnapshotCannotServeError' as const;
}

let deserialized = false;

/** Whether this process began from a startup snapshot (see SnapshotCannotServeError). */
export function startedFromSnapshot(): boolean {
  return deserialized;
}

/** What the bin was when the blob was built. */
interface BinIdentity {
  size: number;
  ino: number;
  dev: number;
  mtimeMs: number;
  ctimeMs: number;
  hash: string;
  /**
   * The file changed within a second or two of the build (git's "racily clean" case): a later change
   * could then leave the same times behind on a coarse clock, so only the hash decides.
   */
  racy: boolean;
}

const hashOf = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

function identify(path: string, builtAt: number): BinIdentity {
  const stat = statSync(path);
  const { size, ino, dev, mtimeMs, ctimeMs } = stat;
  return { size, ino, dev, mtimeMs, ctimeMs, hash: hashOf(path), racy: Math.max(mtimeMs, ctimeMs) >= builtAt - 2000 };
}

/**
 * Whether `path` is still the file the blob was built from. Any write changes the inode's ctime, which
 * no tool can set back, so unchanged stat fields mean unchanged content and the common case costs one
 * stat; otherwise (a copy, a touch, a racy build) the content's hash decides (≈ 8 ms for 2.5 MB).
 */
function sameBin(built: BinIdentity, path: string): boolean {
  try {
    const now = statSync(path);
    if (now.size !== built.size) return false;
    if (!built.racy && now.ino === built.ino && now.dev === built.dev && now.mtimeMs === built.mtimeMs && now.ctimeMs === built.ctimeMs) return true;
    return hashOf(path) === built.hash;
  } catch {
    return false;
  }
}

/**
 * Runs `start` now, or, when Node is building a snapshot of this bin, runs `warmUp` and makes `start`
 * the snapshot's main function (guarded: a blob outlived by its bin exits SNAPSHOT_UNUSABLE).
 */
export function startWithSnapshot(start: () => void, warmUp: () => void): void {
  if (!startupSnapshot.isBuildingSnapshot()) {
    start();
    return;
  }
  const builtAt = Date.now();
  warmUp();
  // The bin is the script Node was given (process.argv[1]), here as on every later start.
  const built = identify(resolve(process.argv[1]!), builtAt);
  startupSnapshot.setDeserializeMainFunction(() => {
    const bin = resolve(process.argv[1] ?? '');
    deserialized = true;
    if (sameBin(built, bin)) return start();
    process.stderr.write(`secret-hygiene: the startup snapshot was built from another version of ${basename(bin)}; not used (installing the hook again rebuilds it)\n`);
    process.exitCode = SNAPSHOT_UNUSABLE;
  });
}
