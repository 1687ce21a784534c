import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { authorizationHosts } from '@secret-hygiene/core';
import { AUDIT_API_ORIGINS, authorizationMatchPatterns, CHROME_EXTENSION_ID, CHROME_PUBLIC_KEY, extensionManifest, GECKO_ID } from '../src/manifest.js';

describe('extension manifest', () => {
  const chrome = extensionManifest('chrome', '1.2.3');
  const firefox = extensionManifest('firefox', '1.2.3');

  it('host access: the providers’ authorization hosts and api.github.com, nothing broader', () => {
    const hosts = chrome.host_permissions as string[];
    assert.ok(hosts.includes('https://api.github.com/*'));
    assert.ok(hosts.includes('https://accounts.google.com/*') && hosts.includes('https://*.okta.com/*'));
    for (const host of hosts) assert.match(host, /^https:\/\/(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)+\/\*$/, host);
    assert.ok(!hosts.some((h) => h.includes('<all_urls>') || h.startsWith('https://*/') || h.startsWith('http://')));
    assert.deepEqual(chrome.optional_host_permissions, ['https://*/*'], 'generic detection only through the optional permission');
    assert.equal(hosts.length, new Set([...authorizationMatchPatterns(), ...AUDIT_API_ORIGINS]).size);
  });

  it('every provider host is covered (a wildcard covers its bare domain)', () => {
    const patterns = authorizationMatchPatterns();
    for (const host of authorizationHosts) {
      const bare = host.replace(/^\*\./, '');
      assert.ok(patterns.includes(`https://${host}/*`) || patterns.includes(`https://*.${bare}/*`), host);
    }
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
