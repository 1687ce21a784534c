/**
 * What kind of GitHub token was pasted, from its prefix, and how long it lives.
 * Prefixes: https://github.blog/2021-04-05-behind-githubs-new-authentication-token-formats/
 * Lifetimes: user access tokens of GitHub Apps expire after 8 hours, installation tokens after 1 hour,
 * refresh tokens after 6 months (https://docs.github.com/en/apps/creating-github-apps/authenticating-with-a-github-app/refreshing-user-access-tokens);
 * classic PATs and OAuth app tokens live until revoked unless an expiry was set, which GitHub reports in the
 * `GitHub-Authentication-Token-Expiration` response header.
 */
export type GitHubTokenKind = 'classic-pat' | 'fine-grained-pat' | 'oauth-app' | 'app-user' | 'app-installation' | 'refresh' | 'unknown';
export type Lifetime = 'long-lived' | 'short-lived' | 'unknown';

const KINDS: { prefix: string; kind: GitHubTokenKind; label: string; lifetime: Lifetime }[] = [
  { prefix: 'github_pat_', kind: 'fine-grained-pat', label: 'fine-grained personal access token', lifetime: 'unknown' },
  { prefix: 'ghp_', kind: 'classic-pat', label: 'classic personal access token', lifetime: 'long-lived' },
  { prefix: 'gho_', kind: 'oauth-app', label: 'OAuth app user token', lifetime: 'long-lived' },
  { prefix: 'ghu_', kind: 'app-user', label: 'GitHub App user access token (8 hours)', lifetime: 'short-lived' },
  { prefix: 'ghs_', kind: 'app-installation', label: 'GitHub App installation token (1 hour)', lifetime: 'short-lived' },
  { prefix: 'ghr_', kind: 'refresh', label: 'GitHub App refresh token (6 months)', lifetime: 'long-lived' },
];

export interface TokenFacts {
  kind: GitHubTokenKind;
  label: string;
  lifetime: Lifetime;
  /** ISO time from the expiration header, when GitHub sent one. */
  expiresAt?: string;
}

/** `2026-01-31 00:00:00 UTC` (GitHub's header format) → ISO; undefined when unreadable. */
export function parseExpirationHeader(value: string | undefined | null): string | undefined {
  if (!value) return undefined;
  const match = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2})(?:\s*(UTC|[+-]\d{2}:?\d{2}))?$/.exec(value.trim());
  if (!match) return undefined;
  const zone = !match[3] || match[3] === 'UTC' ? 'Z' : match[3];
  const time = Date.parse(`${match[1]}T${match[2]}${zone}`);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

/** Expiring more than 90 days out is long-lived in practice (DESIGN: "far away = long-lived"). */
const LONG_LIVED_AFTER_MS = 90 * 24 * 3600_000;

export function tokenFacts(token: string, expirationHeader: string | undefined | null, now: Date): TokenFacts {
  const known = KINDS.find((k) => token.startsWith(k.prefix));
  const facts: TokenFacts = known ? { kind: known.kind, label: known.label, lifetime: known.lifetime } : { kind: 'unknown', label: 'unrecognised token format', lifetime: 'unknown' };
  const expiresAt = parseExpirationHeader(expirationHeader);
  if (expiresAt) {
    facts.expiresAt = expiresAt;
    facts.lifetime = Date.parse(expiresAt) - now.getTime() > LONG_LIVED_AFTER_MS ? 'long-lived' : 'short-lived';
  } else if (facts.kind === 'fine-grained-pat') {
    facts.lifetime = 'long-lived'; // a fine-grained token without an expiry header never expires
  }
  return facts;
}
