/**
 * Mints and revokes GitHub App installation tokens (the pure request/answer logic is in core's
 * broker/github-app.ts): signs the App JWT with node:crypto (RS256) and calls the REST API, at
 * api.github.com or a loopback emulator named in SECRET_HYGIENE_API_BASE.
 */
import { createPrivateKey, sign, type KeyObject } from 'node:crypto';
import {
  GitHubAppError,
  githubAppJwtClaims,
  githubHeaders,
  installationTokenRequest,
  jwtSigningInput,
  readInstallationTokenAnswer,
  REVOKE_INSTALLATION_TOKEN_PATH,
  type GitHubAppReference,
} from '@secret-hygiene/core';
import type { Resolved } from './resolvers.js';

export interface GitHubAppClientOptions {
  /** `https://api.github.com`, or a loopback emulator. */
  apiBase: string;
  maxLifetimeMinutes: number;
  now?: () => Date;
  timeoutMs?: number;
}

function appKey(reference: GitHubAppReference, pem: string): KeyObject {
  let key: KeyObject;
  try {
    key = createPrivateKey(pem);
  } catch {
    // Never the key's text, nor the parser's message (it may quote it).
    throw new GitHubAppError(`${reference.text}: the App key at ${reference.key.text} is not a PEM private key (download one from the App's settings, then: secret-hygiene store put ${reference.key.text} < app.private-key.pem)`);
  }
  if (key.asymmetricKeyType !== 'rsa') throw new GitHubAppError(`${reference.text}: the App key at ${reference.key.text} is a ${key.asymmetricKeyType} key; GitHub App keys are RSA (RS256)`);
  return key;
}

export function signAppJwt(reference: GitHubAppReference, pem: string, now: Date): string {
  const input = jwtSigningInput(githubAppJwtClaims(reference.appId, Math.floor(now.getTime() / 1000)));
  const signature = sign('RSA-SHA256', Buffer.from(input), appKey(reference, pem)).toString('base64url');
  return `${input}.${signature}`;
}

async function call(url: string, init: RequestInit, reference: GitHubAppReference, timeoutMs: number): Promise<Response> {
  try {
    return await fetch(url, { ...init, redirect: 'error', signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    const why = (error as Error).name === 'TimeoutError' ? `no answer within ${timeoutMs / 1000} s` : 'network error';
    throw new GitHubAppError(`${reference.text}: could not reach ${new URL(url).origin} (${why})`);
  }
}

export async function mintInstallationToken(reference: GitHubAppReference, pem: string, options: GitHubAppClientOptions): Promise<Resolved> {
  const now = options.now?.() ?? new Date();
  const timeoutMs = options.timeoutMs ?? 15_000;
  const jwt = signAppJwt(reference, pem, now);
  const request = installationTokenRequest(reference);
  const response = await call(
    `${options.apiBase}${request.path}`,
    { method: request.method, headers: { ...githubHeaders(jwt), 'content-type': 'application/json' }, body: JSON.stringify(request.body) },
    reference,
    timeoutMs,
  );
  const body = await response.text();
  const revoke = async (token: string): Promise<void> => {
    const answer = await call(`${options.apiBase}${REVOKE_INSTALLATION_TOKEN_PATH}`, { method: 'DELETE', headers: githubHeaders(token) }, reference, timeoutMs);
    await answer.arrayBuffer();
    if (answer.status !== 204) throw new GitHubAppError(`${reference.text}: GitHub did not confirm the revocation (${answer.status}); the token still expires on its own within the hour`);
  };
  let minted;
  try {
    minted = readInstallationTokenAnswer(reference, response.status, body, now, options.maxLifetimeMinutes);
  } catch (error) {
    // A token minted outside the policy's lifetime is revoked before the error is reported.
    const token = response.ok ? tokenIn(body) : undefined;
    if (token) await revoke(token).catch(() => undefined);
    throw error;
  }
  return { value: minted.token, expiresAt: minted.expiresAt, revoke: () => revoke(minted.token) };
}

function tokenIn(body: string): string | undefined {
  try {
    const token = (JSON.parse(body) as { token?: unknown }).token;
    return typeof token === 'string' && token ? token : undefined;
  } catch {
    return undefined;
  }
}
