/** The hover card over a finding: see model/hover-card.ts for its content. */
import * as vscode from 'vscode';
import type { FindingStore } from './findings.js';
import { rangeOf } from './findings.js';
import { hoverMarkdown } from './model/hover-card.js';
import { CHECK_TOKEN_COMMAND, type TokenChecker } from './verify/check-token.js';

export class FindingHover implements vscode.HoverProvider {
  constructor(
    private readonly store: FindingStore,
    /** "Check token": its answer, or its link, on findings of providers that can be checked. */
    private readonly checker?: TokenChecker,
  ) {}

  provideHover(doc: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const entry = this.store.get(doc.uri);
    if (!entry || (entry.version !== undefined && entry.version !== doc.version)) return undefined;
    const hits = entry.findings.filter((f) => rangeOf(f).contains(position));
    if (!hits.length) return undefined;
    const cards = hits.map((f) => {
      const check = this.checker?.card(doc.uri, f);
      const markdown = new vscode.MarkdownString(hoverMarkdown(f, new Date(), check));
      // Only our own command link may run from the card (everything else in it is escaped text).
      markdown.isTrusted = check ? { enabledCommands: [CHECK_TOKEN_COMMAND] } : false;
      return markdown;
    });
    return new vscode.Hover(cards, rangeOf(hits[0]!));
  }
}
