/**
 * The fuzz run's speed fixes must not change what a scan reports. Each shortcut is checked against the
 * long way round: one-byte slices (NarrowText) against `String.slice`, the YAML reader's stop at the
 * first error against the `yaml` package's full composition, and the once-per-value judgements against
 * a scan of the same values each written once.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseAllDocuments } from 'yaml';
import { Scanner, builtinRules, scanDocument } from '@secret-hygiene/core';
import { KeywordMatcher } from '../../core/src/engine/keywords.js';
import { NarrowText } from '../../core/src/engine/narrow.js';
import { yamlLeaves } from '../../core/src/formats/tree/yaml.js';

const NOW = new Date('2026-01-01T00:00:00Z');

/** The code units past U+00FF, the long way. */
function wideOffsets(text: string): number[] {
  const offsets: number[] = [];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0xff) offsets.push(i);
  return offsets;
}

describe('fuzz speed fixes keep results identical', () => {
  it('NarrowText slices equal String.slice, before and after a stretch is copied', () => {
    const unit = fc.constantFrom('a', 'token = "', '"\n', 'é', '\u{1F511}', '\u4e2d', ' ', 'x9_');
    fc.assert(
      fc.property(fc.array(unit, { minLength: 1, maxLength: 200 }), fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 60 }), (units, cuts) => {
        const text = units.join('');
        // The offsets the keyword pass notes are exactly the characters past U+00FF.
        const wide: number[] = [];
        new KeywordMatcher(['token']).scan(text, () => {}, wide);
        assert.deepEqual(wide, wideOffsets(text));
        const narrow = new NarrowText(text, wide);
        // Asked repeatedly so that stretches pass the copy threshold part-way through.
        for (let round = 0; round < 6; round++) {
          for (const [a, b] of cuts) {
            const start = Math.min(a, b) % (text.length + 1);
            const end = Math.min(text.length, start + (Math.max(a, b) % (text.length + 1)));
            assert.equal(narrow.slice(start, end), text.slice(start, end));
          }
        }
      }),
      { seed: 17, numRuns: 300 },
    );
  });

  it('the YAML reader reports the same first error as the full composition', () => {
    const streams = [
      'a: 1\nb: [1, 2\n',
      'key: value\n  bad indent: 1\n',
      '--- \na: 1\n...\n--- \nb: "unterminated\n',
      '%YAML 1.2\n%BAD directive\n---\na: 1\n',
      '...\n',
      '...\na: 1\n',
      'a: 1\n---\n]\n---\nb: 2\n',
      '- a\n- b\nc: d\n',
      'a: &x 1\nb: *y\n',
      '"a": 1\n"a": 2\n{ unclosed: [\n',
      'x: |\n  block\n y: 2\n',
      'mcpServers:\n  gh:\n    env:\n      TOKEN: "abc\n      \tbad: [}\n',
    ];
    for (const text of streams) {
      const full = parseAllDocuments(text, { uniqueKeys: false, prettyErrors: false });
      const documents = Array.isArray(full) ? full : [];
      const expected = documents.find((document) => document.errors.length)?.errors[0]?.message.split('\n')[0];
      assert.equal(yamlLeaves(text).error, expected, JSON.stringify(text));
    }
  });

  it('a value repeated thousands of times is reported as often as when each copy stands alone', () => {
    const scanner = new Scanner(builtinRules);
    const line = 'api_token_value = "Zq9xT4mWv8LpR2sN6kYb3HcD"\nprivate_key = "xxxxxxxxxxxxxxxxxxxx"\n';
    const one = scanDocument(scanner, line, { path: 'src/app.py', now: NOW });
    const many = scanDocument(scanner, line.repeat(300), { path: 'src/app.py', now: NOW });
    assert.ok(one.findings.length > 0, 'the sample line must produce a finding');
    assert.equal(many.findings.length, one.findings.length * 300);
    assert.deepEqual(new Set(many.findings.map((f) => `${f.ruleId} ${f.severity} ${f.fingerprint}`)), new Set(one.findings.map((f) => `${f.ruleId} ${f.severity} ${f.fingerprint}`)));
  });
});
