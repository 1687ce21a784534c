import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  Scanner,
  builtinRules,
  createBaseline,
  baselineFilter,
  crc32,
  fingerprintOf,
  hasValidCrc32Suffix,
  isExampleFile,
  isPlaceholder,
  isReference,
  jwtLifetime,
  parseBaseline,
  redact,
  shannonEntropy,
} from '../src/index.js';
import { KeywordMatcher } from '../src/engine/keywords.js';
import { sha256Hex } from '../src/engine/hash.js';
import type { Rule } from '../src/engine/types.js';

const scanner = new Scanner(builtinRules);
const NOW = new Date('2026-06-01T00:00:00Z');
// A syntactically valid classic PAT whose CRC32 checksum matches (built, not copied).
function validPat(random: string): string {
  const chars = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
  let n = crc32(random);
  let sum = '';
  while (n > 0) {
    sum = chars[n % 62] + sum;
    n = Math.floor(n / 62);
  }
  return `ghp_${random}${sum.padStart(6, '0')}`;
}

describe('keyword matcher', () => {
  it('finds every occurrence case-insensitively, including overlaps', () => {
    const hits: [number, number][] = [];
    new KeywordMatcher(['ghp_', 'token', 'oken']).scan('A TOKEN and ghp_x, Token', (k, s) => hits.push([k, s]));
    assert.deepEqual(hits, [[1, 2], [2, 3], [0, 12], [1, 19], [2, 20]]);
  });
  it('ignores non-ASCII text without losing positions', () => {
    const hits: number[] = [];
    new KeywordMatcher(['key']).scan('ключ key ключ KEY', (_, s) => hits.push(s));
    assert.deepEqual(hits, [5, 14]);
  });
  it('reports a keyword that is a suffix of another, and keywords ending on the last character', () => {
    const hits: [number, number][] = [];
    new KeywordMatcher(['abcd', 'bcd', 'cd', 'x']).scan('zabcd x', (k, s) => hits.push([k, s]));
    assert.deepEqual(hits, [[0, 1], [1, 2], [2, 3], [3, 6]]);
  });
  it('finds exactly what a case-insensitive search for each keyword finds (random keywords and texts)', () => {
    // A small alphabet, so keywords share prefixes and suffixes and texts hold many overlapping hits.
    const word = fc.array(fc.constantFrom('a', 'b', 'c', '_', '-', '1'), { minLength: 1, maxLength: 6 }).map((chars) => chars.join(''));
    const text = fc.array(fc.constantFrom('a', 'B', 'b', 'c', 'C', '_', '-', '1', ' ', '\n', 'é', '\u4e2d'), { maxLength: 200 }).map((chars) => chars.join(''));
    fc.assert(
      fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 30 }), text, (keywords, subject) => {
        const found: string[] = [];
        new KeywordMatcher(keywords).scan(subject, (k, start) => found.push(`${k}@${start}`));
        const expected: string[] = [];
        const lower = subject.toLowerCase();
        keywords.forEach((keyword, k) => {
          for (let at = lower.indexOf(keyword); at !== -1; at = lower.indexOf(keyword, at + 1)) expected.push(`${k}@${at}`);
        });
        assert.deepEqual(found.sort(), expected.sort());
      }),
      { seed: 4096, numRuns: 2000 },
    );
  });
});

describe('case-exact keywords', () => {
  const rule = (keywords: string[], keywordsMatchCase?: boolean): Rule => ({
    id: 'case-test',
    provider: 'test',
    description: 'test rule',
    regex: /(?<secret>[A-Za-z]{2}[0-9a-f]{32})/,
    keywords,
    ...(keywordsMatchCase ? { keywordsMatchCase } : {}),
    severity: 'high',
    lifetime: 'long-lived',
    samples: { match: [], noMatch: [] },
  });
  const value = 'c4f8a0d2e6b1937f5a0c2e4d6b8f1a3c';
  it('runs the rule only where the keyword is spelled as written', () => {
    const exact = new Scanner([rule(['AC'], true)]);
    assert.equal(exact.scan(`sid = "AC${value}"`).findings.length, 1);
    // The same bytes after a lowercase spelling: the keyword never fires, so the rule never runs.
    assert.equal(exact.scan(`sid = "ac${value}"`).findings.length, 0);
    const folded = new Scanner([rule(['ac'])]);
    assert.equal(folded.scan(`sid = "ac${value}"`).findings.length, 1);
  });
  it('refuses an upper-case keyword unless the rule says its keywords match case', () => {
    assert.throws(() => new Scanner([rule(['AC'])]), (e: Error) => e.name === 'RuleError' && /lowercase/.test(e.message));
  });
});

describe('anchored rules', () => {
  const anchoredRule = (crossLines?: boolean): Rule => ({
    id: 'anchored-test',
    provider: 'test',
    description: 'test rule',
    regex: /(?<![A-Za-z0-9_])(?<name>[a-z_]{0,10}token)\s*=\s*"(?<secret>[A-Za-z0-9]{12,})"/,
    keywords: ['token'],
    // Every offset up to ten characters before the keyword: what the name's `{0,10}` allows.
    anchored: { starts: (_text, hit) => Array.from({ length: Math.min(hit, 10) + 1 }, (_, i) => hit - Math.min(hit, 10) + i), ...(crossLines ? { crossLines } : {}) },
    severity: 'high',
    lifetime: 'long-lived',
    samples: { match: [], noMatch: [] },
  });
  const secret = 'Zq8Lw2Rt5Yp1Xc';
  it('finds matches that start before the keyword, at the exact offsets', () => {
    const text = `const a = 1;\nmy_token = "${secret}";`;
    const { findings } = new Scanner([anchoredRule()]).scan(text);
    assert.equal(findings.length, 1);
    assert.deepEqual(findings[0]!.range, [text.indexOf(secret), text.indexOf(secret) + secret.length]);
  });
  it('lets the lookbehind see the real character before the name', () => {
    assert.equal(new Scanner([anchoredRule()]).scan(`9my_token = "${secret}"`).findings.length, 0);
  });
  it('keeps matches on the line of the keyword unless the rule crosses lines', () => {
    const text = `my_token =\n  "${secret}"`;
    assert.equal(new Scanner([anchoredRule()]).scan(text).findings.length, 0);
    assert.equal(new Scanner([anchoredRule(true)]).scan(text).findings.length, 1);
  });
});

describe('keywordless rules with their own search (`locate`)', () => {
  const located = (locate: (text: string) => number[]): Rule => ({
    id: 'located-test',
    provider: 'test',
    description: 'test rule',
    regex: /(?<secret>Q[A-Za-z0-9]{11}\.[A-Za-z0-9]{6})/,
    keywords: [],
    keywordless: 'test',
    locate,
    anchored: { starts: (_text, dot) => [dot - 12] },
    severity: 'high',
    lifetime: 'long-lived',
    samples: { match: [], noMatch: [] },
  });
  const token = 'QzR8wL2vT5yP.GQyx7e';
  const text = `a = 1;\nkey: ${token}`;
  it('runs its regex only where its search points', () => {
    const dot = text.indexOf('.');
    const findings = new Scanner([located(() => [dot])]).scan(text).findings;
    assert.deepEqual(findings.map((f) => f.range), [[text.indexOf(token), text.indexOf(token) + token.length]]);
    assert.equal(new Scanner([located(() => [])]).scan(text).findings.length, 0);
  });
  it('is refused on a rule with keywords or without `anchored`', () => {
    assert.throws(() => new Scanner([{ ...located(() => []), keywords: ['q'] }]), /locate/);
    const { anchored: _anchored, ...unanchored } = located(() => []);
    assert.throws(() => new Scanner([unanchored]), /locate/);
  });
});

describe('findings', () => {
  const token = validPat('R7mZq2X9vL4pT8sK1wN6yB3cF5hJ0d');
  const text = `# config\r\nexport GITHUB_TOKEN=${token}\n`;

  it('offsets are the truth; line/column are derived from them (CRLF aware)', () => {
    const [f] = scanner.scan(text, { now: NOW }).findings;
    assert.ok(f);
    assert.equal(text.slice(f.range[0], f.range[1]), token);
    assert.equal(f.line, 2);
    assert.equal(f.column, text.indexOf(token) - text.indexOf('\n') );
    assert.equal(f.endLine, 2);
    assert.equal(f.endColumn, f.column + token.length);
  });

  it('masks the secret and fingerprints by content, not position', () => {
    const [a] = scanner.scan(text, { now: NOW }).findings;
    const [b] = scanner.scan(`\n\n\nother = 1\n${text}`, { now: NOW }).findings;
    assert.ok(a && b);
    assert.equal(a.redacted, `ghp_…${token.slice(-4)}`);
    assert.ok(!JSON.stringify(a).includes(token));
    assert.equal(a.fingerprint, b.fingerprint);
    assert.notEqual(a.line, b.line);
    assert.equal(a.fingerprint, fingerprintOf('github-classic-pat', token));
  });

  it('ranks a valid-checksum PAT critical and a bad-checksum one low, both long-lived', () => {
    const [good] = scanner.scan(`t=${token}`, { now: NOW }).findings;
    const bad = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    const [worse] = scanner.scan(`t=${bad}`, { now: NOW }).findings;
    assert.equal(good?.severity, 'critical');
    assert.equal(worse?.severity, 'low');
    assert.equal(worse?.lifetime, 'long-lived');
    assert.ok(hasValidCrc32Suffix(token, 4));
  });

  it('classifies GitHub installation tokens as short-lived, including the ghs_<appid>_<JWT> format', () => {
    const jwt = `${btoa('{"alg":"RS256","typ":"JWT"}')}.${btoa('{"iat":1780000000,"exp":1780003600}')}.c2lnbmF0dXJlLWJ5dGVzLWhlcmU`.replace(/=/g, '');
    const [f] = scanner.scan(`GH_TOKEN=ghs_12345_${jwt}`, { now: NOW }).findings;
    assert.equal(f?.ruleId, 'github-installation-token');
    assert.equal(f?.lifetime, 'short-lived');
    assert.equal(f?.expiresAt, new Date(1780003600 * 1000).toISOString());
  });

  it('suppresses with an inline allow comment that gives a reason, on the line or the line above', () => {
    const same = scanner.scan(`t = "${token}" # secret-hygiene:allow test fixture`, { now: NOW });
    const above = scanner.scan(`// secret-hygiene:allow rotated 2026-01\nconst t = "${token}";`, { now: NOW });
    const bare = scanner.scan(`t = "${token}" # secret-hygiene:allow`, { now: NOW });
    assert.equal(same.findings.length, 0);
    assert.equal(same.suppressed, 1);
    assert.equal(above.findings.length, 0);
    assert.equal(bare.findings.length, 1, 'a directive without a reason does not suppress');
  });

  it('filters by minimum severity and honours per-rule overrides and disabled rules', () => {
    assert.equal(scanner.scan(`t=${token}`, { minSeverity: 'critical', now: NOW }).findings.length, 1);
    assert.equal(scanner.scan(`t=${token}`, { minSeverity: 'critical', severityOverrides: { 'github-classic-pat': 'low' }, now: NOW }).findings.length, 0);
    assert.equal(scanner.scan(`t=${token}`, { disabledRules: new Set(['github-classic-pat']), now: NOW }).findings.length, 0);
  });
});

describe('validators', () => {
  it('entropy', () => {
    assert.equal(shannonEntropy(''), 0);
    assert.equal(shannonEntropy('aaaa'), 0);
    assert.equal(shannonEntropy('abcd'), 2);
  });
  it('placeholders and references', () => {
    for (const p of ['AKIAIOSFODNN7EXAMPLE', 'xxxxxxxxxxxxxxxx', 'your-api-key-here', '<YOUR_KEY>', 'changeme', 'abcdefghijkl', '1111111111111', 'ENC[AES256_GCM,data:abc]'])
      assert.ok(isPlaceholder(p), p);
    for (const r of ['${VAR}', '${env:GITHUB_TOKEN}', '${input:github-token}', 'op://vault/item/field', '${{ secrets.NPM_TOKEN }}', 'process.env.STRIPE_KEY'])
      assert.ok(isReference(r), r);
    assert.ok(!isPlaceholder('R7mZq2X9vL4pT8sK1wN6'));
  });
  it('JWT lifetime from exp', () => {
    const make = (payload: object) => `${btoa('{"alg":"HS256"}')}.${btoa(JSON.stringify(payload))}.sig`;
    assert.equal(jwtLifetime(make({ sub: 'x' }), NOW).lifetime, 'long-lived');
    assert.equal(jwtLifetime(make({ iat: NOW.getTime() / 1000, exp: NOW.getTime() / 1000 + 3600 }), NOW).lifetime, 'short-lived');
    assert.equal(jwtLifetime(make({ iat: NOW.getTime() / 1000, exp: NOW.getTime() / 1000 + 90 * 86400 }), NOW).lifetime, 'long-lived');
    assert.equal(jwtLifetime(make({ exp: 1 }), NOW).severity, 'low');
  });
  it('redaction never reveals short secrets', () => {
    assert.equal(redact('hunter2!'), '…');
    assert.equal(redact('sk_live_0123456789abcdefghij'), 'sk…ghij'.replace('sk', 'sk'));
  });
  it('SHA-256 matches the FIPS test vector', () => {
    assert.equal(sha256Hex('abc'), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    assert.equal(sha256Hex(''), 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });
});

describe('example files', () => {
  it('recognises files named as examples, templates or samples, not folders or words that contain them', () => {
    for (const path of ['.env.example', 'example.env', 'config/settings.sample.yaml', 'apis/iam-2010-05-08.examples.json', 'app.template.json', '.env.dist', 'C:\\repo\\.env.example'])
      assert.ok(isExampleFile(path), path);
    for (const path of ['examples/app/.env', 'src/exampleService.ts', 'counterexample.py', 'main.go', undefined]) assert.ok(!isExampleFile(path), String(path));
  });

  it('reports generic matches there at info; provider-format tokens keep their severity', () => {
    const password = 'db_password = "q8J!r2v$Lm0z"';
    const pat = `GITHUB_TOKEN=${validPat('A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5')}`;
    const [generic] = scanner.scan(password, { path: '.env.example', now: NOW }).findings;
    assert.equal(generic?.severity, 'info');
    assert.match(generic!.message, /example/);
    assert.equal(scanner.scan(password, { path: '.env', now: NOW }).findings[0]?.severity, 'medium');
    assert.equal(scanner.scan(pat, { path: '.env.example', now: NOW }).findings[0]?.severity, 'critical');
  });

  it('a token its own evidence already doubts (an expired JWT) drops to info there too', () => {
    const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const jwt = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64({ sub: 'user-1', exp: 1579729529 })}.${'Qm9vX2s3'.repeat(5)}`;
    const text = `"idToken": "${jwt}"`;
    assert.equal(scanner.scan(text, { path: 'api/sso-oidc.json', now: NOW }).findings[0]?.severity, 'low');
    assert.equal(scanner.scan(text, { path: 'api/sso-oidc.examples.json', now: NOW }).findings[0]?.severity, 'info');
  });
});

describe('baseline', () => {
  it('round-trips and filters by fingerprint', () => {
    const token = validPat('Q1w2E3r4T5y6U7i8O9p0A1s2D3f4G5');
    const findings = scanner.scan(`t=${token}`, { now: NOW }).findings;
    const baseline = createBaseline(findings);
    assert.ok(!JSON.stringify(baseline).includes(token));
    const parsed = parseBaseline(JSON.stringify(baseline), 'b.json');
    assert.equal(findings.filter(baselineFilter(parsed)).length, 0);
  });
  it('a malformed baseline is an error naming the file and the field', () => {
    assert.throws(() => parseBaseline('{', 'team.json'), (e: Error) => e.name === 'BaselineError' && e.message.startsWith('team.json: not valid JSON'));
    assert.throws(() => parseBaseline('{"version":1,"findings":[{"fingerprint":"nope","ruleId":"x"}]}', 'team.json'), /team\.json: findings\.0\.fingerprint/);
    assert.throws(() => parseBaseline('{"version":3,"findings":[]}', 'team.json'), /team\.json: version/);
  });
});
