/** Small helpers for tests inside the extension host. */
import * as vscode from 'vscode';

export const EXTENSION_ID = 'secret-hygiene.secret-hygiene-vscode';

/** Polls `probe` until it returns a truthy value; fails with `what` after `timeoutMs`. */
export async function waitFor<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Secret Hygiene');
}

export function codeOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return typeof code === 'object' && code !== null ? String(code.value) : String(code);
}

export async function diagnosticFor(uri: vscode.Uri, ruleId: string, timeoutMs = 10_000): Promise<vscode.Diagnostic> {
  return waitFor(`a ${ruleId} diagnostic on ${vscode.workspace.asRelativePath(uri)}`, () => ours(uri).find((d) => codeOf(d) === ruleId), timeoutMs);
}

/**
 * The workbench cancels an editor open or a provider request when another one overtakes it, which
 * happens now and then on a loaded machine: such a call is retried, anything else fails the test.
 */
export async function retryCanceled<T>(call: () => Thenable<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      if (attempt >= attempts || (error as Error).name !== 'Canceled') throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

export function show(doc: vscode.TextDocument, options?: vscode.TextDocumentShowOptions): Promise<vscode.TextEditor> {
  return retryCanceled(() => vscode.window.showTextDocument(doc, options));
}

export async function quickFixes(uri: vscode.Uri, range: vscode.Range): Promise<vscode.CodeAction[]> {
  const actions = await retryCanceled(() =>
    vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', uri, range, vscode.CodeActionKind.QuickFix.value),
  );
  return actions.filter((a): a is vscode.CodeAction => 'title' in a && 'kind' in a);
}

export async function runAction<T>(action: vscode.CodeAction, ...extra: unknown[]): Promise<T> {
  if (!action.command) throw new Error(`"${action.title}" has no command`);
  return vscode.commands.executeCommand<T>(action.command.command, ...(action.command.arguments ?? []), ...extra);
}

export async function readText(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

export async function writeText(uri: vscode.Uri, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
}

/** Saves without format-on-save (the examples workspace turns it on; formatters are not under test). */
export async function save(doc: vscode.TextDocument): Promise<void> {
  await show(doc);
  await vscode.commands.executeCommand('workbench.action.files.saveWithoutFormatting');
  await waitFor(`${vscode.workspace.asRelativePath(doc.uri)} to be saved`, () => !doc.isDirty);
}
