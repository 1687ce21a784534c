/**
 * "Scan Workspace" and "Scan My Agent Configs": files that are not open, read from disk, scanned with
 * the same engine; results go to the Problems panel and the tree view. Workspace scans honour
 * files.exclude (findFiles' default excludes), `.gitignore` files and `secretHygiene.exclude`;
 * open documents keep their live results. Progress is shown and the scan can be cancelled.
 */
import * as vscode from 'vscode';
import type { ScanEngine } from './engine.js';
import { decode } from './files.js';
import type { FindingStore } from './findings.js';
import type { AgentConfigPath } from './model/agent-config-paths.js';
import { looksBinary } from './model/content.js';
import { scanNotice } from './model/scan-notice.js';
import { GitignoreSet } from './model/gitignore.js';

const MAX_FILES = 50_000;
const CONCURRENCY = 4;

export interface ScanSummary {
  files: number;
  scanned: number;
  withFindings: number;
  findings: number;
  /** `stopped`: the scan ran out of time (secretHygiene.scanTimeoutMs) or its worker died; the file shows a notice. */
  skipped: { ignored: number; large: number; binary: number; unreadable: number; open: number; stopped: number; symlink: number };
  cancelled: boolean;
}

interface Target {
  uri: vscode.Uri;
  kindPath?: string;
}

function emptySummary(): ScanSummary {
  return { files: 0, scanned: 0, withFindings: 0, findings: 0, skipped: { ignored: 0, large: 0, binary: 0, unreadable: 0, open: 0, stopped: 0, symlink: 0 }, cancelled: false };
}

/**
 * Whether `uri` is a symbolic link, or lies under one, below `root`. findFiles follows links
 * (search.followSymlinks, which a workspace may set), so a committed link to /etc or ~ would be read;
 * VS Code's file API cannot tell where a link leads, so the workspace scan follows none (issue 18; the
 * CLI's walker likewise stays in the root). A target inside the folder is scanned at its own path.
 */
async function throughSymlink(root: vscode.Uri, uri: vscode.Uri, cache: Map<string, boolean>): Promise<boolean> {
  const parts = uri.path.slice(root.path.replace(/\/$/, '').length + 1).split('/');
  for (let depth = 1; depth <= parts.length; depth++) {
    const key = parts.slice(0, depth).join('/');
    let link = cache.get(key);
    if (link === undefined) {
      try {
        link = ((await vscode.workspace.fs.stat(vscode.Uri.joinPath(root, key))).type & vscode.FileType.SymbolicLink) !== 0;
      } catch {
        link = false;
      }
      cache.set(key, link);
    }
    if (link) return true;
  }
  return false;
}

export class WorkspaceScanner {
  /** Closed files a scan found something in (under any policy since): rescanned when settings change. */
  private readonly known = new Map<string, Target>();

  constructor(
    private readonly engine: ScanEngine,
    private readonly store: FindingStore,
  ) {}

  scanWorkspace(): Thenable<ScanSummary> {
    return vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Secret Hygiene: scanning the workspace', cancellable: true },
      async (progress, token) => {
        await this.engine.ready;
        const summary = emptySummary();
        const targets: Target[] = [];
        for (const folder of vscode.workspace.workspaceFolders ?? []) {
          // `undefined` exclude = files.exclude applies.
          const uris = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, '**/*'), undefined, MAX_FILES, token);
          const gitignores = await this.gitignores(folder, token);
          const links = new Map<string, boolean>();
          for (const uri of uris) {
            const relative = vscode.workspace.asRelativePath(uri, false);
            if (gitignores.ignores(relative) || this.engine.isExcluded(uri)) summary.skipped.ignored++;
            else if (await throughSymlink(folder.uri, uri, links)) summary.skipped.symlink++;
            else targets.push({ uri });
          }
        }
        await this.scanTargets(targets, summary, progress, token);
        return summary;
      },
    );
  }

  scanAgentConfigs(paths: AgentConfigPath[]): Thenable<ScanSummary> {
    return vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Secret Hygiene: scanning your agent configs', cancellable: true },
      async (progress, token) => {
        await this.engine.ready;
        const summary = emptySummary();
        const targets: Target[] = [];
        for (const { path, kindPath } of paths) {
          const uri = vscode.Uri.file(path);
          try {
            const stat = await vscode.workspace.fs.stat(uri);
            if (stat.type & vscode.FileType.File) targets.push({ uri, ...(kindPath ? { kindPath } : {}) });
          } catch {
            // Not there: this client is not installed or not configured.
          }
        }
        await this.scanTargets(targets, summary, progress, token);
        return summary;
      },
    );
  }

  /**
   * Scans again, quietly, the closed files a scan found something in (after a settings, policy or
   * baseline change), so their results follow a tighter or looser policy. Files that never had a
   * finding are picked up by the next full scan.
   */
  async rescanKnown(): Promise<void> {
    const known = [...this.known.values()];
    if (!known.length) return;
    await this.engine.ready;
    const token = new vscode.CancellationTokenSource().token;
    await this.scanTargets(known, emptySummary(), { report: () => undefined }, token);
  }

  private async gitignores(folder: vscode.WorkspaceFolder, token: vscode.CancellationToken): Promise<GitignoreSet> {
    const set = new GitignoreSet();
    const files = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, '**/.gitignore'), undefined, 1000, token);
    for (const uri of files) {
      try {
        const relative = vscode.workspace.asRelativePath(uri, false);
        set.add(relative.includes('/') ? relative.slice(0, relative.lastIndexOf('/')) : '', decode(await vscode.workspace.fs.readFile(uri)));
      } catch {
        // An unreadable .gitignore ignores nothing.
      }
    }
    return set;
  }

  private async scanTargets(targets: Target[], summary: ScanSummary, progress: vscode.Progress<{ message?: string; increment?: number }>, token: vscode.CancellationToken) {
    summary.files = targets.length;
    const open = new Set(vscode.workspace.textDocuments.map((doc) => doc.uri.toString()));
    const maxBytes = this.engine.settings.current.maxFileBytes;
    let next = 0;
    let done = 0;
    const worker = async () => {
      while (next < targets.length && !token.isCancellationRequested) {
        const target = targets[next++]!;
        await this.scanOne(target, open, maxBytes, summary);
        done++;
        if (done % 25 === 0 || done === targets.length) progress.report({ message: `${done}/${targets.length} files`, increment: (25 / Math.max(targets.length, 1)) * 100 });
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    summary.cancelled = token.isCancellationRequested;
  }

  private async scanOne(target: Target, open: Set<string>, maxBytes: number, summary: ScanSummary): Promise<void> {
    const { uri, kindPath } = target;
    if (open.has(uri.toString())) {
      summary.skipped.open++;
      return;
    }
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.size > maxBytes) {
        summary.skipped.large++;
        return;
      }
      const text = decode(await vscode.workspace.fs.readFile(uri));
      if (looksBinary(text)) {
        summary.skipped.binary++;
        return;
      }
      // Background priority: documents being edited go first. The key is not a document's, so a
      // workspace scan never supersedes (or is superseded by) the live scan of an open document.
      const outcome = await this.engine.scan(`workspace-scan ${uri.toString()}`, text, uri, { ...(kindPath ? { kindPath } : {}), priority: 'background' });
      if (outcome.status === 'superseded') return;
      if (outcome.status !== 'done') {
        summary.skipped.stopped++;
        this.known.set(uri.toString(), target);
        this.store.set({ uri, findings: [], origin: 'scan', notice: scanNotice(outcome) });
        return;
      }
      const result = outcome.scan;
      summary.scanned++;
      if (result.findings.length) {
        this.known.set(uri.toString(), target);
        summary.withFindings++;
        summary.findings += result.findings.length;
      }
      this.store.set({ uri, findings: result.findings, origin: 'scan' });
    } catch {
      // One unreadable file never stops the scan.
      summary.skipped.unreadable++;
    }
  }
}
