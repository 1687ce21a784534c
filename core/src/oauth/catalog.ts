import type { OAuthProviderId, ScopeAssessment, ScopeCatalog, ScopeEntry, ScopeRisk } from './types.js';
import { atlassianScopes } from './providers/atlassian.js';
import { azureDevOpsScopes } from './providers/azure-devops.js';
import { bitbucketScopes } from './providers/bitbucket.js';
import { boxScopes } from './providers/box.js';
import { dropboxScopes } from './providers/dropbox.js';
import { githubScopes } from './providers/github.js';
import { gitlabScopes } from './providers/gitlab.js';
import { googleScopes } from './providers/google.js';
import { hubspotScopes } from './providers/hubspot.js';
import { linearScopes } from './providers/linear.js';
import { microsoftScopes } from './providers/microsoft.js';
import { notionScopes } from './providers/notion.js';
import { oidcScopes } from './providers/oidc.js';
import { oktaScopes } from './providers/okta.js';
import { salesforceScopes } from './providers/salesforce.js';
import { slackScopes } from './providers/slack.js';
import { zoomScopes } from './providers/zoom.js';

/**
 * Every provider's scope catalog, in one explicit list (adding a provider = one file + one line).
 * Each file under `providers/` cites the documentation its entries come from.
 */
export const scopeCatalogs: readonly ScopeCatalog[] = [
  googleScopes,
  githubScopes,
  microsoftScopes,
  slackScopes,
  atlassianScopes,
  salesforceScopes,
  dropboxScopes,
  gitlabScopes,
  oktaScopes,
  zoomScopes,
  hubspotScopes,
  notionScopes,
  boxScopes,
  linearScopes,
  bitbucketScopes,
  azureDevOpsScopes,
  oidcScopes,
];

const byProvider = new Map<OAuthProviderId, { catalog: ScopeCatalog; entries: Map<string, ScopeEntry> }>();
for (const catalog of scopeCatalogs) {
  byProvider.set(catalog.provider, { catalog, entries: new Map(catalog.scopes.map((e) => [e.scope, e])) });
}

export function catalogFor(provider: OAuthProviderId): ScopeCatalog | undefined {
  return byProvider.get(provider)?.catalog;
}

/** Rates one requested scope: the provider's catalog entry, else a heuristic marked unknown. */
export function assessScope(provider: OAuthProviderId, scope: string): ScopeAssessment {
  const known = byProvider.get(provider);
  const spelled = known?.catalog.normalize?.(scope) ?? scope;
  // Standard OpenID Connect scopes are valid on every host, so a provider catalog need not repeat them.
  const openIdConnect = byProvider.get('oidc')?.entries;
  const entry =
    known?.entries.get(spelled) ?? known?.entries.get(scope) ?? openIdConnect?.get(spelled) ?? openIdConnect?.get(scope.trim());
  if (entry) {
    const assessment: ScopeAssessment = { scope, risk: entry.risk, reason: entry.grants, known: true };
    if (entry.narrower) assessment.narrower = entry.narrower;
    if (entry.longLived) assessment.longLived = true;
    return assessment;
  }
  return heuristicAssessment(scope);
}

/** Words in an unknown scope that say how much it grants, strongest first. */
const HEURISTICS: { pattern: RegExp; risk: ScopeRisk; reason: string }[] = [
  { pattern: /(^|[^a-z])(admin|sudo|root|superuser|impersonat\w*)([^a-z]|$)|\*|^full$|[._:]full([._:]|$)|\.all$/i, risk: 'high', reason: 'administrative or unrestricted access' },
  { pattern: /(^|[^a-z])(write|manage|delete|modify|edit|create|send)([^a-z]|$)|readwrite/i, risk: 'medium', reason: 'can change data' },
  { pattern: /offline|refresh/i, risk: 'medium', reason: 'long-lived access (refresh token)' },
];

export function heuristicAssessment(scope: string): ScopeAssessment {
  for (const { pattern, risk, reason } of HEURISTICS) {
    if (pattern.test(scope)) {
      const assessment: ScopeAssessment = { scope, risk, reason: `not in the catalog; its name suggests ${reason}`, known: false };
      if (/offline|refresh/i.test(scope)) assessment.longLived = true;
      return assessment;
    }
  }
  return { scope, risk: 'low', reason: 'not in the catalog; its name suggests read-only or identity access', known: false };
}

const RANK: Record<ScopeRisk, number> = { low: 0, medium: 1, high: 2, critical: 3 };

export function scopeRiskRank(risk: ScopeRisk): number {
  return RANK[risk];
}

/** The worst of several risks (`low` for none). */
export function worstRisk(risks: Iterable<ScopeRisk>): ScopeRisk {
  let worst: ScopeRisk = 'low';
  for (const risk of risks) if (RANK[risk] > RANK[worst]) worst = risk;
  return worst;
}
