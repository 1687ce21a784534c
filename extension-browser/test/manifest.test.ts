import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { authorizationEndpoints, authorizationHosts } from '@secret-hygiene/core';
import { consentPageShapes } from '../src/consent-page/shapes/index.js';
import { GRANTS_API_ORIGINS } from '../src/grants/report.js';
import { AUDIT_API_ORIGINS, authorizationMatchPatterns, CHROME_EXTENSION_ID, CHROME_PUBLIC_KEY, contentScriptHosts, contentScriptMatches, extensionManifest, GECKO_ID } from '../src/manifest.js';
import { anyPatternMatches, matchesPattern, pathGlobs } from '../src/match-patterns.js';
import { requestApiAccess, type PermissionApi } from '../src/grants/api-permission.js';

/** A URL on every host pattern of an endpoint (`*.x` as a tenant subdomain), at its documented example path. */
function exampleUrls(): URL[] {
  return authorizationEndpoints.flatMap((e) => e.hosts.map((h) => new URL(`https://${h.replace(/^\*\./, 'tenant.')}${e.example}?client_id=x&scope=y`)));
}

describe('extension manifest', () => {
  const chrome = extensionManifest('chrome', '1.2.3');
  const firefox = extensionManifest('firefox', '1.2.3');

  it('host access: origins of the authorization hosts and api.github.com, nothing broader', () => {
    const hosts = chrome.host_permissions as string[];
    assert.ok(hosts.includes('https://api.github.com/*'), 'existing installs granted it: it stays required');
    assert.ok(hosts.includes('https://accounts.google.com/*') && hosts.includes('https://*.okta.com/*'));
    // Chrome ignores a host permission's path; the worker needs the origins for webRequest (server redirects
    // through an authorization URL) and for injecting the content script into later pages of a sign-in.
    for (const host of hosts) assert.match(host, /^https:\/\/(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)+\/\*$/, host);
    assert.ok(!hosts.some((h) => h.includes('<all_urls>') || h.startsWith('https://*/') || h.startsWith('http://')));
    assert.deepEqual(AUDIT_API_ORIGINS, ['https://api.github.com/*']);
    assert.equal(hosts.length, new Set([...authorizationMatchPatterns(), ...AUDIT_API_ORIGINS]).size);
  });

  it('the grants audits’ APIs are optional (an update adds no warning); slack.com is already an authorization host', () => {
    for (const manifest of [chrome, firefox]) {
      const required = manifest.host_permissions as string[];
      const optional = manifest.optional_host_permissions as string[];
      assert.deepEqual(optional, ['https://*/*', 'https://graph.microsoft.com/*', 'https://oauth2.googleapis.com/*', 'https://api.atlassian.com/*']);
      for (const origin of GRANTS_API_ORIGINS) assert.ok(!required.includes(origin), `${origin} is not required`);
      assert.ok(required.includes('https://*.slack.com/*'), 'the Slack audit reaches slack.com/api through the authorization host');
    }
  });

  it('every provider host is covered (a wildcard covers its bare domain)', () => {
    const patterns = authorizationMatchPatterns();
    for (const host of authorizationHosts) {
      const bare = host.replace(/^\*\./, '');
      assert.ok(patterns.includes(`https://${host}/*`) || patterns.includes(`https://*.${bare}/*`), host);
    }
  });

  it('content script: only authorization and consent-page paths, never a whole consumer site', () => {
    const matches = (chrome.content_scripts as { matches: string[] }[])[0]!.matches;
    assert.deepEqual(matches, contentScriptMatches());
    assert.deepEqual((firefox.content_scripts as { matches: string[] }[])[0]!.matches, matches);
    for (const host of ['www.facebook.com', 'facebook.com', 'x.com', 'twitter.com', 'www.reddit.com', 'www.amazon.com', 'www.linkedin.com', '*.slack.com', 'www.dropbox.com', 'www.paypal.com', 'www.tiktok.com', 'www.pinterest.com', 'github.com', 'accounts.google.com']) {
      assert.ok(!matches.includes(`https://${host}/*`), `no https://${host}/*`);
      assert.ok(matches.some((m) => m.startsWith(`https://${host}/`)), `${host} has its authorization path`);
    }
    assert.deepEqual(contentScriptHosts().filter((h) => h.hostLevel), [], 'every path of the table is expressible today');
    assert.ok(matches.includes('https://www.facebook.com/v*.*/dialog/oauth*'), 'derived from the regex, version as a wildcard');
    assert.ok(matches.includes('https://*.slack.com/oauth/v2/authorize*'));
    const consumer = ['https://www.facebook.com/', 'https://www.facebook.com/marketplace', 'https://x.com/home', 'https://www.amazon.com/dp/B000', 'https://www.reddit.com/r/all', 'https://www.linkedin.com/feed/', 'https://app.slack.com/client/T1'];
    for (const url of consumer) assert.ok(!anyPatternMatches(new URL(url), matches), `not on ${url}`);
  });

  it('content script: every documented authorization URL, and the consent pages a provider moves to, are matched', () => {
    const matches = contentScriptMatches();
    for (const url of exampleUrls()) assert.ok(anyPatternMatches(url, matches), url.href);
    const flowPages = [
      'https://accounts.google.com/signin/oauth/consent?authuser=0&part=AJi8hAM',
      'https://accounts.google.com/o/oauth2/auth/oauthchooseaccount?client_id=x',
      'https://login.microsoftonline.com/common/login',
      'https://login.microsoftonline.com/contoso.onmicrosoft.com/v2.0/adminconsent?client_id=x',
      'https://login.microsoftonline.com/common/reprocess?ctx=x',
      'https://github.com/login/device',
    ];
    for (const url of flowPages) assert.ok(anyPatternMatches(new URL(url), matches), url);
    // Each consent-page shape's paths are in, on its provider's hosts.
    for (const shape of consentPageShapes) assert.ok(contentScriptHosts().some((h) => authorizationEndpoints.some((e) => e.provider === shape.provider && e.hosts.includes(h.host))));
  });

  it('path globs: derived from the endpoint regexes, at least as wide, refused outside the subset', () => {
    assert.deepEqual(pathGlobs(/^\/o\/oauth2\/(?:v2\/)?auth(?:\/oauthchooseaccount)?\/?$/), ['/o/oauth2/auth*', '/o/oauth2/v2/auth*']);
    assert.deepEqual(pathGlobs(/^\/[^/]+\/oauth2\/(?:v2\.0\/)?authorize\/?$/), ['/*/oauth2/authorize*', '/*/oauth2/v2.0/authorize*']);
    assert.deepEqual(pathGlobs(/^\/(?:[a-z]{2}(?:-[A-Za-z]{2,4})?\/)?authorize\/?$/), ['/*/authorize*', '/authorize*']);
    assert.deepEqual(pathGlobs(/^\/apps\/[A-Za-z0-9-]+\/installations\/(?:new|select_target)\/?$/), ['/apps/*/installations/new*', '/apps/*/installations/select_target*']);
    assert.equal(pathGlobs(/^\/(?!admin)[a-z]+$/), undefined, 'a lookahead is not a match pattern');
    assert.equal(pathGlobs(/^\/(a)\/b$/), undefined, 'capturing groups are outside the subset');
    assert.equal(pathGlobs(/\/oauth\/authorize$/), undefined, 'an unanchored regex has no safe glob');
    // Every glob matches what its regex matches, on the documented examples.
    for (const e of authorizationEndpoints) {
      for (const path of e.paths) {
        const globs = pathGlobs(path)!;
        if (path.test(e.example)) assert.ok(globs.some((g) => matchesPattern(new URL(`https://h.example${e.example}?q=1`), `https://h.example${g}`)), `${path} ${e.example}`);
      }
    }
  });

  it('an endpoint path outside the subset keeps its host at host level, and says why', () => {
    const hosts = contentScriptHosts([{ provider: 'github', name: 'X', hosts: ['odd.example'], paths: [/^\/(?!x)y$/], example: '/y' }], []);
    assert.deepEqual(hosts.map((h) => [h.host, h.paths, Boolean(h.hostLevel)]), [['odd.example', ['/*'], true]]);
  });

  it('match patterns: scheme, wildcard host covering its bare domain, path with its query', () => {
    assert.ok(matchesPattern(new URL('https://slack.com/oauth/v2/authorize?x=1'), 'https://*.slack.com/oauth/v2/authorize*'));
    assert.ok(matchesPattern(new URL('https://acme.slack.com/oauth/v2/authorize'), 'https://*.slack.com/oauth/v2/authorize*'));
    assert.ok(!matchesPattern(new URL('https://evilslack.com/oauth/v2/authorize'), 'https://*.slack.com/oauth/v2/authorize*'));
    assert.ok(!matchesPattern(new URL('http://slack.com/oauth/v2/authorize'), 'https://*.slack.com/*'));
    assert.ok(!matchesPattern(new URL('https://slack.com/oauthx/v2/authorize'), 'https://*.slack.com/oauth/v2/authorize*'));
  });

  it('no remote code and the default CSP', () => {
    for (const manifest of [chrome, firefox]) {
      assert.equal(manifest.content_security_policy, undefined);
      assert.equal(manifest.manifest_version, 3);
      assert.ok(!JSON.stringify(manifest).match(/https?:\/\/[^"]*\.js/), 'no script URLs');
    }
  });

  it('Chrome: service worker, managed_schema and the pinned key whose id is CHROME_EXTENSION_ID', () => {
    assert.deepEqual(chrome.background, { service_worker: 'background.js' });
    assert.deepEqual(chrome.storage, { managed_schema: 'managed-schema.json' });
    const digest = createHash('sha256').update(Buffer.from(CHROME_PUBLIC_KEY, 'base64')).digest('hex').slice(0, 32);
    assert.equal([...digest].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join(''), CHROME_EXTENSION_ID);
  });

  it('Firefox: background scripts and a gecko id, no Chrome-only keys', () => {
    assert.deepEqual(firefox.background, { scripts: ['background.js'] });
    assert.equal((firefox.browser_specific_settings as { gecko: { id: string } }).gecko.id, GECKO_ID);
    assert.equal(firefox.key, undefined);
    assert.equal(firefox.storage, undefined);
  });

  it('permissions are the ones the features need', () => {
    assert.deepEqual(chrome.permissions, ['storage', 'webNavigation', 'webRequest', 'alarms', 'scripting']);
    assert.deepEqual(chrome.permissions, firefox.permissions);
  });
});

describe('grants audit: asking for the API host', () => {
  const optional = extensionManifest('chrome', '1.2.3').optional_host_permissions as string[];
  function fakeApi(answer: boolean): PermissionApi & { asked: string[][] } {
    const asked: string[][] = [];
    return { asked, optionalOrigins: () => optional, request: async ({ origins }) => (asked.push(origins), answer) };
  }

  it('asks for the chosen provider’s origin only, and goes on when granted', async () => {
    const api = fakeApi(true);
    await requestApiAccess('microsoft', api);
    assert.deepEqual(api.asked, [['https://graph.microsoft.com/*']]);
  });

  it('a refusal is a clear error naming the host; nothing else is asked', async () => {
    const api = fakeApi(false);
    await assert.rejects(requestApiAccess('atlassian', api), (e: Error) => e.name === 'ApiAccessRefusedError' && /not allowed to reach api\.atlassian\.com, so nothing was sent/.test(e.message) && /choose “Allow”/.test(e.message));
    assert.deepEqual(api.asked, [['https://api.atlassian.com/*']]);
  });

  it('Slack is not asked for: slack.com is already required as an authorization host', async () => {
    const api = fakeApi(false);
    await requestApiAccess('slack', api);
    assert.deepEqual(api.asked, []);
  });
});
