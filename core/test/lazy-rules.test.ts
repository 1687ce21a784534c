/**
 * Rules whose `regex` is a getter (the long-tail table's 1,000+ entries) are compiled on first use: a
 * process pays only for the rules whose keywords occur in what it scans, and such a rule is still
 * validated when it first runs: a broken one is a notice naming it, as any rule failure is.
 */
import assert from 'node:assert/strict';
import { Scanner, builtinRules } from '../src/index.js';
import type { Rule } from '../src/engine/types.js';

/** A rule whose regex is built on first read, counting the reads. */
function lazyRule(id: string, keyword: string, source: string): { rule: Rule; reads: () => number } {
  let reads = 0;
  const rule: Rule = {
    id,
    provider: id,
    description: `${id} token`,
    get regex() {
      reads++;
      return new RegExp(source);
    },
    keywords: [keyword],
    severity: 'high',
    lifetime: 'long-lived',
    samples: { match: [], noMatch: [] },
  };
  return { rule, reads: () => reads };
}

describe('lazily compiled rules', () => {
  it('a rule is compiled only when its keyword occurs, once, and then finds what it should', () => {
    const quux = lazyRule('quux-token', 'quux_token', String.raw`quux_token=(?<secret>[A-Za-z0-9]{24})`);
    const scanner = new Scanner([quux.rule]);
    assert.equal(scanner.scan('nothing to see here\n').findings.length, 0);
    assert.equal(quux.reads(), 0, 'never built for text without its keyword');
    const found = scanner.scan('const a = 1;\nquux_token=Zx81Qv2Lm9Rt4Wc7Yp3Hn6Kd\n').findings;
    assert.deepEqual(found.map((f) => f.ruleId), ['quux-token']);
    const afterFirst = quux.reads();
    assert.ok(afterFirst > 0);
    scanner.scan('quux_token=Gm7Xr2Nq9Ks4Hw6Zd1Jb8Fy\n');
    assert.equal(quux.reads(), afterFirst, 'compiled once per scanner');
  });

  it('a lazy rule without a `secret` group is reported with its id when it first runs (a notice; the scan goes on)', () => {
    const broken = lazyRule('quux-broken', 'quux_broken', 'quux_broken=[A-Za-z0-9]{24}');
    const quux = lazyRule('quux-token', 'quux_token', String.raw`quux_token=(?<secret>[A-Za-z0-9]{24})`);
    assert.doesNotThrow(() => new Scanner([broken.rule, quux.rule]), 'not validated before its first run');
    const result = new Scanner([broken.rule, quux.rule]).scan('quux_broken=Pk4Wz9Qm2Rx7Bn5Tj8Lc3Vf\nquux_token=Zx81Qv2Lm9Rt4Wc7Yp3Hn6Kd\n');
    assert.deepEqual(result.findings.map((f) => f.ruleId), ['quux-token']);
    assert.ok(result.notices.some((n) => n.level === 'warning' && /quux-broken/.test(n.message) && /named `secret` group/.test(n.message)), JSON.stringify(result.notices));
  });

  it('the built-in long-tail rules are lazy, and each one compiles with its `secret` group', () => {
    const lazy = builtinRules.filter((rule) => Object.getOwnPropertyDescriptor(rule, 'regex')?.get);
    assert.ok(lazy.length > 1000, `long-tail rules are lazy (${lazy.length})`);
    const scanner = new Scanner(builtinRules);
    // Every built-in rule still compiles and has its `secret` group (validated when first read).
    for (const rule of lazy) assert.match(rule.regex.source, /\(\?<secret>/, rule.id);
    assert.equal(scanner.scan('a plain line of code\n').findings.length, 0);
  });
});
