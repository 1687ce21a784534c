/**
 * The desktop extension host's transport: the CLI's own ApiCall (cli/src/verify/http-call.ts: the
 * spec's hosts only, no redirects, a timeout, bounded replies; headers sent as given, so the `host`
 * header AWS SigV4 signs reaches the server as signed) behind the CLI's scheduler (one request at a
 * time per provider, `Retry-After` waited out within a bound). Bundled from the CLI's sources, not copied.
 */
import type { VerifierSpec } from '@secret-hygiene/core';
import { httpCall } from '../../../cli/src/verify/http-call.js';
import { RequestScheduler } from '../../../cli/src/verify/scheduler.js';
import type { TokenCheckTransport } from './transport.js';

const TIMEOUT_MS = 10_000;

export function nodeTokenCheckTransport(userAgent: string): TokenCheckTransport {
  // One check at a time is what a user asks for; the lanes still keep a provider's requests in order.
  const scheduler = new RequestScheduler({ concurrency: 2, maxWaitMs: 10_000, retries: 2 });
  return {
    apiBase: process.env.SECRET_HYGIENE_API_BASE,
    callFor: (spec: VerifierSpec, base: string | undefined) => scheduler.forProvider(spec.id, httpCall(spec, { timeoutMs: TIMEOUT_MS, userAgent, ...(base ? { base } : {}) })),
  };
}
