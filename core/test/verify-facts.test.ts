/** Severity and over-scope from what a provider said, and the SECRET_HYGIENE_API_BASE parser. */
import assert from 'node:assert/strict';
import { parseApiBaseOverrides } from '../src/verify/api-base.js';
import { verificationAllows } from '../src/verify/mode.js';
import { assessHeldScopes } from '../src/verify/over-scope.js';
import { verifiers } from '../src/verify/registry.js';
import { scrubCredential } from '../src/verify/run.js';
import { severityFromVerification } from '../src/verify/severity.js';

const NOW = new Date('2026-12-06T00:00:00Z');
const days = (n: number) => new Date(NOW.getTime() + n * 86_400_000).toISOString();
const classic = { severity: 'critical', lifetime: 'long-lived' } as const;

describe('severity from verification facts', () => {
  it('live, never expiring, broad scopes: critical, above a rejected token', () => {
    const live = severityFromVerification(classic, { status: 'live', expiresAt: null, overScope: { risk: 'critical', scopes: [] } }, NOW);
    const dead = severityFromVerification(classic, { status: 'invalid' }, NOW);
    assert.equal(live.severity, 'critical');
    assert.equal(dead.severity, 'low');
    assert.match(live.reason, /never expires, broad access/);
  });

  it('live and long-lived with narrow scopes: high; short-lived and narrow: medium; expiring within a day: medium', () => {
    assert.equal(severityFromVerification(classic, { status: 'live', expiresAt: days(200), overScope: { risk: 'low', scopes: [] } }, NOW).severity, 'high');
    assert.equal(severityFromVerification({ severity: 'high', lifetime: 'short-lived' }, { status: 'live', expiresAt: days(10), overScope: { risk: 'low', scopes: [] } }, NOW).severity, 'medium');
    assert.equal(severityFromVerification(classic, { status: 'live', expiresAt: days(0.5) }, NOW).severity, 'medium');
  });

  it('short-lived but broad: high', () => {
    assert.equal(severityFromVerification(classic, { status: 'live', expiresAt: days(30), overScope: { risk: 'high', scopes: [] } }, NOW).severity, 'high');
  });

  it('unknown keeps the format-based severity', () => {
    assert.equal(severityFromVerification({ severity: 'medium', lifetime: 'unknown' }, { status: 'unknown' }, NOW).severity, 'medium');
  });
});

describe('over-scope from held scopes', () => {
  it('rates GitHub classic scopes with the catalog and names the narrower credential', () => {
    const held = assessHeldScopes('github', 'github-classic-pat', { status: 'live', scopes: ['repo', 'read:user'] })!;
    assert.equal(held.risk, 'critical');
    assert.deepEqual(held.scopes.map((s) => s.scope), ['repo']);
    assert.match(held.narrower!, /contents:read/);
  });

  it('a classic PAT with no scopes reads public data only: low', () => {
    assert.deepEqual(assessHeldScopes('github', 'github-classic-pat', { status: 'live', scopes: [] }), { risk: 'low', scopes: [] });
  });

  it('a Stripe live secret key has no scopes and full access; nothing is rated for a dead token', () => {
    assert.equal(assessHeldScopes('stripe', 'stripe-live-secret-key', { status: 'live' })?.fullAccess, true);
    assert.equal(assessHeldScopes('github', 'github-classic-pat', { status: 'invalid', scopes: ['repo'] }), undefined);
  });

  it('Slack and GitLab scopes use their catalogs', () => {
    assert.equal(assessHeldScopes('gitlab', 'gitlab-pat', { status: 'live', scopes: ['read_user'] })?.risk, 'low');
    assert.equal(assessHeldScopes('gitlab', 'gitlab-pat', { status: 'live', scopes: ['api'] })?.risk, 'critical');
    assert.ok(assessHeldScopes('slack', 'slack-user-token', { status: 'live', scopes: ['admin'] })!.risk !== 'low');
  });
});

describe('SECRET_HYGIENE_API_BASE', () => {
  const known = ['github', 'slack', 'google'];

  it('accepts loopback http(s) bases and normalises them', () => {
    const parsed = parseApiBaseOverrides('{"github":"http://127.0.0.1:8123/","slack":"https://localhost:9/api-prefix/","google":"http://[::1]:7"}', known);
    assert.deepEqual(parsed.bases, { github: 'http://127.0.0.1:8123', slack: 'https://localhost:9/api-prefix', google: 'http://[::1]:7' });
    assert.deepEqual(parsed.notices, []);
  });

  it('ignores every non-loopback value with a notice, keeping the rest', () => {
    const parsed = parseApiBaseOverrides(
      JSON.stringify({ github: 'http://127.0.0.1@evil.example', slack: 'http://127.0.0.1.evil.example', google: 'http://10.0.0.1', gitlab: 'http://127.0.0.1:1' }),
      [...known, 'gitlab'],
    );
    assert.deepEqual(parsed.bases, { gitlab: 'http://127.0.0.1:1' });
    assert.equal(parsed.notices.length, 3);
    for (const notice of parsed.notices) assert.match(notice, /only loopback addresses are accepted.*ignored$/);
  });

  it('refuses other schemes, credentials, queries, unknown providers and non-objects', () => {
    const cases: [string, RegExp][] = [
      ['{"github":"file:///etc/passwd"}', /only http/],
      ['{"github":"ftp://127.0.0.1"}', /only http/],
      ['{"github":"http://user:pw@127.0.0.1"}', /credentials/],
      ['{"github":"http://127.0.0.1/?x=1"}', /query/],
      ['{"github":42}', /URL string/],
      ['{"gitthub":"http://127.0.0.1"}', /not a provider/],
      ['["http://127.0.0.1"]', /JSON object/],
      ['{github:', /not valid JSON/],
    ];
    for (const [value, why] of cases) {
      const parsed = parseApiBaseOverrides(value, known);
      assert.deepEqual(parsed.bases, {}, value);
      assert.match(parsed.notices.join('\n'), why, value);
      assert.ok(!parsed.notices.join('').includes('pw@'), 'a notice does not echo URL credentials');
    }
  });

  it('unset or empty: nothing, silently', () => {
    assert.deepEqual(parseApiBaseOverrides(undefined), { bases: {}, notices: [] });
    assert.deepEqual(parseApiBaseOverrides('  '), { bases: {}, notices: [] });
  });
});

describe('verification registry and policy mode', () => {
  it('every spec: kebab id, HTTPS hosts, docs, rule ids claimed once', () => {
    const seen = new Set<string>();
    for (const spec of verifiers) {
      assert.match(spec.id, /^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      assert.ok(spec.hosts.length && spec.hosts.every((h) => /^https:\/\/[a-z0-9.-]+$/.test(h)), `${spec.id}: HTTPS origins only`);
      assert.ok(spec.docs.length && spec.docs.every((d) => d.startsWith('https://')), `${spec.id}: cites its docs`);
      for (const id of spec.ruleIds) {
        assert.ok(!seen.has(id), `${id} is claimed twice`);
        seen.add(id);
      }
    }
  });

  it('off forbids, on-demand needs a request, allowed always', () => {
    assert.deepEqual([verificationAllows('off', true), verificationAllows('on-demand', true), verificationAllows('on-demand', false), verificationAllows('allowed', false)], [false, true, false, true]);
  });

  it('scrubs every credential value out of a message', () => {
    const secret = 'ghp_abcdefghijklmnopqrstuvwxyz0123456789';
    assert.equal(scrubCredential(`failed for ${secret}!`, { secret, companions: {} }), 'failed for ghp_…6789!');
  });
});
