import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv from 'ajv';
import {
  formatPolicyProblem,
  globToRegExp,
  isAllowlistedPath,
  minSeverityWithRequest,
  oauthVerdict,
  pathMatcher,
  policySchemaFiles,
  resolvePolicy,
  scanOptionsFromPolicy,
  unknownDetectorNames,
  validatePolicyDocument,
  type PolicyLayer,
} from '../src/policy/index.js';
import { OAUTH_PROVIDERS } from '../src/oauth/types.js';

const MANAGED = '/etc/secret-hygiene/policy.json';
const WORKSPACE = '/repo/.secret-hygiene.json';
const USER = '/home/u/.config/secret-hygiene/policy.json';
const managed = (document: unknown): PolicyLayer => ({ source: 'managed', origin: MANAGED, document });
const workspace = (document: unknown): PolicyLayer => ({ source: 'workspace', origin: WORKSPACE, document });
const user = (document: unknown): PolicyLayer => ({ source: 'user', origin: USER, document });
const messages = (layers: PolicyLayer[]) => resolvePolicy(layers).problems.map(formatPolicyProblem);

const FULL = {
  $schema: './node_modules/@secret-hygiene/core/schema/policy.schema.json',
  version: 1,
  detectors: { disabled: ['generic', 'aws-access-key'], enabled: ['github'], locked: true },
  minSeverity: 'medium',
  severityOverrides: { 'github-classic-pat': 'critical' },
  allowlist: { paths: ['test/fixtures/**', '*.snap'], fingerprints: ['github-classic-pat:0123456789abcdef01234567'], locked: true },
  oauth: { rules: { '*': { maxRisk: 'high', action: 'warn' }, google: { blockedScopes: ['https://www.googleapis.com/auth/drive'], allowedClientIds: ['123.apps.googleusercontent.com'], action: 'block' } } },
  references: { provider: 'doppler', onePasswordVault: 'Engineering' },
  audit: { endpoint: 'https://audit.example.com/events' },
};

describe('policy schema', () => {
  it('accepts a document using every field', () => {
    const result = validatePolicyDocument(FULL);
    assert.equal(result.issues, undefined);
    assert.deepEqual(result.document, FULL);
  });

  it('rejects unknown keys and bad values, naming the field path and the source', () => {
    const bad = {
      detectors: { disabld: ['aws'] },
      minSeverity: 'urgent',
      oauth: { rules: { google: { maxRisk: 'extreme' }, googel: {} } },
      allowlist: { fingerprints: ['nope'], paths: 'docs/**' },
      audit: { endpoint: 'http://audit.example.com' },
      version: 2,
    };
    const found = messages([managed(bad)]);
    for (const expected of [
      `managed policy ${MANAGED}: detectors.disabld: unknown field`,
      `managed policy ${MANAGED}: minSeverity: expected one of critical|high|medium|low|info`,
      `managed policy ${MANAGED}: oauth.rules.google.maxRisk: expected one of critical|high|medium|low`,
      `managed policy ${MANAGED}: allowlist.fingerprints.0: expected a finding fingerprint "<rule-id>:<24 hex>"`,
      `managed policy ${MANAGED}: allowlist.paths: expected array, got string`,
      `managed policy ${MANAGED}: audit.endpoint: expected an https:// URL`,
      `managed policy ${MANAGED}: version: expected exactly 1`,
    ]) {
      assert.ok(found.includes(expected), `missing: ${expected}\nin:\n${found.join('\n')}`);
    }
    assert.ok(found.some((m) => m.startsWith(`managed policy ${MANAGED}: oauth.rules.googel: unknown provider (expected one of google|`)), found.join('\n'));
    assert.deepEqual(messages([workspace({ detectors: { disabled: ['aws'], enabled: ['aws'] } })]).slice(0, 1), [
      `workspace policy ${WORKSPACE}: detectors.disabled.0: "aws" is also in detectors.enabled`,
    ]);
  });

  it('a broken workspace or user file is left out whole and says so; JSON errors name the file', () => {
    const resolved = resolvePolicy([{ source: 'user', origin: USER, text: '{"minSeverity": "high",' }, workspace({ minSeverity: 'info', detectors: { disabled: [1] } })]);
    assert.equal(resolved.policy.minSeverity, 'low');
    const found = resolved.problems.map(formatPolicyProblem);
    assert.ok(found.some((m) => m.startsWith(`user policy ${USER}: not valid JSON at line 1, column `)), found.join('\n'));
    assert.ok(found.includes(`workspace policy ${WORKSPACE}: detectors.disabled.0: expected string, got number`));
    assert.ok(found.includes(`workspace policy ${WORKSPACE}: not applied: fix the errors above`));
    assert.ok(resolved.problems.every((p) => p.level === 'error'));
  });
});

describe('policy layering', () => {
  it('defaults < workspace < user, whatever order the layers come in; provenance names source and file', () => {
    const { policy, provenance, problems } = resolvePolicy([
      user({ minSeverity: 'high', detectors: { enabled: ['aws'] }, audit: { endpoint: 'https://audit.example.com/u' } }),
      workspace({ minSeverity: 'medium', detectors: { disabled: ['aws', 'slack'] }, references: { provider: 'env' } }),
    ]);
    assert.deepEqual(problems, []);
    assert.equal(policy.minSeverity, 'high');
    assert.deepEqual(provenance.minSeverity, { source: 'user', origin: USER, value: 'high' });
    assert.deepEqual(policy.detectors, { disabled: ['slack'], enabled: ['aws'], locked: false });
    assert.deepEqual(policy.references, { provider: 'env', onePasswordVault: 'Private' });
    assert.equal(provenance['references.provider']!.source, 'workspace');
    assert.equal(provenance['references.onePasswordVault']!.source, 'default');
    assert.equal(policy.audit.endpoint, 'https://audit.example.com/u');
  });

  it('a workspace file cannot set the audit endpoint (a cloned repo must not redirect audit events)', () => {
    const { policy, problems } = resolvePolicy([workspace({ audit: { endpoint: 'https://evil.example.com' } })]);
    assert.equal(policy.audit.endpoint, undefined);
    assert.match(formatPolicyProblem(problems[0]!), /^workspace policy .*: audit\.endpoint: not accepted from a workspace file/);
  });

  it('managed minSeverity: lower layers may report more, never less; it also bounds a requested minimum', () => {
    const looser = resolvePolicy([managed({ minSeverity: 'medium' }), workspace({ minSeverity: 'high' })]);
    assert.equal(looser.policy.minSeverity, 'medium');
    assert.equal(looser.provenance.minSeverity!.source, 'managed');
    assert.deepEqual(looser.problems.map(formatPolicyProblem), [`workspace policy ${WORKSPACE}: minSeverity: "high" is overruled by the managed value "medium"`]);
    const stricter = resolvePolicy([managed({ minSeverity: 'medium' }), user({ minSeverity: 'info' })]);
    assert.equal(stricter.policy.minSeverity, 'info');
    assert.equal(stricter.provenance.minSeverity!.source, 'user');
    assert.deepEqual(minSeverityWithRequest(stricter, 'critical'), { minSeverity: 'medium', overruledBy: { source: 'managed', origin: MANAGED, value: 'medium' } });
    assert.deepEqual(minSeverityWithRequest(stricter, 'low'), { minSeverity: 'low' });
    assert.deepEqual(minSeverityWithRequest(stricter, undefined), { minSeverity: 'info' });
    assert.deepEqual(minSeverityWithRequest(resolvePolicy([workspace({ minSeverity: 'low' })]), 'critical'), { minSeverity: 'critical' });
  });

  it('managed detectors: kept-on names cannot be disabled, locked blocks every lower disable, re-enabling is allowed', () => {
    const rules = [
      { id: 'github-classic-pat', provider: 'github', severity: 'critical' as const },
      { id: 'aws-access-key', provider: 'aws', severity: 'critical' as const },
      { id: 'generic-api-key', provider: 'generic', severity: 'medium' as const },
      { id: 'generic-password', provider: 'generic', severity: 'medium' as const },
    ];
    const kept = resolvePolicy([managed({ detectors: { enabled: ['github'], disabled: ['generic'] } }), workspace({ detectors: { disabled: ['github-classic-pat', 'aws'] } }), user({ detectors: { enabled: ['generic-api-key'] } })]);
    assert.deepEqual([...scanOptionsFromPolicy(kept.policy, rules).disabledRules].sort(), ['aws-access-key', 'generic-password']);
    const locked = resolvePolicy([managed({ detectors: { locked: true } }), workspace({ detectors: { disabled: ['aws', 'generic'] } })]);
    assert.deepEqual(locked.policy.detectors, { disabled: [], enabled: [], locked: true });
    assert.equal(scanOptionsFromPolicy(locked.policy, rules).disabledRules.size, 0);
    assert.deepEqual(locked.problems.map((p) => p.field), ['detectors.disabled[aws]', 'detectors.disabled[generic]']);
    assert.deepEqual(unknownDetectorNames(resolvePolicy([workspace({ detectors: { disabled: ['githb', 'aws'] }, severityOverrides: { nope: 'low' } })]).policy, rules), [
      { field: 'detectors.disabled', name: 'githb' },
      { field: 'severityOverrides', name: 'nope' },
    ]);
  });

  it('managed severity overrides: lower layers may only raise', () => {
    const rules = ['a', 'b', 'c', 'd'].map((id) => ({ id: `rule-${id}`, provider: 'x', severity: 'medium' as const }));
    const { policy, problems } = resolvePolicy([
      managed({ severityOverrides: { 'rule-a': 'high', 'rule-d': 'low' } }),
      workspace({ severityOverrides: { 'rule-a': 'low', 'rule-b': 'low', 'rule-c': 'critical', 'rule-d': 'high' } }),
    ]);
    assert.deepEqual(scanOptionsFromPolicy(policy, rules).severityOverrides, { 'rule-a': 'high', 'rule-c': 'critical', 'rule-d': 'high' });
    assert.deepEqual(problems.map((p) => p.field), ['severityOverrides.rule-a']);
    const alone = resolvePolicy([workspace({ severityOverrides: { 'rule-b': 'low' } })]);
    assert.deepEqual(scanOptionsFromPolicy(alone.policy, rules).severityOverrides, { 'rule-b': 'low' });
  });

  it('managed allowlist: unioned with lower entries, unless locked', () => {
    const open = resolvePolicy([managed({ allowlist: { paths: ['vendor/**'] } }), workspace({ allowlist: { paths: ['docs/**'] } })]);
    assert.deepEqual(open.policy.allowlist.paths.sort(), ['docs/**', 'vendor/**']);
    const locked = resolvePolicy([managed({ allowlist: { paths: ['vendor/**'], locked: true } }), workspace({ allowlist: { paths: ['docs/**'], fingerprints: ['a-b:0123456789abcdef01234567'] } })]);
    assert.deepEqual(locked.policy.allowlist, { paths: ['vendor/**'], fingerprints: [], locked: true });
    assert.equal(locked.problems.length, 2);
  });

  it('managed OAuth rules: scopes unioned, stricter risk, client ids intersected, block beats warn', () => {
    const { policy, provenance } = resolvePolicy([
      managed({ oauth: { rules: { '*': { maxRisk: 'high' }, google: { blockedScopes: ['drive'], maxRisk: 'high', allowedClientIds: ['a', 'b'], action: 'warn' } } } }),
      user({ oauth: { rules: { google: { blockedScopes: ['gmail.send'], maxRisk: 'critical', allowedClientIds: ['b', 'c'], action: 'block' }, github: { maxRisk: 'low' } } } }),
    ]);
    assert.deepEqual(policy.oauth.rules.google, { blockedScopes: ['gmail.send', 'drive'], maxRisk: 'high', allowedClientIds: ['b'], action: 'block' });
    assert.equal(provenance['oauth.rules.google.action']!.source, 'user');
    assert.equal(provenance['oauth.rules.google.maxRisk']!.source, 'managed');
    // A managed value replaces the built-in default even when the default was stricter.
    assert.deepEqual(policy.oauth.rules['*'], { blockedScopes: [], maxRisk: 'high', action: 'warn' });
    assert.deepEqual(policy.oauth.rules.github, { blockedScopes: [], maxRisk: 'low', action: 'warn' });
    const stricter = resolvePolicy([managed({ oauth: { rules: { google: { maxRisk: 'high', action: 'block' } } } }), workspace({ oauth: { rules: { google: { maxRisk: 'low', action: 'warn' } } } })]);
    assert.deepEqual(stricter.policy.oauth.rules.google, { blockedScopes: [], maxRisk: 'low', action: 'block' });
  });

  it('managed references and audit endpoint win over the lower layers', () => {
    const { policy, problems } = resolvePolicy([
      managed({ references: { provider: 'infisical' }, audit: { endpoint: 'https://audit.corp.example/e' } }),
      user({ references: { provider: 'env', onePasswordVault: 'Mine' }, audit: { endpoint: 'https://me.example/e' } }),
    ]);
    assert.deepEqual(policy.references, { provider: 'infisical', onePasswordVault: 'Mine' });
    assert.equal(policy.audit.endpoint, 'https://audit.corp.example/e');
    assert.deepEqual(problems.map((p) => p.field), ['references.provider', 'audit.endpoint']);
  });

  it('a malformed or unreadable managed policy fails closed to strict defaults, visibly, and never throws', () => {
    const lower = [workspace({ minSeverity: 'critical', detectors: { disabled: ['aws'] }, allowlist: { paths: ['**'] }, oauth: { rules: { '*': { maxRisk: 'critical' } } } })];
    for (const broken of [{ text: '{"minSeverity": ' }, { document: { minSeverity: 'none' } }, { document: 42 }, { document: null }, { document: [] }, { unreadable: 'EACCES' }]) {
      const resolved = resolvePolicy([{ source: 'managed', origin: MANAGED, ...broken }, ...lower]);
      const { policy, provenance } = resolved;
      assert.equal(policy.minSeverity, 'low', JSON.stringify(broken));
      assert.deepEqual(policy.detectors, { disabled: [], enabled: [], locked: true });
      assert.deepEqual(policy.allowlist, { paths: [], fingerprints: [], locked: true });
      assert.deepEqual(policy.oauth.rules['*'], { blockedScopes: [], maxRisk: 'medium', action: 'warn' });
      assert.deepEqual(provenance.minSeverity, { source: 'strict-default', origin: MANAGED, value: 'low' });
      const found = resolved.problems.map(formatPolicyProblem);
      assert.ok(found.includes(`managed policy ${MANAGED}: cannot be used: the strict defaults apply instead (fail closed)`), found.join('\n'));
    }
    assert.ok(messages([{ source: 'managed', origin: MANAGED, unreadable: 'EACCES' }]).includes(`managed policy ${MANAGED}: cannot read (EACCES)`));
    // Tightening still works under strict defaults.
    assert.equal(resolvePolicy([{ source: 'managed', origin: MANAGED, text: '' }, user({ minSeverity: 'info' })]).policy.minSeverity, 'info');
  });
});

describe('policy evaluation', () => {
  it('oauthVerdict: allow, warn above the maximum risk, block on a blocked scope, allowed client ids', () => {
    const { policy, provenance } = resolvePolicy([
      managed({ oauth: { rules: { '*': { maxRisk: 'medium', action: 'warn' }, google: { blockedScopes: ['https://www.googleapis.com/auth/drive'], allowedClientIds: ['ok.apps'], action: 'block' } } } }),
    ]);
    const request = (scopes: [string, 'critical' | 'high' | 'medium' | 'low'][], clientId: string | undefined, provider = 'google') => ({
      provider,
      ...(clientId ? { clientId } : {}),
      scopes: scopes.map(([scope, risk]) => ({ scope, risk })),
      risk: scopes.map(([, risk]) => risk).sort((a, b) => ['critical', 'high', 'medium', 'low'].indexOf(a) - ['critical', 'high', 'medium', 'low'].indexOf(b))[0] ?? 'low',
    });
    assert.deepEqual(oauthVerdict(policy, request([['openid', 'low']], 'ok.apps')), { action: 'allow', reasons: [], rules: [] });
    const risky = oauthVerdict(policy, request([['repo', 'high']], undefined, 'github'), provenance);
    assert.equal(risky.action, 'warn');
    assert.deepEqual(risky.reasons, ['all providers: scope repo is high risk, above the maximum medium']);
    assert.equal(risky.source?.source, 'managed');
    const blocked = oauthVerdict(policy, request([['https://www.googleapis.com/auth/drive', 'high']], 'ok.apps'));
    assert.equal(blocked.action, 'block');
    assert.deepEqual(blocked.rules, ['*', 'google']);
    assert.ok(blocked.reasons.includes('google: scope https://www.googleapis.com/auth/drive is blocked'));
    const stranger = oauthVerdict(policy, request([['email', 'low']], 'other.apps'));
    assert.deepEqual(stranger, { action: 'block', reasons: ['google: client other.apps is not an allowed client'], rules: ['google'] });
    assert.equal(oauthVerdict(policy, request([['email', 'low']], undefined)).action, 'block');
  });

  it('allowlist globs: ** any depth, * one segment, ? one character, bare names at any depth, directories cover contents', () => {
    const cases: [string, string, boolean][] = [
      ['test/fixtures/**', 'test/fixtures/a/b.env', true],
      ['test/fixtures/**', 'src/test/fixtures/a.env', false],
      ['**/fixtures/*.env', 'a/b/fixtures/x.env', true],
      ['**/fixtures/*.env', 'fixtures/x.env', true],
      ['**/fixtures/*.env', 'fixtures/sub/x.env', false],
      ['*.snap', 'src/deep/__snapshots__/a.snap', true],
      ['docs/*.md', 'docs/guide/a.md', false],
      ['key?.pem', 'certs/key1.pem', true],
      ['key?.pem', 'certs/key12.pem', false],
      ['vendor', 'vendor/lib/x.js', true],
      ['vendor/', 'a/vendor/x.js', true],
      ['./build/out', 'build/out/app.js', true],
      ['a+b(c).txt', 'a+b(c).txt', true],
      ['a+b(c).txt', 'aab(c).txt', false],
    ];
    for (const [glob, path, expected] of cases) assert.equal(pathMatcher([glob])(path), expected, `${glob} vs ${path} (${globToRegExp(glob)})`);
    const { policy } = resolvePolicy([workspace({ allowlist: { paths: ['test/**'] } })]);
    assert.equal(isAllowlistedPath(policy, 'test\\data\\x.env'), true);
    assert.equal(isAllowlistedPath(policy, 'src/x.env'), false);
  });
});

describe('policy JSON Schemas', () => {
  it('the checked-in core/schema files equal what the zod schema generates (run `node esbuild.config.mjs`)', () => {
    for (const [name, text] of Object.entries(policySchemaFiles())) {
      assert.equal(readFileSync(resolve('core/schema', name), 'utf8'), text, `core/schema/${name} is stale`);
    }
  });

  it('policy.schema.json (draft-07) accepts the full document and rejects an unknown key', () => {
    const ajv = new Ajv({ allErrors: true });
    const validate = ajv.compile(JSON.parse(policySchemaFiles()['policy.schema.json']!));
    assert.ok(validate(FULL), ajv.errorsText(validate.errors));
    assert.equal(validate({ ...FULL, extra: true }), false);
    assert.equal(validate({ oauth: { rules: { google: { maxRisk: 'extreme' } } } }), false);
  });

  it("chrome-managed-schema.json follows Chrome's managed_schema dialect (components/policy/core/common/schema.cc)", () => {
    const schema = JSON.parse(policySchemaFiles()['chrome-managed-schema.json']!);
    // Chrome's table of attributes per type, restated here independently of the generator.
    const allowed: Record<string, string[]> = {
      array: ['description', 'id', 'items', 'sensitiveValue', 'title', 'type'],
      boolean: ['description', 'id', 'sensitiveValue', 'title', 'type'],
      integer: ['description', 'enum', 'id', 'maximum', 'minimum', 'sensitiveValue', 'title', 'type'],
      number: ['description', 'id', 'sensitiveValue', 'title', 'type'],
      object: ['additionalProperties', 'description', 'id', 'patternProperties', 'properties', 'required', 'sensitiveValue', 'title', 'type'],
      string: ['description', 'enum', 'id', 'pattern', 'sensitiveValue', 'title', 'type'],
      $ref: ['$ref', 'description', 'title'],
    };
    const ids = new Set<string>();
    const refs: string[] = [];
    const check = (node: Record<string, unknown>, path: string): void => {
      const kind = '$ref' in node ? '$ref' : (node.type as string);
      assert.ok(allowed[kind], `${path}: needs a type or $ref, got ${JSON.stringify(node.type)}`);
      for (const key of Object.keys(node)) assert.ok(allowed[kind]!.includes(key), `${path}: "${key}" is not allowed on ${kind}`);
      if (kind === '$ref') return void refs.push(node.$ref as string);
      if (typeof node.id === 'string') ids.add(node.id);
      if (node.enum) assert.ok(Array.isArray(node.enum) && node.enum.length && node.enum.every((v) => typeof v === (kind === 'integer' ? 'number' : 'string')), `${path}: enum`);
      if (kind === 'array') check(node.items as Record<string, unknown>, `${path}[]`);
      for (const group of ['properties', 'patternProperties'] as const) {
        for (const [key, child] of Object.entries((node[group] ?? {}) as Record<string, Record<string, unknown>>)) check(child, `${path}.${key}`);
      }
      if (typeof node.additionalProperties === 'object') check(node.additionalProperties as Record<string, unknown>, `${path}.*`);
      else assert.equal(node.additionalProperties, undefined, `${path}: additionalProperties must be a schema`);
    };
    assert.equal(schema.type, 'object');
    assert.equal(schema.additionalProperties, undefined);
    assert.equal(schema.patternProperties, undefined);
    check(schema, '(root)');
    for (const ref of refs) assert.ok(ids.has(ref), `unresolved $ref ${ref}`);
    assert.deepEqual(Object.keys(schema.properties).sort(), ['allowlist', 'audit', 'broker', 'detectors', 'guardrails', 'minSeverity', 'oauth', 'references', 'repository', 'severityOverrides', 'verification', 'version']);
    // One rule key per OAuth provider id, plus '*'.
    assert.deepEqual(Object.keys(schema.properties.oauth.properties.rules.properties).length, OAUTH_PROVIDERS.length + 1);
  });
});
