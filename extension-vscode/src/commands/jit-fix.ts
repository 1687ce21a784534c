/**
 * "Replace with a JIT credential reference": store the secret first, then replace the literal (and
 * add what the reference needs, such as an `inputs` entry) as one undoable edit. If storing fails,
 * nothing is edited. The command takes the document, the finding's fingerprint and offset — never
 * the secret — and re-reads the secret from the document's current text.
 */
import * as vscode from 'vscode';
import type { DocumentScanner } from '../document-scanner.js';
import { pathOf } from '../files.js';
import { isJitFixUnavailable, planJitFix, type Finding, type JitPlan } from '../model/core.js';
import type { Platform } from '../platform.js';
import type { Settings } from '../settings.js';
import type { SecretStores } from '../stores.js';

export interface FixDeps {
  scanner: DocumentScanner;
  settings: Settings;
  stores: SecretStores;
  platform: Platform;
}

export interface JitFixOutcome {
  applied: boolean;
  reason?: string;
  reference?: string;
  storedIn?: string;
  trackedByGit?: boolean;
  message?: string;
}

/**
 * Read-only as VS Code presents it: a read-only file system, or a path marked by `files.readonlyInclude`
 * (and not released by `files.readonlyExclude`), matched with VS Code's own glob matcher. (Files made
 * read-only for the session from the editor's menu cannot be seen through the API.)
 */
export function isReadOnly(doc: vscode.TextDocument): boolean {
  if (doc.uri.scheme === 'untitled') return false;
  if (vscode.workspace.fs.isWritableFileSystem(doc.uri.scheme) === false) return true;
  const files = vscode.workspace.getConfiguration('files', doc.uri);
  return matchesAnyGlob(doc, files.get('readonlyInclude')) && !matchesAnyGlob(doc, files.get('readonlyExclude'));
}

/** `globs` as the `files.readonly*` settings hold them: `{ "<glob>": true }`, relative to the document's folder unless absolute. */
function matchesAnyGlob(doc: vscode.TextDocument, globs: unknown): boolean {
  if (!globs || typeof globs !== 'object') return false;
  const folder = vscode.workspace.getWorkspaceFolder(doc.uri);
  return Object.entries(globs as Record<string, unknown>).some(([glob, enabled]) => {
    if (enabled !== true) return false;
    const pattern = folder && !/^(?:\/|[A-Za-z]:[\\/])/.test(glob) ? new vscode.RelativePattern(folder, glob) : glob;
    return vscode.languages.match({ pattern }, doc) > 0;
  });
}

/** The plan for a finding of `doc` as it is now; the code-action provider and the command share it. */
export function planFor(doc: vscode.TextDocument, finding: Finding, settings: Settings): JitPlan {
  const path = pathOf(doc.uri);
  if (path === undefined) return { unavailable: true, reason: 'save the document first: the reference depends on where the file lives' };
  const { references, broker } = settings.current;
  return planJitFix(doc.getText(), finding, { path, references, broker, readOnly: isReadOnly(doc) });
}

export async function applyJitFix(deps: FixDeps, uriArg: vscode.Uri | string, fingerprint: string, offset: number): Promise<JitFixOutcome> {
  const uri = typeof uriArg === 'string' ? vscode.Uri.parse(uriArg) : uriArg;
  const doc = await vscode.workspace.openTextDocument(uri);
  const findings = await deps.scanner.currentFindings(doc);
  const finding = findings.find((f) => f.fingerprint === fingerprint && f.range[0] === offset) ?? findings.find((f) => f.fingerprint === fingerprint);
  if (!finding) return fail('the finding is no longer in the document; nothing was changed');

  const version = doc.version;
  const plan = planFor(doc, finding, deps.settings);
  if (isJitFixUnavailable(plan)) return fail(plan.reason);

  const secret = doc.getText().slice(finding.range[0], finding.range[1]);
  let storedIn: string;
  try {
    storedIn = await deps.stores.save(plan.store, secret, doc);
  } catch (error) {
    return fail(`nothing was changed: the secret could not be stored (${(error as Error).message})`, true);
  }
  if (doc.version !== version) return fail(`the secret was stored in ${storedIn}, but the document changed meanwhile; apply the fix again`, true);

  const edit = new vscode.WorkspaceEdit();
  for (const { range, newText } of plan.edits) edit.replace(uri, new vscode.Range(doc.positionAt(range[0]), doc.positionAt(range[1])), newText);
  if (!(await vscode.workspace.applyEdit(edit))) return fail(`the secret was stored in ${storedIn}, but VS Code refused the edit`, true);

  const trackedByGit = doc.uri.scheme === 'file' && vscode.workspace.isTrusted ? await deps.platform.isTrackedByGit(doc.uri.fsPath) : undefined;
  const rotate = finding.remediation?.rotateUrl;
  const exposure = trackedByGit
    ? `This file is tracked by git: the value stays in the repository's history and is exposed — rotate it${rotate ? ` (${rotate})` : ''}.`
    : `Rotate the value if it was ever shared${rotate ? ` (${rotate})` : ''}.`;
  const message = [`Secret Hygiene: replaced with ${plan.reference.text}; the value is in ${storedIn}.`, exposure, ...plan.notes].join(' ');
  const actions = rotate ? ['Open Rotation Page'] : [];
  void (trackedByGit ? vscode.window.showWarningMessage(message, ...actions) : vscode.window.showInformationMessage(message, ...actions)).then((choice) => {
    if (choice && rotate) void vscode.env.openExternal(vscode.Uri.parse(rotate));
  });
  return { applied: true, reference: plan.reference.text, storedIn, ...(trackedByGit === undefined ? {} : { trackedByGit }), message };
}

function fail(reason: string, error = false): JitFixOutcome {
  const text = `Secret Hygiene: ${reason}`;
  void (error ? vscode.window.showErrorMessage(text) : vscode.window.showWarningMessage(text));
  return { applied: false, reason };
}
