/**
 * Which authorization request a tab is in the middle of. Providers move the parameters off the URL
 * during sign-in (Google's `/o/oauth2/v2/auth` redirects to `/signin/...` and then `/signin/oauth/consent`
 * without the query; Microsoft posts credentials to `/common/login`), so the request seen first is kept
 * per tab and attached to later pages of the same provider until the tab leaves it or the request ages out.
 */
import { matchAuthorizationEndpoint, type OAuthProviderId } from '../core-api.js';

export interface TabRequest {
  recordId: string;
  provider: OAuthProviderId;
  /** Host of the authorization request (generic requests attach only to this exact host). */
  host: string;
  /** When the request was seen (ms since epoch). */
  at: number;
}

/** Sign-in with a password manager and a second factor fits; a consent page left open all day does not. */
export const TAB_REQUEST_TTL_MS = 15 * 60_000;

/** Whether a page the tab committed still belongs to the request the tab started. */
export function belongsToRequest(state: TabRequest, pageUrl: string, now: number): boolean {
  if (now - state.at > TAB_REQUEST_TTL_MS) return false;
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return false;
  }
  const host = url.hostname.toLowerCase();
  if (host === state.host.toLowerCase()) return true;
  if (state.provider === 'oidc') return false;
  return matchAuthorizationEndpoint(url)?.provider === state.provider;
}
