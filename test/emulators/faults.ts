/**
 * What an emulated credential does besides answering: be rate limited (429 with Retry-After, the first
 * `times` requests), fail (5xx), answer slowly (the client's timeout), or redirect (never followed).
 * Emulators of every provider share it; a request that breaks the real API's rules is answered 400 and
 * recorded in `problems`, so a test can assert that nothing the client sent would have been refused.
 */
import type { EmulatedReply, EmulatedRequest } from './loopback-server.js';

export type Fault =
  | { kind: 'rate-limited'; retryAfterSeconds: number; times?: number }
  | { kind: 'server-error'; status?: number }
  | { kind: 'slow'; delayMs: number }
  | { kind: 'redirect'; location: string };

/** The state every emulated credential shares. */
export interface EmulatedCredential {
  fault?: Fault;
}

/** The reply a fault forces, or undefined when the request should be answered normally. */
export function faultReply(credential: EmulatedCredential | undefined, rateLimitBody: unknown = { message: 'rate limited' }): EmulatedReply | undefined {
  const fault = credential?.fault;
  if (!fault) return undefined;
  switch (fault.kind) {
    case 'rate-limited':
      if (fault.times !== undefined) {
        if (fault.times <= 0) return undefined;
        fault.times--;
      }
      return { status: 429, headers: { 'retry-after': String(fault.retryAfterSeconds) }, body: rateLimitBody };
    case 'server-error':
      return { status: fault.status ?? 503, body: { message: 'service unavailable' } };
    case 'slow':
      return { status: 200, body: {}, delayMs: fault.delayMs };
    case 'redirect':
      return { status: 302, headers: { location: fault.location }, body: '' };
  }
}

/** Requests that the real API would have refused, described (shared by all emulators of a test). */
export const problems: string[] = [];

/** 400 and a recorded problem, when `why` is set. */
export function refuse(request: EmulatedRequest, why: string | undefined): EmulatedReply | undefined {
  if (!why) return undefined;
  problems.push(`${request.method} ${request.url.split('?')[0]}: ${why}`);
  return { status: 400, body: { message: `emulator: the real API would refuse this request: ${why}` } };
}

/** The first failed expectation among `checks` (name → ok?). */
export function firstFailure(checks: Record<string, boolean>): string | undefined {
  for (const [name, ok] of Object.entries(checks)) if (!ok) return name;
  return undefined;
}

/** Path without the query, and the query's parameters. */
export function splitUrl(url: string): { path: string; query: URLSearchParams } {
  const at = url.indexOf('?');
  return at === -1 ? { path: url, query: new URLSearchParams() } : { path: url.slice(0, at), query: new URLSearchParams(url.slice(at + 1)) };
}
