/**
 * Entry point of the web worker extension host (vscode.dev, github.dev): open documents are scanned
 * and fixed the same way; there is no managed policy file, no home directory, no git and no CLIs.
 */
import type * as vscode from 'vscode';
import { activateExtension, type SecretHygieneApi } from '../extension.js';
import type { Platform } from '../platform.js';
import { webScanWorker } from './scan-worker.js';

const webPlatform: Platform = {
  kind: 'web',
  agentConfigPaths: () => [],
  isTrackedByGit: async () => undefined,
  scanWorker: webScanWorker,
};

export function activate(context: vscode.ExtensionContext): SecretHygieneApi {
  return activateExtension(context, webPlatform);
}

export function deactivate(): void {}
