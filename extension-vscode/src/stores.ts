/**
 * Where a quick fix puts the secret before it edits anything: VS Code's SecretStorage (for MCP
 * `${input:…}` references), a git-ignored `.env` file, a secret manager through its CLI, or the OS
 * keychain through `secret-hygiene store put` (node/keychain-store.ts).
 * Every method throws an Error whose message says why; the caller then edits nothing.
 */
import * as vscode from 'vscode';
import { readTextIfExists, writeText } from './files.js';
import type { JitStore } from './model/core.js';
import { upsertDotenv } from './model/dotenv-file.js';
import { withIgnored } from './model/gitignore.js';
import type { Platform } from './platform.js';

const STORED_KEYS = 'secretHygiene.storedSecretKeys';

export class SecretStores {
  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly platform: Platform,
  ) {}

  /** SecretStorage key for an input id: per workspace folder, so two projects' `github-token` inputs differ. */
  static secretKey(name: string, uri: vscode.Uri): string {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    return `${folder ? folder.uri.toString() : 'no-folder'}#${name}`;
  }

  /** Stores `value`; returns a description of where it went (shown to the user, never the value). */
  async save(store: JitStore, value: string, doc: vscode.TextDocument): Promise<string> {
    switch (store.kind) {
      case 'vscode-secret-storage':
        return this.saveSecretStorage(store.name, value, doc.uri);
      case 'dotenv':
        return this.saveDotenv(store, value, doc.uri);
      case 'none':
        // The reference mints its own credential (a GitHub App token): the old value is only to be revoked.
        return 'nowhere: the reference mints a short-lived token each time, so the old value is not kept (revoke it)';
      default: {
        const unreachable = this.unreachable(store);
        if (unreachable || !this.platform.storeWithCli) throw new Error(unreachable);
        const folder = vscode.workspace.getWorkspaceFolder(doc.uri);
        return this.platform.storeWithCli(store, value, folder?.uri.scheme === 'file' ? folder.uri.fsPath : undefined);
      }
    }
  }

  /**
   * Why `store` cannot be reached here, undefined where it can: the web worker host starts no processes,
   * and Restricted Mode runs none (a repository's config can steer a CLI).
   */
  unreachable(store: JitStore): string | undefined {
    if (['vscode-secret-storage', 'dotenv', 'none'].includes(store.kind)) return undefined;
    const cli = store.kind === 'keychain' ? 'the secret-hygiene CLI (it reaches the OS keychain)' : `the ${store.kind} CLI`;
    if (!this.platform.storeWithCli) {
      return store.kind === 'keychain'
        ? 'the OS keychain is reached through the secret-hygiene CLI, which cannot run in the browser: open the file in the desktop editor'
        : `${store.kind} cannot be reached from this editor host (no command-line tools in the browser)`;
    }
    if (!vscode.workspace.isTrusted) return `storing the value runs ${cli}, which Restricted Mode does not allow: trust the workspace first`;
    return undefined;
  }

  /** The names stored by quick fixes (never their values), for "Copy a Secret Stored by a Quick Fix". */
  storedKeys(): string[] {
    return this.context.globalState.get<string[]>(STORED_KEYS, []);
  }

  async read(key: string): Promise<string | undefined> {
    return this.context.secrets.get(key);
  }

  private async saveSecretStorage(name: string, value: string, uri: vscode.Uri): Promise<string> {
    const key = SecretStores.secretKey(name, uri);
    await this.context.secrets.store(key, value);
    if ((await this.context.secrets.get(key)) !== value) throw new Error('VS Code secret storage did not keep the value');
    const keys = this.storedKeys();
    if (!keys.includes(key)) await this.context.globalState.update(STORED_KEYS, [...keys, key]);
    return `VS Code's secret storage (as "${name}"; run "Secret Hygiene: Copy a Secret Stored by a Quick Fix" to paste it when VS Code prompts)`;
  }

  /**
   * `.env` in the document's workspace folder (or the planner's path under it). The file is made
   * git-ignored first: a secret must never land in a file git would pick up.
   */
  private async saveDotenv(store: JitStore, value: string, uri: vscode.Uri): Promise<string> {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) throw new Error('the file is not in a workspace folder, so there is no project .env to keep the value in');
    const relative = (store.key ?? '.env').replace(/^\/+/, '');
    const envUri = vscode.Uri.joinPath(folder.uri, relative);

    const existing = await readTextIfExists(envUri);
    const update = upsertDotenv(existing, store.name, value);
    if ('error' in update) throw new Error(update.error);

    const gitignoreUri = vscode.Uri.joinPath(folder.uri, '.gitignore');
    const gitignore = await readTextIfExists(gitignoreUri);
    const ignored = withIgnored(gitignore, relative);
    if (ignored !== undefined) await writeText(gitignoreUri, ignored);

    if (update.changed) await writeText(envUri, update.text);
    const addedIgnore = ignored !== undefined ? `, added to .gitignore` : '';
    return `${relative} as ${store.name} (${existing === undefined ? 'created' : 'updated'}${addedIgnore})`;
  }
}
