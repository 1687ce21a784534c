/**
 * The one way to point verification at another base URL: the environment variable
 * SECRET_HYGIENE_API_BASE, a JSON object mapping provider id to a loopback base URL
 * (`{"github":"http://127.0.0.1:8123"}`), for tests against emulators. Never read from a file, a policy
 * or a workspace (the host passes the variable's string in). Anything that is not a loopback http(s)
 * URL is ignored with a notice, so a hostile environment cannot send tokens to another machine.
 */

import { stripTrailing } from '../engine/trim.js';

/** Hosts a base URL may name: the IPv4 and IPv6 loopback addresses and `localhost`. */
const LOOPBACK_HOSTS = new Set(['127.0.0.1', '[::1]', 'localhost']);

export const API_BASE_VARIABLE = 'SECRET_HYGIENE_API_BASE';

export interface ApiBaseOverrides {
  /** Provider id → base URL (origin plus an optional path prefix, no trailing slash). */
  bases: Record<string, string>;
  /** What was ignored and why (never a secret: the variable holds URLs, and only their shape is described). */
  notices: string[];
}

/**
 * Parses the variable's value. `knownIds`: the providers that can be verified (an unknown id is
 * ignored with a notice, as a typo would otherwise silently reach the real API).
 */
export function parseApiBaseOverrides(value: string | undefined, knownIds?: readonly string[]): ApiBaseOverrides {
  const result: ApiBaseOverrides = { bases: {}, notices: [] };
  if (value === undefined || value.trim() === '') return result;
  const ignored = (why: string) => result.notices.push(`${API_BASE_VARIABLE}: ${why}; ignored`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    ignored('not valid JSON (expected an object like {"github":"http://127.0.0.1:8123"})');
    return result;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    ignored('expected a JSON object mapping provider id to a loopback base URL');
    return result;
  }
  const known = knownIds ? new Set(knownIds) : undefined;
  for (const [id, base] of Object.entries(parsed)) {
    const name = JSON.stringify(id.slice(0, 40));
    if (known && !known.has(id)) {
      ignored(`${name} is not a provider that can be verified (known: ${[...known].sort().join(', ')})`);
      continue;
    }
    const checked = loopbackBase(base);
    if (typeof checked === 'string' && checked.startsWith('/')) ignored(`${name}: ${checked.slice(1)}`);
    else if (checked) result.bases[id] = checked;
  }
  return result;
}

/** The normalised base URL, or `/reason` when it is refused. */
function loopbackBase(base: unknown): string {
  if (typeof base !== 'string') return '/expected a URL string';
  let url: URL;
  try {
    url = new URL(base);
  } catch {
    return '/not a URL';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return `/only http:// or https:// is accepted, not ${url.protocol}`;
  // The WHATWG parser has already resolved tricks like `http://127.0.0.1@evil.example` (host evil.example).
  if (!LOOPBACK_HOSTS.has(url.hostname)) return '/only loopback addresses are accepted (127.0.0.1, [::1], localhost)';
  if (url.username || url.password) return '/credentials in the URL are not accepted';
  if (url.search || url.hash) return '/a query or fragment is not accepted';
  return `${url.origin}${stripTrailing(url.pathname, '/')}`;
}
