import assert from 'node:assert/strict';
import { assessScope, parseAuthorizationRequest, type RequestedScope } from '@secret-hygiene/core';
import { compareConsentPage, matchItem, normalizeWording } from '../src/consent-page/compare.js';
import { reportConsentPage, scopesToRate } from '../src/consent-page/page-risk.js';
import { PAGE_READING_LIMITS, readPermissionItems } from '../src/consent-page/read-page.js';
import { consentPageShape, consentPageShapes } from '../src/consent-page/shapes/index.js';
import { githubConsentPage } from '../src/consent-page/shapes/github.js';
import { googleConsentPage } from '../src/consent-page/shapes/google.js';
import { microsoftConsentPage } from '../src/consent-page/shapes/microsoft.js';
import { byIdIn, el, labelledBox, type FakeElement } from './fake-dom.js';

const G = 'https://www.googleapis.com/auth/';

function requested(url: string): RequestedScope[] {
  return parseAuthorizationRequest(url)!.scopes;
}

const GOOGLE_URL = `https://accounts.google.com/o/oauth2/v2/auth?client_id=1-a.apps.googleusercontent.com&response_type=code&redirect_uri=https%3A%2F%2Fa.example.com%2Fcb&scope=${encodeURIComponent(`openid email ${G}drive https://mail.google.com/`)}`;
const MS_URL = 'https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=6731de76-14a6-49ae-97bc-6eba6914391e&response_type=code&redirect_uri=https%3A%2F%2Fa.example.com%2Fcb&scope=openid%20User.Read';
const MS_DEFAULT_URL = 'https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=6731de76-14a6-49ae-97bc-6eba6914391e&response_type=code&redirect_uri=https%3A%2F%2Fa.example.com%2Fcb&scope=https%3A%2F%2Fgraph.microsoft.com%2F.default';
const GH_URL = 'https://github.com/login/oauth/authorize?client_id=Ov23liAbCdEf12345678&scope=read%3Auser%20repo';

/** Google's granular page as its documentation describes it: one box per scope, the scope's description beside it. */
function googleGranularPage(drive: boolean, gmail: boolean): FakeElement {
  return el('body', {}, el('h1', {}, 'Drive Sync Pro wants access to your Google Account'), el('ul', {}, labelledBox('See, edit, create, and delete all of your Google Drive files. Learn more', drive), labelledBox('Read, compose, send, and permanently delete all your email from Gmail', gmail)));
}

describe('consent page reading: what the page lists', () => {
  it('checkboxes with their labels and states; list items as granted; nested items counted once', () => {
    const body = el('body', {}, googleGranularPage(true, false), el('ul', {}, el('li', {}, el('ul', {}, el('li', {}, 'Read your mail')))));
    const reading = readPermissionItems(body);
    assert.deepEqual(reading.items, [
      { text: 'See, edit, create, and delete all of your Google Drive files. Learn more', checked: true },
      { text: 'Read, compose, send, and permanently delete all your email from Gmail', checked: false },
      { text: 'Read your mail' },
    ]);
    assert.equal(reading.truncated, false);
  });

  it('ARIA checkboxes, aria-labelledby and aria-label are read', () => {
    const body = el('body', {}, el('span', { id: 'l1' }, 'See and download your contacts'), el('div', { role: 'checkbox', 'aria-checked': 'false', 'aria-labelledby': 'l1' }), el('div', { role: 'checkbox', 'aria-checked': 'true', 'aria-label': 'Send email on your behalf' }));
    const reading = readPermissionItems(body, { byId: byIdIn(body) });
    assert.deepEqual(reading.items, [
      { text: 'See and download your contacts', checked: false },
      { text: 'Send email on your behalf', checked: true },
    ]);
  });

  it('hostile markup: hidden, aria-hidden, inert, script/style/template, navigation and what the browser does not render are not read', () => {
    const body = el(
      'body',
      {},
      el('nav', {}, el('ul', {}, el('li', {}, 'Notifications'))),
      el('ul', {}, el('li', { hidden: '' }, 'Read your mail'), el('li', { 'aria-hidden': 'true' }, 'Send mail as you'), el('li', { inert: '' }, 'Read your files')),
      el('template', {}, el('li', {}, 'Read directory data')),
      el('script', {}, 'Have full access to your files'),
      el('ul', {}, el('li', { style: 'display:none' }, 'Read your calendars'), el('li', {}, 'Sign you in', el('span', { style: 'display:none' }, ' and read your profile'))),
    );
    const isVisible = (e: { getAttribute(n: string): string | null }) => e.getAttribute('style') !== 'display:none';
    assert.deepEqual(readPermissionItems(body, { isVisible }).items, [{ text: 'Sign you in' }]);
  });

  it('bounded: elements visited, items kept and characters per item are capped; a deep tree does not recurse', () => {
    const huge = el('li', {}, 'x'.repeat(1_000_000));
    const many = el('ul', {}, ...Array.from({ length: 500 }, (_, i) => el('li', {}, `item ${i}`)));
    let deep = el('li', {}, 'deepest');
    for (let i = 0; i < 20_000; i++) deep = el('div', {}, deep);
    const reading = readPermissionItems(el('body', {}, el('ul', {}, huge), many, deep));
    assert.equal(reading.items[0]!.text.length, PAGE_READING_LIMITS.maxItemChars);
    assert.equal(reading.items.length, PAGE_READING_LIMITS.maxItems);
    assert.equal(reading.truncated, true);
    const deepOnly = readPermissionItems(el('body', {}, deep));
    assert.deepEqual(deepOnly.items, [], 'the element cap stops the walk before the deepest item');
    assert.equal(deepOnly.truncated, true);
  });

  it('text is read through a capped number of text nodes, not textContent', () => {
    const split = el('li', {}, ...Array.from({ length: 10_000 }, () => 'a '));
    const [item] = readPermissionItems(el('body', {}, el('ul', {}, split))).items;
    assert.ok(item!.text.length <= PAGE_READING_LIMITS.maxTextNodes * 2, `${item!.text.length} characters`);
  });
});

describe('consent page reading: compared with the request', () => {
  it('Google granular consent: an unticked requested box is reported as fewer, the effective risk drops', () => {
    const scopes = requested(GOOGLE_URL);
    const reading = readPermissionItems(googleGranularPage(true, false));
    const comparison = compareConsentPage(googleConsentPage, reading, scopes);
    assert.deepEqual(comparison.unticked.map((p) => p.scopes), [['https://mail.google.com/']]);
    assert.deepEqual(comparison.extra, []);
    const report = reportConsentPage(googleConsentPage, comparison, scopes, new Map());
    assert.equal(parseAuthorizationRequest(GOOGLE_URL)!.risk, 'critical');
    assert.equal(report.unticked[0]!.risk, 'critical');
    assert.equal(report.effectiveRisk, 'high', 'drive stays; full Gmail access is gone');
  });

  it('Google: a ticked permission the request did not name is reported as more, and rated', () => {
    const scopes = requested(GOOGLE_URL);
    const page = el('body', {}, el('ul', {}, labelledBox('See, edit, share, and permanently delete all the calendars you can access using Google Calendar', true), labelledBox('See, edit, create, and delete all of your Google Drive files', true)));
    const comparison = compareConsentPage(googleConsentPage, readPermissionItems(page), scopes);
    assert.deepEqual(comparison.extra.map((p) => p.scopes[0]), [`${G}calendar`]);
    assert.deepEqual(scopesToRate(comparison), [`${G}calendar`]);
    const ratings = new Map([[`${G}calendar`, assessScope('google', `${G}calendar`)]]);
    const report = reportConsentPage(googleConsentPage, comparison, scopes, ratings);
    assert.deepEqual([report.extra[0]!.risk, report.extra[0]!.rated], ['high', true]);
    const unrated = reportConsentPage(googleConsentPage, comparison, scopes, new Map());
    assert.equal(unrated.extra[0]!.rated, false, 'without the service worker’s answer it says so rather than passing for low');
  });

  it('Microsoft: listed permissions beyond openid User.Read are more; with .default they are what .default reveals', () => {
    const page = el('body', {}, el('ul', {}, el('li', {}, 'Sign you in and read your profile'), el('li', {}, 'Read and write access to your mail'), el('li', {}, 'Maintain access to data you have given it access to')));
    const plain = compareConsentPage(microsoftConsentPage, readPermissionItems(page), requested(MS_URL));
    assert.deepEqual(plain.extra.map((p) => p.scopes[0]).sort(), ['Mail.ReadWrite', 'offline_access']);
    assert.deepEqual(plain.revealed, []);
    const wildcard = compareConsentPage(microsoftConsentPage, readPermissionItems(page), requested(MS_DEFAULT_URL));
    assert.deepEqual(wildcard.extra, []);
    assert.deepEqual(wildcard.revealed.map((p) => p.scopes[0]).sort(), ['Mail.ReadWrite', 'User.Read', 'offline_access']);
  });

  it('Microsoft admin consent: the admin display names are recognised too', () => {
    const page = el('body', {}, el('ul', {}, el('li', {}, 'Read and write access to user mail'), el('li', {}, 'Have full access to all files user can access'), el('li', {}, 'Sign in and read user profile')));
    const comparison = compareConsentPage(microsoftConsentPage, readPermissionItems(page), requested(MS_URL));
    assert.deepEqual(comparison.extra.map((p) => p.scopes[0]).sort(), ['Files.ReadWrite.All', 'Mail.ReadWrite']);
    assert.deepEqual(comparison.shown.filter((p) => p.requested).map((p) => p.scopes[0]), ['User.Read']);
  });

  it('GitHub: coarse wording matches the scope that includes it; an earlier grant shows up as more', () => {
    const page = el('body', {}, el('ul', {}, el('li', {}, 'Repositories ', el('span', {}, 'Public and private')), el('li', {}, 'Personal user data', el('br'), 'Profile information (read-only)'), el('li', {}, 'Gists')));
    const comparison = compareConsentPage(githubConsentPage, readPermissionItems(page), requested(GH_URL));
    assert.deepEqual(comparison.shown.map((p) => [p.scopes[0], p.requested]), [['repo', true], ['read:user', true], ['gist', false]]);
    assert.deepEqual(comparison.extra.map((p) => p.scopes[0]), ['gist']);
  });

  it('wording is compared with case, curly quotes, invisible characters and width folded; short wording must begin the item', () => {
    assert.equal(normalizeWording('Read  all users’ BASIC\u200b profiles'), "read all users' basic profiles");
    assert.equal(matchItem(microsoftConsentPage, { text: 'READ ALL USERS’ BASIC PROFILES' })?.permission.scopes[0], 'User.ReadBasic.All');
    assert.equal(matchItem(githubConsentPage, { text: 'Turn off Notifications for this repository' }), undefined, 'a short word inside another sentence is not a permission');
    assert.equal(matchItem(githubConsentPage, { text: 'Notifications' })?.permission.scopes[0], 'notifications');
    assert.equal(matchItem(microsoftConsentPage, { text: 'Sign you in and read your profile' })?.permission.scopes[0], 'User.Read', 'the longest wording wins');
  });

  it('only the consent pages of known providers are read', () => {
    assert.equal(consentPageShape('google', '/signin/oauth/v2/consentsummary'), googleConsentPage);
    assert.equal(consentPageShape('github', '/login/oauth/authorize'), githubConsentPage);
    assert.equal(consentPageShape('github', '/octocat/Hello-World'), undefined);
    assert.equal(consentPageShape('slack', '/oauth/v2/authorize'), undefined);
  });
});

describe('consent page shapes (data conventions)', () => {
  for (const shape of consentPageShapes) {
    it(`${shape.provider}: cites its sources; every scope is in core's catalog; no wording stands for two permissions`, () => {
      assert.ok(shape.sources.length && shape.sources.every((s) => s.startsWith('https://')));
      const seen = new Set<string>();
      for (const permission of shape.permissions) {
        for (const scope of permission.scopes) assert.ok(assessScope(shape.provider, scope).known, `${shape.provider} ${scope} is catalogued`);
        for (const phrase of permission.phrases) {
          const key = normalizeWording(phrase);
          assert.ok(!seen.has(key), `${phrase} is unique`);
          seen.add(key);
        }
      }
    });
  }
});
