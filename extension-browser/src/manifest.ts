/**
 * The one manifest source for both builds. Least privilege:
 * - the content script (banner, consent-page reading) is declared only on the providers' authorization
 *   paths and the consent-page paths that follow them, both derived from data (core's endpoint table,
 *   consent-page/shapes), never on a whole consumer site; the worker injects it into the other pages of
 *   a sign-in the tab is in the middle of (background/requests.ts);
 * - host permissions are origins (Chrome ignores their path), needed by the worker for two things only:
 *   `webRequest` events, which fire only for hosts the extension may access and are the one way to see
 *   an authorization URL a server redirect passes through
 *   (https://developer.chrome.com/docs/extensions/reference/api/webRequest), and
 *   `scripting.executeScript` into the later pages of a sign-in;
 * - api.github.com stays required (existing installs granted it); the newer grants-audit APIs and
 *   generic OAuth detection are optional permissions the user grants from the page that needs them.
 * No remote code, default CSP.
 */
import { authorizationEndpoints, authorizationHosts } from './core-api.js';
import { consentPageShapes } from './consent-page/shapes/index.js';
import { GRANTS_API_ORIGINS } from './grants/report.js';
import { matchesPattern, pathGlobs, withoutCovered } from './match-patterns.js';

type AuthorizationEndpoint = (typeof authorizationEndpoints)[number];

export type BrowserTarget = 'chrome' | 'firefox';

/** Pinned public key: the Chrome extension id stays gpfbjfafdoddkdhnllnigeienmodmdkf wherever it is loaded from. */
export const CHROME_PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAyTkyAzR5PuCL2Cc+IcR2OkBPOAF1sLZFZ0oGCOgaC0dneohrXyNR1mXrxGNA7GdUdP8FrGnKtTV6Kr76l0DZNgkoLFXmf5EKii8D9M7jUX3+ZWw20GIWsjv6EcBCzYirBCKCaLUQJsUCx4eZ8dacUOjoKNVD8cBvsrQlLRlwxtpeKHHIiKP7gQm4duY6hpDt9nmp2D37whbms6ywqhBMojX410zMDDQ0KagialrrsX5ghWGcTqWRyE0vvTpVAGSU6bNqsHo9U95hZzEasTsO1slURim+OYl0MoP10nkv8He65WUwSrJqIhkWwOpicqIlyxh4ipkc0QbdK2PRJDLuvwIDAQAB';
export const CHROME_EXTENSION_ID = 'gpfbjfafdoddkdhnllnigeienmodmdkf';
export const GECKO_ID = 'secret-hygiene@secret-hygiene.dev';

export const GITHUB_API_ORIGIN = 'https://api.github.com/*';
/** Required host access for the audits: api.github.com only (the grants audits' APIs are optional). */
export const AUDIT_API_ORIGINS: readonly string[] = [GITHUB_API_ORIGIN];
export const GENERIC_HOST_PERMISSION = 'https://*/*';
export const MANAGED_SCHEMA_FILE = 'managed-schema.json';
export const ICON_SIZES = [16, 32, 48, 128] as const;

/** `https://host/*` match patterns; `*.example.com` already matches example.com itself. */
export function authorizationMatchPatterns(hosts: readonly string[] = authorizationHosts): string[] {
  const wildcard = new Set(hosts.filter((h) => h.startsWith('*.')).map((h) => h.slice(2)));
  return [...new Set(hosts.filter((h) => !wildcard.has(h)).map((h) => `https://${h}/*`))].sort();
}

/** Hosts whose pages the content script runs on, with the path globs that say which. */
export interface ContentScriptHost {
  host: string;
  paths: string[];
  /** Set when a path of the table is not expressible as a match pattern: the whole host is matched, and this says which. */
  hostLevel?: string;
}

/** The path globs of one regex, or `/*` with the regex named (kept at host level rather than missed). */
function globsOrHost(path: RegExp, host: ContentScriptHost): string[] {
  const globs = pathGlobs(path);
  if (globs) return globs;
  host.hostLevel = `${path.source} is not expressible as a match pattern`;
  return ['/*'];
}

/**
 * Where the content script is declared, derived from two tables: core's authorization endpoints (the
 * request's own page) and the consent-page shapes (the pages a provider moves the consent to within its
 * flow, such as Google's `/signin/oauth/consent` or Microsoft's `/common/login`).
 */
export function contentScriptHosts(endpoints: readonly AuthorizationEndpoint[] = authorizationEndpoints, shapes = consentPageShapes): ContentScriptHost[] {
  const byHost = new Map<string, ContentScriptHost>();
  const add = (hostPattern: string, paths: readonly RegExp[]) => {
    const wildcard = `*.${hostPattern}`;
    const key = endpoints.some((e) => e.hosts.includes(wildcard)) ? wildcard : hostPattern; // `*.x` covers `x`
    const host = byHost.get(key) ?? { host: key, paths: [] };
    byHost.set(key, host);
    host.paths.push(...paths.flatMap((p) => globsOrHost(p, host)));
  };
  for (const endpoint of endpoints) for (const h of endpoint.hosts) add(h, endpoint.paths);
  for (const shape of shapes) {
    for (const endpoint of endpoints.filter((e) => e.provider === shape.provider && (e.kind ?? 'oauth') === 'oauth')) {
      for (const h of endpoint.hosts) add(h, shape.paths);
    }
  }
  return [...byHost.values()].map((h) => ({ ...h, paths: withoutCovered(h.paths) })).sort((a, b) => a.host.localeCompare(b.host));
}

export function contentScriptMatches(hosts: readonly ContentScriptHost[] = contentScriptHosts()): string[] {
  return hosts.flatMap((h) => h.paths.map((p) => `https://${h.host}${p}`));
}

/** The grants audits' API origins that required host access does not already cover (slack.com is an authorization host). */
export function optionalGrantsOrigins(required: readonly string[]): string[] {
  return GRANTS_API_ORIGINS.filter((origin) => !required.some((r) => matchesPattern(new URL(origin.replace('/*', '/')), r)));
}

export function extensionManifest(target: BrowserTarget, version: string): Record<string, unknown> {
  const hostPermissions = [...new Set([...authorizationMatchPatterns(), ...AUDIT_API_ORIGINS])];
  const icons = Object.fromEntries(ICON_SIZES.map((size) => [String(size), `icons/icon-${size}.png`]));
  const manifest: Record<string, unknown> = {
    manifest_version: 3,
    name: 'Secret Hygiene',
    short_name: 'Secret Hygiene',
    version,
    description: 'Rates every scope an app asks for on OAuth consent screens before you click Allow, enforces your organisation’s policy, and audits GitHub connectors.',
    icons,
    permissions: ['storage', 'webNavigation', 'webRequest', 'alarms', 'scripting'],
    host_permissions: hostPermissions,
    optional_host_permissions: [GENERIC_HOST_PERMISSION, ...optionalGrantsOrigins(hostPermissions)],
    background: target === 'chrome' ? { service_worker: 'background.js' } : { scripts: ['background.js'] },
    content_scripts: [{ matches: contentScriptMatches(), js: ['content.js'], run_at: 'document_end', all_frames: false }],
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
