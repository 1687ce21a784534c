/** The managed policy's `verification` field: default, layering (managed wins, a repository only tightens), fail closed. */
import assert from 'node:assert/strict';
import { resolvePolicy } from '../src/policy/layering.js';
import type { PolicyLayer } from '../src/policy/types.js';
import { validatePolicyDocument } from '../src/policy/schema.js';

const layer = (source: PolicyLayer['source'], document: unknown): PolicyLayer => ({ source, origin: `${source}.json`, document });

describe('policy: verification', () => {
  it('defaults to on-demand, from the built-in defaults', () => {
    const resolved = resolvePolicy([]);
    assert.equal(resolved.policy.verification, 'on-demand');
    assert.equal(resolved.provenance.verification?.source, 'default');
  });

  it('a managed off wins over a user allowed', () => {
    const resolved = resolvePolicy([layer('user', { verification: 'allowed' }), layer('managed', { verification: 'off' })]);
    assert.equal(resolved.policy.verification, 'off');
    assert.equal(resolved.provenance.verification?.source, 'managed');
  });

  it('a lower layer stricter than the managed value stands', () => {
    const resolved = resolvePolicy([layer('user', { verification: 'off' }), layer('managed', { verification: 'allowed' })]);
    assert.equal(resolved.policy.verification, 'off');
  });

  it('a repository may tighten to off but not loosen to allowed, even when trusted', () => {
    assert.equal(resolvePolicy([layer('workspace', { verification: 'off' })]).policy.verification, 'off');
    const loosened = resolvePolicy([layer('workspace', { verification: 'allowed' })], { trustRepository: true });
    assert.equal(loosened.policy.verification, 'on-demand');
    assert.ok(loosened.problems.some((p) => p.field === 'verification' && /may only tighten/.test(p.message)));
  });

  it('a broken managed policy fails closed: off', () => {
    const resolved = resolvePolicy([{ source: 'managed', origin: '/etc/secret-hygiene/policy.json', text: '{ broken' }]);
    assert.equal(resolved.policy.verification, 'off');
  });

  it('an unknown mode is an error naming the field', () => {
    const result = validatePolicyDocument({ verification: 'always' });
    assert.deepEqual(result.issues?.map((i) => i.field), ['verification']);
  });
});
