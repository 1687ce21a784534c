import assert from 'node:assert/strict';
import { assessClassicScopes, assessInstallation } from '../src/github/assess.js';
import { explainGitHubError } from '../src/github/errors.js';
import { githubTokenFacts as tokenFacts, parseGitHubExpirationHeader as parseExpirationHeader } from '../src/core-api.js';

const NOW = new Date('2025-06-01T00:00:00Z');

describe('GitHub connector audit: tokens', () => {
  it('kind and lifetime from the prefix', () => {
    assert.deepEqual(tokenFacts('ghp_abc', undefined, NOW), { kind: 'github-classic-pat', label: 'GitHub classic personal access token', lifetime: 'long-lived' });
    assert.equal(tokenFacts('ghu_abc', undefined, NOW).lifetime, 'short-lived');
    assert.equal(tokenFacts('ghs_abc', undefined, NOW).kind, 'github-installation-token');
    assert.equal(tokenFacts('gho_abc', undefined, NOW).lifetime, 'long-lived');
    assert.equal(tokenFacts('something', undefined, NOW).kind, 'unknown');
  });

  it('the expiration header decides: far away is long-lived, soon is short-lived', () => {
    assert.equal(parseExpirationHeader('2025-06-30 12:00:00 UTC'), '2025-06-30T12:00:00.000Z');
    assert.equal(parseExpirationHeader('2025-06-30 12:00:00 +02:00'), '2025-06-30T10:00:00.000Z');
    assert.equal(parseExpirationHeader('next week'), undefined);
    const soon = tokenFacts('github_pat_x', '2025-06-30 00:00:00 UTC', NOW);
    assert.deepEqual([soon.lifetime, soon.expiresAt], ['short-lived', '2025-06-30T00:00:00.000Z']);
    assert.equal(tokenFacts('ghp_x', '2026-06-30 00:00:00 UTC', NOW).lifetime, 'long-lived');
    assert.equal(tokenFacts('github_pat_x', undefined, NOW).lifetime, 'long-lived', 'a fine-grained token without expiry never expires');
  });

  it('classic scopes from X-OAuth-Scopes, rated by the catalog', () => {
    const scopes = assessClassicScopes('repo, read:org,  repo , made-up');
    assert.deepEqual(scopes.map((s) => [s.scope, s.risk, s.known]), [['repo', 'critical', true], ['read:org', 'low', true], ['made-up', 'low', false]]);
    assert.deepEqual(assessClassicScopes(''), []);
    assert.deepEqual(assessClassicScopes(undefined), []);
  });
});

describe('GitHub connector audit: installations', () => {
  it('flags administration/contents write on all repositories and members write, with narrower alternatives', () => {
    const result = assessInstallation({ id: 1, app_slug: 'release-train', account: { login: 'acme' }, repository_selection: 'all', permissions: { administration: 'write', contents: 'write', members: 'write', metadata: 'read' } });
    assert.equal(result.risk, 'critical');
    assert.deepEqual(result.permissions.map((p) => `${p.permission}:${p.level}`), ['administration:write', 'contents:write', 'members:write', 'metadata:read']);
    assert.match(result.flags[0]!, /^administration: write on all repositories \(critical\): .*narrower: administration:read$/);
    assert.match(result.flags[1]!, /^contents: write on all repositories \(high\): .*narrower: contents:read on named repositories$/);
    assert.match(result.flags[2]!, /^members: write \(high\)/);
    assert.match(result.flags[3]!, /all repositories of the account, including future ones/);
  });

  it('write access to all repositories is one step worse than on selected ones', () => {
    const selected = assessInstallation({ id: 2, repository_selection: 'selected', permissions: { issues: 'write', metadata: 'read' } });
    const all = assessInstallation({ id: 3, repository_selection: 'all', permissions: { issues: 'write', metadata: 'read' } });
    assert.deepEqual([selected.risk, selected.flags.length], ['medium', 0]);
    assert.equal(all.risk, 'high');
    assert.equal(all.flags.length, 1);
  });

  it('read-only on selected repositories is not flagged; "none" permissions are ignored', () => {
    const result = assessInstallation({ id: 4, app_slug: 'reader', repository_selection: 'selected', permissions: { contents: 'read', metadata: 'read', issues: 'none' } });
    assert.deepEqual(result.flags, []);
    assert.equal(result.risk, 'low');
    assert.equal(result.permissions.length, 2);
  });
});

describe('GitHub connector audit: API errors explained', () => {
  it('401: the token is wrong, expired or revoked', () => {
    const e = explainGitHubError({ status: 401, data: { message: 'Bad credentials' } }, 'reading the token owner');
    assert.equal(e.kind, 'unauthorized');
    assert.equal(e.githubMessage, 'Bad credentials');
  });

  it('403 with remaining 0: the primary rate limit, with its reset time', () => {
    const e = explainGitHubError({ status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1893499200' }, data: { message: 'API rate limit exceeded for user ID 1.' } }, 'listing');
    assert.equal(e.kind, 'rate-limited');
    assert.equal(e.resetAt, '2030-01-01T12:00:00.000Z');
    assert.match(e.message, /resets at 2030-01-01T12:00:00\.000Z/);
  });

  it('403/429 with retry-after: the secondary rate limit', () => {
    assert.equal(explainGitHubError({ status: 429, headers: { 'retry-after': '60' } }, 'x').kind, 'secondary-rate-limit');
    assert.equal(explainGitHubError({ status: 403, data: { message: 'You have exceeded a secondary rate limit.' } }, 'x').kind, 'secondary-rate-limit');
  });

  it('other 403s are missing permission; 404 is what a token may not see; no status is the network', () => {
    assert.equal(explainGitHubError({ status: 403, headers: { 'x-ratelimit-remaining': '4000' } }, 'x').kind, 'forbidden');
    assert.match(explainGitHubError({ status: 404 }, 'listing the installations of initech').message, /organisation owner/);
    assert.equal(explainGitHubError({ message: 'fetch failed' }, 'x').kind, 'network');
    assert.equal(explainGitHubError({ status: 502 }, 'x').kind, 'server');
  });
});
