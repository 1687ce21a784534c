/** Entry point of the Node extension host (desktop, remote, code-server). */
import type * as vscode from 'vscode';
import { activateExtension, type SecretHygieneApi } from '../extension.js';
import { nodePlatform } from './platform.js';

export function activate(context: vscode.ExtensionContext): SecretHygieneApi {
  return activateExtension(context, nodePlatform());
}

export function deactivate(): void {}
