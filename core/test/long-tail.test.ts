/** The long-tail matcher: entry validation, what a name-bound value is, attribution, and the table itself. */
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { Scanner, builtinRules, type Rule } from '../src/index.js';
import { longTailProviders } from '../src/rules/long-tail/index.js';
import fc from 'fast-check';
import { longTailRule, longTailRules, nameVariants, ruleRegex, stickyAttempt } from '../src/rules/long-tail/matcher.js';
import type { LongTailProvider } from '../src/rules/long-tail/types.js';

const NOW = new Date('2026-06-01T00:00:00Z');

/** A made-up provider (no such company) with a 32-hex-digit key, and one with a standalone prefix. */
const QUUX: LongTailProvider = {
  id: 'quuxlytics',
  name: 'Quuxlytics',
  names: ['quuxlytics', 'quux_lytics'],
  credential: 'API key',
  token: { alphabet: 'hex', length: 32 },
  rotateUrl: 'https://quuxlytics.invalid/settings/keys',
  doc: 'https://quuxlytics.invalid/docs/auth',
};
const ZORBLE: LongTailProvider = {
  id: 'zorble',
  name: 'Zorble',
  names: ['zorble'],
  credential: 'access token',
  token: { alphabet: 'alnum', length: [30, 40], prefix: 'zrbl_' },
  standalone: true,
  doc: 'https://zorble.invalid/api',
};
const KEY = '9f1c2e7ab04d83c65e1f0a9b27d4c816';
const TOKEN = 'zrbl_Q7mX2pL9vK4tR8wN1cY6hB3jD5fG0s';

const handWritten = builtinRules.filter((r) => !longTailProviders.some((p) => p.id === r.provider));

function findings(rules: Rule[], text: string, path?: string) {
  return new Scanner(rules).scan(text, { now: NOW, ...(path ? { path } : {}) }).findings;
}

describe('long-tail table: entry validation', () => {
  const cases: [string, Partial<LongTailProvider>, RegExp][] = [
    ['an id that is not kebab-case', { id: 'Quux_Lytics' }, /Quux_Lytics.*kebab-case/],
    ['a name shorter than 4 characters', { names: ['qux'] }, /quuxlytics.*name "qux"/],
    ['a name that is not lowercase', { names: ['QuuxLytics'] }, /quuxlytics.*name "QuuxLytics"/],
    ['standalone without a prefix', { standalone: true }, /quuxlytics.*standalone/],
    ['standalone with a prefix under 4 characters', { standalone: true, token: { alphabet: 'hex', length: 32, prefix: 'qx_' } }, /quuxlytics.*standalone/],
    ['an empty length range', { token: { alphabet: 'hex', length: [40, 32] } }, /quuxlytics.*length/],
    ['a zero length', { token: { alphabet: 'hex', length: 0 } }, /quuxlytics.*length/],
    ['an absurd length', { token: { alphabet: 'base64', length: [40, 600] } }, /quuxlytics.*above 512/],
    ['a missing length', { token: { alphabet: 'alnum' } }, /quuxlytics.*length/],
    ['an unknown alphabet', { token: { alphabet: 'base58' as 'hex', length: 32 } }, /quuxlytics.*alphabet "base58"/],
    ['a doc that is not https', { doc: 'http://quuxlytics.invalid/docs' }, /quuxlytics.*doc must be an https URL/],
    ['a doc that is not a URL', { doc: 'see the dashboard' }, /quuxlytics.*doc must be an https URL/],
  ];
  for (const [what, change, message] of cases) {
    it(`rejects ${what}, naming the entry`, () => {
      assert.throws(() => longTailRules([{ ...QUUX, ...change }]), (e: Error) => e.name === 'RuleError' && message.test(e.message));
    });
  }

  it('rejects a duplicate id', () => {
    assert.throws(() => longTailRules([QUUX, { ...QUUX, names: ['quuxy'] }]), (e: Error) => e.name === 'RuleError' && /quuxlytics.*duplicate/.test(e.message));
  });

  it('rejects an id that is a hand-written provider (it would be judged twice)', () => {
    assert.throws(
      () => longTailRules([{ ...QUUX, id: 'github' }], handWritten),
      (e: Error) => e.name === 'RuleError' && /github.*hand-written/.test(e.message),
    );
  });

  it('accepts a valid entry and derives the rule from it', () => {
    const [rule] = longTailRules([QUUX], handWritten);
    assert.equal(rule!.id, 'quuxlytics-api-key');
    assert.equal(rule!.provider, 'quuxlytics');
    assert.equal(rule!.description, 'Quuxlytics API key');
    assert.equal(rule!.severity, 'high');
    assert.equal(rule!.lifetime, 'long-lived');
    assert.equal(rule!.reference, QUUX.doc);
    assert.equal(rule!.rotateUrl, QUUX.rotateUrl);
    assert.deepEqual(rule!.keywords.sort(), ['quux_lytics', 'quuxlytics']);
  });

  it('listens for a name as written and joined (camelCase), keeping a trailing separator', () => {
    assert.deepEqual(nameVariants('abstract_api'), ['abstract_api', 'abstractapi']);
    assert.deepEqual(nameVariants('open-exchange-rates'), ['open-exchange-rates', 'openexchangerates']);
    assert.deepEqual(nameVariants('ably_'), ['ably_']);
  });
});

describe('long-tail matcher: a value bound to the name', () => {
  const rule = longTailRule(QUUX);
  const found = (text: string, path?: string) => findings([rule], text, path).map((f) => f.range.join('-'));

  const bound: [string, string | undefined][] = [
    [`QUUXLYTICS_KEY=${KEY}`, '.env'],
    [`export QUUX_LYTICS_API_TOKEN=${KEY}`, 'deploy.sh'],
    [`{ "quux_lytics_api_key": "${KEY}" }`, 'config.json'],
    [`const client = { quuxlyticsApiKey: '${KEY}' };`, 'app.ts'],
    [`const myQuuxlyticsKey = "${KEY}";`, 'app.js'],
    [`run --quuxlytics-token ${KEY} --verbose`, 'Makefile'],
    [`X-Quuxlytics-Key: ${KEY}`, 'request.http'],
    [`ENV['QUUXLYTICS_SECRET'] = "${KEY}"`, 'config.rb'],
    [`quuxlytics.api_key := "${KEY}"`, 'main.go'],
    [`<quuxlyticsKey>${KEY}</quuxlyticsKey>`, 'settings.xml'],
    [`os.environ.setdefault("QUUXLYTICS_KEY", "${KEY}")`, 'app.py'],
    [`quuxlytics ACCESS_TOKEN ${KEY}`, 'notes.txt'],
    [`Quuxlytics api key: ${KEY}`, 'README.md'],
    [`quuxlytics private access key = ${KEY}`, 'notes.txt'],
    [`QUUXLYTICS   PRIVATE    KEY  :  ${KEY}`, 'credentials.txt'],
  ];
  for (const [text, path] of bound) {
    it(`finds ${text.replace(KEY, '<key>')}`, () => {
      const start = text.indexOf(KEY);
      assert.deepEqual(found(text, path), [`${start}-${start + KEY.length}`]);
    });
  }

  const unbound: [string, string][] = [
    [`QUUXLYTICS_KEY=\n${KEY}`, 'the value on the next line'],
    [`${KEY}`, 'a bare value of the shape'],
    [`QUUXLYTICS_KEY_FOR_THE_STAGING_CLUSTER_IN_EU=${KEY}`, 'more than 30 identifier characters between name and value'],
    [`quuxlytics: see the docs for how to create ${KEY}`, 'prose between name and value'],
    [`quuxlytics returns ${KEY}`, 'a word that does not name a credential between name and value'],
    [`QUUXLYTICS_KEY=${KEY}ab`, 'a longer run glued after the value'],
    [`QUUXLYTICS_KEY=x${KEY}`, 'a token character glued before the value'],
    [`QUUXLYTICS_KEY=${KEY.slice(1)}`, 'one character short'],
    [`superquuxlytics_key=${KEY}`, 'the name glued inside another word'],
    [`QUUXLYTICS_ACCOUNT_ID=${KEY}`, 'an identifier naming an id, not the credential'],
    [`quuxlyticsPublicKey = "${KEY}"`, 'a public key'],
    [`QUUXLYTICS_KEY=0123456789abcdef0123456789abcdef`, 'a typed placeholder of the shape'],
    [`QUUXLYTICS_KEY=${'ab12'.repeat(8)}`, 'a short unit repeated'],
    [`quuxlytics private access key = a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6`, 'a typed value through a wider binding (three words)'],
    [`QUUXLYTICS   PRIVATE    KEY  :  a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6`, 'a typed value through a wider binding (aligned columns)'],
    [`quuxlytics sends the data to ${KEY}`, 'three words between name and value, the last naming no credential'],
  ];
  for (const [text, why] of unbound) {
    it(`stays silent on ${why}`, () => assert.deepEqual(found(text, '.env'), []));
  }

  it('stays silent on a camelCase client id (`quuxlyticsClientId`) when the credential is not an id', () => {
    assert.deepEqual(found(`const quuxlyticsClientId = "${KEY}";`, 'app.ts'), []);
  });

  it('finds a credential the provider itself calls an ID under its …_ID name', () => {
    const reporter = longTailRule({ ...QUUX, id: 'quuxreporter', names: ['quux_reporter'], credential: 'reporter ID' });
    const text = `QUUX_REPORTER_ID: ${KEY}`;
    assert.equal(findings([reporter], text, 'ci.yml').length, 1);
    // Code Climate names its coverage token the "test reporter ID" (CC_TEST_REPORTER_ID).
    const hex64 = `${KEY}${[...KEY].reverse().join('')}`;
    assert.deepEqual(findings([...builtinRules], `env:\n  CC_TEST_REPORTER_ID: ${hex64}\n`, 'ci.yml').map((f) => f.provider), ['codeclimate']);
  });

  it('judges the body, not the prefix: a documented prefix holding `secret` or `token` still matches', () => {
    const prefixed = longTailRule({ ...QUUX, id: 'quuxprefixed', token: { alphabet: 'alnum', length: 32, prefix: 'secret_token_' } });
    const value = 'secret_token_Qm7vT2xLp9ZkR4wN8cB1yH6dF3sJ0gAb';
    assert.equal(findings([prefixed], `QUUXLYTICS_KEY=${value}`, '.env').length, 1);
    assert.equal(findings([prefixed], `QUUXLYTICS_KEY=secret_token_${'x'.repeat(32)}`, '.env').length, 0, 'a placeholder body is still dropped');
  });

  it('finds a standalone prefixed token without the name, and not glued or short', () => {
    const zorble = longTailRule(ZORBLE);
    assert.equal(findings([zorble], `auth = "Bearer ${TOKEN}"`).length, 1);
    assert.equal(findings([zorble], `curl -H "Authorization: Bearer ${TOKEN}"`)[0]?.provider, 'zorble');
    assert.equal(findings([zorble], `x${TOKEN}`).length, 0);
    assert.equal(findings([zorble], `auth = "${TOKEN.replace('zrbl_', 'ZRBL_')}"`).length, 0, 'the prefix is case-sensitive');
    assert.equal(findings([zorble], `value: ${TOKEN.slice(0, 30)}`).length, 0);
    assert.ok(zorble.keywords.includes('zrbl_'));
  });
});

/** One made-up entry per alphabet and frame (prefix, suffix, range, standalone): the shapes the table may use. */
const SHAPES: LongTailProvider[] = (
  [
    { alphabet: 'hex', length: 32 },
    { alphabet: 'hex-lower', length: [40, 48] },
    { alphabet: 'hex-upper', length: 64, prefix: 'qx-' },
    { alphabet: 'alnum', length: [20, 512] },
    { alphabet: 'alnum-lower', length: 24, suffix: '.qx' },
    { alphabet: 'alnum-upper', length: 16 },
    { alphabet: 'digits', length: [8, 12] },
    { alphabet: 'base64', length: [40, 44] },
    { alphabet: 'base64url', length: 43, prefix: 'qx_live_' },
    { alphabet: 'uuid' },
  ] as const
).map((token, i) => ({
  id: `shape-${i}`,
  name: `Shape ${i}`,
  names: [`shapeco${i}`, `shape_co${i}`],
  credential: 'secret key',
  token: { ...token } as LongTailProvider['token'],
  ...(token.alphabet === 'base64url' ? { standalone: true } : {}),
  doc: 'https://shapes.invalid/docs',
}));

describe('long-tail matcher: values of a broad or upper-case shape', () => {
  /** Shapes chosen where the docs state no format: broad alphanumeric, and upper-case alphanumeric. */
  const BROAD: LongTailProvider = { ...QUUX, id: 'quuxbroad', names: ['quuxbroad'], token: { alphabet: 'alnum', length: [24, 64] } };
  const UPPER: LongTailProvider = { ...QUUX, id: 'quuxupper', names: ['quuxupper'], token: { alphabet: 'alnum-upper', length: 20 } };
  const found = (entry: LongTailProvider, text: string) => findings([longTailRule(entry)], text, '.env').length;

  it('finds a hex key in a broad alphanumeric shape (judged on the hex floor, not alnum\'s)', () => {
    assert.equal(found(BROAD, 'QUUXBROAD_SECRET=c0c17e139f5a619b72c940b8c2c2af627f9d18ae'), 1);
  });
  it('a typed hex value does not pass the hex floor', () => {
    assert.equal(found(BROAD, 'QUUXBROAD_SECRET=a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4e5f6a1b2'), 0);
  });
  it('finds an upper-case alphanumeric key (not a CONSTANT_NAME: digits, no underscore)', () => {
    assert.equal(found(UPPER, 'quuxupper secretkey ZVLVI7UNG0CY6RRCYZNS'), 1);
  });
  it('stays silent on a CONSTANT_NAME and on a typed upper-case value', () => {
    assert.equal(found(UPPER, 'QUUXUPPER_TOKEN=QUUXUPPER_API_TOKEN2'), 0);
    assert.equal(found(UPPER, 'QUUXUPPER_TOKEN=A1B2C3D4E5F6G7H8I9JK'), 0);
  });
});

describe('long-tail matcher over every token shape', () => {
  for (const entry of SHAPES) {
    it(`${entry.token.alphabet} ${JSON.stringify(entry.token)}: its generated samples hold`, () => {
      const rule = longTailRule(entry);
      const scanner = new Scanner([rule]);
      assert.ok(rule.samples.match.length >= 2 && rule.samples.noMatch.length >= 3);
      for (const s of rule.samples.match) assert.equal(scanner.scan(s.text, { now: NOW, path: s.path }).findings.length, 1, s.reason);
      for (const s of rule.samples.noMatch) assert.equal(scanner.scan(s.text, { now: NOW, path: s.path }).findings.length, 0, s.reason);
    });
  }

  it("a `-lower` or `-upper` alphabet holds its case, though names match in any case", () => {
    const lower = longTailRule(SHAPES[1]!);
    const value = '3f9a0c7be41d5a2986f0c3e7b1d4a6985c2e0f7b';
    assert.equal(findings([lower], `SHAPECO1_SECRET_KEY=${value}`).length, 1);
    assert.equal(findings([lower], `shapeCo1SecretKey: "${value}"`).length, 1);
    assert.equal(findings([lower], `SHAPECO1_SECRET_KEY=${value.toUpperCase()}`).length, 0);
  });

  it('samples are the same on every run (seeded by the entry id) and differ between entries', () => {
    assert.deepEqual(longTailRule(QUUX).samples, longTailRule(QUUX).samples);
    assert.notEqual(longTailRule(QUUX).samples.match[0]!.text, longTailRule({ ...QUUX, id: 'quuxlytics-eu' }).samples.match[0]!.text);
  });

  it('recheck judges every shape safe from catastrophic backtracking', function () {
    this.timeout(120_000);
    // The automaton checker is recheck's exact analysis; its default `auto` mode falls back to fuzzing
    // once repeat counts add up past 30 (any 32-character token), and fuzzing times out on these.
    const { checkSync } = createRequire(`${process.cwd()}/package.json`)('recheck') as typeof import('recheck');
    const verdicts = [QUUX, ZORBLE, ...SHAPES].map((entry) => {
      const { source, flags } = longTailRule(entry).regex;
      return `${entry.id}: ${checkSync(source, flags, { checker: 'automaton', timeout: 30_000 }).status}`;
    });
    assert.deepEqual(verdicts.filter((v) => !v.endsWith(': safe')), []);
  });
});

describe('long-tail rules among the built-in rules', () => {
  const rules = [...handWritten, ...longTailRules([QUUX], handWritten)];

  for (const [text, path] of [
    [`QUUXLYTICS_API_KEY = "${KEY}"`, 'settings.py'],
    [`QUUXLYTICS_API_KEY=${KEY}`, '.env'],
    [`{"quuxlytics_secret_key": "${KEY}"}`, 'config.json'],
  ] as const) {
    it(`attributes ${path}'s key to the provider, not to a generic rule`, () => {
      const all = findings(rules, text, path);
      assert.deepEqual(all.map((f) => [f.provider, f.ruleId]), [['quuxlytics', 'quuxlytics-api-key']]);
      assert.ok(!JSON.stringify(all).includes(KEY));
    });
  }
});

describe('the long-tail table', () => {
  const rules = longTailRules(longTailProviders, handWritten);

  it('holds at least 600 providers, each a registered rule', () => {
    assert.ok(longTailProviders.length >= 600, `only ${longTailProviders.length} entries`);
    const registered = new Set(builtinRules.map((r) => r.id));
    assert.deepEqual(rules.map((r) => r.id).filter((id) => !registered.has(id)), []);
  });

  it('every entry yields a rule that finds its match samples and not its noMatch samples', () => {
    const failures: string[] = [];
    for (const rule of rules) {
      const scanner = new Scanner([rule]);
      for (const s of rule.samples.match) if (!scanner.scan(s.text, { now: NOW, path: s.path }).findings.length) failures.push(`${rule.id} missed: ${s.reason}`);
      for (const s of rule.samples.noMatch) if (scanner.scan(s.text, { now: NOW, path: s.path }).findings.length) failures.push(`${rule.id} reported: ${s.reason}`);
    }
    assert.deepEqual(failures, []);
  });
});

/**
 * The engine makes a long-tail rule's sticky attempt by hand (the name) and with a tail regex shared by
 * every entry of the same token shape. It must return exactly what the entry's whole regex returns.
 */
describe('long-tail sticky attempts equal the whole regex', () => {
  /** Both ways at `at`: null, or the match, its offset and the secret groups with their spans. */
  function bothWays(entry: LongTailProvider, whole: RegExp, attempt: ReturnType<typeof stickyAttempt>, subject: string, at: number): [string, string] {
    whole.lastIndex = at;
    const show = (m: RegExpExecArray | null) =>
      m ? JSON.stringify([m[0], m.index, m.groups, m.indices?.groups]) : 'null';
    return [show(attempt(subject, at)), show(whole.exec(subject))];
  }

  it('at every offset of every entry\'s samples, and of their upper-case and kebab-case copies', () => {
    const differences: string[] = [];
    for (const entry of longTailProviders) {
      const whole = new RegExp(ruleRegex(entry).source, 'diy');
      const attempt = stickyAttempt(entry);
      const { match, noMatch } = longTailRule(entry).samples;
      for (const { text } of [...match, ...noMatch]) {
        for (const subject of [text, text.toUpperCase(), text.replace(/_/g, '-')]) {
          for (let at = 0; at <= subject.length; at++) {
            const [mine, regex] = bothWays(entry, whole, attempt, subject, at);
            if (mine !== regex) differences.push(`${entry.id} at ${at} of ${JSON.stringify(subject)}: ${mine} vs ${regex}`);
          }
        }
      }
    }
    assert.deepEqual(differences.slice(0, 5), []);
  });

  it('on generated bindings: names in any case and spelling, words, operators, quotes and values', () => {
    const entries = [QUUX, ZORBLE, { ...QUUX, id: 'quux-trailing', names: ['quux_', 'quuxlytics'] }];
    const compiled = entries.map((entry) => ({ entry, whole: new RegExp(ruleRegex(entry).source, 'diy'), attempt: stickyAttempt(entry) }));
    const piece = fc.constantFrom(
      'quuxlytics', 'QUUX_LYTICS', 'quux-lytics', 'Quuxlytics', 'quux_', 'quux', 'zorble', 'ZORBLE', '_', '-', '.', ' ', '  ', '\t',
      'api', 'API_KEY', 'key', 'Token', 'secret', 'private access', 'id', '=', ':', ':=', '=>', '??=', '(', ',', '"', "'", '`', ']',
      'bearer ', 'BeArEr  ', KEY, KEY.toUpperCase(), TOKEN, TOKEN.toUpperCase(), TOKEN.slice(0, 20), 'zrbl_', 'ZRBL_', 'x', '9', '\n',
    );
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 14 }), (pieces) => {
        const subject = pieces.join('');
        for (const { entry, whole, attempt } of compiled) {
          for (let at = 0; at <= subject.length; at++) {
            const [mine, regex] = bothWays(entry, whole, attempt, subject, at);
            assert.equal(mine, regex, `${entry.id} at ${at} of ${JSON.stringify(subject)}`);
          }
        }
      }),
      { seed: 1252, numRuns: 3000 },
    );
  });
});
