/**
 * Bounds on what the extension reads from the web (issue 17, item 3: no input may make a scan run
 * long). Everything the service worker and the content script scan is synchronous and linear in its
 * input, so the budget is enforced by size: nothing above these caps is parsed. A page cannot pass
 * for harmless by being too big, though: an authorization request above the cap is still recorded,
 * with a note saying it was not rated, so the banner and the popup show it. (Page headings read for
 * the app's name have their own cap: MAX_HEADING_CHARS in app-name.ts.)
 */
import { matchAuthorizationEndpoint, parseAuthorizationRequest, type AuthorizationRequest } from '../core-api.js';

/**
 * The longest URL whose query is parsed and rated: core's own limit (MAX_URL_LENGTH in
 * core/src/oauth/authorization-request.ts, where a longer URL is "not an authorization request"),
 * longer than any real authorization request. Rating a URL of this size takes well under a
 * millisecond; browsers navigate to URLs far longer than this, so the cap alone would be a way to
 * pass unseen.
 */
export const MAX_RATED_URL_CHARS = 32_768;
/** Only the origin and path of an oversized URL are read (to recognise the endpoint). */
const MAX_ORIGIN_AND_PATH_CHARS = 2048;

export function isOversizedUrl(url: string): boolean {
  return url.length > MAX_RATED_URL_CHARS;
}

/**
 * An authorization request to a known endpoint whose URL is too long to rate: recognised from its
 * origin and path alone, rated high (nothing it asks for is known), and explained in its notes.
 * Undefined when the origin and path are not a known authorization endpoint.
 */
export function oversizedRequest(url: string): { request: AuthorizationRequest; url: URL } | undefined {
  const query = url.search(/[?#]/);
  const head = query === -1 ? url : url.slice(0, query);
  if (head.length > MAX_ORIGIN_AND_PATH_CHARS) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(head);
  } catch {
    return undefined;
  }
  const endpoint = matchAuthorizationEndpoint(parsed);
  if (!endpoint?.pathMatched) return undefined;
  const kb = Math.round(url.length / 1024);
  const request: AuthorizationRequest = {
    provider: endpoint.provider,
    providerName: endpoint.name,
    host: parsed.host,
    kind: endpoint.kind,
    scopes: [],
    longLivedSignals: [],
    flows: [],
    flowRisks: [],
    notes: [
      `Not rated: this request's URL is ${kb} KB, over the ${MAX_RATED_URL_CHARS / 1024} KB Secret Hygiene reads. Real sign-in requests are far shorter; check what the consent page asks for before you allow it.`,
    ],
    risk: 'high',
    generic: false,
  };
  return { request, url: parsed };
}

/** Whether `url` is an authorization request: rated, or recognised by its endpoint when too long to rate. */
export function isAuthorizationUrl(url: string): boolean {
  return isOversizedUrl(url) ? oversizedRequest(url) !== undefined : parseAuthorizationRequest(url) !== undefined;
}
