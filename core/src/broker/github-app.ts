/**
 * GitHub App installation tokens for `github-app://` references: the JWT claims, the requests and the
 * reading of GitHub's answers, pure; the CLI signs (node:crypto) and sends.
 * - JWT: RS256, `iat` 60 s in the past against clock drift, `exp` at most 10 minutes ahead, `iss` the App id
 *   https://docs.github.com/en/apps/creating-github-apps/authenticating-with-a-github-app/generating-a-json-web-token-jwt-for-a-github-app
 * - Token: POST /app/installations/{installation_id}/access_tokens with `permissions` and `repositories`;
 *   it expires one hour after it is created
 *   https://docs.github.com/en/apps/creating-github-apps/authenticating-with-a-github-app/generating-an-installation-access-token-for-a-github-app
 *   https://docs.github.com/en/rest/apps/apps#create-an-installation-access-token-for-an-app
 * - Revocation: DELETE /installation/token authenticated with the token itself, 204
 *   https://docs.github.com/en/rest/apps/installations#revoke-an-installation-access-token
 */
import type { GitHubAppReference } from './references.js';
import { stripTrailing } from '../engine/trim.js';

export const GITHUB_API_BASE = 'https://api.github.com';
export const GITHUB_API_VERSION = '2022-11-28';

export interface GitHubAppJwtClaims {
  iat: number;
  exp: number;
  iss: string;
}

/** Claims for a JWT issued at `nowSeconds`: valid from a minute ago for nine minutes (under GitHub's ten). */
export function githubAppJwtClaims(appId: string, nowSeconds: number): GitHubAppJwtClaims {
  return { iat: nowSeconds - 60, exp: nowSeconds + 9 * 60, iss: appId };
}

function base64url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return stripTrailing(btoa(binary).replace(/\+/g, '-').replace(/\//g, '_'), '=');
}

/** `header.payload`, the bytes an RS256 signature covers. */
export function jwtSigningInput(claims: GitHubAppJwtClaims): string {
  return `${base64url(JSON.stringify({ alg: 'RS256', typ: 'JWT' }))}.${base64url(JSON.stringify(claims))}`;
}

export function githubHeaders(authorization: string): Record<string, string> {
  return { accept: 'application/vnd.github+json', authorization: `Bearer ${authorization}`, 'x-github-api-version': GITHUB_API_VERSION, 'user-agent': 'secret-hygiene' };
}

export interface InstallationTokenRequest {
  method: 'POST';
  path: string;
  body: { permissions: Record<string, string>; repositories?: string[] };
}

export function installationTokenRequest(reference: GitHubAppReference): InstallationTokenRequest {
  return {
    method: 'POST',
    path: `/app/installations/${reference.installationId}/access_tokens`,
    body: reference.repositories.length ? { permissions: { ...reference.permissions }, repositories: [...reference.repositories] } : { permissions: { ...reference.permissions } },
  };
}

export const REVOKE_INSTALLATION_TOKEN_PATH = '/installation/token';

/** A token could not be minted (or was minted outside the policy and revoked at once): why, never a value. */
export class GitHubAppError extends Error {
  override readonly name = 'GitHubAppError' as const;
}

export interface InstallationToken {
  token: string;
  expiresAt: string;
}

/** GitHub's own `message`, bounded: it names permissions or repositories, never our credentials. */
function githubMessage(body: string): string {
  try {
    const message = (JSON.parse(body) as { message?: unknown }).message;
    return typeof message === 'string' ? `: ${message.replace(/[\u0000-\u001f\u007f]/g, ' ').slice(0, 200)}` : '';
  } catch {
    return '';
  }
}

/**
 * Reads the answer to the token request. `maxLifetimeMinutes`: the policy's limit; a token that would
 * outlive it is reported (the caller revokes it) rather than handed to the child.
 */
export function readInstallationTokenAnswer(reference: GitHubAppReference, status: number, body: string, now: Date, maxLifetimeMinutes: number): InstallationToken {
  const where = `${reference.text}`;
  if (status === 401) throw new GitHubAppError(`${where}: GitHub rejected the App's JWT (401${githubMessage(body)}): is the private key the App's current key, APP_ID right, and this machine's clock correct?`);
  if (status === 403) throw new GitHubAppError(`${where}: GitHub refused the token (403${githubMessage(body)}): the App may lack these permissions, or be suspended or rate-limited`);
  if (status === 404) throw new GitHubAppError(`${where}: GitHub knows no installation ${reference.installationId} of App ${reference.appId} (404)`);
  if (status === 422) throw new GitHubAppError(`${where}: GitHub refused the requested permissions or repositories (422${githubMessage(body)}): ask only for what the App's installation was granted`);
  if (status >= 500) throw new GitHubAppError(`${where}: GitHub is unavailable (${status}); no token was minted, try again`);
  if (status !== 201 && status !== 200) throw new GitHubAppError(`${where}: unexpected answer from GitHub (${status}${githubMessage(body)})`);
  let parsed: { token?: unknown; expires_at?: unknown };
  try {
    parsed = JSON.parse(body) as typeof parsed;
  } catch {
    throw new GitHubAppError(`${where}: GitHub's answer is not JSON`);
  }
  if (typeof parsed.token !== 'string' || parsed.token === '' || typeof parsed.expires_at !== 'string') throw new GitHubAppError(`${where}: GitHub's answer has no token or expires_at`);
  const expires = Date.parse(parsed.expires_at);
  if (!Number.isFinite(expires)) throw new GitHubAppError(`${where}: GitHub's expires_at is not a date`);
  // A minute of grace for clock skew between this machine and GitHub.
  if (expires - now.getTime() > (maxLifetimeMinutes + 1) * 60_000) {
    throw new GitHubAppError(`${where}: the minted token would live until ${parsed.expires_at}, longer than ${maxLifetimeMinutes} minutes; it was revoked`);
  }
  return { token: parsed.token, expiresAt: new Date(expires).toISOString() };
}
