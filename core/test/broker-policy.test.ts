import assert from 'node:assert/strict';
import { parseBrokerReference } from '../src/broker/references.js';
import { providerRefusal, schemeRefusal } from '../src/broker/policy-check.js';
import { resolvePolicy, validatePolicyDocument, type PolicyLayer } from '../src/policy/index.js';

const layer = (source: PolicyLayer['source'], document: unknown): PolicyLayer => ({ source, origin: `${source}.json`, document });

describe('broker policy', () => {
  it('defaults: every scheme, no requirement, 60 minutes', () => {
    assert.deepEqual(resolvePolicy([]).policy.broker, { allowedSchemes: ['keychain', 'op', 'env', 'github-app'], requiredSchemes: {}, maxTokenLifetimeMinutes: 60 });
  });

  it('validates the block and names bad fields', () => {
    const bad = validatePolicyDocument({ broker: { allowedSchemes: ['ftp'], maxTokenLifetimeMinutes: 0, requiredSchemes: { GitHub: 'github-app' }, extra: true } });
    const fields = (bad.issues ?? []).map((issue) => issue.field).sort();
    assert.deepEqual(fields, ['broker.allowedSchemes.0', 'broker.extra', 'broker.maxTokenLifetimeMinutes', 'broker.requiredSchemes.GitHub']);
  });

  it('managed wins; a lower layer may only have chosen stricter', () => {
    const { policy } = resolvePolicy([
      layer('user', { broker: { allowedSchemes: ['keychain', 'env'], maxTokenLifetimeMinutes: 30, requiredSchemes: { slack: 'op' } } }),
      layer('managed', { broker: { allowedSchemes: ['keychain', 'github-app', 'env'], maxTokenLifetimeMinutes: 60, requiredSchemes: { github: 'github-app' } } }),
    ]);
    assert.deepEqual(policy.broker.allowedSchemes, ['keychain', 'env']);
    assert.equal(policy.broker.maxTokenLifetimeMinutes, 30);
    assert.deepEqual(policy.broker.requiredSchemes, { slack: 'op', github: 'github-app' });
    const looser = resolvePolicy([layer('user', { broker: { maxTokenLifetimeMinutes: 600, requiredSchemes: { github: 'keychain' } } }), layer('managed', { broker: { maxTokenLifetimeMinutes: 60, requiredSchemes: { github: 'github-app' } } })]);
    assert.equal(looser.policy.broker.maxTokenLifetimeMinutes, 60);
    assert.equal(looser.policy.broker.requiredSchemes.github, 'github-app');
  });

  it('a workspace file may only tighten, and each ignored loosening is a notice', () => {
    const resolved = resolvePolicy([
      layer('workspace', { broker: { allowedSchemes: ['keychain', 'op'], maxTokenLifetimeMinutes: 600, requiredSchemes: { github: 'keychain' } } }),
      layer('managed', { broker: { allowedSchemes: ['keychain'], requiredSchemes: { github: 'github-app' } } }),
    ]);
    assert.deepEqual(resolved.policy.broker.allowedSchemes, ['keychain']);
    assert.equal(resolved.policy.broker.maxTokenLifetimeMinutes, 60);
    assert.equal(resolved.policy.broker.requiredSchemes.github, 'github-app');
    const notices = resolved.problems.filter((p) => p.source === 'workspace').map((p) => p.field);
    assert.ok(notices.includes('broker.maxTokenLifetimeMinutes'), JSON.stringify(resolved.problems));
    // Tightening from a workspace file stands when no other layer speaks.
    assert.deepEqual(resolvePolicy([layer('workspace', { broker: { allowedSchemes: ['env', 'keychain'], maxTokenLifetimeMinutes: 20 } })]).policy.broker, { allowedSchemes: ['keychain', 'env'], requiredSchemes: {}, maxTokenLifetimeMinutes: 20 });
  });

  it('schemeRefusal and providerRefusal say why', () => {
    const broker = { allowedSchemes: ['keychain', 'github-app'] as const, requiredSchemes: { github: 'github-app' as const }, maxTokenLifetimeMinutes: 60 };
    const policy = { ...broker, allowedSchemes: [...broker.allowedSchemes] };
    assert.match(schemeRefusal(policy, 'X', parseBrokerReference('env://X'))!, /X=env:\/\/X: the policy does not allow env:\/\/ references \(broker.allowedSchemes: keychain, github-app\)/);
    assert.equal(schemeRefusal(policy, 'X', parseBrokerReference('keychain://a/b')), undefined);
    assert.match(schemeRefusal(policy, 'T', parseBrokerReference('github-app://1/2?permissions=contents:read&key=env://K'))!, /does not allow env:\/\/.*private key is read through env:\/\/K/);
    assert.match(schemeRefusal({ ...policy, maxTokenLifetimeMinutes: 15 }, 'T', parseBrokerReference('github-app://1/2?permissions=contents:read'))!, /live 60 minutes/);
    assert.match(providerRefusal(policy, 'T', parseBrokerReference('keychain://a/b'), ['github'])!, /holds a github credential; the policy requires github credentials to come from github-app:\/\//);
    assert.equal(providerRefusal(policy, 'T', parseBrokerReference('github-app://1/2?permissions=contents:read'), ['github']), undefined);
    assert.equal(providerRefusal(policy, 'T', parseBrokerReference('keychain://a/b'), ['slack']), undefined);
  });
});
