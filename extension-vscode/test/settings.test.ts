import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REFERENCE_PROVIDERS, builtinRules, type PolicyLayer } from '@secret-hygiene/core';
import { coerceSettings, effectiveSettings, userPolicyDocument, type SettingKey } from '../src/model/settings.js';

const read = (values: Partial<Record<SettingKey, unknown>>) => (key: SettingKey) => values[key];
const managed = (document: unknown): PolicyLayer => ({ source: 'managed', origin: '/etc/secret-hygiene/policy.json', text: JSON.stringify(document) });

describe('settings coercion', () => {
  it('keeps valid values and leaves unset policy values undefined (a default is not a choice)', () => {
    const { settings, problems } = coerceSettings(read({ scanOnType: false, maxFileSizeKB: 64, exclude: ['**/dist/**'] }));
    assert.deepEqual(problems, []);
    assert.equal(settings.minSeverity, undefined);
    assert.equal(settings.referenceProvider, undefined);
    assert.equal(settings.scanOnType, false);
    assert.equal(settings.maxFileSizeKB, 64);
    assert.deepEqual(settings.exclude, ['**/dist/**']);
  });

  it('falls back to defaults on bad values, naming the setting but never echoing the value', () => {
    const pasted = 'sk_live_pasted_into_a_setting';
    const { settings, problems } = coerceSettings(
      read({ minSeverity: pasted, rules: { 'Not Kebab': false, github: 'no', aws: false }, referenceProvider: 7, scanOnType: 'yes', maxFileSizeKB: -1, exclude: ['ok/**', 3] }),
    );
    assert.equal(settings.minSeverity, undefined);
    assert.deepEqual(settings.rules, { aws: false });
    assert.equal(settings.referenceProvider, undefined);
    assert.equal(settings.scanOnType, true);
    assert.equal(settings.maxFileSizeKB, 5120);
    assert.deepEqual(settings.exclude, ['ok/**']);
    assert.equal(problems.length, 7);
    assert.ok(problems.every((p) => p.startsWith('secretHygiene.')));
    assert.ok(!problems.some((p) => p.includes(pasted)));
  });

  it('caps the file size limit', () => {
    assert.equal(coerceSettings(read({ maxFileSizeKB: 1e9 })).settings.maxFileSizeKB, 100 * 1024);
  });

  it('takes a scan time budget within its bounds, and reports one below the minimum', () => {
    assert.equal(coerceSettings(read({})).settings.scanTimeoutMs, 5000);
    assert.equal(coerceSettings(read({ scanTimeoutMs: 120.7 })).settings.scanTimeoutMs, 120);
    assert.equal(coerceSettings(read({ scanTimeoutMs: 1e12 })).settings.scanTimeoutMs, 600_000);
    const low = coerceSettings(read({ scanTimeoutMs: 5 }));
    assert.equal(low.settings.scanTimeoutMs, 5000);
    assert.deepEqual(low.problems, ['secretHygiene.scanTimeoutMs: expected a number of milliseconds ≥ 50, got a number; using 5000']);
    assert.equal(effectiveSettings(coerceSettings(read({ scanTimeoutMs: 800 })).settings, undefined, builtinRules).scanTimeoutMs, 800);
  });
});

describe('effective settings under a managed policy', () => {
  const user = (values: Partial<Record<SettingKey, unknown>> = {}) => coerceSettings(read(values)).settings;

  it('without a policy: defaults, env references, nothing locked', () => {
    const e = effectiveSettings(user(), undefined, builtinRules);
    assert.equal(e.scan.minSeverity, 'low');
    assert.equal(e.references.provider, 'env');
    assert.deepEqual(e.locked, []);
    assert.equal(e.managed, undefined);
  });

  it('user choices apply: minimum severity, rules off by id or provider, reference provider', () => {
    const e = effectiveSettings(user({ minSeverity: 'high', rules: { aws: false, 'github-classic-pat': false }, referenceProvider: 'doppler' }), undefined, builtinRules);
    assert.equal(e.scan.minSeverity, 'high');
    assert.ok(e.scan.disabledRules.has('github-classic-pat'));
    assert.ok(e.scan.disabledRules.has('aws-access-key-id'));
    assert.ok(!e.scan.disabledRules.has('github-fine-grained-pat'));
    assert.equal(e.references.provider, 'doppler');
  });

  it('a managed minimum applies over the default and is locked', () => {
    const e = effectiveSettings(user(), managed({ minSeverity: 'high' }), builtinRules);
    assert.equal(e.scan.minSeverity, 'high');
    assert.deepEqual(e.locked, ['minSeverity']);
    assert.deepEqual(e.managed, { origin: '/etc/secret-hygiene/policy.json', broken: false });
  });

  it('managed references and locked detectors win over the user', () => {
    const e = effectiveSettings(user({ referenceProvider: 'env', rules: { github: false } }), managed({ references: { provider: '1password' }, detectors: { locked: true } }), builtinRules);
    assert.equal(e.references.provider, '1password');
    assert.ok(!e.scan.disabledRules.has('github-classic-pat'), 'locked detectors stay on');
    assert.deepEqual(e.locked.sort(), ['referenceProvider', 'rules']);
  });

  it('a malformed managed policy fails closed, visibly', () => {
    const broken: PolicyLayer = { source: 'managed', origin: '/etc/secret-hygiene/policy.json', text: '{ "minSeverity": ' };
    const e = effectiveSettings(user({ minSeverity: 'critical', rules: { github: false } }), broken, builtinRules);
    assert.equal(e.managed?.broken, true);
    assert.ok(e.policyErrors.length > 0 && e.policyErrors.every((p) => p.includes('/etc/secret-hygiene/policy.json')));
    assert.ok(!e.scan.disabledRules.has('github-classic-pat'), 'strict defaults lock detectors on');
  });

  it("reads the workspace's .secret-hygiene.json under the user's settings and the managed policy, as the CLI does", () => {
    const workspace: PolicyLayer = { source: 'workspace', origin: '.secret-hygiene.json', text: JSON.stringify({ minSeverity: 'high', detectors: { disabled: ['aws'] } }) };
    const fromWorkspace = effectiveSettings(user(), undefined, builtinRules, workspace);
    assert.equal(fromWorkspace.scan.minSeverity, 'high');
    assert.ok(fromWorkspace.scan.disabledRules.has('aws-access-key-id'));
    assert.equal(effectiveSettings(user({ minSeverity: 'critical' }), undefined, builtinRules, workspace).scan.minSeverity, 'critical', 'the user layer sits above');
    const underManaged = effectiveSettings(user(), managed({ minSeverity: 'medium', detectors: { locked: true } }), builtinRules, workspace);
    assert.ok(!underManaged.scan.disabledRules.has('aws-access-key-id'), 'locked detectors win over the workspace');
    const broken = effectiveSettings(user(), undefined, builtinRules, { source: 'workspace', origin: '.secret-hygiene.json', text: '{ "minSeverity": ' });
    assert.ok(broken.problems.some((p) => p.includes('.secret-hygiene.json')), broken.problems.join(' | '));
  });

  it('the user layer carries only explicit choices', () => {
    assert.deepEqual(userPolicyDocument(user()), { references: { provider: 'env' } });
    assert.deepEqual(userPolicyDocument(user({ minSeverity: 'medium', rules: { aws: false, github: true }, onePasswordVault: 'Eng' })), {
      minSeverity: 'medium',
      detectors: { disabled: ['aws'], enabled: ['github'] },
      references: { provider: 'env', onePasswordVault: 'Eng' },
    });
  });
});

describe('the referenceProvider setting', () => {
  it("offers exactly the policy schema's reference providers (one declaration in core)", () => {
    const manifest = JSON.parse(readFileSync(join(process.cwd(), 'extension-vscode/package.json'), 'utf8')) as {
      contributes: { configuration: { properties: Record<string, { enum?: string[] }> } | { properties: Record<string, { enum?: string[] }> }[] };
    };
    const sections = [manifest.contributes.configuration].flat();
    const setting = sections.map((c) => c.properties['secretHygiene.referenceProvider']).find(Boolean);
    assert.deepEqual([...(setting?.enum ?? [])].sort(), [...REFERENCE_PROVIDERS].sort());
  });
});

describe('untrusted workspace (issue 18)', () => {
  const workspace = (document: unknown): PolicyLayer => ({ source: 'workspace', origin: '.secret-hygiene.json', text: JSON.stringify(document) });
  const silencing = { minSeverity: 'critical', detectors: { disabled: ['github'] }, allowlist: { paths: ['**'] } };

  it("the workspace's .secret-hygiene.json may only tighten, and what it tried is shown", () => {
    const { settings } = coerceSettings(read({}));
    const trusted = effectiveSettings(settings, undefined, builtinRules, workspace(silencing));
    assert.equal(trusted.scan.minSeverity, 'critical');
    const untrusted = effectiveSettings(settings, undefined, builtinRules, workspace({ ...silencing, detectors: { disabled: ['github'], enabled: ['aws'] } }), false);
    assert.equal(untrusted.scan.minSeverity, 'low');
    assert.equal(untrusted.scan.disabledRules.size, 0);
    assert.deepEqual(untrusted.allowlist.paths, []);
    assert.ok(untrusted.problems.some((p) => /detectors\.disabled\[github\]: the repository may not loosen/.test(p)), untrusted.problems.join('\n'));
  });

  it('declares the settings that could silence a scan, or name a program to run, as restricted configurations', () => {
    const manifest = JSON.parse(readFileSync(join(process.cwd(), 'extension-vscode/package.json'), 'utf8'));
    assert.deepEqual(manifest.capabilities.untrustedWorkspaces.restrictedConfigurations, ['secretHygiene.minSeverity', 'secretHygiene.rules', 'secretHygiene.exclude', 'secretHygiene.cliPath']);
    assert.equal(manifest.contributes.configuration.properties['secretHygiene.cliPath'].scope, 'machine', 'a workspace cannot name the CLI the editor runs');
    for (const key of manifest.capabilities.untrustedWorkspaces.restrictedConfigurations) assert.ok(manifest.contributes.configuration.properties[key], key);
  });
});
