/** Small helpers over vscode.workspace.fs (works for local, remote and virtual file systems). */
import * as vscode from 'vscode';

const decoder = new TextDecoder('utf-8');
const encoder = new TextEncoder();

export async function readTextIfExists(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return decoder.decode(await vscode.workspace.fs.readFile(uri));
  } catch (error) {
    if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return undefined;
    throw error;
  }
}

export async function writeText(uri: vscode.Uri, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(uri, encoder.encode(text));
}

export function decode(bytes: Uint8Array): string {
  return decoder.decode(bytes);
}

/** The path core and the remediation planner see: the file system path for files, the URI path otherwise. */
export function pathOf(uri: vscode.Uri): string | undefined {
  if (uri.scheme === 'untitled') return undefined;
  return uri.scheme === 'file' ? uri.fsPath : uri.path;
}
