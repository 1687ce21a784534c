/**
 * How a host sends a check's requests. Only the Node extension host has one (node-transport.ts, the
 * CLI's node:https ApiCall); the web host has none, and says why (check-model.ts WEB_HOST_REASON).
 */
import type { ApiCall, VerifierSpec } from '@secret-hygiene/core';

export interface TokenCheckTransport {
  /** SECRET_HYGIENE_API_BASE as the extension host's process environment had it at activation (tests only). */
  apiBase: string | undefined;
  /** One provider's calls: its official hosts only, or `base` (a loopback test server) instead. */
  callFor(spec: VerifierSpec, base: string | undefined): ApiCall;
}
