/**
 * The grants audits' API hosts are optional host permissions: the audit page asks for the chosen
 * provider's origin when the user runs it. The request must be made while the click is being handled
 * (Chrome: https://developer.chrome.com/docs/extensions/reference/api/permissions#method-request; Firefox
 * only honours it synchronously inside a user-input handler:
 * https://developer.mozilla.org/en-US/docs/Mozilla/Add-ons/WebExtensions/API/permissions/request), so
 * `requestApiAccess` starts the browser's request before any await. Asking for an origin already granted
 * answers true without a prompt; an origin the manifest does not list as optional (slack.com, already
 * required as an authorization host) is not asked for.
 */
import { GRANTS_API_ORIGIN, type GrantsProvider } from './report.js';

/** The slice of `browser.permissions` / `browser.runtime` this needs (tests pass a fake). */
export interface PermissionApi {
  request(permissions: { origins: string[] }): Promise<boolean>;
  optionalOrigins(): readonly string[];
}

/** The user declined the API host: nothing was sent. */
export class ApiAccessRefusedError extends Error {
  override readonly name = 'ApiAccessRefusedError' as const;
  constructor(readonly host: string, readonly api: string) {
    super(
      `Secret Hygiene was not allowed to reach ${host}, so nothing was sent and your token was not used. The ${api} audit calls that one host, with your token, when you run it; run the audit again and choose “Allow” to grant it (you can withdraw it later in the browser’s extension settings).`,
    );
  }
}

const API_NAMES: Record<GrantsProvider, string> = { microsoft: 'Microsoft Graph', google: 'Google tokeninfo', slack: 'Slack Web API', atlassian: 'Atlassian API' };

export function apiHost(provider: GrantsProvider): string {
  return new URL(GRANTS_API_ORIGIN[provider].replace(/\*$/, '')).host;
}

/**
 * Starts the permission request synchronously (call it first thing in the submit handler) and resolves
 * once the user answered; rejects with ApiAccessRefusedError when they declined.
 */
export function requestApiAccess(provider: GrantsProvider, api: PermissionApi): Promise<void> {
  const origin = GRANTS_API_ORIGIN[provider];
  if (!api.optionalOrigins().includes(origin)) return Promise.resolve();
  const asked = api.request({ origins: [origin] });
  return asked.then((granted) => {
    if (!granted) throw new ApiAccessRefusedError(apiHost(provider), API_NAMES[provider]);
  });
}
