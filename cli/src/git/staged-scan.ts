/**
 * `scan --staged`: what the next commit will contain, read from the index (not the working tree, which
 * may differ), and by default only the lines the commit adds. Two short git commands list the staged
 * files and their added lines; one `cat-file --batch` reads the index blobs.
 */
import type { IncompleteEntry } from '../output/report.js';
import { escapeNameBytes } from '../output/escape.js';
import type { FileResult, FileScanOptions } from '../walk/scan-file.js';
import { SnapshotCannotServeError, startedFromSnapshot } from '../snapshot/start.js';
import { readBlobs } from './cat-file.js';
import { openRepository } from './repository.js';
import { gitOutput } from './run-git.js';
import { BlobScanner } from './scan-blobs.js';

export interface StagedScanRequest {
  path: string;
  allLines: boolean;
  options: FileScanOptions;
  workers?: boolean;
  fileTimeoutMs: number;
  isAllowlistedPath: (path: string) => boolean;
  onNotice: (file: string, message: string) => void;
  workerUrl: URL;
}

export interface StagedScanResult {
  results: FileResult[];
  incomplete: IncompleteEntry[];
  allowlistedFiles: number;
}

interface StagedFile {
  path: string;
  blob: string;
  /** Line numbers (1-based) the commit adds to this file; undefined = every line. */
  added?: Set<number>;
}

/** The same selection for both listings, so their files come in the same order. */
const SELECTION = ['--cached', '-M', '--no-ext-diff', '--no-textconv', '--no-color'];
/** Staged files: added, copied, modified, renamed. */
const STAGED = '--diff-filter=ACMR';
/** Those with lines from before: every line of an added file is added, so its patch is not read. */
const CHANGED = '--diff-filter=CMR';
/** Above this many staged files, the scan is spread over one worker per core. */
const PARALLEL_FILES = 64;

export async function scanStaged(request: StagedScanRequest): Promise<StagedScanResult> {
  const repo = openRepository(request.path);
  const cwd = repo.root;
  const entries = stagedEntries(cwd);
  // One patch per raw entry that is not a new file, in the same order; a mismatch would pin lines on
  // the wrong file. A commit of new files needs no patch at all (and git need not produce one).
  const changed = entries.filter((entry) => entry.status !== 'A');
  const added = request.allLines || !changed.length ? [] : addedLines(cwd);
  if (!request.allLines && added.length !== changed.length) throw new Error(`git diff listed ${added.length} patches for ${changed.length} changed files`);
  const files: StagedFile[] = [];
  let patch = 0;
  entries.forEach((entry) => {
    const lines = entry.status === 'A' ? undefined : added[patch++];
    if (entry.gitlink) request.onNotice(entry.path, 'skipped: a submodule (gitlink); its own repository has its own hook');
    else files.push({ path: entry.path, blob: entry.blob, ...(lines ? { added: lines } : {}) });
  });

  const incomplete: IncompleteEntry[] = [];
  let allowlistedFiles = 0;
  const wanted = files.filter((f) => {
    const allowed = request.isAllowlistedPath(f.path);
    if (allowed) allowlistedFiles++;
    return !allowed;
  });
  const byBlob = new Map<string, StagedFile[]>();
  for (const f of wanted) byBlob.set(f.blob, [...(byBlob.get(f.blob) ?? []), f]);

  // A usual commit is scanned on this thread: starting a worker costs more than scanning a few files,
  // and this runs before every commit. A large one goes to the pool and its per-file time budget.
  const small = wanted.length < PARALLEL_FILES;
  const workers = request.workers ?? (small ? false : undefined);
  if (workers !== false && startedFromSnapshot()) throw new SnapshotCannotServeError(`${wanted.length} staged files are scanned by worker threads, which do not start from a startup snapshot`);
  const scanner = new BlobScanner(request.workerUrl, request.options, {
    ...(workers === undefined ? {} : { workers }),
    fileTimeoutMs: workers === false ? 0 : request.fileTimeoutMs,
    parallel: !small,
  });
  const scannedFiles: StagedFile[] = [];
  let results: FileResult[];
  try {
    await readBlobs(cwd, byBlob.keys(), request.options.maxFileSize, async (read) => {
      for (const file of byBlob.get(read.id) ?? []) {
        if (read.kind === 'oversize') incomplete.push({ file: file.path, reason: `larger than --max-file-size (${read.size} bytes)` });
        else if (read.kind === 'missing' || read.kind === 'not-blob') incomplete.push({ file: file.path, reason: 'staged blob not found in the repository' });
        else {
          scannedFiles.push(file);
          await scanner.add({ path: file.path, display: file.path, size: read.content.length, content: read.content });
        }
      }
    });
    results = await scanner.finish();
  } finally {
    await scanner.close();
  }

  let unchanged = 0;
  results.forEach((result, i) => {
    const added = scannedFiles[i]!.added;
    if (result.unread) incomplete.push({ file: result.display, reason: result.unread });
    result.unread = undefined;
    if (!added) return;
    const kept = result.findings.filter((f) => {
      for (let line = f.line; line <= f.endLine; line++) if (added.has(line)) return true;
      return false;
    });
    unchanged += result.findings.length - kept.length;
    result.findings = kept;
  });
  if (unchanged) request.onNotice('staged', `${unchanged} finding(s) on lines this commit does not change were not reported (--all-lines reports them)`);
  return { results, incomplete, allowlistedFiles };
}

interface StagedEntry {
  path: string;
  blob: string;
  gitlink: boolean;
  /** git's status letter: A (added), C, M or R. */
  status: string;
}

/** `git diff --cached --raw -z`: each staged file's path and index blob (the new path of a rename). */
function stagedEntries(cwd: string): StagedEntry[] {
  const out = gitOutput(cwd, ['diff', ...SELECTION, STAGED, '--raw', '-z', '--no-abbrev']);
  const tokens: Buffer[] = [];
  let start = 0;
  for (let end = out.indexOf(0, start); end !== -1; start = end + 1, end = out.indexOf(0, start)) tokens.push(out.subarray(start, end));
  const entries: StagedEntry[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const head = tokens[i]!.toString('latin1');
    if (!head.startsWith(':')) continue;
    const [, newMode, , newSha, status] = head.slice(1).split(' ');
    // Renames and copies name the old path, then the new one.
    const pathToken = /^[RC]/.test(status ?? '') ? tokens[(i += 2)]! : tokens[(i += 1)]!;
    entries.push({ path: escapeNameBytes(pathToken), blob: newSha!, gitlink: newMode === '160000', status: (status ?? '').slice(0, 1) });
  }
  return entries;
}

/**
 * The added line numbers of each staged file that is not new, from the hunk headers of
 * `git diff --cached -U0` (one patch per file, in the raw listing's order; a binary or mode-only change
 * has no hunks). Only the
 * `diff --git` and `@@ -a,b +c,d @@` lines are read: every content line starts with +, - or a space.
 * https://git-scm.com/docs/git-diff#_combined_diff_format
 */
function addedLines(cwd: string): Set<number>[] {
  const out = gitOutput(cwd, ['diff', ...SELECTION, CHANGED, '-U0', '--src-prefix=a/', '--dst-prefix=b/']).toString('latin1');
  const files: Set<number>[] = [];
  for (const line of out.split('\n')) {
    if (line.startsWith('diff --git ')) files.push(new Set());
    else if (line.startsWith('@@ ')) {
      const m = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
      if (!m) continue;
      const first = Number(m[1]);
      const count = m[2] === undefined ? 1 : Number(m[2]);
      for (let n = first; n < first + count; n++) files[files.length - 1]!.add(n);
    }
  }
  return files;
}
