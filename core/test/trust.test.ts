/** Issue 18: the trust model's layering rules (core/src/policy/trust.ts) and the inline directive rule. */
import assert from 'node:assert/strict';
import { LineIndex } from '../src/engine/positions.js';
import { MAX_DIRECTIVE_DISTANCE, inlineDirectives } from '../src/engine/suppress.js';
import { commentSpans } from '../src/formats/comments.js';
import { ignoredSeverityOverrides, resolvePolicy, scanOptionsFromPolicy, type PolicyLayer } from '../src/policy/index.js';

const WORKSPACE = '/repo/.secret-hygiene.json';
const MANAGED = '/etc/secret-hygiene/policy.json';
const USER = '/home/u/.config/secret-hygiene/policy.json';
const workspace = (document: unknown): PolicyLayer => ({ source: 'workspace', origin: WORKSPACE, document });
const managed = (document: unknown): PolicyLayer => ({ source: 'managed', origin: MANAGED, document });
const user = (document: unknown): PolicyLayer => ({ source: 'user', origin: USER, document });

const LOOSENING = {
  minSeverity: 'critical',
  detectors: { disabled: ['github'], enabled: ['aws'] },
  allowlist: { paths: ['**'], fingerprints: ['github-classic-pat:0123456789abcdef01234567'] },
  severityOverrides: { 'github-classic-pat': 'info' },
  oauth: { rules: { '*': { maxRisk: 'critical' } } },
};

describe('trust: what a repository may loosen', () => {
  it('with no managed policy it may loosen, and every loosening is listed with its file', () => {
    const resolved = resolvePolicy([workspace(LOOSENING)]);
    assert.deepEqual(resolved.trust, { mayLoosen: true, decidedBy: 'default' });
    assert.deepEqual(resolved.loosened.map((l) => `${l.field}=${l.value}@${l.origin}`).sort(), [
      `allowlist.fingerprints[github-classic-pat:0123456789abcdef01234567]=github-classic-pat:0123456789abcdef01234567@${WORKSPACE}`,
      `allowlist.paths[**]=**@${WORKSPACE}`,
      `detectors.disabled[github]=github@${WORKSPACE}`,
      `minSeverity=critical@${WORKSPACE}`,
      `oauth.rules.*.maxRisk=critical@${WORKSPACE}`,
      `severityOverrides.github-classic-pat=info@${WORKSPACE}`,
    ]);
    assert.equal(resolved.policy.minSeverity, 'critical');
  });

  it('untrusted by the adapter it only tightens: every loosening is refused with a notice, tightening stands', () => {
    const resolved = resolvePolicy([workspace({ ...LOOSENING, severityOverrides: { 'aws-access-key-id': 'critical' } })], { trustRepository: false });
    const { policy } = resolved;
    assert.equal(resolved.trust.mayLoosen, false);
    assert.deepEqual(resolved.loosened, []);
    assert.equal(policy.minSeverity, 'low');
    assert.deepEqual(policy.detectors.disabled, []);
    assert.deepEqual(policy.detectors.enabled, ['aws'], 'enabling is tightening');
    assert.deepEqual(policy.allowlist, { paths: [], fingerprints: [], locked: false });
    assert.equal(policy.oauth.rules['*']!.maxRisk, 'medium');
    assert.deepEqual(policy.severityOverrides['aws-access-key-id'], { severity: 'critical', raiseOnly: true });
    const refused = resolved.problems.filter((p) => p.source === 'workspace').map((p) => p.field);
    assert.deepEqual(refused.sort(), [
      'allowlist.fingerprints[github-classic-pat:0123456789abcdef01234567]',
      'allowlist.paths[**]',
      'detectors.disabled[github]',
      'minSeverity',
      'oauth.rules.*.maxRisk',
    ]);
    // Lowering the minimum reports more: allowed even when untrusted.
    assert.equal(resolvePolicy([workspace({ minSeverity: 'info' })], { trustRepository: false }).policy.minSeverity, 'info');
  });

  it('untrusted, an override that would lower a rule is not applied and is said, naming the file; one that raises is applied', () => {
    const rules = [{ id: 'github-classic-pat', provider: 'github', severity: 'critical' as const }, { id: 'aws-access-key-id', provider: 'aws', severity: 'high' as const }];
    const resolved = resolvePolicy([workspace({ severityOverrides: { 'github-classic-pat': 'info', 'aws-access-key-id': 'critical' } })], { trustRepository: false });
    assert.deepEqual(scanOptionsFromPolicy(resolved.policy, rules).severityOverrides, { 'aws-access-key-id': 'critical' });
    const said = ignoredSeverityOverrides(resolved, rules);
    assert.deepEqual(said.map((p) => [p.source, p.origin, p.field]), [['workspace', WORKSPACE, 'severityOverrides.github-classic-pat']]);
    assert.match(said[0]!.message, /would lower github-classic-pat from critical to info; ignored/);
    // Trusted, the same file lowers it (reported as a loosening instead).
    assert.deepEqual(ignoredSeverityOverrides(resolvePolicy([workspace({ severityOverrides: { 'github-classic-pat': 'info' } })]), rules), []);
  });

  it('a managed or user policy with repository.mayLoosen false decides it, whatever the adapter says', () => {
    for (const layer of [managed({ repository: { mayLoosen: false } }), user({ repository: { mayLoosen: false } })]) {
      const resolved = resolvePolicy([workspace(LOOSENING), layer], { trustRepository: true });
      assert.equal(resolved.trust.mayLoosen, false);
      assert.match(resolved.trust.decidedBy, new RegExp(`^${layer.source} policy ${layer.origin}$`));
      assert.equal(resolved.policy.minSeverity, 'low');
    }
  });

  it('a repository cannot vouch for itself: repository in a workspace file is ignored with a notice', () => {
    const resolved = resolvePolicy([workspace({ repository: { mayLoosen: true }, minSeverity: 'high' }), managed({ repository: { mayLoosen: false } })]);
    assert.equal(resolved.policy.minSeverity, 'low');
    assert.ok(resolved.problems.some((p) => p.field === 'repository' && /cannot vouch for itself/.test(p.message)));
  });

  it('a broken managed policy fails closed for the repository too', () => {
    const resolved = resolvePolicy([workspace(LOOSENING), { source: 'managed', origin: MANAGED, text: '{' }]);
    assert.equal(resolved.trust.mayLoosen, false);
    assert.match(resolved.trust.decidedBy, /strict defaults/);
    assert.deepEqual(resolved.loosened, []);
  });

  it('fields the managed document sets are locked (minSeverity included); unset fields stay open but reported', () => {
    const locked = resolvePolicy([workspace({ minSeverity: 'critical' }), managed({ minSeverity: 'medium' })]);
    assert.equal(locked.policy.minSeverity, 'medium');
    assert.deepEqual(locked.loosened, [], 'an overruled loosening is not listed');
    const open = resolvePolicy([workspace({ minSeverity: 'critical', detectors: { disabled: ['github'] } }), managed({ detectors: { locked: true } })]);
    assert.deepEqual(open.policy.detectors.disabled, []);
    assert.deepEqual(open.loosened.map((l) => l.field), ['minSeverity']);
  });

  it('a loosening a user file replaces is the user\'s choice, not the repository\'s', () => {
    const resolved = resolvePolicy([workspace({ minSeverity: 'critical' }), user({ minSeverity: 'high' })]);
    assert.equal(resolved.policy.minSeverity, 'high');
    assert.deepEqual(resolved.loosened, []);
  });
});

describe('trust: inline directives', () => {
  const TOKEN = 'ghp_abcdefghijklmnopqrstuvwxyz0123456789';
  const allowed = (text: string, path: string | undefined) => {
    const start = text.indexOf(TOKEN);
    return inlineDirectives(text, new LineIndex(text), path).allows(start, start + TOKEN.length);
  };

  it('counts in a comment of the file\'s language, on the line or the line above', () => {
    assert.ok(allowed(`const t = "${TOKEN}"; // secret-hygiene:allow test fixture\n`, 'a.ts'));
    assert.ok(allowed(`// secret-hygiene:allow test fixture\nconst t = "${TOKEN}";\n`, 'a.ts'));
    assert.ok(allowed(`t = "${TOKEN}"  # secret-hygiene:allow test fixture\n`, 'a.py'));
    assert.ok(allowed(`# secret-hygiene:allow test fixture\nTOKEN=${TOKEN}\n`, '.env'));
    assert.ok(!allowed(`// secret-hygiene:allow test fixture\n\nconst t = "${TOKEN}";\n`, 'a.ts'), 'two lines above');
    assert.ok(!allowed(`const t = "${TOKEN}"; // secret-hygiene:allow\n`, 'a.ts'), 'a reason is required');
  });

  it('does not count in a string literal or in a comment marker inside one', () => {
    assert.ok(!allowed(`const a = "secret-hygiene:allow trust me", t = "${TOKEN}";\n`, 'a.ts'));
    assert.ok(!allowed(`const a = "// secret-hygiene:allow trust me", t = "${TOKEN}";\n`, 'a.ts'));
    assert.ok(!allowed(`a = '# secret-hygiene:allow trust me'; t = "${TOKEN}"\n`, 'a.py'));
    // Unknown syntax (JSON has no comments): the words in a value do not count.
    assert.ok(!allowed(`{"note": "// secret-hygiene:allow trust me", "token": "${TOKEN}"}\n`, 'config.json'));
    assert.ok(allowed(`{\n  // secret-hygiene:allow rotated test fixture\n  "token": "${TOKEN}"\n}\n`, '.vscode/mcp.json'));
    // The comment styles the VS Code "allow" action writes for languages the lexer does not know.
    assert.ok(allowed(`; secret-hygiene:allow test fixture\ntoken = ${TOKEN}\n`, 'settings.ini'));
    assert.ok(allowed(`<!-- secret-hygiene:allow test fixture -->\n${TOKEN}\n`, 'README.md'));
    assert.ok(allowed(`-- secret-hygiene:allow test fixture\nSELECT '${TOKEN}';\n`, 'seed.sql'));
    assert.ok(allowed(`% secret-hygiene:allow test fixture\n${TOKEN}\n`, 'paper.tex'));
  });

  it(`does not reach further than ${MAX_DIRECTIVE_DISTANCE} characters on a long line`, () => {
    const near = `const t = "${TOKEN}"; // secret-hygiene:allow test fixture\n`;
    const far = `const t = "${TOKEN}"; ${'x'.repeat(MAX_DIRECTIVE_DISTANCE + 1)} // secret-hygiene:allow test fixture\n`;
    assert.ok(allowed(near, 'a.ts'));
    assert.ok(!allowed(far, 'a.ts'));
    const minified = `/* secret-hygiene:allow vendored */${'var a=1;'.repeat(10_000)}var t="${TOKEN}";`;
    assert.ok(!allowed(minified, 'bundle.min.js'));
  });

  it('the shared comment lexer: strings are skipped, unknown syntax is undefined', () => {
    assert.deepEqual(commentSpans('a = "// no" // yes\n', 'a.ts'), [[12, 18]]);
    assert.deepEqual(commentSpans('a = "# no" # yes\n', 'a.py'), [[11, 16]]);
    assert.equal(commentSpans('{"a": 1}', 'a.json'), undefined);
  });
});
