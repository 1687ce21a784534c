/**
 * Shared readings of provider replies, so every spec maps the same HTTP facts the same way: 429 and 5xx
 * are `unknown` (the provider did not say), a body that is not the documented JSON is `unknown` too.
 * Never echoes a reply body into an error (a provider could quote the credential back).
 */
import type { ApiResponse, Verification } from './types.js';

export type VerifyAnswer = Omit<Verification, 'checkedAt'>;

/** The body as JSON, or undefined when it is not JSON. */
export function jsonBody(response: ApiResponse): unknown {
  try {
    return JSON.parse(response.body);
  } catch {
    return undefined;
  }
}

/** A JSON object body, or undefined. */
export function objectBody(response: ApiResponse): Record<string, unknown> | undefined {
  const body = jsonBody(response);
  return typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : undefined;
}

export function stringField(value: unknown, key: string): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const field = (value as Record<string, unknown>)[key];
  return typeof field === 'string' && field !== '' ? field : typeof field === 'number' ? String(field) : undefined;
}

/** `unknown` for a reply that says nothing about the credential: rate limited, server error, anything unexpected. */
export function unknownAnswer(response: ApiResponse, provider: string): VerifyAnswer {
  if (response.status === 429) {
    const wait = response.headers['retry-after'];
    return { status: 'unknown', error: `${provider} rate limit reached (HTTP 429${wait ? `, retry after ${wait.slice(0, 40)}` : ''})` };
  }
  if (response.status >= 500) return { status: 'unknown', error: `${provider} server error (HTTP ${response.status})` };
  if (response.status >= 300 && response.status < 400) return { status: 'unknown', error: `${provider} answered with a redirect (HTTP ${response.status}), which is not followed` };
  return { status: 'unknown', error: `unexpected reply from ${provider} (HTTP ${response.status})` };
}

/** `invalid`, saying what the provider answered. */
export function invalidAnswer(provider: string, response: ApiResponse, what = 'rejected the credential'): VerifyAnswer {
  return { status: 'invalid', error: `${provider} ${what} (HTTP ${response.status})` };
}

/** Space- or comma-separated scope lists (`X-OAuth-Scopes: repo, read:org`; OAuth `scope` fields) as a list. */
export function scopeList(value: string | undefined): string[] {
  return (value ?? '').split(/[\s,]+/).filter(Boolean);
}

/** ISO time `seconds` after `now`, or undefined. */
export function expiresIn(seconds: unknown, now: Date): string | undefined {
  const n = typeof seconds === 'string' ? Number(seconds) : seconds;
  return typeof n === 'number' && Number.isFinite(n) && n >= 0 ? new Date(now.getTime() + n * 1000).toISOString() : undefined;
}
