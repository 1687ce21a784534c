/** The "Secret Hygiene" view: findings by file, risk icons, click to reveal. */
import * as vscode from 'vscode';
import { rangeOf, type FileFindings, type FindingStore } from './findings.js';
import type { Finding } from './model/core.js';
import type { TokenChecker } from './verify/check-token.js';
import { treeSummary, verifiedSeverity } from './verify/check-view.js';

type Node = { kind: 'file'; file: FileFindings } | { kind: 'finding'; file: FileFindings; finding: Finding };

const ICONS: Record<Finding['severity'], vscode.ThemeIcon> = {
  critical: new vscode.ThemeIcon('error', new vscode.ThemeColor('problemsErrorIcon.foreground')),
  high: new vscode.ThemeIcon('error', new vscode.ThemeColor('problemsErrorIcon.foreground')),
  medium: new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground')),
  low: new vscode.ThemeIcon('info', new vscode.ThemeColor('problemsInfoIcon.foreground')),
  info: new vscode.ThemeIcon('info'),
};
const RANK: Record<Finding['severity'], number> = { critical: 4, high: 3, medium: 2, low: 1, info: 0 };

export class FindingsTree implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private readonly subscription: vscode.Disposable;

  constructor(
    private readonly store: FindingStore,
    /** "Check token" answers: the item shows status, scopes and expiry, and the severity from the facts. */
    private readonly checker?: TokenChecker,
  ) {
    const redraw = () => this.emitter.fire(undefined);
    this.subscription = vscode.Disposable.from(store.onDidChange(redraw), ...(checker ? [checker.onDidChange(redraw)] : []));
  }

  getChildren(node?: Node): Node[] {
    if (!node) {
      return this.store
        .all()
        .sort((a, b) => worst(b) - worst(a) || a.uri.toString().localeCompare(b.uri.toString()))
        .map((file) => ({ kind: 'file', file }));
    }
    if (node.kind === 'file') return node.file.findings.map((finding) => ({ kind: 'finding', file: node.file, finding }));
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'file') {
      const item = new vscode.TreeItem(node.file.uri, vscode.TreeItemCollapsibleState.Expanded);
      item.description = `${node.file.findings.length} finding${node.file.findings.length === 1 ? '' : 's'}${node.file.origin === 'scan' ? ' (scan)' : ''}`;
      item.iconPath = ICONS[severityName(worst(node.file))];
      if (node.file.notice) {
        item.description = 'scan stopped: findings not shown';
        item.tooltip = node.file.notice.message;
        item.iconPath = ICONS.medium;
      }
      return item;
    }
    const { finding } = node;
    const item = new vscode.TreeItem(`${finding.redacted} — ${finding.ruleId}`, vscode.TreeItemCollapsibleState.None);
    item.description = `${finding.severity}, ${finding.lifetime}, line ${finding.line}`;
    item.tooltip = finding.message;
    item.iconPath = ICONS[finding.severity];
    const checked = this.checker?.resultFor(finding);
    if (checked) {
      const now = new Date();
      const { severity, reason } = verifiedSeverity(finding, checked, now);
      item.description = `${severity}, ${treeSummary(checked, now)}, line ${finding.line}`;
      item.tooltip = `${finding.message}\nChecked ${checked.checkedAt}: ${treeSummary(checked, now)}\nSeverity ${severity}: ${reason}`;
      item.iconPath = ICONS[severity];
    }
    item.command = { command: 'vscode.open', title: 'Reveal', arguments: [node.file.uri, { selection: rangeOf(finding) }] };
    return item;
  }

  dispose(): void {
    this.subscription.dispose();
    this.emitter.dispose();
  }
}

function worst(file: FileFindings): number {
  return Math.max(...file.findings.map((f) => RANK[f.severity]));
}

function severityName(rank: number): Finding['severity'] {
  return (Object.keys(RANK) as Finding['severity'][]).find((s) => RANK[s] === rank) ?? 'info';
}
