/** Conventions checked by tests, not a wiki: every built-in rule is complete and passes its own samples. */
import assert from 'node:assert/strict';
import { Scanner, builtinRules, type Rule } from '../src/index.js';

const NOW = new Date('2026-06-01T00:00:00Z');
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

describe('rule catalog conventions', () => {
  it('has at least 250 rules with unique kebab-case ids', () => {
    const ids = builtinRules.map((r) => r.id);
    assert.ok(ids.length >= 250, `only ${ids.length} rules`);
    const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
    assert.deepEqual(dupes, []);
    for (const id of ids) assert.match(id, KEBAB);
  });

  it('every rule declares severity, lifetime, keywords (or a justification) and samples with reasons', () => {
    const problems: string[] = [];
    for (const rule of builtinRules) {
      if (!rule.severity) problems.push(`${rule.id}: no severity`);
      if (!rule.lifetime) problems.push(`${rule.id}: no lifetime`);
      if (rule.keywords.length === 0 && !rule.keywordless) problems.push(`${rule.id}: no keywords and no justification`);
      if (rule.samples.match.length < 1) problems.push(`${rule.id}: no match sample`);
      if (rule.samples.noMatch.length < 1) problems.push(`${rule.id}: no noMatch sample`);
      for (const s of [...rule.samples.match, ...rule.samples.noMatch]) if (!s.reason?.trim()) problems.push(`${rule.id}: sample without reason`);
      if (!rule.regex.source.includes('(?<secret')) problems.push(`${rule.id}: regex lacks a named secret group`);
    }
    assert.deepEqual(problems, []);
  });

  it('every rule finds its match samples and stays silent on its noMatch samples', () => {
    const failures: string[] = [];
    for (const rule of builtinRules) {
      const scanner = new Scanner([rule]);
      for (const s of rule.samples.match) {
        if (scanner.scan(s.text, { now: NOW, ...(s.path ? { path: s.path } : {}) }).findings.length === 0) failures.push(`${rule.id} missed: ${s.reason}`);
      }
      for (const s of rule.samples.noMatch) {
        if (scanner.scan(s.text, { now: NOW, ...(s.path ? { path: s.path } : {}) }).findings.length > 0) failures.push(`${rule.id} reported: ${s.reason}`);
      }
    }
    assert.deepEqual(failures, []);
  });

  it('a finding never carries the raw secret outside `range`', () => {
    const leaks: string[] = [];
    for (const rule of builtinRules) {
      const scanner = new Scanner([rule]);
      for (const s of rule.samples.match) {
        for (const f of scanner.scan(s.text, { now: NOW, ...(s.path ? { path: s.path } : {}) }).findings) {
          const secret = s.text.slice(f.range[0], f.range[1]);
          const serialized = JSON.stringify({ ...f, range: null });
          if (secret.length >= 8 && serialized.includes(secret)) leaks.push(rule.id);
        }
      }
    }
    assert.deepEqual(leaks, []);
  });

  it("a rule's own `locate` search finds every match its regex finds over the whole text", () => {
    // The same rule without `locate`/`anchored` is a plain whole-text regex search: the reference.
    const located = builtinRules.filter((r) => r.locate);
    assert.ok(located.length > 0);
    const noise = ['', 'x', 'a.b', 'const t = "', ' foo.bar.baz(', '\n', '.', 'ab.cdefgh.', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ.'];
    const mismatches: string[] = [];
    for (const rule of located) {
      const { locate: _locate, anchored: _anchored, ...whole } = rule;
      const fast = new Scanner([rule]);
      const reference = new Scanner([whole]);
      for (const sample of rule.samples.match) {
        let found = 0;
        for (const before of noise) {
          for (const after of noise) {
            const text = `${before}${sample.text}${after} ${before}${sample.text}`;
            const spans = (s: Scanner) => s.scan(text, { now: NOW }).findings.map((f) => f.range.join('-')).join(',');
            const expected = spans(reference);
            if (expected) found++;
            if (spans(fast) !== expected) mismatches.push(`${rule.id}: ${JSON.stringify(before)} + ${sample.reason} + ${JSON.stringify(after)}`);
          }
        }
        if (found === 0) mismatches.push(`${rule.id}: the reference found nothing around ${sample.reason}`);
      }
    }
    assert.deepEqual(mismatches, []);
  });

  it('rejects a malformed rule with an error naming it', () => {
    const bad: Rule = { ...builtinRules[0]!, id: 'Bad_Id' };
    assert.throws(() => new Scanner([bad]), (e: Error) => e.name === 'RuleError' && e.message.includes('Bad_Id'));
    const noGroup: Rule = { ...builtinRules[0]!, id: 'no-group', regex: /abc/ };
    assert.throws(() => new Scanner([noGroup]), /no-group: regex needs a named `secret` group/);
    const noKeywords: Rule = { ...builtinRules[0]!, id: 'no-keywords', keywords: [] };
    assert.throws(() => new Scanner([noKeywords]), /no-keywords: no keywords/);
  });
});
