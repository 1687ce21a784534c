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
