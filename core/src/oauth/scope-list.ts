/**
 * Scope lists as people write them: in a URL's `scope` parameter, in a string in code, on a command line.
 * Shared by the authorization-request parser and the code scanner so both split and rate a scope the same way.
 */
import { assessScope } from './catalog.js';
import type { OAuthProviderId, ScopeAssessment, ScopeRisk } from './types.js';

/** One scope inside a larger text, with its UTF-16 offsets in that text. */
export interface ScopeToken {
  scope: string;
  start: number;
  end: number;
}

/**
 * Separators between scopes: whitespace (RFC 6749 §3.3), commas (GitHub, Slack, Linear write lists
 * that way) and a literal `+` (a space that was form-encoded twice). No provider's scope contains one.
 */
const SEPARATOR = /[\s,+]+/g;

/** Splits a scope list, keeping each scope's offsets (relative to `text`, plus `base`). */
export function splitScopeList(text: string, base = 0): ScopeToken[] {
  const tokens: ScopeToken[] = [];
  let start = 0;
  for (const separator of text.matchAll(SEPARATOR)) {
    if (separator.index > start) tokens.push({ scope: text.slice(start, separator.index), start: base + start, end: base + separator.index });
    start = separator.index + separator[0].length;
  }
  if (start < text.length) tokens.push({ scope: text.slice(start), start: base + start, end: base + text.length });
  return tokens;
}

/**
 * A query value after URLSearchParams has decoded it once. Apps that encode the scope string before
 * handing it to an encoding URL builder leave `%20` (or `%2520`) behind; undo up to two more layers.
 */
export function decodeLeftoverEncoding(value: string): string {
  let decoded = value;
  for (let layer = 0; layer < 2 && /%[0-9A-Fa-f]{2}/.test(decoded); layer++) {
    try {
      decoded = decodeURIComponent(decoded);
    } catch {
      break; // a literal `%` that is not an escape: keep what we have
    }
  }
  return decoded;
}

/** Splits a decoded query value into distinct scopes, in request order. */
export function scopesOfParameter(value: string): string[] {
  return [...new Set(splitScopeList(decodeLeftoverEncoding(value)).map((t) => t.scope))];
}

/**
 * Microsoft's `.default` (`https://graph.microsoft.com/.default`, `api://app/.default`) asks for every
 * permission configured on the app registration: the URL or code does not say which, so the grant cannot
 * be judged from it. https://learn.microsoft.com/entra/identity-platform/scopes-oidc (".default")
 */
const DEFAULT_SCOPE = /(^|\/)\.default$/;

/** The catalog's rating of a requested scope, plus the facts no single catalog entry can hold. */
export function assessRequestedScope(provider: OAuthProviderId, scope: string): ScopeAssessment {
  const assessment = assessScope(provider, scope);
  if (!assessment.known && DEFAULT_SCOPE.test(scope)) {
    return {
      scope,
      risk: 'medium',
      reason: 'every permission configured on the app registration (.default); the request does not say which, review them on the consent screen or in the app registration',
      known: false,
    };
  }
  return assessment;
}

/** Scopes whose whole purpose is a refresh token, whatever the catalog says about them. */
export function isRefreshScope(scope: string): boolean {
  return scope === 'offline_access' || scope === 'refresh_token' || scope === 'offline';
}

const RAISE: Record<ScopeRisk, ScopeRisk> = { low: 'medium', medium: 'high', high: 'critical', critical: 'critical' };

/** One step worse (critical stays critical). */
export function raiseRisk(risk: ScopeRisk): ScopeRisk {
  return RAISE[risk];
}
