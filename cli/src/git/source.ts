/** The scan command's door to git: history or staged, with git's failures as usage errors (exit 2). */
import type { ScanArgs } from '../args.js';
import { UsageError } from '../errors.js';
import type { IncompleteEntry } from '../output/report.js';
import type { FileResult, FileScanOptions } from '../walk/scan-file.js';
import { scanHistory } from './history-scan.js';
import { scanStaged } from './staged-scan.js';

export interface RepositorySource {
  results: FileResult[];
  incomplete: IncompleteEntry[];
  allowlistedFiles: number;
  /** History mode only: blobs scanned. */
  scanned?: number;
}

export interface RepositoryHooks {
  isAllowlistedPath: (path: string) => boolean;
  onNotice: (file: string, message: string) => void;
  onProgress: (text: string) => void;
}

/** The scan worker sits next to the bundled CLI (cli/dist/scan-worker.js), as for file scans. */
const WORKER_URL = new URL('./scan-worker.js', import.meta.url);

export async function scanRepository(args: ScanArgs, options: FileScanOptions, hooks: RepositoryHooks): Promise<RepositorySource> {
  const common = {
    options,
    fileTimeoutMs: args.fileTimeoutMs,
    isAllowlistedPath: hooks.isAllowlistedPath,
    onNotice: hooks.onNotice,
    workerUrl: WORKER_URL,
    ...(args.workers === undefined ? {} : { workers: args.workers }),
  };
  try {
    if (args.git) return await scanHistory({ ...common, path: args.git.path, revisions: args.git.revisions, onProgress: hooks.onProgress });
    return { ...(await scanStaged({ ...common, path: args.staged!.path, allLines: args.staged!.allLines })) };
  } catch (error) {
    if ((error as Error).name === 'GitError') throw new UsageError((error as Error).message);
    throw error;
  }
}
