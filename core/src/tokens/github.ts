/**
 * What kind of GitHub token a string is and how long it lives, read off core's GitHub rules (each
 * rule's prefix keyword, description and lifetime): the browser's connector audit and token
 * verification name a token exactly as the scanner does, from one table.
 * Prefixes: https://github.blog/engineering/platform-security/behind-githubs-new-authentication-token-formats/
 * Expiry header: https://docs.github.com/en/rest/authentication/authenticating-to-the-rest-api
 * (`GitHub-Authentication-Token-Expiration`, sent for tokens that expire).
 */
import type { Lifetime } from '../engine/types.js';
import { rules as githubRules } from '../rules/github.js';

export interface GitHubTokenFacts {
  /** The scanner's rule id for this kind (`github-classic-pat`), or `unknown`. */
  kind: string;
  /** The rule's description (`GitHub classic personal access token`). */
  label: string;
  lifetime: Lifetime;
  /** ISO time from the expiration header, when GitHub sent one. */
  expiresAt?: string;
}

/** `2026-01-31 00:00:00 UTC` (GitHub's header format) → ISO; undefined when unreadable. */
export function parseGitHubExpirationHeader(value: string | undefined | null): string | undefined {
  if (!value) return undefined;
  const match = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2})(?:\s*(UTC|[+-]\d{2}:?\d{2}))?$/.exec(value.trim());
  if (!match) return undefined;
  const zone = !match[3] || match[3] === 'UTC' ? 'Z' : match[3];
  const time = Date.parse(`${match[1]}T${match[2]}${zone}`);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

/** Expiring more than 90 days out is long-lived in practice (DESIGN: "far away = long-lived"). */
const LONG_LIVED_AFTER_MS = 90 * 24 * 3600_000;

/**
 * The kind of `token` by its prefix (a token a user pastes is taken as issued: the full format and
 * checksum are the scanner's business), then its lifetime: the expiration header when GitHub sent one,
 * else the rule's own lifetime.
 */
export function githubTokenFacts(token: string, expirationHeader: string | undefined | null, now: Date): GitHubTokenFacts {
  const rule = githubRules.find((r) => r.keywords.some((prefix) => token.startsWith(prefix)));
  let facts: GitHubTokenFacts = { kind: 'unknown', label: 'unrecognised token format', lifetime: 'unknown' };
  if (rule) {
    const lifetime = typeof rule.lifetime === 'function' ? rule.lifetime({ secret: token, match: token, now }).lifetime : rule.lifetime;
    facts = { kind: rule.id, label: rule.description, lifetime };
  }
  const expiresAt = parseGitHubExpirationHeader(expirationHeader);
  if (expiresAt) {
    facts.expiresAt = expiresAt;
    facts.lifetime = Date.parse(expiresAt) - now.getTime() > LONG_LIVED_AFTER_MS ? 'long-lived' : 'short-lived';
  }
  return facts;
}
