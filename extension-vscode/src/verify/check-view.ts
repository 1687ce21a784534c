/**
 * How a check's answer reads in the hover card and the findings tree: status, identity, scopes rated
 * with the scope catalog (and the narrower credential), expiry, and the severity from the facts
 * (core's severityFromVerification). Pure; every string the provider supplied is escaped.
 */
import { severityFromVerification, type Finding, type Severity, type Verification } from '@secret-hygiene/core';
import { escapeMarkdown } from '../model/hover-card.js';
import type { CheckOffer } from './check-model.js';

/** What the hover card adds for a checkable finding: the heading's severity and the "Token" lines. */
export interface TokenCheckCard {
  /** The severity to show (from the facts once checked), with why when it is not the format's. */
  severity: string;
  lines: string[];
}

const SCOPES_SHOWN = 10;
const DAY_MS = 24 * 3600_000;

export function verifiedSeverity(finding: Pick<Finding, 'severity' | 'lifetime'>, verification: Verification, now: Date): { severity: Severity; reason: string } {
  return severityFromVerification(finding, verification, now);
}

/** `never expires`, `expires 2027-01-31T00:00:00Z (in 56 days)`, `expired …`, or not reported. */
export function expiryText(expiresAt: string | null | undefined, now: Date): string {
  if (expiresAt === null) return 'never expires';
  if (expiresAt === undefined) return 'expiry not reported';
  const at = Date.parse(expiresAt);
  const shown = expiresAt.replace(/\.000Z$/, 'Z');
  if (Number.isNaN(at)) return `expires ${shown}`;
  const left = at - now.getTime();
  if (left <= 0) return `expired ${shown}`;
  const days = Math.floor(left / DAY_MS);
  return `expires ${shown} (in ${days >= 1 ? `${days} day${days === 1 ? '' : 's'}` : `${Math.max(1, Math.round(left / 3600_000))} h`})`;
}

/** Scopes with the catalog's rating where it rates them medium or above: `repo (critical), read:org`. */
export function scopesText(verification: Verification): string | undefined {
  const held = verification.scopes;
  if (!held) return verification.overScope?.fullAccess ? 'no scopes: full access to the account' : undefined;
  if (!held.length) return 'none';
  const rated = new Map((verification.overScope?.scopes ?? []).map((s) => [s.scope, s.risk]));
  const shown = held.slice(0, SCOPES_SHOWN).map((scope) => (rated.has(scope) ? `${scope} (${rated.get(scope)})` : scope));
  return `${shown.join(', ')}${held.length > SCOPES_SHOWN ? ` +${held.length - SCOPES_SHOWN} more` : ''}`;
}

/** One line for the tree: `live as octocat · repo (critical), gist · never expires`. */
export function treeSummary(verification: Verification, now: Date): string {
  if (verification.status === 'invalid') return 'invalid: the provider rejects it';
  if (verification.status === 'unknown') return `unknown${verification.error ? `: ${verification.error}` : ''}`;
  const parts = [`live${verification.identity ? ` as ${verification.identity}` : ''}`];
  const scopes = scopesText(verification);
  if (scopes) parts.push(scopes);
  parts.push(expiryText(verification.expiresAt, now));
  return parts.join(' · ');
}

function checkLink(command: string | undefined, label: string): string {
  return command ? ` · [${label}](${command})` : '';
}

/**
 * The hover's lines for a checkable finding. `command`: the `command:` URI of the check for this
 * finding (absent when the action is not offered).
 */
export function tokenCheckCard(finding: Finding, offer: CheckOffer, verification: Verification | undefined, command: string | undefined, now: Date): TokenCheckCard {
  const provider = escapeMarkdown(offer.spec.name);
  if (!verification) {
    if (offer.kind !== 'offer') return { severity: finding.severity, lines: [`**Token:** not checked: ${escapeMarkdown(offer.reason)}`] };
    const hosts = offer.spec.hosts.map((h) => escapeMarkdown(new URL(h).host)).join(' or ');
    return { severity: finding.severity, lines: [`**Token:** not checked${checkLink(command, 'Check token')} (asks ${provider} at ${hosts}, only when you click)`] };
  }
  const facts = verifiedSeverity(finding, verification, now);
  const severity = facts.severity === finding.severity ? `${facts.severity} (${escapeMarkdown(facts.reason)})` : `${facts.severity} (${escapeMarkdown(facts.reason)}; ${finding.severity} from the format)`;
  const checked = `checked ${escapeMarkdown(verification.checkedAt.replace(/\.\d{3}Z$/, 'Z'))}`;
  const lines: string[] = [];
  if (verification.status !== 'live') {
    const what = verification.status === 'invalid' ? `**invalid**: ${provider} rejects it` : `**unknown**: ${provider} did not say`;
    lines.push(`**Token:** ${what}${verification.error ? ` (${escapeMarkdown(verification.error)})` : ''}, ${checked}${checkLink(command, 'Check again')}`);
    if (verification.status === 'invalid') lines.push('', 'It still sits in the file (and its history): remove it anyway.');
    return { severity, lines };
  }
  const who = verification.identity ? ` as ${inlineText(verification.identity)}` : '';
  const kind = verification.kind ? ` (${escapeMarkdown(verification.kind)})` : '';
  lines.push(`**Token:** **live**${who}${kind}, ${checked}`);
  const scopes = scopesText(verification);
  if (scopes) lines.push('', `**Scopes:** ${escapeMarkdown(scopes)}`);
  const over = verification.overScope;
  if (over?.narrower) lines.push('', `**Over-scoped (${over.fullAccess ? 'full access' : `${over.risk} risk`}):** use ${escapeMarkdown(over.narrower)}`);
  lines.push('', `**Expires:** ${escapeMarkdown(expiryText(verification.expiresAt, now))}`);
  if (verification.error) lines.push('', `**Note:** ${escapeMarkdown(verification.error)}`);
  return { severity, lines };
}

/** Identity strings come from the provider: shown as code, so nothing in them renders as Markdown. */
function inlineText(text: string): string {
  const clean = text.replace(/[\r\n`]/g, ' ').slice(0, 200);
  return `\`${clean}\``;
}
