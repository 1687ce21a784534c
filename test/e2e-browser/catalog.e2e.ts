/**
 * Issue 19: every catalog provider's consent request in real Chromium. The cases are generated from
 * core's data, not written out: for each provider, its first authorization endpoint (real hostname,
 * documented path) and its catalog's most dangerous scope. Each request is served by the loopback server
 * under the provider's real hostname; the banner must show the catalog's rating for that scope and the
 * overall risk core computes. One browser, one page, one navigation per provider.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { authorizationEndpoints, parseAuthorizationRequest, scopeCatalogs, scopeRiskRank, type ScopeEntry, type ScopeRisk } from '@secret-hygiene/core';
import { launchChromium, type ChromiumSession } from './support/chromium.js';
import { startServer, type E2EServer } from './support/server.js';
import { selfSignedCertificate } from './support/tls.js';

const EXTENSION_DIR = process.env.SH_E2E_EXTENSION_DIR ?? join(process.cwd(), 'extension-browser/dist/chrome');
const PKCE = 'code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256';

interface CatalogCase {
  provider: string;
  host: string;
  url: string;
  entry: ScopeEntry;
  risk: ScopeRisk;
  providerName: string;
}

/** The catalog's most dangerous scope that grants access (refresh-token markers are rated through the flow). */
function worstEntry(entries: readonly ScopeEntry[]): ScopeEntry {
  return entries.filter((e) => !e.longLived).reduce((worst, e) => (scopeRiskRank(e.risk) > scopeRiskRank(worst.risk) ? e : worst));
}

function catalogCases(): CatalogCase[] {
  return scopeCatalogs
    .filter((catalog) => catalog.provider !== 'oidc')
    .map((catalog) => {
      const endpoint = authorizationEndpoints.find((e) => e.provider === catalog.provider && (e.kind ?? 'oauth') === 'oauth');
      assert.ok(endpoint, `${catalog.provider} has an authorization endpoint`);
      const host = endpoint.hosts[0]!.replace(/^\*\./, 'e2e-tenant.');
      const entry = worstEntry(catalog.scopes);
      const query = new URLSearchParams({
        [endpoint.clientIdParam ?? 'client_id']: `e2e-${catalog.provider}`,
        response_type: 'code',
        redirect_uri: 'https://app.example.com/cb',
        state: `e2e-state-${catalog.provider}`,
        scope: entry.scope,
      });
      const url = `https://${host}${endpoint.example}?${query}&${PKCE}`;
      const request = parseAuthorizationRequest(url);
      assert.ok(request, `core recognises ${url}`);
      assert.equal(request.provider, catalog.provider, url);
      return { provider: catalog.provider, host, url, entry, risk: request.risk, providerName: request.providerName };
    });
}

const CASES = catalogCases();
const banner = (page: Page) => page.locator('secret-hygiene-banner section.banner');

describe('every catalog provider’s consent request in real Chromium', function () {
  this.timeout(300_000);
  let tmp: string;
  let server: E2EServer;
  let session: ChromiumSession;
  let page: Page;

  before(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'sh-e2e-catalog-'));
    const hosts = [...new Set(CASES.map((c) => c.host))];
    server = await startServer(selfSignedCertificate(tmp, hosts));
    session = await launchChromium(EXTENSION_DIR, hosts, server.port);
    page = await session.context.newPage();
  });
  after(async () => {
    await session?.close();
    await server?.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  it(`covers every provider in the catalog (${CASES.length})`, () => {
    assert.ok(CASES.length >= 45, `${CASES.length} providers`);
    assert.equal(new Set(CASES.map((c) => c.provider)).size, CASES.length);
  });

  for (const c of CASES) {
    it(`${c.provider}: ${c.host} shows the banner, ${c.entry.scope} rated ${c.entry.risk}, overall ${c.risk}`, async () => {
      // The catalog's rating is the request's rating: PKCE, state and an https redirect add nothing worse.
      assert.ok(scopeRiskRank(c.risk) >= scopeRiskRank(c.entry.risk), `core rates ${c.risk}, below the scope's ${c.entry.risk}`);
      await page.goto(c.url, { waitUntil: 'domcontentloaded', timeout: 15_000 });
      const shown = banner(page);
      await shown.waitFor({ timeout: 10_000 });
      assert.equal(await shown.getAttribute('data-risk'), c.risk, 'banner risk');
      const title = (await shown.locator('h2').textContent()) ?? '';
      assert.ok(title.includes(c.providerName), `banner names ${c.providerName}: ${title}`);
      const chips = await shown.locator('li.chip').evaluateAll((items) => items.map((li) => [(li as HTMLElement).dataset.scope, (li as HTMLElement).dataset.risk]));
      assert.deepEqual(chips, [[c.entry.scope, c.entry.risk]], 'one chip: the scope and its catalog risk');
      assert.ok(server.requests.some((r) => r.host === c.host), `${c.host} reached the loopback server`);
    });
  }
});
