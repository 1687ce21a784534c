import assert from 'node:assert/strict';
import { resolvePolicy } from '@secret-hygiene/core';
import { appNameFromText, MAX_HEADING_CHARS } from '../src/model/app-name.js';
import { classifyNavigation } from '../src/model/classify.js';
import { createRecord } from '../src/model/record.js';
import { isAuthorizationUrl, MAX_RATED_URL_CHARS } from '../src/model/scan-budget.js';

const noPolicy = resolvePolicy([]);
const GOOGLE = 'https://accounts.google.com/o/oauth2/v2/auth?client_id=1-a.apps.googleusercontent.com&scope=openid%20https://www.googleapis.com/auth/drive&redirect_uri=https%3A%2F%2Fa.example.com%2Fcb&response_type=code';
/** The same request with `state` stretched past the cap (or any length). */
const padded = (url: string, length: number) => `${url}&state=${'s'.repeat(Math.max(0, length - url.length - 7))}`;

describe('scan budget in the browser', () => {
  it('rates an authorization request up to the cap as usual', () => {
    const url = padded(GOOGLE, MAX_RATED_URL_CHARS);
    assert.equal(url.length, MAX_RATED_URL_CHARS);
    const classified = classifyNavigation(url, noPolicy, { genericDetection: false })!;
    assert.deepEqual(
      classified.request.scopes.map((s) => s.scope),
      ['openid', 'https://www.googleapis.com/auth/drive'],
    );
  });

  it('records a request too long to rate on a known endpoint, rated high, with a note the banner and popup show', () => {
    const url = padded(GOOGLE, 2 * 1024 * 1024); // as long as Chromium lets a URL be
    const classified = classifyNavigation(url, noPolicy, { genericDetection: false });
    assert.ok(classified, 'not silently ignored');
    assert.equal(classified.request.provider, 'google');
    assert.equal(classified.request.risk, 'high');
    assert.deepEqual(classified.request.scopes, []);
    assert.match(classified.request.notes[0]!, /^Not rated: this request's URL is 2048 KB, over the 32 KB Secret Hygiene reads\./);
    assert.equal(classified.verdict.action, 'warn', 'the default policy warns on a high-risk request');
    const record = createRecord(classified.request, classified.url, classified.verdict, new Date(0), 'r1');
    assert.equal(record.host, 'accounts.google.com');
    assert.equal(record.path, '/o/oauth2/v2/auth');
    assert.ok(!JSON.stringify(record).includes('sss'), 'nothing of the query is kept');
    assert.equal(isAuthorizationUrl(url), true);
  });

  it('ignores an oversized URL that is not on an authorization endpoint, without parsing its query', () => {
    const url = padded('https://example.com/search?client_id=x&q=1', 2 * 1024 * 1024);
    assert.equal(classifyNavigation(url, noPolicy, { genericDetection: true }), undefined);
    assert.equal(isAuthorizationUrl(url), false);
    const longPath = `https://accounts.google.com/${'a/'.repeat(4096)}?client_id=x&${'s'.repeat(MAX_RATED_URL_CHARS)}`;
    assert.equal(classifyNavigation(longPath, noPolicy, { genericDetection: false }), undefined, 'a path over the cap is not read either');
  });

  it('does not search page text longer than a heading for the app name', () => {
    assert.equal(appNameFromText('Acme CI wants to access your Google Account'), 'Acme CI');
    const huge = `Acme CI wants to access your Google Account${' '.repeat(MAX_HEADING_CHARS)}`;
    assert.equal(appNameFromText(huge), undefined);
  });
});
