/**
 * Issue 19, items 3–5 in real Chromium: the banner reads what the consent page itself lists (Google's
 * granular boxes, Microsoft's list on a `.default` request, GitHub's authorize page with an earlier
 * grant) and compares it with the request, ignoring what the page hides; the Microsoft grants audit
 * against a Graph emulator served as graph.microsoft.com, whose host is an optional permission (asked for
 * on Run; a second browser stands for the user who accepted it); the popup's provider filter.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { eventually, launchChromium, type ChromiumSession } from './support/chromium.js';
import { CONSENT_VARIANT_CLIENTS } from './support/consent-pages.js';
import { GRAPH_HOST, GRAPH_TOKENS, graphCalls } from './support/grants-apis.js';
import { preGrantedCopy } from './support/pre-granted.js';
import { startServer, type E2EServer } from './support/server.js';
import { selfSignedCertificate } from './support/tls.js';

declare const chrome: any;

const EXTENSION_DIR = process.env.SH_E2E_EXTENSION_DIR ?? join(process.cwd(), 'extension-browser/dist/chrome');
const HOSTS = ['accounts.google.com', 'login.microsoftonline.com', 'github.com', GRAPH_HOST];
const CB = encodeURIComponent('https://app.example.com/cb');
const G = 'https://www.googleapis.com/auth/';

const GOOGLE = `https://accounts.google.com/o/oauth2/v2/auth?client_id=${CONSENT_VARIANT_CLIENTS.googleGranular}&response_type=code&redirect_uri=${CB}&scope=${encodeURIComponent(`openid email ${G}drive https://mail.google.com/`)}&state=e2e-state-granular`;
const MICROSOFT = `https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=${CONSENT_VARIANT_CLIENTS.microsoftDefault}&response_type=code&redirect_uri=${CB}&scope=${encodeURIComponent('https://graph.microsoft.com/.default')}&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256`;
const GRAPH_ORIGIN = 'https://graph.microsoft.com/*';
const ADMIN_CONSENT = `https://login.microsoftonline.com/contoso.onmicrosoft.com/v2.0/adminconsent?client_id=6731de76-14a6-49ae-97bc-6eba6914391e&scope=${encodeURIComponent('https://graph.microsoft.com/.default')}&redirect_uri=${CB}&state=e2e-state-admin`;
const GITHUB = `https://github.com/login/oauth/authorize?client_id=${CONSENT_VARIANT_CLIENTS.githubEarlierGrant}&redirect_uri=${CB}&scope=read%3Auser&state=e2e-state-gh`;

const pageReading = (page: Page) => page.locator('secret-hygiene-banner section.banner .page-reading');

async function listed(page: Page, kind: 'extra' | 'revealed' | 'unticked'): Promise<string[]> {
  return pageReading(page).locator(`ul.page-${kind} li`).evaluateAll((items) => items.map((li) => `${(li as HTMLElement).dataset.scopes}=${(li as HTMLElement).dataset.risk}`).sort());
}

describe('consent pages and grants in real Chromium', function () {
  this.timeout(90_000);
  let tmp: string;
  let server: E2EServer;
  let session: ChromiumSession;
  let page: Page;

  before(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'sh-e2e-consent-'));
    server = await startServer(selfSignedCertificate(tmp, HOSTS));
    session = await launchChromium(EXTENSION_DIR, HOSTS, server.port);
    page = await session.context.newPage();
  });
  after(async () => {
    await session?.close();
    await server?.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  it('Google granular consent: a ticked box the request did not name is more; unticking a requested box lowers the grant; hidden boxes do not count', async () => {
    await page.goto(GOOGLE, { waitUntil: 'domcontentloaded' });
    await pageReading(page).waitFor({ timeout: 10_000 });
    assert.deepEqual(await listed(page, 'extra'), [`${G}contacts=high`], 'contacts is ticked but not requested; the hidden calendar and CSS-hidden sheets boxes are not read');
    assert.deepEqual(await listed(page, 'unticked'), []);
    assert.equal(await pageReading(page).getAttribute('data-effective-risk'), 'critical');
    // The user unticks full Gmail access (a click on the box itself, as a person would).
    await page.evaluate(() => document.getElementById('gmail')!.click());
    await eventually(async () => ((await listed(page, 'unticked')).length ? true : undefined), 'the unticked box in the banner');
    assert.deepEqual(await listed(page, 'unticked'), ['https://mail.google.com/=critical']);
    assert.equal(await pageReading(page).getAttribute('data-effective-risk'), 'high', 'drive and contacts remain: high');
    assert.match((await pageReading(page).locator('.effective').textContent()) ?? '', /worst permission granted is High \(the request alone: Critical\)/);
  });

  it('Microsoft .default: the list the prompt shows is what the request grants; aria-hidden lines are not read', async () => {
    await page.goto(MICROSOFT, { waitUntil: 'domcontentloaded' });
    await pageReading(page).waitFor({ timeout: 10_000 });
    assert.deepEqual(await listed(page, 'revealed'), ['Mail.ReadWrite=high', 'User.Read=low', 'offline_access=medium']);
    assert.deepEqual(await listed(page, 'extra'), []);
  });

  it('GitHub with an earlier grant: the page lists repo although the request asks for read:user only; navigation lists are not read', async () => {
    await page.goto(GITHUB, { waitUntil: 'domcontentloaded' });
    await pageReading(page).waitFor({ timeout: 10_000 });
    assert.deepEqual(await listed(page, 'extra'), ['repo=critical']);
    const text = (await page.locator('secret-hygiene-banner section.banner').textContent()) ?? '';
    assert.ok(!/Gists|Notifications/.test(text), 'the page’s navigation is not taken for permissions');
  });

  it('the popup filters by provider and lists the worst first', async () => {
    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
    await popup.locator('article.record').first().waitFor();
    const shown = () => popup.locator('article.record').evaluateAll((items) => items.map((a) => `${(a as HTMLElement).dataset.provider}:${(a as HTMLElement).dataset.risk}`));
    const all = await shown();
    assert.equal(all.length, 3);
    const rank = { low: 0, medium: 1, high: 2, critical: 3 } as Record<string, number>;
    const risks = all.map((s) => rank[s.split(':')[1]!]!);
    assert.deepEqual(risks, [...risks].sort((a, b) => b - a), 'worst first');
    await popup.selectOption('#filter-provider', 'github');
    assert.deepEqual((await shown()).map((s) => s.split(':')[0]), ['github']);
    await popup.close();
  });

  it('a later page of the sign-in outside the declared paths gets the banner from the worker', async () => {
    await page.goto(GITHUB, { waitUntil: 'domcontentloaded' });
    await page.locator('secret-hygiene-banner section.banner').waitFor({ timeout: 10_000 });
    const declared: string[] = await session.worker.evaluate(() => chrome.runtime.getManifest().content_scripts.flatMap((c: { matches: string[] }) => c.matches));
    assert.ok(!declared.some((m) => m.startsWith('https://github.com/sessions') || m === 'https://github.com/*'), 'not a declared path');
    // A link on the page (as GitHub's own sign-in step would), not a fresh typed navigation.
    await page.evaluate(() => {
      const a = document.createElement('a');
      a.href = '/sessions/two-factor/app';
      document.body.append(a);
      a.click();
    });
    await page.waitForURL('https://github.com/sessions/two-factor/app');
    const banner = page.locator('secret-hygiene-banner section.banner');
    await banner.waitFor({ timeout: 10_000 });
    assert.match((await banner.locator('h2').textContent()) ?? '', /GitHub/);
  });

  it('flows: a Microsoft admin consent lists each weak flow with its own risk chip', async () => {
    await page.goto(ADMIN_CONSENT, { waitUntil: 'domcontentloaded' });
    const flows = page.locator('secret-hygiene-banner section.banner ul.flow-risks li');
    await flows.first().waitFor({ timeout: 10_000 });
    const shown = await flows.evaluateAll((items) => items.map((li) => [(li as HTMLElement).dataset.flow, (li as HTMLElement).dataset.risk, li.querySelector('.chip .risk')?.textContent]));
    assert.deepEqual(shown[0], ['microsoft-admin-consent', 'critical', 'Critical'], JSON.stringify(shown));
    assert.ok(shown.every(([id, risk, label]) => id && risk !== 'unrated' && label), JSON.stringify(shown));
  });

  it('grants audit: graph.microsoft.com is an optional permission; Run asks for it and nothing is sent until the user answers', async () => {
    const manifest = await session.worker.evaluate(() => chrome.runtime.getManifest());
    assert.ok(manifest.optional_host_permissions.includes(GRAPH_ORIGIN) && !manifest.host_permissions.includes(GRAPH_ORIGIN));
    const audit = await session.context.newPage();
    await audit.goto(`chrome-extension://${session.extensionId}/grants-audit.html`);
    await audit.selectOption('#provider', 'microsoft');
    await audit.fill('#token', GRAPH_TOKENS.good);
    const before = graphCalls.length;
    await audit.click('#run');
    // The browser's prompt is up (Playwright cannot answer it): the page waits, the token is already out of the field.
    await eventually(async () => (/Waiting for your permission/.test((await audit.locator('#report').textContent()) ?? '') ? true : undefined), 'the page to wait for the permission prompt');
    assert.equal(await audit.inputValue('#token'), '');
    assert.equal(await session.worker.evaluate((origin) => chrome.permissions.contains({ origins: [origin] }), GRAPH_ORIGIN), false);
    assert.equal(graphCalls.length, before, 'nothing reached Graph before the user answered');
    await audit.close();
  });

  it('grants audit: Microsoft Graph delegated grants and app roles rated, admin consent flagged; the token is used once and never stored', async () => {
    // A second browser whose user has accepted the prompt for graph.microsoft.com (see support/pre-granted.ts).
    const granted = await launchChromium(preGrantedCopy(EXTENSION_DIR, tmp, [GRAPH_ORIGIN]), HOSTS, server.port);
    try {
      await grantsAudit(granted);
    } finally {
      await granted.close();
    }
  });
});

async function grantsAudit(session: ChromiumSession): Promise<void> {
  const audit = await session.context.newPage();
  await audit.goto(`chrome-extension://${session.extensionId}/grants-audit.html`);
  await audit.selectOption('#provider', 'microsoft');
  await audit.fill('#token', GRAPH_TOKENS.good);
  await audit.click('#run');
  await audit.locator('#overall').waitFor({ timeout: 15_000 });
  assert.equal(await audit.inputValue('#token'), '', 'the field is cleared at once');
  assert.equal(await audit.locator('#overall').getAttribute('data-risk'), 'critical');
  assert.match((await audit.locator('#overall').textContent()) ?? '', /of grace@contoso\.example/);
  const sync = audit.locator('#delegated-grants article[data-app="Acme Directory Sync"]');
  assert.equal(await sync.getAttribute('data-risk'), 'critical');
  assert.equal(await sync.getAttribute('data-audience'), 'everyone in the tenant');
  assert.match((await sync.locator('.flags').textContent()) ?? '', /Directory\.ReadWrite\.All \(critical\).*every user in the tenant \(admin consent\)/s);
  assert.equal(await audit.locator('#delegated-grants article[data-app="Contoso Mailer"]').getAttribute('data-risk'), 'high');
  assert.equal(await audit.locator('#app-roles article[data-app="Contoso Wiki API"] li.chip').getAttribute('data-scope'), 'Wiki.Admin');
  assert.ok(await audit.locator('#cannot-list a[href="https://myapps.microsoft.com"]').count());
  const report = (await audit.locator('#report').textContent()) ?? '';
  assert.ok(!report.includes(GRAPH_TOKENS.good), 'the report shows the token redacted');
  assert.ok(graphCalls.some((c) => c.url === '/v1.0/me/oauth2PermissionGrants' && c.headers.authorization === `Bearer ${GRAPH_TOKENS.good}`));
  assert.ok(graphCalls.some((c) => c.url.includes('$skiptoken=page2')), 'both pages were read');
  const stored = JSON.stringify([await session.worker.evaluate(() => chrome.storage.local.get(null)), await session.worker.evaluate(() => chrome.storage.session.get(null))]);
  assert.ok(!stored.includes(GRAPH_TOKENS.good), 'the token is in no storage');
  await audit.close();
}
