/**
 * Workspace baselines (`.secret-hygiene-baseline.json` in each workspace folder): fingerprints the team
 * accepted. Loaded once, reloaded when the file changes; a malformed file is reported (once) and not
 * applied, never silently treated as empty.
 */
import * as vscode from 'vscode';
import { addBaselineEntry, BASELINE_FILE } from './model/baseline-file.js';
import { baselineSalt, DEFAULT_FINGERPRINT_SALT, parseBaseline, type BaselineEntry } from './model/core.js';
import { readTextIfExists, writeText } from './files.js';

export class Baselines implements vscode.Disposable {
  private readonly byFolder = new Map<string, { fingerprints: ReadonlySet<string>; salt: string | undefined }>();
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChange = this.emitter.event;
  private readonly disposables: vscode.Disposable[] = [this.emitter];
  private readonly reported = new Set<string>();
  readonly ready: Promise<void>;

  constructor() {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${BASELINE_FILE}`);
    const reload = (uri: vscode.Uri) => {
      const folder = vscode.workspace.getWorkspaceFolder(uri);
      if (folder) void this.load(folder).then(() => this.emitter.fire());
    };
    this.disposables.push(
      watcher,
      watcher.onDidCreate(reload),
      watcher.onDidChange(reload),
      watcher.onDidDelete(reload),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.loadAll().then(() => this.emitter.fire())),
      vscode.workspace.onDidGrantWorkspaceTrust(() => void this.loadAll().then(() => this.emitter.fire())),
    );
    this.ready = this.loadAll();
  }

  /** Accepted fingerprints for a document of this folder (empty outside workspace folders). */
  fingerprintsFor(uri: vscode.Uri): ReadonlySet<string> {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    return (folder && this.byFolder.get(folder.uri.toString())?.fingerprints) || EMPTY;
  }

  /**
   * The salt this document's findings are fingerprinted with, as the CLI chooses it: the folder's
   * version-2 baseline's, none for a version-1 baseline (its unsalted fingerprints still match), else
   * the public default (so fingerprints match the CLI's output and policy allowlists made from it).
   */
  saltFor(uri: vscode.Uri): string | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const loaded = folder && this.byFolder.get(folder.uri.toString());
    return loaded ? loaded.salt : DEFAULT_FINGERPRINT_SALT;
  }

  /**
   * Adds an entry made for the baseline's salt (see addBaselineEntry) and reloads; throws (naming the
   * file) when the existing baseline is malformed.
   */
  async add(folder: vscode.WorkspaceFolder, entryFor: (salt: string | undefined) => BaselineEntry): Promise<vscode.Uri> {
    const uri = vscode.Uri.joinPath(folder.uri, BASELINE_FILE);
    const text = await readTextIfExists(uri);
    await writeText(uri, addBaselineEntry(text, entryFor, vscode.workspace.asRelativePath(uri)));
    await this.load(folder);
    this.emitter.fire();
    return uri;
  }

  private async loadAll(): Promise<void> {
    this.byFolder.clear();
    await Promise.all((vscode.workspace.workspaceFolders ?? []).map((folder) => this.load(folder)));
  }

  private async load(folder: vscode.WorkspaceFolder): Promise<void> {
    const uri = vscode.Uri.joinPath(folder.uri, BASELINE_FILE);
    let text: string | undefined;
    try {
      text = await readTextIfExists(uri);
      if (text === undefined) {
        this.byFolder.delete(folder.uri.toString());
        return;
      }
      if (!vscode.workspace.isTrusted) {
        // A committed baseline loosens the scan: in Restricted Mode it waits for the user's trust.
        this.byFolder.delete(folder.uri.toString());
        const message = `Secret Hygiene: ${vscode.workspace.asRelativePath(uri)} is not applied in an untrusted workspace (trust the workspace to apply it).`;
        if (!this.reported.has(message)) {
          this.reported.add(message);
          void vscode.window.showInformationMessage(message);
        }
        return;
      }
      const baseline = parseBaseline(text, vscode.workspace.asRelativePath(uri));
      this.byFolder.set(folder.uri.toString(), { fingerprints: new Set(baseline.findings.map((entry) => entry.fingerprint)), salt: baselineSalt(baseline) });
    } catch (error) {
      this.byFolder.delete(folder.uri.toString());
      const message = `Secret Hygiene: ${(error as Error).message}; the baseline is not applied until it is fixed.`;
      if (!this.reported.has(message)) {
        this.reported.add(message);
        void vscode.window.showErrorMessage(message);
      }
    }
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}

const EMPTY: ReadonlySet<string> = new Set();
