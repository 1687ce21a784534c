/**
 * Over-scope from facts: the scopes a live credential actually holds, rated with the same catalog the
 * browser uses on consent screens (core/src/oauth/catalog.ts), and the narrower credential that would
 * do. Credentials that carry no scopes at all but act for the whole account (a Stripe live secret key,
 * an admin key) are rated by kind.
 */
import { assessScope, scopeRiskRank, worstRisk } from '../oauth/catalog.js';
import type { OAuthProviderId, ScopeRisk } from '../oauth/types.js';
import type { HeldScopes, Verification } from './types.js';

/** Verifier ids whose scopes the OAuth catalog knows by the same spelling. */
const CATALOGS: Record<string, OAuthProviderId> = { github: 'github', gitlab: 'gitlab', slack: 'slack', google: 'google', linear: 'linear', notion: 'notion' };

/** Credentials without scopes that act for the whole account, and what to use instead. */
const FULL_ACCESS: Record<string, string> = {
  'stripe-live-secret-key': 'a restricted key (rk_live_) with only the resources this code uses',
  'openai-admin-key': 'a project key; admin keys are for organization administration only',
  'openai-api-key': 'a project key with restricted permissions',
  'anthropic-admin-key': 'a workspace API key; admin keys are for organization administration only',
  'github-classic-pat': 'a fine-grained PAT limited to named repositories (e.g. contents:read)',
};

/** Per-provider advice when the held scopes are broad but the catalog names no narrower one. */
const NARROWER: Record<string, string> = {
  github: 'a fine-grained PAT or GitHub App limited to named repositories, with only the permissions used (e.g. contents:read)',
  gitlab: 'a project or group access token with read_api or read_repository',
  huggingface: 'a fine-grained token limited to named repositories with repo.content.read',
  slack: 'a bot token with only the scopes the app uses',
  google: 'a token requested with the narrowest scopes (drive.file instead of drive)',
};

/** Hugging Face roles and permissions, which no OAuth catalog covers. */
function huggingFaceRisk(scope: string): ScopeRisk {
  if (scope === 'write' || /\.(write|manage)\b/.test(scope)) return 'high';
  if (scope === 'read' || /\.read\b/.test(scope)) return 'medium';
  return 'medium';
}

export function assessHeldScopes(providerId: string, ruleId: string, verification: Pick<Verification, 'status' | 'scopes'>): HeldScopes | undefined {
  if (verification.status !== 'live') return undefined;
  const held = verification.scopes;
  if (!held?.length) {
    const instead = FULL_ACCESS[ruleId];
    // A classic PAT with no scopes reads public data only; others without scopes act for the account.
    if (!instead || (ruleId === 'github-classic-pat' && held)) return held ? { risk: 'low', scopes: [] } : undefined;
    return { risk: 'critical', scopes: [], fullAccess: true, narrower: instead };
  }
  const catalog = CATALOGS[providerId];
  const rated = held.map((scope) => {
    if (providerId === 'huggingface') return { scope, risk: huggingFaceRisk(scope), reason: 'Hugging Face token permission', narrower: undefined as string | undefined };
    const a = catalog ? assessScope(catalog, scope) : assessScope('oidc', scope);
    return { scope, risk: a.risk, reason: a.reason, narrower: a.narrower };
  });
  const risk = worstRisk(rated.map((r) => r.risk));
  const result: HeldScopes = {
    risk,
    scopes: rated.filter((r) => scopeRiskRank(r.risk) >= scopeRiskRank('medium')).map(({ scope, risk: r, reason }) => ({ scope, risk: r, reason })),
  };
  if (scopeRiskRank(risk) >= scopeRiskRank('high')) {
    const named = rated.find((r) => r.risk === risk && r.narrower)?.narrower;
    const narrower = named ?? NARROWER[providerId];
    if (narrower) result.narrower = narrower;
  }
  return result;
}
