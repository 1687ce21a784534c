/**
 * `scan --git [RANGE] [PATH]`: every blob the range introduced, each unique blob scanned once. Three
 * long-running git processes in all (log --raw, then ls-tree of HEAD, then cat-file --batch; rev-list
 * --missing=print as well in a partial clone), never one per blob.
 */
import type { FileFinding, CommitRef, IncompleteEntry } from '../output/report.js';
import type { FileResult, FileScanOptions } from '../walk/scan-file.js';
import { readBlobs } from './cat-file.js';
import { ChangedLines } from './changed-lines.js';
import { readChanges, type CommitInfo } from './commit-log.js';
import { listMissingObjects } from './missing-objects.js';
import { openRepository } from './repository.js';
import { gitOutput } from './run-git.js';
import { BlobScanner } from './scan-blobs.js';
import { escapeNameBytes } from '../output/escape.js';

export interface HistoryScanRequest {
  path: string;
  /** Revision arguments for git (a range, `A..B`, or `--all`). */
  revisions: string[];
  options: FileScanOptions;
  workers?: boolean;
  fileTimeoutMs: number;
  isAllowlistedPath: (path: string) => boolean;
  onNotice: (file: string, message: string) => void;
  onProgress: (text: string) => void;
  workerUrl: URL;
}

export interface HistoryScanResult {
  /** One per scanned blob, findings already carrying `file` and `commit` (deduplicated per path and secret). */
  results: FileResult[];
  incomplete: IncompleteEntry[];
  allowlistedFiles: number;
  /** Blobs that were read and scanned (0 with something unread = nothing could be scanned). */
  scanned: number;
}

interface Introduction {
  path: string;
  commit: CommitInfo;
}

const short = (sha: string) => sha.slice(0, 8);

/**
 * Content handed to the scan worker before a second one starts (docs/history.md#speed): a worker
 * costs about 0.3 s of CPU to start, which the 50 eslint releases of the bench (9 MB to scan once
 * changed-lines mode leaves out what earlier versions already had) do not repay on a busy machine.
 */
const GROW_AFTER_BYTES = 16 * 1024 * 1024;

export async function scanHistory(request: HistoryScanRequest): Promise<HistoryScanResult> {
  const repo = openRepository(request.path);
  const cwd = repo.root;
  const incomplete: IncompleteEntry[] = [];
  if (repo.shallowBoundary.length) {
    request.onNotice(
      'git',
      `shallow clone: history before ${repo.shallowBoundary.map(short).join(', ')} was not scanned (those commits' parents are not here; \`git fetch --unshallow\` fetches them)`,
    );
  }

  // The scan worker starts now, while git lists the history (its start-up costs about 0.3 s).
  let total = 0;
  const scanner = new BlobScanner(request.workerUrl, request.options, {
    ...(request.workers === undefined ? {} : { workers: request.workers }),
    fileTimeoutMs: request.workers === false ? 0 : request.fileTimeoutMs,
    parallel: true,
    // One worker, and a second only for a long history: changed-lines mode leaves little to scan.
    growAfterBytes: GROW_AFTER_BYTES,
    onProgress: (n) => request.onProgress(`scanning history… ${n}/${total} blobs`),
  });
  let listed: Listed;
  let missing: Set<string>;
  let head: Map<string, string>;
  try {
    // 1. Who introduced what: the first (oldest) commit to hold each blob, and each path's changes in order.
    request.onProgress('reading history…');
    listed = await listHistory(cwd, request.revisions);
    missing = repo.partial ? await listMissingObjects(cwd, request.revisions) : new Set<string>();
    head = headTree(cwd);
  } catch (error) {
    await scanner.close();
    throw error;
  }
  const { introduced, baseOf, pathChanges, submodules } = listed;
  for (const path of submodules) request.onNotice(path, 'skipped: a submodule (gitlink); scan its own repository for its history');

  // 2. The blobs, once each, through one cat-file process and the worker pool.
  const ids: string[] = [];
  let allowlistedFiles = 0;
  let missingCount = 0;
  for (const [id, intro] of introduced) {
    if (request.isAllowlistedPath(intro.path)) allowlistedFiles++;
    else if (missing.has(id)) {
      missingCount++;
      incomplete.push({ file: `${intro.path}@${short(intro.commit.sha)}`, reason: 'blob missing from this partial clone (not fetched)' });
    } else ids.push(id);
  }
  if (missingCount) request.onNotice('git', `partial clone: ${missingCount} blob(s) are not in this clone and were not scanned (\`git fetch --refetch\` or a full clone fetches them)`);

  total = ids.length;
  // Blobs whose parent version is scanned in this run: only their changed lines (changed-lines.ts).
  // SECRET_HYGIENE_WHOLE_BLOBS=1 scans every blob whole: the reference the changed-lines mode must agree with.
  const changed = new ChangedLines(process.env.SECRET_HYGIENE_WHOLE_BLOBS === '1' ? new Map() : baseOf, new Set(ids));
  const order: string[] = [];
  let results: FileResult[];
  try {
    await readBlobs(cwd, ids, request.options.maxFileSize, (read) => {
      const intro = introduced.get(read.id)!;
      const where = `${intro.path}@${short(intro.commit.sha)}`;
      if (read.kind === 'missing') incomplete.push({ file: where, reason: 'blob missing from the repository' });
      else if (read.kind === 'oversize') incomplete.push({ file: where, reason: `larger than --max-file-size (${read.size} bytes)` });
      else if (read.kind === 'content') {
        order.push(read.id);
        const parts = changed.partsOf(read.id, intro.path, read.content);
        return scanner.add({ path: intro.path, display: intro.path, size: read.content.length, content: read.content, ...parts });
      }
      changed.passed(read.id);
      return undefined;
    });
    results = await scanner.finish();
  } finally {
    await scanner.close();
  }

  changed.complete(order, results, (id) => `${introduced.get(id)!.path}@${short(introduced.get(id)!.commit.sha)}`);

  // 3. Findings with their commit, once per (path, secret): later versions of the same file repeat it.
  const fingerprintsOf = new Map<string, Set<string>>();
  results.forEach((result, i) => fingerprintsOf.set(order[i]!, new Set(result.findings.map((f) => f.fingerprint))));
  // Secrets HEAD still holds somewhere (a renamed or copied file keeps them): never called removed.
  const atHead = new Set<string>();
  for (const id of head.values()) for (const fp of fingerprintsOf.get(id) ?? []) atHead.add(fp);
  const seen = new Set<string>();
  let binary = 0;
  let scanned = 0;
  for (const [i, result] of results.entries()) {
    const id = order[i]!;
    const intro = introduced.get(id)!;
    if (result.scanned) scanned++;
    const notices = result.notices.filter((n) => n !== 'skipped: binary file');
    binary += result.notices.length - notices.length;
    result.notices = notices;
    result.display = `${intro.path}@${short(intro.commit.sha)}`;
    if (result.unread) incomplete.push({ file: result.display, reason: result.unread });
    result.unread = undefined;
    result.findings = result.findings.flatMap((finding) => {
      const key = `${intro.path}\u0000${finding.fingerprint}`;
      if (seen.has(key)) return [];
      seen.add(key);
      const commit: CommitRef = { sha: intro.commit.sha, path: intro.path, author: intro.commit.author, email: intro.commit.email, date: intro.commit.date };
      const removedIn = atHead.has(finding.fingerprint) ? undefined : removalOf(finding.fingerprint, intro.path, head, pathChanges, fingerprintsOf);
      if (removedIn) commit.removedIn = removedIn;
      const withCommit: FileFinding = { ...finding, file: intro.path, commit };
      return [withCommit];
    });
  }
  if (binary) request.onNotice('git', `${binary} binary blob(s) skipped`);
  return { results, incomplete, allowlistedFiles, scanned };
}

interface Listed {
  introduced: Map<string, Introduction>;
  /** Each blob's parent version: the blob its path held in the parent commit that introduced it. */
  baseOf: Map<string, string>;
  pathChanges: Map<string, { commit: string; blob?: string }[]>;
  submodules: Set<string>;
}

async function listHistory(cwd: string, revisions: string[]): Promise<Listed> {
  const listed: Listed = { introduced: new Map(), baseOf: new Map(), pathChanges: new Map(), submodules: new Set() };
  await readChanges(cwd, revisions, (change) => {
    if (change.gitlink) {
      listed.submodules.add(change.path);
      return;
    }
    let changes = listed.pathChanges.get(change.path);
    if (!changes) listed.pathChanges.set(change.path, (changes = []));
    changes.push({ commit: change.commit.sha, ...(change.blob ? { blob: change.blob } : {}) });
    if (change.blob && !listed.introduced.has(change.blob)) {
      listed.introduced.set(change.blob, { path: change.path, commit: change.commit });
      if (change.previous) listed.baseOf.set(change.blob, change.previous);
    }
  });
  return listed;
}

/** HEAD's blob at each path (`ls-tree -r` once), or an empty map when there is no HEAD (an empty repository). */
function headTree(cwd: string): Map<string, string> {
  const tree = new Map<string, string>();
  let out: Buffer;
  try {
    out = gitOutput(cwd, ['ls-tree', '-r', '-z', '--full-tree', 'HEAD']);
  } catch {
    return tree;
  }
  let start = 0;
  for (let end = out.indexOf(0, start); end !== -1; start = end + 1, end = out.indexOf(0, start)) {
    const entry = out.subarray(start, end);
    const tab = entry.indexOf(0x09);
    const [, type, id] = entry.subarray(0, tab).toString('latin1').split(' ');
    if (type === 'blob') tree.set(escapeNameBytes(entry.subarray(tab + 1)), id!);
  }
  return tree;
}

/**
 * The commit that took the secret out of `path`, when HEAD no longer holds it (there or anywhere else:
 * the caller checks that): the last change
 * at that path from a version with the secret to one without. Undefined while HEAD still has it, and
 * when HEAD's version was not scanned in this run (outside the range), so nothing is claimed unknown.
 */
function removalOf(
  fingerprint: string,
  path: string,
  head: Map<string, string>,
  pathChanges: Map<string, { commit: string; blob?: string }[]>,
  fingerprintsOf: Map<string, Set<string>>,
): string | undefined {
  const headBlob = head.get(path);
  if (headBlob) {
    const atHead = fingerprintsOf.get(headBlob);
    if (!atHead || atHead.has(fingerprint)) return undefined;
  }
  let present = false;
  let removedIn: string | undefined;
  for (const change of pathChanges.get(path) ?? []) {
    const has = change.blob ? (fingerprintsOf.get(change.blob)?.has(fingerprint) ?? false) : false;
    if (present && !has) removedIn = change.commit;
    present = has;
  }
  return removedIn;
}
