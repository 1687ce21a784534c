/**
 * Classifying one top-frame navigation: is it an authorization request, how risky, and what does the
 * policy say. Pure and synchronous: the service worker calls it on every main-frame request it sees.
 */
import { oauthVerdict, parseAuthorizationRequest, type AuthorizationRequest, type OAuthVerdict, type ResolvedPolicy } from '../core-api.js';
import type { AuthorizationRecord } from './record.js';
import { isOversizedUrl, oversizedRequest } from './scan-budget.js';

export interface ClassifyOptions {
  /** Generic OAuth/OIDC detection on any host (the user granted the optional permission and turned it on). */
  genericDetection: boolean;
}

export interface Classified {
  request: AuthorizationRequest;
  url: URL;
  verdict: OAuthVerdict;
}

/** Cheap gate before URL parsing: every authorization request we recognise carries one of these. */
const HINT = /[?&](?:client_id|scope|response_type)=|\/apps\/[^/]+\/installations\//;

export function classifyNavigation(url: string, policy: ResolvedPolicy, options: ClassifyOptions): Classified | undefined {
  if (!HINT.test(url)) return undefined;
  if (isOversizedUrl(url)) {
    // Too long to rate (scan-budget.ts), but never silently ignored on a known endpoint.
    const oversized = oversizedRequest(url);
    return oversized && { ...oversized, verdict: verdictFor(oversized.request, policy) };
  }
  const request = parseAuthorizationRequest(url);
  if (!request) return undefined;
  if (request.provider === 'oidc' && !options.genericDetection) return undefined;
  return { request, url: new URL(url), verdict: verdictFor(request, policy) };
}

export function verdictFor(request: Pick<AuthorizationRequest, 'provider' | 'clientId' | 'scopes' | 'risk'>, policy: ResolvedPolicy): OAuthVerdict {
  const facts = { provider: request.provider, scopes: request.scopes, risk: request.risk, ...(request.clientId ? { clientId: request.clientId } : {}) };
  return oauthVerdict(policy.policy, facts, policy.provenance);
}

/** The record's verdict under another policy (a live policy change). */
export function reevaluate(record: AuthorizationRecord, policy: ResolvedPolicy): OAuthVerdict {
  return verdictFor(record, policy);
}
