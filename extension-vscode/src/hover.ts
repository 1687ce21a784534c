/** The hover card over a finding: see model/hover-card.ts for its content. */
import * as vscode from 'vscode';
import type { FindingStore } from './findings.js';
import { rangeOf } from './findings.js';
import { hoverMarkdown } from './model/hover-card.js';

export class FindingHover implements vscode.HoverProvider {
  constructor(private readonly store: FindingStore) {}

  provideHover(doc: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const entry = this.store.get(doc.uri);
    if (!entry || (entry.version !== undefined && entry.version !== doc.version)) return undefined;
    const hits = entry.findings.filter((f) => rangeOf(f).contains(position));
    if (!hits.length) return undefined;
    const cards = hits.map((f) => {
      const markdown = new vscode.MarkdownString(hoverMarkdown(f));
      markdown.isTrusted = false;
      return markdown;
    });
    return new vscode.Hover(cards, rangeOf(hits[0]!));
  }
}
