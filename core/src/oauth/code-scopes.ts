/**
 * Over-scoped grants written down in files (`category: "scope"` findings): Google / Graph scope URLs,
 * scope lists given to GitHub, Microsoft and Slack clients, GitHub App permissions, `gh auth --scopes`,
 * Slack app manifests and GitHub Actions `permissions`. Only medium risk and worse is reported, and a
 * scope in documentation (comments, doc blocks, `.d.ts`, Markdown) at `info` only.
 * A cheap keyword check runs first, so an ordinary file costs a few `indexOf` calls.
 */
import { LineIndex } from '../engine/positions.js';
import { reportedSeverity, type SeverityPolicy } from '../engine/severity.js';
import { inlineDirectives } from '../engine/suppress.js';
import type { Finding } from '../engine/types.js';
import { isBuildOutput } from '../formats/build-output.js';
import { documentationAt } from './code/documentation.js';
import { isWorkflow, workflowPermissionHits } from './code/github-workflow.js';
import { isReportable, scopeFinding, type ScopeHit } from './code/scope-hit.js';
import { PROVIDER_CONTEXT_WORDS, ghCliHits, githubAppPermissionHits, providersInContext, scopeListHits, scopeUrlHits } from './code/scope-literals.js';
import { slackManifestHits } from './code/slack-manifest.js';
import type { OAuthProviderId } from './types.js';

/**
 * Words without which no detector below can find anything, and the words that say which provider a
 * bare scope belongs to (lowercase, matched case-insensitively). A caller that already reads the text
 * with the engine passes them as `ScanOptions.observe` and hands the words found, with their offsets,
 * to `scopeFindings`; otherwise each is looked for here.
 */
export const SCOPE_GATE_WORDS: readonly string[] = [
  'googleapis.com/auth/',
  'mail.google.com/',
  'graph.microsoft.com/',
  'oauth_config',
  'permissions',
  'gh ',
  'auth',
  'scope',
  ...PROVIDER_CONTEXT_WORDS,
];

/** Gate words and where they occur, as the engine found them. */
export type ObservedWords = ReadonlyMap<string, readonly number[]>;

/** Which gate words a text holds: told by the caller, or looked for here, once each. */
type Gate = (word: string) => boolean;

function gateFor(text: string, observed: ObservedWords | undefined): Gate {
  if (observed) return (word) => observed.has(word);
  const known = new Map<string, boolean>();
  return (word) => {
    let found = known.get(word);
    if (found === undefined) known.set(word, (found = word === 'scope' ? /scope/i.test(text) : text.includes(word)));
    return found;
  };
}

function collectHits(text: string, path: string | undefined, has: Gate, observed: ObservedWords | undefined): ScopeHit[] {
  // Detector order matters: the first to claim a span keeps it (see distinctSpans).
  const batches: ScopeHit[][] = [];
  if (has('googleapis.com/auth/') || has('mail.google.com/') || has('graph.microsoft.com/')) batches.push(scopeUrlHits(text));
  const structured = /\.(?:ya?ml|json)$/i.test(path ?? '') || path === undefined;
  if (structured && has('oauth_config')) batches.push(slackManifestHits(text));
  const permissionsWord = has('permissions');
  if (permissionsWord && isWorkflow(text, path)) batches.push(workflowPermissionHits(text));
  if (has('gh ') && has('auth')) batches.push(ghCliHits(text, observed?.get('auth')));
  // Which provider a bare scope name belongs to is read from the whole file, only once a list or a
  // permission object needs it.
  let providers: OAuthProviderId[] | undefined;
  const context = () => (providers ??= providersInContext(text, observed));
  if (has('scope')) batches.push(scopeListHits(text, context, observed?.get('scope')));
  if (permissionsWord) {
    const permissions = githubAppPermissionHits(text, observed?.get('permissions'));
    if (permissions.length && context().includes('github')) batches.push(permissions);
  }
  return distinctSpans(batches);
}

/**
 * One hit per span, in text order; an overlapping later span is dropped. When two detectors claim the
 * same start (a manifest's scope also looks like a list item), the earlier one in `collectHits` wins:
 * structured readers know more than list heuristics.
 */
function distinctSpans(batches: ScopeHit[][]): ScopeHit[] {
  const ranked = batches.flatMap((batch, order) => batch.map((hit) => ({ hit, order })));
  ranked.sort((a, b) => a.hit.start - b.hit.start || a.order - b.order);
  const kept: ScopeHit[] = [];
  for (const { hit } of ranked) {
    const last = kept[kept.length - 1];
    if (!last || hit.start >= last.end) kept.push(hit);
  }
  return kept;
}

/**
 * Scope findings in `text` (the file at `path`, when known), in text order, under a severity policy
 * (disabled rules, overrides, minimum). A finding on a line with a `secret-hygiene:allow <reason>`
 * comment (or under one) is counted as suppressed, as the secret scanner does. `observed`: the
 * SCOPE_GATE_WORDS the text holds and their offsets, when the caller already knows (`CandidateSet.observed`).
 */
export function scopeFindings(
  text: string,
  path: string | undefined,
  policy: SeverityPolicy = {},
  observed?: ObservedWords,
): { findings: Finding[]; suppressed: number } {
  const hits = collectHits(text, path, gateFor(text, observed), observed).filter((hit) => isReportable(hit.risk));
  const findings: Finding[] = [];
  let suppressed = 0;
  if (!hits.length) return { findings, suppressed };
  const lines = new LineIndex(text);
  const inDocumentation = documentationAt(text, path);
  const buildOutput = isBuildOutput(path, text);
  const directives = inlineDirectives(text, lines, path);
  for (const hit of hits) {
    const finding = scopeFinding(hit, lines);
    if (!finding) continue;
    // Not requested here: kept at `info` for whoever wants the inventory.
    const why = inDocumentation(hit.start)
      ? 'Written in documentation (a comment, declaration file or prose), not requested here.'
      : buildOutput
        ? 'In build output (compiled or bundled): the request is authored in its source.'
        : namedScopeConstant(text, hit.start)
          ? 'A constant naming one scope (vocabulary), not a request.'
          : undefined;
    if (why) {
      finding.severity = 'info';
      finding.message += ` ${why}`;
    }
    const severity = reportedSeverity(finding.ruleId, finding.severity, policy);
    if (!severity) continue;
    if (directives.allows(hit.start, hit.end)) {
      suppressed++;
      continue;
    }
    finding.severity = severity;
    findings.push(finding);
  }
  return { findings, suppressed };
}

/**
 * `OFFLINE_ACCESS_SCOPE = "offline_access"`, `EMAIL_SCOPE: 'email'`: one scope bound to a constant named
 * for it is a library's vocabulary; a request lists scopes (`SCOPES = [...]`, `scopes: [...]`, `scope=`).
 */
function namedScopeConstant(text: string, start: number): boolean {
  // The line's last 120 characters before the hit: looking for the line start further back cost the
  // whole line per hit (quadratic on a one-line file with thousands of scope URLs: fuzz seed 20261207).
  const before = text.slice(Math.max(0, start - 120), start);
  return /\b[A-Z][A-Z0-9_]*_SCOPE\s*[:=]\s*["'\x60]$/.test(before.slice(before.lastIndexOf('\n') + 1));
}

/** Scope findings in `text` at the default policy (everything medium and worse). */
export function scanScopes(text: string, path?: string): Finding[] {
  return scopeFindings(text, path).findings;
}
