/**
 * A scope (or permission) found in a file, before it becomes a Finding. Scopes are not secrets: the
 * finding shows the scope itself, and its fingerprint hashes the scope plus where it applies (provider,
 * token, job), never its position, so it survives line moves like secret fingerprints do.
 */
import { fingerprintOf } from '../../engine/finding.js';
import type { LineIndex } from '../../engine/positions.js';
import type { Finding, FindingLocation, Lifetime, Severity } from '../../engine/types.js';
import { scopeRiskRank } from '../catalog.js';
import type { ScopeRisk } from '../types.js';

export interface ScopeHit {
  ruleId: string;
  provider: string;
  /** "Google OAuth scope", "GITHUB_TOKEN permission", ...: how the message names what was found. */
  subject: string;
  /** The scope as written (`https://www.googleapis.com/auth/drive`, `contents: write`). */
  scope: string;
  /** UTF-16 offsets of the scope text. */
  start: number;
  end: number;
  risk: ScopeRisk;
  /** What it grants (catalog or permission table), or why the heuristic rated it so. */
  grants: string;
  narrower?: string;
  lifetime: Lifetime;
  /** Position-independent context for the fingerprint: the same scope for another job or token is another finding. */
  context: string;
  location?: FindingLocation;
}

const SEVERITY: Record<ScopeRisk, Severity | undefined> = { critical: 'critical', high: 'high', medium: 'medium', low: undefined };

/** Findings are for medium risk and worse: narrow scopes (`drive.file`, `read:user`) are the goal, not a problem. */
export function isReportable(risk: ScopeRisk): boolean {
  return scopeRiskRank(risk) >= scopeRiskRank('medium');
}

function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

export function scopeFinding(hit: ScopeHit, lines: LineIndex): Finding | undefined {
  const severity = SEVERITY[hit.risk];
  if (!severity) return undefined;
  const begin = lines.position(hit.start);
  const finish = lines.position(hit.end);
  const narrower = hit.narrower ? ` Narrower: ${hit.narrower}.` : '';
  const lifetime = hit.lifetime === 'long-lived' ? ' Long-lived: it comes with a refresh token.' : '';
  const finding: Finding = {
    ruleId: hit.ruleId,
    category: 'scope',
    severity,
    lifetime: hit.lifetime,
    provider: hit.provider,
    message: `${hit.subject} \`${hit.scope}\` (${hit.risk} risk): ${sentence(hit.grants)}${narrower}${lifetime}`,
    range: [hit.start, hit.end],
    line: begin.line,
    column: begin.column,
    endLine: finish.line,
    endColumn: finish.column,
    redacted: hit.scope,
    fingerprint: fingerprintOf(hit.ruleId, `${hit.scope}\u0000${hit.context}`),
  };
  if (hit.location) finding.location = hit.location;
  return finding;
}
