/**
 * Every rule's regex must stay linear on adversarial input: ~1 MB built from the rule's own keywords
 * and the characters its secret may contain, with and without line breaks. The scan must complete
 * (the mocha timeout is the guard; speed itself is measured by the benchmark, not asserted here).
 */
import assert from 'node:assert/strict';
import { Scanner, builtinRules } from '../src/index.js';

const SIZE = 1 << 20;

function adversarialInputs(keyword: string, sample: string): string[] {
  const alphabet = [...new Set(sample.replace(/\s/g, ''))].join('') || 'a';
  const run = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);
  return [
    run(`${keyword}`),
    run(`${keyword}=`),
    run(`${keyword} ${alphabet.slice(0, 40)}`),
    run(`${keyword}\n`),
    `${keyword}=${run(alphabet)}`,
  ];
}

/**
 * The rule's first match sample with its longest run of token characters stretched to ~64 KB: the
 * rule's own structure (a YAML block, a header line, a PEM frame) around an absurdly long value.
 */
function stretchedSample(sample: string): string | undefined {
  const runs = sample.match(/[A-Za-z0-9+/=_.-]{8,}/g);
  if (!runs) return undefined;
  const longest = runs.reduce((a, b) => (b.length > a.length ? b : a));
  return sample.replace(longest, longest.repeat(Math.ceil(65536 / longest.length)));
}

describe('catastrophic backtracking', function () {
  this.timeout(20 * 60 * 1000);
  it('every rule completes on ~1 MB adversarial inputs', () => {
    let scanned = 0;
    for (const rule of builtinRules) {
      const scanner = new Scanner([rule]);
      const sample = rule.samples.match[0]?.text ?? '';
      for (const keyword of rule.keywords.slice(0, 2)) {
        for (const input of adversarialInputs(keyword, sample)) {
          scanner.scan(input, { now: new Date(0) });
          scanned++;
        }
      }
      // The keyword, then deeply indented short lines (YAML nesting): lookbehinds over "indented lines"
      // once backtracked exponentially here (10 lines took minutes).
      const keyword = rule.keywords[0];
      if (keyword) {
        scanner.scan(`${keyword}\n${'        x: y\n'.repeat(20_000)}`, { now: new Date(0) });
        scanned++;
      }
      const stretched = stretchedSample(sample);
      if (stretched) {
        scanner.scan(stretched, { now: new Date(0) });
        scanned++;
      }
    }
    assert.ok(scanned > builtinRules.length);
  });
});

/** Synthetic base64 lines from a seeded generator (no real key material). */
function base64Lines(count: number, seed: number): string[] {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  let x = seed;
  const next = () => ((x = (Math.imul(x, 1103515245) + 12345) >>> 0) >>> 16) % 64;
  return Array.from({ length: count }, () => Array.from({ length: 64 }, () => alphabet[next()]).join(''));
}

/**
 * The inputs issue 17 reported hanging a scan, scanned with every built-in rule. Each must complete (the
 * mocha timeout is the guard: the first four took from 3 s to forever before the PEM body was rewritten).
 */
describe('issue 17 inputs complete', function () {
  this.timeout(5 * 60 * 1000);
  const scanner = new Scanner(builtinRules);
  const scan = (text: string) => scanner.scan(text, { now: new Date(0) });

  it('a Helm values.yaml whose key block holds an instruction instead of a key', () => {
    // `name: value` lines after the block: each was a header line or base64 to the old PEM body, 2^n ways.
    const values = [
      'replicaCount: 2',
      'image:',
      '  repository: registry.example.com/api',
      'tls:',
      '  enabled: true',
      '  key: |',
      '    -----BEGIN PRIVATE KEY-----',
      '    paste the key here at deploy time',
      '  cert: |',
      '    paste the certificate here',
      'resources:',
      '  limits:',
      '    cpu: 500m',
      '    memory: 256Mi',
      '  requests:',
      '    cpu: 100m',
      '    memory: 128Mi',
      'nodeSelector: {}',
      'tolerations: []',
      '',
    ].join('\n');
    assert.deepEqual(scan(values).findings.map((f) => f.ruleId), []);
  });

  it('a BEGIN line followed by 48 newlines, real or JSON-escaped', () => {
    assert.deepEqual(scan(`-----BEGIN PRIVATE KEY-----${'\n'.repeat(48)}`).findings, []);
    assert.deepEqual(scan(`"-----BEGIN PRIVATE KEY-----${'\\n'.repeat(48)}"`).findings, []);
  });

  it('a JSON-escaped key cut after 25 lines (`\\n` as two characters)', () => {
    const json = `{"type": "service_account", "private_key": "-----BEGIN PRIVATE KEY-----\\n${base64Lines(25, 7).join('\\n')}\\n`;
    // The header rule still reports the cut key; what matters is that the scan returns.
    assert.ok(scan(json).findings.some((f) => f.ruleId === 'private-key-header'));
  });

  it('a megabyte of `&token=` parameters with no `?`: each looks back a bounded way for its query', () => {
    assert.deepEqual(scan(`x${'&token=a1'.repeat(100_000)}`).findings, []);
  });

  it('`ab:cd` pairs after a BEGIN line', () => {
    assert.deepEqual(scan(`-----BEGIN PRIVATE KEY-----\n${'ab:cd '.repeat(40)}`).findings, []);
  });

  it('a whole key block still matches after the rewrite, JSON-escaped or not', () => {
    const body = base64Lines(12, 11);
    const pem = `-----BEGIN PRIVATE KEY-----\n${body.join('\n')}\n-----END PRIVATE KEY-----\n`;
    const escaped = `{"private_key": "-----BEGIN PRIVATE KEY-----\\n${body.join('\\n')}\\n-----END PRIVATE KEY-----\\n"}`;
    const encrypted = `-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,3F1A2B4C5D6E7F801112131415161718\n\n${body.join('\n')}\n-----END RSA PRIVATE KEY-----\n`;
    for (const text of [pem, escaped, encrypted]) assert.ok(scan(text).findings.some((f) => f.ruleId === 'private-key'), text.slice(0, 40));
  });

  it('`curl -u a:b` repeated over 0.5 MB of one line', () => {
    scan('curl -u a:b '.repeat(42_000));
  });

  it('4,000 `api_token_i="…"` assignments on one line', () => {
    const line = Array.from({ length: 4000 }, (_, i) => `api_token_${i}="${base64Lines(1, i + 1)[0]!.slice(0, 40)}";`).join(' ');
    assert.ok(scan(line).findings.length > 0);
  });
});
