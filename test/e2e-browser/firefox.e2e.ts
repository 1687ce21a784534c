/**
 * Issue 5, test 6: the Firefox build loads in Debian firefox-esr and shows the banner on a github.com
 * consent page (WebDriver BiDi smoke test). The provider hostname resolves to 127.0.0.1, where the
 * e2e server listens on port 443.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eventually } from './support/chromium.js';
import { launchFirefox, type FirefoxSession } from './support/firefox.js';
import { startServer, type E2EServer } from './support/server.js';
import { selfSignedCertificate } from './support/tls.js';

const EXTENSION_DIR = process.env.SH_E2E_FIREFOX_EXTENSION_DIR ?? join(process.cwd(), 'extension-browser/dist/firefox');
const GITHUB_URL = 'https://github.com/login/oauth/authorize?client_id=Ov23liAbCdEf12345678&redirect_uri=https%3A%2F%2Fci.example.com%2Fcb&scope=repo%20workflow%20read%3Aorg&state=e2e-state-firefox';
/** Microsoft's tenant-wide admin consent endpoint (issue 19): critical whatever the scopes say. */
const ADMIN_CONSENT_URL =
  'https://login.microsoftonline.com/contoso.onmicrosoft.com/v2.0/adminconsent?client_id=6731de76-14a6-49ae-97bc-6eba6914391e&scope=https%3A%2F%2Fgraph.microsoft.com%2F.default&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb&state=e2e-state-admin';
const HOSTS = ['github.com', 'login.microsoftonline.com'];

describe('browser extension in real Firefox (WebDriver BiDi)', function () {
  this.timeout(90_000);
  let tmp: string;
  let server: E2EServer;
  let firefox: FirefoxSession;

  before(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'sh-e2e-ff-'));
    server = await startServer(selfSignedCertificate(tmp, HOSTS), 443);
    firefox = await launchFirefox(HOSTS);
  });
  after(async () => {
    await firefox?.close();
    await server?.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  it('6: the Firefox build installs and shows the banner on a github.com consent page', async () => {
    const installed = await firefox.bidi.send('webExtension.install', { extensionData: { type: 'path', path: EXTENSION_DIR } });
    assert.equal(installed.extension, 'secret-hygiene@secret-hygiene.dev');
    const banner = `document.querySelector('secret-hygiene-banner')?.shadowRoot?.querySelector('section.banner')`;
    // The add-on's background starts asynchronously after install; a navigation before it is unseen.
    const shown = await eventually(
      async () => {
        await firefox.bidi.send('browsingContext.navigate', { context: firefox.context, url: GITHUB_URL, wait: 'complete' });
        const risk = await eventually(async () => (await firefox.bidi.evaluate(firefox.context, `${banner}?.dataset.risk`)) ?? undefined, 'the banner', 3000).catch(() => undefined);
        return risk;
      },
      'the banner in Firefox',
      30_000,
    );
    assert.equal(shown, 'critical');
    const chips = await firefox.bidi.evaluate(firefox.context, `[...${banner}.querySelectorAll('li.chip')].map((li) => li.dataset.scope + '=' + li.dataset.risk).join(' ')`);
    assert.equal(chips, 'repo=critical workflow=high read:org=low');
    assert.equal(await firefox.bidi.evaluate(firefox.context, `${banner}.getAttribute('role')`), 'alert');
    assert.ok(server.requests.some((r) => r.host === 'github.com' && r.path === '/login/oauth/authorize'), 'github.com reached the local server');
  });

  it('6: a Microsoft admin-consent request gets a critical banner that says it is tenant-wide', async () => {
    const banner = `document.querySelector('secret-hygiene-banner')?.shadowRoot?.querySelector('section.banner')`;
    await firefox.bidi.send('browsingContext.navigate', { context: firefox.context, url: ADMIN_CONSENT_URL, wait: 'complete' });
    const risk = await eventually(async () => (await firefox.bidi.evaluate(firefox.context, `${banner}?.dataset.risk`)) ?? undefined, 'the admin-consent banner');
    assert.equal(risk, 'critical');
    const text = String(await firefox.bidi.evaluate(firefox.context, `${banner}.textContent`));
    assert.match(text, /admin consent \(the adminconsent endpoint\)/);
    assert.match(text, /every user in the tenant/);
    assert.ok(server.requests.some((r) => r.host === 'login.microsoftonline.com' && r.path.endsWith('/v2.0/adminconsent')), 'the real Microsoft hostname reached the local server');
  });
});
