/**
 * Status bar: a shield with the number of findings, a lock while a managed policy is in force, and a
 * warning sign while any document's scan was stopped (its findings are unknown, not zero).
 */
import * as vscode from 'vscode';
import type { FindingStore } from './findings.js';
import type { Settings } from './settings.js';

export class StatusIndicator implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('secretHygiene.status', vscode.StatusBarAlignment.Left, 50);
  private readonly disposables: vscode.Disposable[];

  constructor(
    private readonly store: FindingStore,
    private readonly settings: Settings,
  ) {
    this.item.name = 'Secret Hygiene';
    this.item.command = 'secretHygiene.findings.focus';
    this.disposables = [this.item, store.onDidChange(() => this.render()), settings.onDidChange(() => this.render())];
    this.render();
    this.item.show();
  }

  get text(): string {
    return this.item.text;
  }

  get tooltip(): string {
    return typeof this.item.tooltip === 'string' ? this.item.tooltip : (this.item.tooltip?.value ?? '');
  }

  private render(): void {
    const count = this.store.count;
    const managed = this.settings.current.managed;
    const stopped = this.store.stopped();
    this.item.text = `$(shield) ${count}${stopped.length ? ` $(warning) ${stopped.length}` : ''}${managed ? ' $(lock)' : ''}`;
    const lines = [`Secret Hygiene: ${count} finding${count === 1 ? '' : 's'}`];
    for (const file of stopped.slice(0, 5)) lines.push(`${vscode.workspace.asRelativePath(file.uri)}: ${file.notice!.message.replace(/^Secret Hygiene: /, '')}`);
    if (stopped.length > 5) lines.push(`…and ${stopped.length - 5} more documents whose scan was stopped`);
    if (managed) {
      lines.push(managed.broken ? `Managed policy ${managed.origin} is malformed: strict defaults apply` : `Managed policy in force: ${managed.origin}`);
      if (this.settings.current.locked.length) lines.push(`Locked: ${this.settings.current.locked.map((k) => `secretHygiene.${k}`).join(', ')}`);
    }
    this.item.tooltip = lines.join('\n');
    this.item.backgroundColor = managed?.broken
      ? new vscode.ThemeColor('statusBarItem.errorBackground')
      : stopped.length
        ? new vscode.ThemeColor('statusBarItem.warningBackground')
        : undefined;
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}
