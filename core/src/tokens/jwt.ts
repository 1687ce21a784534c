import type { LifetimeEvidence } from '../engine/types.js';
import { stripTrailing } from '../engine/trim.js';

/** Decodes base64url without platform APIs beyond `atob` (present in browsers and Node ≥ 16). */
export function decodeBase64Url(segment: string): string | undefined {
  try {
    const normal = segment.replace(/-/g, '+').replace(/_/g, '/');
    const padded = normal + '='.repeat((4 - (normal.length % 4)) % 4);
    const binary = atob(padded);
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Bytes of a base64/base64url segment as a Latin-1 string; undefined when not base64 at all. */
export function decodeBase64Lossy(segment: string): string | undefined {
  try {
    const normal = stripTrailing(segment.replace(/-/g, '+').replace(/_/g, '/'), '=');
    return atob(normal + '='.repeat((4 - (normal.length % 4)) % 4));
  } catch {
    return undefined;
  }
}

/**
 * Structural check for a JWT / JWS / JWE: the header is a JSON object (a token whose header does not
 * parse cannot be verified by anyone, so it is not a usable credential), and the payload is a JSON
 * object — or, for a truncated copy, at least begins like one.
 */
export function looksLikeJwt(token: string): boolean {
  const [head, body] = token.split('.');
  if (!head || !body) return false;
  const header = decodeBase64Url(head);
  if (header === undefined) return false;
  try {
    const value: unknown = JSON.parse(header);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  } catch {
    return false;
  }
  const payload = decodeBase64Url(body);
  if (payload !== undefined) {
    try {
      const value: unknown = JSON.parse(payload);
      if (typeof value === 'object' && value !== null) return assertsIdentity(value as Record<string, unknown>);
    } catch {
      /* fall through: maybe truncated */
    }
  }
  const lossy = decodeBase64Lossy(body);
  return lossy !== undefined && /^\{\s*"[\w-]{1,40}"\s*:/.test(lossy);
}

/**
 * Registered claims (RFC 7519 §4.1) and the common identity/authorization claims providers add. A token
 * whose payload carries none of them (`{"confidence":0.8}`) is signed data, not a credential.
 */
const CREDENTIAL_CLAIM =
  /^(?:iss|sub|aud|exp|nbf|iat|jti|azp|issuer|scopes?|scp|roles?|groups|permissions|policy|admin|is_?admin|email|name|(?:user|client|tenant|org|account|app|session|actor|identity|key)(?:[-_]?(?:id|name|type))?|username|preferred_username|uid|cid|sid|oid|tid|id|access_?key|token_?type|type)$/i;

function assertsIdentity(payload: Record<string, unknown>): boolean {
  return Object.keys(payload).some((claim) => CREDENTIAL_CLAIM.test(claim));
}

export interface JwtParts {
  header: Record<string, unknown>;
  payload: Record<string, unknown>;
}

export function parseJwt(token: string): JwtParts | undefined {
  const [head, body] = token.split('.');
  if (!head || !body) return undefined;
  const header = decodeBase64Url(head);
  const payload = decodeBase64Url(body);
  if (header === undefined || payload === undefined) return undefined;
  try {
    const h: unknown = JSON.parse(header);
    const p: unknown = JSON.parse(payload);
    if (typeof h !== 'object' || h === null || typeof p !== 'object' || p === null) return undefined;
    return { header: h as Record<string, unknown>, payload: p as Record<string, unknown> };
  } catch {
    return undefined;
  }
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A JWT is long-lived when it has no `exp`, or `exp` is more than 24 h after issue (or after now when
 * `iat` is absent). An expired token is reported at `low`: it no longer works, but the code path that leaked it still does.
 */
export function jwtLifetime(token: string, now: Date): LifetimeEvidence {
  const parts = parseJwt(token);
  if (!parts) return { lifetime: 'unknown' };
  const exp = parts.payload.exp;
  if (typeof exp !== 'number' || !Number.isFinite(exp)) return { lifetime: 'long-lived', note: 'no exp claim' };
  const expiresAt = new Date(exp * 1000);
  if (Number.isNaN(expiresAt.getTime())) return { lifetime: 'unknown' };
  const iso = expiresAt.toISOString();
  if (expiresAt.getTime() <= now.getTime()) return { lifetime: 'short-lived', expiresAt: iso, severity: 'low', note: 'expired' };
  const iat = typeof parts.payload.iat === 'number' ? parts.payload.iat * 1000 : now.getTime();
  const span = expiresAt.getTime() - iat;
  return { lifetime: span > DAY_MS ? 'long-lived' : 'short-lived', expiresAt: iso };
}
