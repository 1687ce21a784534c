/**
 * The hover card as Markdown: what was found (masked), lifetime and expiry, why it matters for agents,
 * where to rotate it, and the framework mapping. Pure; src/hover.ts wraps it in a MarkdownString.
 */
import { CLIENT_NAMES, type Client, type Finding } from './core.js';
import { ruleDocUrl } from './diagnostic-data.js';
import { frameworksFor } from './frameworks.js';
import type { TokenCheckCard } from '../verify/check-view.js';

/** Escapes Markdown so a message or a masked value renders as text. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, '\\$&');
}

function inlineCode(text: string): string {
  const fence = text.includes('`') ? '``' : '`';
  return `${fence}${text.replace(/\n/g, ' ')}${fence}`;
}

function lifetimeLine(finding: Finding, now: Date): string {
  if (finding.expiresAt) {
    const at = new Date(finding.expiresAt);
    const expired = at.getTime() <= now.getTime();
    return `${finding.lifetime}; ${expired ? 'expired' : 'expires'} ${escapeMarkdown(finding.expiresAt)}`;
  }
  if (finding.lifetime === 'long-lived') return 'long-lived: valid until someone revokes it';
  if (finding.lifetime === 'short-lived') return 'short-lived';
  return 'unknown lifetime';
}

function whyItMatters(finding: Finding): string {
  const client = finding.location?.client;
  const clientName = client && client in CLIENT_NAMES ? CLIENT_NAMES[client as Client] : undefined;
  if (finding.category === 'scope') {
    return 'An agent holding this grant can do everything the scope allows, not just what its task needs; a prompt-injected agent uses all of it.';
  }
  if (finding.location?.fileKind === 'mcp-config') {
    return `Every MCP server and agent session started from this config${clientName ? ` (${escapeMarkdown(clientName)})` : ''} gets this credential, and so does anything that reads or syncs the file.`;
  }
  const longLived = finding.lifetime === 'long-lived' ? ' It stays valid until revoked.' : '';
  return `Coding agents read the workspace: a literal secret ends up in prompts, context windows, logs and the repository's history.${longLived}`;
}

/** `check`: what "Check token" knows or offers for this finding (src/verify/check-view.ts). */
export function hoverMarkdown(finding: Finding, now: Date = new Date(), check?: TokenCheckCard): string {
  const lines: string[] = [];
  lines.push(`**Secret Hygiene** · [${inlineCode(finding.ruleId)}](${ruleDocUrl(finding.ruleId)}) · ${check?.severity ?? finding.severity}`);
  lines.push('');
  lines.push(escapeMarkdown(finding.message));
  lines.push('');
  lines.push(`**Found:** ${inlineCode(finding.redacted)} · **Lifetime:** ${lifetimeLine(finding, now)}`);
  if (check) lines.push('', ...check.lines);
  lines.push('');
  lines.push(`**Why it matters for agents:** ${whyItMatters(finding)}`);
  const rotate = finding.remediation?.rotateUrl;
  if (rotate && /^https:\/\//.test(rotate)) {
    lines.push('');
    lines.push(`**Rotate:** [${escapeMarkdown(new URL(rotate).host + new URL(rotate).pathname)}](${rotate})`);
  }
  const refs = frameworksFor(finding);
  lines.push('');
  lines.push(`**Frameworks:** OWASP Agentic Top 10 ${refs.owasp} · CSA MAESTRO ${refs.maestro} · NIST AI RMF ${refs.nist}`);
  return lines.join('\n');
}
