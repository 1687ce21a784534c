/**
 * The one manifest source for both builds. Least privilege: host access only to the providers'
 * authorization hosts (core's endpoint list) and api.github.com; any other host only through the
 * optional permission the user grants for generic OAuth detection. No remote code, default CSP.
 */
import { authorizationHosts } from './core-api.js';
import { GRANTS_API_ORIGINS } from './grants/report.js';

export type BrowserTarget = 'chrome' | 'firefox';

/** Pinned public key: the Chrome extension id stays gpfbjfafdoddkdhnllnigeienmodmdkf wherever it is loaded from. */
export const CHROME_PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAyTkyAzR5PuCL2Cc+IcR2OkBPOAF1sLZFZ0oGCOgaC0dneohrXyNR1mXrxGNA7GdUdP8FrGnKtTV6Kr76l0DZNgkoLFXmf5EKii8D9M7jUX3+ZWw20GIWsjv6EcBCzYirBCKCaLUQJsUCx4eZ8dacUOjoKNVD8cBvsrQlLRlwxtpeKHHIiKP7gQm4duY6hpDt9nmp2D37whbms6ywqhBMojX410zMDDQ0KagialrrsX5ghWGcTqWRyE0vvTpVAGSU6bNqsHo9U95hZzEasTsO1slURim+OYl0MoP10nkv8He65WUwSrJqIhkWwOpicqIlyxh4ipkc0QbdK2PRJDLuvwIDAQAB';
export const CHROME_EXTENSION_ID = 'gpfbjfafdoddkdhnllnigeienmodmdkf';
export const GECKO_ID = 'secret-hygiene@secret-hygiene.dev';

export const GITHUB_API_ORIGIN = 'https://api.github.com/*';
/** The connector audit's APIs (Microsoft Graph, Google tokeninfo, Slack Web API, Atlassian): called only when the user runs it. */
export const AUDIT_API_ORIGINS: readonly string[] = [GITHUB_API_ORIGIN, ...GRANTS_API_ORIGINS];
export const GENERIC_HOST_PERMISSION = 'https://*/*';
export const MANAGED_SCHEMA_FILE = 'managed-schema.json';
export const ICON_SIZES = [16, 32, 48, 128] as const;

/** `https://host/*` match patterns; `*.example.com` already matches example.com itself. */
export function authorizationMatchPatterns(hosts: readonly string[] = authorizationHosts): string[] {
  const wildcard = new Set(hosts.filter((h) => h.startsWith('*.')).map((h) => h.slice(2)));
  return [...new Set(hosts.filter((h) => !wildcard.has(h)).map((h) => `https://${h}/*`))].sort();
}

export function extensionManifest(target: BrowserTarget, version: string): Record<string, unknown> {
  const consentHosts = authorizationMatchPatterns();
  const icons = Object.fromEntries(ICON_SIZES.map((size) => [String(size), `icons/icon-${size}.png`]));
  const manifest: Record<string, unknown> = {
    manifest_version: 3,
    name: 'Secret Hygiene',
    short_name: 'Secret Hygiene',
    version,
    description: 'Rates every scope an app asks for on OAuth consent screens before you click Allow, enforces your organisation’s policy, and audits GitHub connectors.',
    icons,
    permissions: ['storage', 'webNavigation', 'webRequest', 'alarms', 'scripting'],
    host_permissions: [...new Set([...consentHosts, ...AUDIT_API_ORIGINS])],
    optional_host_permissions: [GENERIC_HOST_PERMISSION],
    background: target === 'chrome' ? { service_worker: 'background.js' } : { scripts: ['background.js'] },
    content_scripts: [{ matches: consentHosts, js: ['content.js'], run_at: 'document_end', all_frames: false }],
    action: { default_title: 'Secret Hygiene', default_popup: 'popup.html', default_icon: icons },
    options_ui: { page: 'options.html', open_in_tab: true },
  };
  if (target === 'chrome') {
    manifest.key = CHROME_PUBLIC_KEY;
    manifest.minimum_chrome_version = '120';
    manifest.storage = { managed_schema: MANAGED_SCHEMA_FILE };
  } else {
    manifest.browser_specific_settings = {
      gecko: { id: GECKO_ID, strict_min_version: '142.0', data_collection_permissions: { required: ['none'] } },
    };
  }
  return manifest;
}
