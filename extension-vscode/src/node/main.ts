/** Entry point of the Node extension host (desktop, remote, code-server). */
import type * as vscode from 'vscode';
import { activateExtension, type SecretHygieneApi } from '../extension.js';
import { nodeTokenCheckTransport } from '../verify/node-transport.js';
import { nodePlatform } from './platform.js';

export function activate(context: vscode.ExtensionContext): SecretHygieneApi {
  // "Check token" sends through the CLI's node:https transport (src/verify/node-transport.ts).
  const version = (context.extension.packageJSON as { version?: string }).version ?? '0';
  return activateExtension(context, { ...nodePlatform(), tokenCheck: nodeTokenCheckTransport(`secret-hygiene-vscode/${version}`) });
}

export function deactivate(): void {}
