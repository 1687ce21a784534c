/**
 * The browser extension in real Chromium (issue 5, tests 1–5): the unpacked Chrome build loaded into
 * Debian Chromium, the providers' real hostnames resolved to a loopback HTTPS server, a real managed
 * policy file, a GitHub REST API emulator and an audit collector. Run by test/e2e-browser/run.mjs.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { parseAuthorizationRequest } from '@secret-hygiene/core';
import { CSV_COLUMNS } from '../../extension-browser/src/model/export.js';
import { launchChromium, eventually, type ChromiumSession } from './support/chromium.js';
import { parseCsv } from './support/csv.js';
import { BAD_TOKEN, GOOD_TOKEN } from './support/github-emulator.js';
import { removeManagedPolicy, writeManagedPolicy } from './support/managed-policy.js';
import { COLLECTOR_HOST, GITHUB_API_HOST, startServer, type E2EServer } from './support/server.js';
import { selfSignedCertificate } from './support/tls.js';

/** The extension's own global inside `worker.evaluate` / `page.evaluate` callbacks. */
declare const chrome: any;

const EXTENSION_DIR = process.env.SH_E2E_EXTENSION_DIR ?? join(process.cwd(), 'extension-browser/dist/chrome');
export const ARTIFACTS = join(process.cwd(), 'test/e2e-browser/artifacts');

const PROVIDER_HOSTS = ['accounts.google.com', 'github.com', 'login.microsoftonline.com', 'slack.com', 'auth.atlassian.com', 'www.dropbox.com'];
const HOSTS = [...PROVIDER_HOSTS, GITHUB_API_HOST, COLLECTOR_HOST];

interface ProviderCase {
  provider: string;
  url: string;
  /** Overall risk, written out here (not computed) so a catalog or scoring change shows up. */
  risk: 'critical' | 'high' | 'medium' | 'low';
  verdict: 'allow' | 'warn';
  badge: string;
  app: string;
}

const CASES: ProviderCase[] = [
  {
    provider: 'google',
    // Served as a 302 to /signin/oauth/consent without the query: the banner must follow the request.
    url: 'https://accounts.google.com/o/oauth2/v2/auth?client_id=123-abc.apps.googleusercontent.com&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb&response_type=code&scope=openid%20email%20https%3A%2F%2Fwww.googleapis.com%2Fauth%2Fdrive&access_type=offline&prompt=consent&state=e2e-state-google',
    risk: 'critical',
    verdict: 'warn',
    badge: 'CRIT',
    app: 'Drive Sync Pro',
  },
  {
    provider: 'github',
    url: 'https://github.com/login/oauth/authorize?client_id=Ov23liAbCdEf12345678&redirect_uri=https%3A%2F%2Fci.example.com%2Fcb&scope=repo%20workflow%20read%3Aorg&state=e2e-state-github',
    risk: 'critical',
    verdict: 'warn',
    badge: 'CRIT',
    app: 'Acme CI',
  },
  {
    provider: 'microsoft',
    url: 'https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=6731de76-14a6-49ae-97bc-6eba6914391e&response_type=code&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb&scope=openid%20profile%20User.Read&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256&state=e2e-state-ms',
    risk: 'low',
    verdict: 'allow',
    badge: 'LOW',
    app: 'Contoso Mailer',
  },
  {
    provider: 'slack',
    url: 'https://slack.com/oauth/v2/authorize?client_id=1234.5678&scope=channels:read,chat:write&redirect_uri=https%3A%2F%2Fbot.example.com%2Fcb&state=e2e-state-slack',
    risk: 'medium',
    verdict: 'allow',
    badge: 'MED',
    app: 'Standup Bot',
  },
  {
    provider: 'atlassian',
    url: 'https://auth.atlassian.com/authorize?audience=api.atlassian.com&client_id=AtLaS123&scope=read%3Ajira-work%20write%3Ajira-work%20offline_access&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb&state=e2e-state-atl&response_type=code&prompt=consent',
    risk: 'critical',
    verdict: 'warn',
    badge: 'CRIT',
    app: 'Jira Reporter',
  },
  {
    provider: 'dropbox',
    url: 'https://www.dropbox.com/oauth2/authorize?client_id=dbx9k2&response_type=code&token_access_type=offline&scope=files.content.read%20files.content.write&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256',
    risk: 'critical',
    verdict: 'warn',
    badge: 'CRIT',
    app: 'Backup Buddy',
  },
];

const BLOCKED_URL =
  'https://github.com/login/oauth/authorize?client_id=Ov23liBlockMe0000000&scope=repo%20delete_repo&redirect_uri=https%3A%2F%2Fx.example.com%2Fcb&state=e2e-state-blocked';
const SLACK_CASE = CASES.find((c) => c.provider === 'slack')!;

/** The managed policy: block GitHub's delete_repo, warn on any Slack scope above low, send audit events. */
const MANAGED_POLICY = {
  oauth: { rules: { github: { blockedScopes: ['delete_repo'], action: 'block' }, slack: { maxRisk: 'low', action: 'warn' } } },
  audit: { endpoint: `https://${COLLECTOR_HOST}/events` },
};
/** The same policy after the security team dropped the Slack rule: must apply to an open tab without reload. */
const MANAGED_POLICY_RELAXED = { oauth: { rules: { github: MANAGED_POLICY.oauth.rules.github } }, audit: MANAGED_POLICY.audit };

const banner = (page: Page) => page.locator('secret-hygiene-banner section.banner');

async function open(page: Page, url: string): Promise<void> {
  try {
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 15_000 });
  } catch (error) {
    // A blocked request is sent elsewhere mid-navigation: Chromium reports the original as aborted.
    if (!/ERR_ABORTED|interrupted by another navigation/.test((error as Error).message)) throw error;
  }
}

async function storageLocal(session: ChromiumSession): Promise<Record<string, any>> {
  return session.worker.evaluate(() => chrome.storage.local.get(null));
}

async function badgeOf(session: ChromiumSession, page: Page): Promise<string> {
  const url = page.url();
  // An extension page knows its own tab (its URL may be reported differently to tabs.query, e.g. while
  // a redirect to it settles); a web page is found by its URL.
  const ownTabId = url.startsWith('chrome-extension://')
    ? await page.evaluate(async () => (await chrome.tabs.getCurrent())?.id)
    : undefined;
  return session.worker.evaluate(
    async ([pageUrl, tabId]: [string, number | undefined]) => {
      const tab = tabId !== undefined ? { id: tabId } : (await chrome.tabs.query({})).find((t: { url?: string }) => t.url === pageUrl);
      return tab ? chrome.action.getBadgeText({ tabId: tab.id }) : `no tab for ${pageUrl}`;
    },
    [url, ownTabId] as [string, number | undefined],
  );
}

/** Chromium re-reads policy files on request from chrome://policy (otherwise after its file watcher settles). */
async function reloadPolicies(session: ChromiumSession): Promise<void> {
  const page = await session.context.newPage();
  try {
    await page.goto('chrome://policy');
    await page.locator('#reload-policies').click();
    await page.waitForTimeout(300);
  } finally {
    await page.close();
  }
}

describe('browser extension in real Chromium', function () {
  this.timeout(90_000);
  let tmp: string;
  let server: E2EServer;

  before(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'sh-e2e-'));
    mkdirSync(ARTIFACTS, { recursive: true });
    server = await startServer(selfSignedCertificate(tmp, HOSTS));
  });
  after(async () => {
    await server?.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  describe('without a managed policy', () => {
    let session: ChromiumSession;
    let page: Page;
    before(async () => {
      session = await launchChromium(EXTENSION_DIR, HOSTS, server.port);
      page = await session.context.newPage();
    });
    after(async () => session?.close());

    it('1: six providers’ requests each get the banner with the right chips and overall risk, the badge and a history record', async () => {
      for (const c of CASES) {
        await open(page, c.url);
        const expected = parseAuthorizationRequest(c.url)!;
        assert.equal(expected.risk, c.risk, `${c.provider}: core rates the request ${expected.risk}`);
        const shown = banner(page);
        await shown.waitFor({ timeout: 10_000 });
        assert.equal(await shown.getAttribute('data-risk'), c.risk, `${c.provider}: banner risk`);
        assert.equal(await shown.getAttribute('data-verdict'), c.verdict, `${c.provider}: banner verdict`);
        assert.equal(await shown.getAttribute('role'), 'alert');
        const chips = await shown.locator('li.chip').evaluateAll((items) => items.map((li) => `${(li as HTMLElement).dataset.scope}=${(li as HTMLElement).dataset.risk}`));
        assert.deepEqual(chips, expected.scopes.map((s) => `${s.scope}=${s.risk}`), `${c.provider}: chips`);
        assert.equal(await badgeOf(session, page), c.badge, `${c.provider}: badge`);
        // The app name comes from the page after the banner first draws.
        await eventually(async () => ((await shown.locator('.app strong').textContent()) === c.app ? true : undefined), `${c.provider} app name`);
        if (c.provider === 'google') {
          assert.match(page.url(), /^https:\/\/accounts\.google\.com\/signin\/oauth\/consent\?/, 'Google moved the request off the URL');
          assert.match(await shown.textContent() ?? '', /access_type=offline/);
        }
      }
      const history = (await storageLocal(session)).history as any[];
      assert.equal(history.length, CASES.length, 'one history record per request');
      for (const c of CASES) {
        const record = history.find((r) => r.provider === c.provider);
        assert.ok(record, `history has ${c.provider}`);
        assert.equal(record.risk, c.risk);
        assert.equal(record.appName, c.app);
        assert.ok(!JSON.stringify(record).includes('e2e-state'), 'no OAuth state value is kept');
      }
      assert.ok(server.requests.some((r) => r.host === 'accounts.google.com' && r.path === '/signin/oauth/consent'), 'the real Google hostname reached the local server');
    });

    it('1: the banner is shielded from page CSS, keyboard operable and dismissible; screenshot kept', async () => {
      await open(page, CASES[1]!.url);
      const shown = banner(page);
      await shown.waitFor();
      // The banner renders again once the app's name is known (its chip list replaced): styles are read
      // after that, not from a list about to be detached (whose computed display is empty).
      await shown.locator('.app strong').waitFor();
      // The page styles every element red and inline; inside the shadow root nothing of it applies.
      const colours = await shown.evaluate((el) => [el, ...Array.from(el.querySelectorAll('*'))].map((n) => getComputedStyle(n).color));
      assert.ok(!colours.includes('rgb(255, 0, 0)'), 'page CSS does not reach the banner');
      assert.equal(await shown.evaluate((el) => getComputedStyle(el).color), 'rgb(32, 33, 36)', 'banner text keeps its own colour');
      // Read again if a redraw (the consent page's own report) detached the list between locating and reading it.
      let display = '';
      for (let attempt = 0; attempt < 20 && !display; attempt++) {
        display = await shown.locator('ul.chips').evaluate((el) => (el.isConnected ? getComputedStyle(el).display : ''));
        if (!display) await page.waitForTimeout(100);
      }
      assert.equal(display, 'flex');
      await page.locator('secret-hygiene-banner').screenshot({ path: join(ARTIFACTS, 'banner-github.png') });
      const summary = shown.locator('li.chip[data-scope="repo"] summary');
      await summary.focus();
      await page.keyboard.press('Enter');
      assert.equal(await shown.locator('li.chip[data-scope="repo"] details').getAttribute('open'), '', 'Enter opens a chip');
      assert.match(await shown.locator('li.chip[data-scope="repo"]').textContent() ?? '', /Narrower: fine-grained token/);
      await shown.locator('button.dismiss').focus();
      await page.keyboard.press('Enter');
      await page.locator('secret-hygiene-banner').waitFor({ state: 'detached', timeout: 5000 });
    });

    it('2: the popup (as a tab) lists them; export gives valid JSON and CSV', async () => {
      const popup = await session.context.newPage();
      await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
      await popup.locator('article.record').first().waitFor();
      const listed = await popup.locator('article.record').evaluateAll((items) => items.map((a) => (a as HTMLElement).dataset.provider));
      for (const c of CASES) assert.ok(listed.includes(c.provider), `popup lists ${c.provider}`);
      assert.equal(await popup.locator('#worst').getAttribute('data-risk'), 'critical');
      assert.ok(await popup.locator('article.record li.chip[data-scope="repo"][data-risk="critical"]').count(), 'chips in the popup');
      await popup.screenshot({ path: join(ARTIFACTS, 'popup.png'), fullPage: true });

      const [jsonDownload] = await Promise.all([popup.waitForEvent('download'), popup.click('#export-json')]);
      const exported = JSON.parse(readFileSync((await jsonDownload.path())!, 'utf8'));
      assert.equal(exported.version, 1);
      assert.equal(exported.records.length, CASES.length);
      assert.deepEqual(new Set(exported.records.map((r: any) => r.provider)), new Set(CASES.map((c) => c.provider)));

      const [csvDownload] = await Promise.all([popup.waitForEvent('download'), popup.click('#export-csv')]);
      const rows = parseCsv(readFileSync((await csvDownload.path())!, 'utf8'));
      assert.deepEqual(rows[0], [...CSV_COLUMNS]);
      assert.equal(rows.length, CASES.length + 1);
      for (const row of rows.slice(1)) assert.equal(row.length, CSV_COLUMNS.length);
      const github = rows.find((row) => row[1] === 'github')!;
      assert.match(github[CSV_COLUMNS.indexOf('scopes')]!, /^repo \(critical\); workflow \(high\); read:org \(low\)$/);
      await popup.close();
    });

    it('2: the history page filters by provider, risk and text', async () => {
      const history = await session.context.newPage();
      await history.goto(`chrome-extension://${session.extensionId}/history.html`);
      await history.locator('article.record').first().waitFor();
      const shown = () => history.locator('article.record').evaluateAll((items) => items.map((a) => (a as HTMLElement).dataset.provider).sort());
      assert.equal((await shown()).length, CASES.length);
      await history.selectOption('#filter-risk', 'critical');
      assert.deepEqual(await shown(), CASES.filter((c) => c.risk === 'critical').map((c) => c.provider).sort());
      await history.selectOption('#filter-risk', '');
      await history.selectOption('#filter-provider', 'slack');
      assert.deepEqual(await shown(), ['slack']);
      await history.selectOption('#filter-provider', '');
      await history.fill('#filter-text', 'files.content.write');
      assert.deepEqual(await shown(), ['dropbox']);
      assert.equal(await history.locator('#count').textContent(), `1 of ${CASES.length} requests`);
      await history.close();
    });

    it('policy: without a managed policy, the user’s own rule from the options page blocks a request', async () => {
      const options = await session.context.newPage();
      await options.goto(`chrome-extension://${session.extensionId}/options.html`);
      await options.locator('#managed p').waitFor();
      assert.match(await options.locator('#managed').textContent() ?? '', /No managed policy/);
      await options.fill('#user-policy', '{"oauth":{"rules":{"slack":{"maxRisk":"bogus"}}}}');
      await options.click('#save-policy');
      await options.locator('#policy-status ul.error').waitFor();
      assert.match(await options.locator('#policy-status').textContent() ?? '', /oauth\.rules\.slack\.maxRisk: expected one of/);
      await options.fill('#user-policy', JSON.stringify({ oauth: { rules: { slack: { blockedScopes: ['chat:write'], action: 'block' } } } }));
      await options.click('#save-policy');
      await options.locator('#policy-status .ok').waitFor();
      try {
        await open(page, SLACK_CASE.url);
        await eventually(async () => (page.url().includes('/blocked.html?id=') ? true : undefined), 'the explanation page');
        await page.locator('#who').waitFor();
        assert.match(await page.locator('#who').textContent() ?? '', /your own rules \(options page\)/);
        assert.match(await page.locator('#reasons').textContent() ?? '', /slack: scope chat:write is blocked/);
      } finally {
        await options.fill('#user-policy', '');
        await options.click('#save-policy');
        await options.close();
      }
    });
  });

  describe('with a managed policy', () => {
    let session: ChromiumSession;
    let policyFile: string | undefined;
    let page: Page;

    before(async () => {
      // The id is pinned by the manifest key, so the policy can name it before the browser starts.
      const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
      assert.ok(manifest.key, 'the Chrome build pins its id');
      policyFile = writeManagedPolicy('gpfbjfafdoddkdhnllnigeienmodmdkf', MANAGED_POLICY);
      session = await launchChromium(EXTENSION_DIR, HOSTS, server.port);
      assert.equal(session.extensionId, 'gpfbjfafdoddkdhnllnigeienmodmdkf');
      page = await session.context.newPage();
    });
    after(async () => {
      try {
        await session?.close();
      } finally {
        if (policyFile) removeManagedPolicy(policyFile);
      }
    });

    it('3: storage.managed carries the policy', async () => {
      const managed = await eventually(async () => {
        const value = await session.worker.evaluate(() => chrome.storage.managed.get(null));
        return value?.oauth ? value : undefined;
      }, 'the managed policy in storage.managed');
      assert.deepEqual(managed, MANAGED_POLICY);
    });

    it('3: a request with a forbidden scope is blocked: the navigation ends on the explanation page', async () => {
      await open(page, BLOCKED_URL);
      const blockedPage = `chrome-extension://${session.extensionId}/blocked.html?id=`;
      await eventually(async () => (page.url().startsWith(blockedPage) ? true : undefined), 'the explanation page');
      await page.locator('#reasons li').first().waitFor();
      assert.match(await page.locator('#reasons').textContent() ?? '', /github: scope delete_repo is blocked/);
      assert.match(await page.locator('#who').textContent() ?? '', /your organisation's managed policy/);
      assert.ok(await page.locator('li.chip[data-scope="delete_repo"][data-risk="critical"]').count());
      const history = (await storageLocal(session)).history as any[];
      const record = history.find((r) => r.clientId === 'Ov23liBlockMe0000000');
      assert.equal(record.verdict.action, 'block');
      assert.equal(record.verdict.source.source, 'managed');
      assert.equal(await badgeOf(session, page), 'BLK');
      await page.screenshot({ path: join(ARTIFACTS, 'blocked.png'), fullPage: true });
    });

    it('3: a warn rule changes the banner, and a policy change applies live', async () => {
      await open(page, SLACK_CASE.url);
      const shown = banner(page);
      await shown.waitFor();
      // Without the policy this request was allowed (test 1); the managed Slack rule turns it into a warning.
      assert.equal(await shown.getAttribute('data-verdict'), 'warn');
      assert.match(await shown.locator('.verdict').textContent() ?? '', /slack: scope chat:write is medium risk, above the maximum low.*managed policy/);

      writeManagedPolicy('gpfbjfafdoddkdhnllnigeienmodmdkf', MANAGED_POLICY_RELAXED, policyFile!.split('/').pop());
      await reloadPolicies(session);
      await eventually(async () => ((await shown.getAttribute('data-verdict')) === 'allow' ? true : undefined), 'the open banner to follow the relaxed policy');
    });

    it('4: the GitHub audit against the API emulator: scopes, installations, over-scoped apps, explained errors', async () => {
      const audit = await session.context.newPage();
      await audit.goto(`chrome-extension://${session.extensionId}/github-audit.html`);
      await audit.fill('#token', GOOD_TOKEN);
      await audit.click('#run');
      await audit.locator('#overall').waitFor({ timeout: 15_000 });
      assert.equal(await audit.inputValue('#token'), '', 'the token field is cleared once handed over');
      assert.equal(await audit.locator('#overall').getAttribute('data-risk'), 'critical');
      const token = await audit.locator('#token-report').textContent();
      assert.match(token ?? '', /classic personal access token of octocat/);
      assert.equal(await audit.locator('#token-report [data-lifetime]').textContent(), 'long-lived');
      assert.deepEqual(
        await audit.locator('#token-report li.chip').evaluateAll((items) => items.map((li) => `${(li as HTMLElement).dataset.scope}=${(li as HTMLElement).dataset.risk}`)),
        ['repo=critical', 'admin:org=critical', 'workflow=high'],
      );
      assert.ok(!(token ?? '').includes(GOOD_TOKEN), 'the report shows the token redacted');
      assert.equal(await audit.locator('#user-installations article[data-app="docs-preview-bot"]').getAttribute('data-flagged'), 'false');
      const release = audit.locator('#org-acme article[data-app="release-train"]');
      assert.equal(await release.getAttribute('data-flagged'), 'true');
      assert.equal(await release.getAttribute('data-risk'), 'critical');
      const flags = await release.locator('.flags').textContent();
      assert.match(flags ?? '', /administration: write on all repositories \(critical\)/);
      assert.match(flags ?? '', /members: write \(high\)/);
      assert.match(flags ?? '', /contents: write on all repositories \(high\).*narrower: contents:read on named repositories/);
      assert.equal(await audit.locator('#org-acme article[data-app="lint-checks"]').getAttribute('data-flagged'), 'false');
      const limited = audit.locator('#org-globex .api-error');
      assert.equal(await limited.getAttribute('data-kind'), 'rate-limited');
      assert.match(await limited.textContent() ?? '', /rate limit.*resets at 2030-01-01T12:00:00\.000Z/);
      assert.equal(await audit.locator('#org-initech').count(), 0, 'organisations the user does not own are not queried');
      await audit.screenshot({ path: join(ARTIFACTS, 'github-audit.png'), fullPage: true });
      assert.ok(server.githubCalls.some((c) => c.path.startsWith('/orgs/acme/installations') && c.authorization === `token ${GOOD_TOKEN}`));
      assert.ok(!server.githubCalls.some((c) => c.path.startsWith('/orgs/initech')));

      const stored = await storageLocal(session);
      assert.ok(!JSON.stringify(stored).includes(GOOD_TOKEN), 'the token is not in storage.local without opt-in');
      const inSession = await session.worker.evaluate(() => chrome.storage.session.get('githubToken'));
      assert.equal(inSession.githubToken, GOOD_TOKEN, 'kept in storage.session');

      await audit.fill('#token', BAD_TOKEN);
      await audit.click('#run');
      const refused = audit.locator('#report .api-error[data-kind="unauthorized"]');
      await refused.waitFor({ timeout: 10_000 });
      assert.match(await refused.textContent() ?? '', /rejected the token.*401.*GitHub said: Bad credentials/);
      await audit.click('#forget');
      await eventually(async () => (Object.keys(await session.worker.evaluate(() => chrome.storage.session.get('githubToken'))).length ? undefined : true), 'the token to be forgotten');
      await audit.close();
    });

    it('5: audit events reach the collector in batches, retried after a failure, with no token in any body', async () => {
      const accepted = await eventually(async () => {
        const ok = server.batches.filter((b) => b.status === 204);
        const events = ok.flatMap((b) => JSON.parse(b.body).events as any[]);
        const done = events.some((e) => e.verdict === 'block') && events.some((e) => e.provider === 'slack' && e.verdict === 'allow');
        return done ? ok : undefined;
      }, 'audit batches at the collector', 20_000);
      assert.equal(server.batches[0]!.status, 503, 'the first delivery was refused');
      const refusedEvents = JSON.parse(server.batches[0]!.body).events as any[];
      const acceptedEvents = accepted.flatMap((b) => JSON.parse(b.body).events as any[]);
      for (const e of refusedEvents) assert.ok(acceptedEvents.some((a) => a.recordId === e.recordId && a.type === e.type && a.time === e.time), 'refused events were retried');
      assert.ok(server.batches.some((b) => JSON.parse(b.body).events.length > 1), 'events travel in batches');
      const fields = ['type', 'time', 'recordId', 'provider', 'host', 'clientId', 'appName', 'scopes', 'risk', 'verdict', 'reasons', 'policySource'];
      for (const e of acceptedEvents) assert.deepEqual(Object.keys(e).sort(), [...fields].sort(), 'uniform event fields');
      const block = acceptedEvents.find((e) => e.type === 'verdict' && e.verdict === 'block');
      assert.ok(block, 'a block verdict event');
      assert.equal(block.provider, 'github');
      assert.match(block.policySource, /^managed: /);
      assert.ok(acceptedEvents.some((e) => e.type === 'request' && e.provider === 'slack'));
      for (const b of server.batches) {
        assert.ok(!b.body.includes(GOOD_TOKEN) && !b.body.includes(BAD_TOKEN), 'no GitHub token in any body');
        assert.ok(!/ghp_|gho_|github_pat_|e2e-state/.test(b.body), 'no token or OAuth state of any kind in any body');
        assert.equal(JSON.parse(b.body).schema, 'secret-hygiene.audit/v1');
      }
    });
  });
});
