/**
 * The agent hook's startup snapshot: hook.cjs run once with `--build-snapshot` leaves a blob in which the
 * engine is already built; `node --snapshot-blob BLOB hook.cjs CLIENT` then starts with it in the heap
 * (measured: about a quarter of the plain bin's CPU time; see docs/guardrails.md). Building, naming and
 * checking blobs is shared with the pre-commit hook: ../snapshot/.
 *
 * The installed command falls back to the plain bin when the snapshot cannot start (`A || B`: B still
 * gets stdin): a blob built by another Node, or one outlived by its hook.cjs, exits non-zero before
 * reading stdin, and a hook answer itself always exits 0.
 */
import { defaultCacheDir, ensureSnapshot as ensureBlob, snapshotPath as blobPath, type SnapshotRuntime } from '../snapshot/blob.js';
import type { HookClient } from './protocol.js';

export { defaultCacheDir };

export interface HookRuntime {
  /** The Node binary the hook runs with (the one running the CLI now). */
  node: string;
  /** cli/dist/hook.cjs next to the CLI. */
  hookBin: string;
  /** Where blobs are kept (per user). */
  cacheDir: string;
}

const shared = (runtime: HookRuntime): SnapshotRuntime => ({ node: runtime.node, bin: runtime.hookBin, cacheDir: runtime.cacheDir });

/** The blob this Node and this hook.cjs would use. */
export function snapshotPath(runtime: HookRuntime): string {
  return blobPath(shared(runtime));
}

/** Builds the blob unless it exists; returns its path, or why it could not be built (the hook still works, slower). */
export function ensureSnapshot(runtime: HookRuntime): { blob?: string; problem?: string } {
  const built = ensureBlob(shared(runtime));
  return built.problem ? { problem: `${built.problem}; the hook runs without it` } : built;
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
