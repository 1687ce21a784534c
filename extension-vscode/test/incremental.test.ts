import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { LineIndex } from '../../core/src/engine/positions.js';
import { Scanner, builtinRules, mentionsProviderContext, type Finding } from '../src/model/core.js';
import { addEdit, incrementalScan, REACH, type DirtyWindow, type TextEdit } from '../src/model/incremental.js';
import { scanText, type ScanConfig } from '../src/model/scan.js';
import { githubClassicPat } from './support/tokens.js';

const scanner = new Scanner(builtinRules);
const CONFIG: ScanConfig = { minSeverity: 'low', disabledRules: new Set(), severityOverrides: {}, acceptedFingerprints: new Set(), references: { provider: 'env' } };
const PATH = '/workspace/src/large.ts';
const full = (text: string) => scanText(scanner, text, PATH, CONFIG).findings;

/** Deterministic pseudo-random numbers (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** ~300 KB of the examples' own sources (secrets included), repeated with numbered lines between. */
function largeDocument(): string {
  const parts: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(ts|py|go|sh|js)$/.test(name)) parts.push(readFileSync(path, 'utf8'));
    }
  };
  walk(join(process.cwd(), 'examples'));
  // Files naming a provider SDK make every scan full (see the third test); they are left out here.
  const plain = parts.filter((part) => !mentionsProviderContext(part));
  let text = '';
  // Plain filler between the blocks keeps the findings well under the per-file cap (1,000): a capped
  // full scan keeps the most severe ones, which a window of the text cannot reproduce.
  const filler = (i: number) => Array.from({ length: 50 }, (_, j) => `const filler${i}_${j} = compute(${i}, ${j});\n`).join('');
  for (let i = 0; text.length < 300_000; i++) text += `// block ${i}\n${plain[i % plain.length]}\n${filler(i)}`;
  return text;
}

const view = (f: Finding) => [f.ruleId, f.range.join('-'), `${f.line}:${f.column}-${f.endLine}:${f.endColumn}`, f.severity, f.fingerprint, f.message].join(' ');

describe('incremental rescans of large documents', () => {
  it('give exactly what a full scan gives, over 100 random edits of a 300 KB document', function () {
    this.timeout(120_000);
    const next = random(20261124);
    let text = largeDocument();
    assert.ok(!mentionsProviderContext(text), 'the fixture holds no provider-context words');
    let findings = full(text);
    assert.ok(findings.length >= 10 && findings.length < 800, `the fixture has findings, under the per-file cap (${findings.length})`);
    let incremental = 0;
    const snippets = [
      () => `\nconst token = '${githubClassicPat(Math.floor(next() * 1000))}';\n`,
      () => '\n// secret-hygiene:allow fixture kept for a test\n',
      () => 'x',
      () => '\n',
      () => '"',
      () => ` password = "Q8j!w2Lr9vTz" `,
    ];
    for (let step = 0; step < 100; step++) {
      // One to three edits between scans (typing is debounced), near each other or far apart.
      let window: DirtyWindow | undefined;
      const before = text;
      const edits = 1 + Math.floor(next() * 3);
      for (let e = 0; e < edits; e++) {
        const offset = Math.floor(next() * text.length);
        const length = next() < 0.4 ? Math.floor(next() * 200) : 0;
        const edit: TextEdit = { offset, length: Math.min(length, text.length - offset), text: next() < 0.8 ? snippets[Math.floor(next() * snippets.length)]!() : '' };
        text = text.slice(0, edit.offset) + edit.text + text.slice(edit.offset + edit.length);
        window = addEdit(window, edit);
      }
      const lines = new LineIndex(text);
      const result = incrementalScan({
        previousText: before,
        previous: findings,
        text,
        window: window!,
        scanRegion: (region) => scanText(scanner, region, PATH, CONFIG),
        positionAt: (offset) => lines.position(offset),
        hasContextWords: mentionsProviderContext,
        contextWordsInFile: false,
      });
      const expected = full(text);
      if (result) {
        incremental++;
        assert.deepEqual(result.map(view), expected.map(view), `step ${step}: window ${JSON.stringify(window)}`);
      }
      findings = expected;
    }
    assert.ok(incremental >= 90, `most edits were rescanned incrementally (${incremental} of 100)`);
  });

  it('folds edits into one window in both texts', () => {
    let window = addEdit(undefined, { offset: 100, length: 10, text: 'abc' }); // [100,110) → [100,103)
    assert.deepEqual(window, { start: 100, oldEnd: 110, newEnd: 103 });
    window = addEdit(window, { offset: 50, length: 0, text: 'zz' }); // before it: the window grows back to 50
    assert.deepEqual(window, { start: 50, oldEnd: 110, newEnd: 105 });
    window = addEdit(window, { offset: 200, length: 5, text: '' }); // after it, in current offsets (old 205-210)
    assert.deepEqual(window, { start: 50, oldEnd: 210, newEnd: 200 });
  });

  it('declines when the file or the edit holds provider-context words, or lines are too long to align', () => {
    const text = `${'a'.repeat(200_000)}${githubClassicPat(3)}${'b'.repeat(200_000)}`;
    const base = { previousText: text, previous: [], text, window: { start: 200_010, oldEnd: 200_010, newEnd: 200_010 }, scanRegion: () => ({ findings: [], suppressed: 0, notices: [], providerContext: false }), positionAt: () => ({ line: 1, column: 1 }), hasContextWords: mentionsProviderContext };
    assert.equal(incrementalScan({ ...base, contextWordsInFile: false }), undefined, 'one 400 KB line');
    const lines = `${'const a = 1;\n'.repeat(20_000)}`;
    const input = { ...base, previousText: lines, text: lines, window: { start: 1000, oldEnd: 1000, newEnd: 1000 } };
    assert.ok(incrementalScan({ ...input, contextWordsInFile: false }));
    assert.equal(incrementalScan({ ...input, contextWordsInFile: true }), undefined, 'the file names a provider SDK');
    const withOctokit = `${lines.slice(0, 1000)}import { Octokit } from 'octokit';${lines.slice(1000)}`;
    assert.equal(incrementalScan({ ...input, text: withOctokit, window: { start: 1000, oldEnd: 1000, newEnd: 1034 }, contextWordsInFile: false }), undefined, 'the edit adds one');
    assert.ok(REACH > 20_000);
  });
});
