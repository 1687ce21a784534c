import assert from 'node:assert/strict';
import { resolvePolicy } from '@secret-hygiene/core';
import { appNameFromText } from '../src/model/app-name.js';
import { classifyNavigation, reevaluate } from '../src/model/classify.js';
import { createRecord, newRecordId, sameRequest, verdictOf } from '../src/model/record.js';
import { belongsToRequest, TAB_REQUEST_TTL_MS } from '../src/model/tab-requests.js';

const GOOGLE = 'https://accounts.google.com/o/oauth2/v2/auth?client_id=1-a.apps.googleusercontent.com&scope=openid%20https://www.googleapis.com/auth/drive&access_type=offline&redirect_uri=https%3A%2F%2Fa.example.com%2Fcb&response_type=code&state=xyz';
const GENERIC = 'https://login.example.org/authorize?client_id=abc&response_type=code&redirect_uri=https%3A%2F%2Fapp.example.org%2Fcb&scope=openid%20admin';
const noPolicy = resolvePolicy([]);

describe('classifying a navigation', () => {
  it('a provider request: parsed, rated and judged by the policy', () => {
    const classified = classifyNavigation(GOOGLE, noPolicy, { genericDetection: false })!;
    assert.equal(classified.request.provider, 'google');
    assert.equal(classified.request.risk, 'critical');
    assert.equal(classified.verdict.action, 'warn', 'the default policy warns above medium');
  });

  it('pages that are not authorization requests are ignored cheaply', () => {
    assert.equal(classifyNavigation('https://github.com/octocat', noPolicy, { genericDetection: false }), undefined);
    assert.equal(classifyNavigation('https://accounts.google.com/signin/oauth/consent?authuser=0', noPolicy, { genericDetection: false }), undefined);
  });

  it('generic OAuth on an unknown host only with generic detection on', () => {
    assert.equal(classifyNavigation(GENERIC, noPolicy, { genericDetection: false }), undefined);
    assert.equal(classifyNavigation(GENERIC, noPolicy, { genericDetection: true })!.request.provider, 'oidc');
  });

  it('a managed block rule blocks, names the rule and its source; a later policy judges the record again', () => {
    const managed = resolvePolicy([{ source: 'managed', origin: 'test', document: { oauth: { rules: { google: { blockedScopes: ['https://www.googleapis.com/auth/drive'], action: 'block' } } } } }]);
    const classified = classifyNavigation(GOOGLE, managed, { genericDetection: false })!;
    assert.equal(classified.verdict.action, 'block');
    assert.ok(classified.verdict.reasons.includes('google: scope https://www.googleapis.com/auth/drive is blocked'), classified.verdict.reasons.join('; '));
    const record = createRecord(classified.request, classified.url, classified.verdict, new Date(0), 'x');
    assert.deepEqual(record.verdict.source, { source: 'managed', origin: 'test' });
    const relaxed = resolvePolicy([{ source: 'user', origin: 'options page', document: { oauth: { rules: { '*': { maxRisk: 'critical' } } } } }]);
    assert.equal(verdictOf(reevaluate(record, relaxed)).action, 'allow');
  });

  it('a user rule cannot loosen a managed one', () => {
    const layered = resolvePolicy([
      { source: 'managed', origin: 'm', document: { oauth: { rules: { google: { maxRisk: 'medium', action: 'block' } } } } },
      { source: 'user', origin: 'u', document: { oauth: { rules: { google: { maxRisk: 'critical', action: 'warn' } } } } },
    ]);
    assert.equal(classifyNavigation(GOOGLE, layered, { genericDetection: false })!.verdict.action, 'block');
  });
});

describe('records', () => {
  const classified = classifyNavigation(GOOGLE, noPolicy, { genericDetection: false })!;
  const record = createRecord(classified.request, classified.url, classified.verdict, new Date('2025-01-01T00:00:00Z'), 'a');

  it('keep host, path and the redirect origin, never the query', () => {
    assert.equal(record.host, 'accounts.google.com');
    assert.equal(record.path, '/o/oauth2/v2/auth');
    assert.equal(record.redirectOrigin, 'https://a.example.com');
    assert.ok(!JSON.stringify(record).includes('state'));
  });

  it('the same request seen again shortly after is one request', () => {
    const again = { ...record, id: 'b', time: '2025-01-01T00:01:00Z' };
    assert.ok(sameRequest(record, again));
    assert.ok(!sameRequest(record, { ...again, time: '2025-01-01T00:05:00Z' }));
    assert.ok(!sameRequest(record, { ...again, clientId: 'other' }));
  });

  it('ids are time-ordered and distinct', () => {
    const a = newRecordId(new Date(1000), () => 0.1);
    const b = newRecordId(new Date(2000), () => 0.1);
    assert.ok(a < b);
    assert.notEqual(newRecordId(new Date(1000), () => 0.1), newRecordId(new Date(1000), () => 0.2));
  });
});

describe('the request a tab is in', () => {
  const state = { recordId: 'r', provider: 'google' as const, host: 'accounts.google.com', at: 0 };

  it('follows the provider’s own later pages (the consent page without parameters)', () => {
    assert.ok(belongsToRequest(state, 'https://accounts.google.com/signin/oauth/consent?authuser=0', 1000));
  });

  it('ends on another site, after the TTL, or on garbage', () => {
    assert.ok(!belongsToRequest(state, 'https://a.example.com/cb?code=1', 1000));
    assert.ok(!belongsToRequest(state, 'https://accounts.google.com/signin/oauth/consent', TAB_REQUEST_TTL_MS + 1));
    assert.ok(!belongsToRequest(state, 'not a url', 1000));
  });

  it('a generic request follows only its exact host', () => {
    const generic = { ...state, provider: 'oidc' as const, host: 'login.example.org' };
    assert.ok(belongsToRequest(generic, 'https://login.example.org/consent', 1000));
    assert.ok(!belongsToRequest(generic, 'https://accounts.google.com/x', 1000));
  });
});

describe('the app name from a consent page heading', () => {
  it('recognises the providers’ phrasings', () => {
    assert.equal(appNameFromText('Acme CI wants to access your octocat account'), 'Acme CI');
    assert.equal(appNameFromText('Authorize Deploy Bot'), 'Deploy Bot');
    assert.equal(appNameFromText('Sign in to continue to Drive Sync'), 'Drive Sync');
    assert.equal(appNameFromText('Install release-train'), 'release-train');
    assert.equal(appNameFromText('Standup Bot is requesting permission to access the Acme Slack workspace'), 'Standup Bot');
  });

  it('ignores generic titles and overlong or empty text, and strips control characters', () => {
    assert.equal(appNameFromText('Authorize application'), undefined);
    assert.equal(appNameFromText('Welcome'), undefined);
    assert.equal(appNameFromText(''), undefined);
    assert.equal(appNameFromText(`${'x'.repeat(300)} wants to access`), undefined);
    assert.equal(appNameFromText('Evil\u0007App wants to access your account'), 'Evil App');
  });
});
