/**
 * Conformance against three peers' own labelled cases (../shared/corpus). Every case is written as a
 * real file under its own name, the whole tree is scanned by the real CLI in one run, and recall / FP
 * rate are computed per source and per peer rule. Flagged cases are reported apart, not counted.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runCli, REPO_ROOT } from '../support/cli.js';
import { isFlagged, isPlaceholderValued, loadCorpus, SOURCES, type CorpusCase } from './corpus.js';

const GATES = {
  gitleaks: { recall: 0.95, fpRate: 0.05 },
  secretlint: { recall: 0.95, fpRate: 0.05 },
  'detect-secrets': { recall: 0.85, fpRate: 0.05 },
} as const;

interface Tally {
  tp: number;
  tpHit: number;
  fp: number;
  fpHit: number;
}

const tally = (): Tally => ({ tp: 0, tpHit: 0, fp: 0, fpHit: 0 });
const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : '—');

/**
 * Cases without a file name are bare snippets: they get a neutral name (`input`, no extension, so no
 * syntax is implied and nothing about it says "example" or "test").
 */
function caseFile(c: CorpusCase, index: number): string {
  const name = (c.filename ?? c.path ?? 'input').replace(/^\/+/, '').replace(/\.\.(\/|$)/g, '');
  return join(`case-${String(index).padStart(5, '0')}`, name);
}

describe('conformance with peer corpora', function () {
  let root: string;
  const bySource = new Map<string, Tally>();
  const flagged = new Map<string, Tally>();
  const placeholders = new Map<string, Tally>();
  const everything = new Map<string, Tally>();
  const byRule = new Map<string, Tally>();

  before(function () {
    const cases = loadCorpus();
    root = mkdtempSync(join(tmpdir(), 'sh-conformance-'));
    const files = cases.map((c, i) => {
      const file = caseFile(c, i);
      mkdirSync(join(root, dirname(file)), { recursive: true });
      writeFileSync(join(root, file), c.text_base64 !== undefined ? Buffer.from(c.text_base64, 'base64') : c.text ?? '');
      return file;
    });
    // A peer case is data, not a repository: ignore nothing, allow big inputs.
    const run = runCli(['scan', '.', '--format', 'json', '--no-ignore', '--max-file-size', '200MB', '--min-severity', 'low'], { cwd: root });
    assert.ok(run.status === 0 || run.status === 1, `CLI failed (${run.status}): ${run.stderr.slice(0, 2000)}`);
    const report = JSON.parse(run.stdout) as { findings: { file: string }[] };
    const hitFiles = new Set(report.findings.map((f) => f.file));

    cases.forEach((c, i) => {
      const hit = hitFiles.has(files[i]!.split('\\').join('/'));
      // Placeholder-valued tps are set apart (the product filters them by design); every fp case counts.
      const apart = c.kind === 'tp' && isPlaceholderValued(c);
      const buckets = isFlagged(c) ? [flagged] : apart ? [placeholders, byRule, everything] : [bySource, byRule, everything];
      for (const bucket of buckets) {
        const key = bucket === byRule ? `${c.source}/${c.rule}` : c.source;
        const t = bucket.get(key) ?? tally();
        if (c.kind === 'tp') {
          t.tp++;
          if (hit) t.tpHit++;
        } else {
          t.fp++;
          if (hit) t.fpHit++;
        }
        bucket.set(key, t);
      }
    });

    const lines = ['| source | recall | FP rate | tp | fp |', '|---|---|---|---|---|'];
    for (const [source, t] of bySource) lines.push(`| ${source} | ${pct(t.tpHit, t.tp)} | ${pct(t.fpHit, t.fp)} | ${t.tpHit}/${t.tp} | ${t.fpHit}/${t.fp} |`);
    for (const [source, t] of placeholders) lines.push(`| ${source} (placeholder-valued tp, apart) | ${pct(t.tpHit, t.tp)} | ${pct(t.fpHit, t.fp)} | ${t.tpHit}/${t.tp} | ${t.fpHit}/${t.fp} |`);
    for (const [source, t] of everything) lines.push(`| ${source} (all unflagged cases) | ${pct(t.tpHit, t.tp)} | ${pct(t.fpHit, t.fp)} | ${t.tpHit}/${t.tp} | ${t.fpHit}/${t.fp} |`);
    for (const [source, t] of flagged) lines.push(`| ${source} (flagged, not counted) | ${pct(t.tpHit, t.tp)} | ${pct(t.fpHit, t.fp)} | ${t.tpHit}/${t.tp} | ${t.fpHit}/${t.fp} |`);
    const weak = [...byRule].filter(([, t]) => t.tpHit < t.tp || t.fpHit > 0).sort(([a], [b]) => a.localeCompare(b));
    const ruleLines = weak.map(([rule, t]) => `| ${rule} | ${t.tpHit}/${t.tp} | ${t.fpHit}/${t.fp} |`);
    const markdown = `# Conformance\n\n${lines.join('\n')}\n\n## Peer rules with a miss or a false positive\n\n| peer rule | recall | FP |\n|---|---|---|\n${ruleLines.join('\n')}\n`;
    mkdirSync(join(REPO_ROOT, 'test/artifacts'), { recursive: true });
    writeFileSync(join(REPO_ROOT, 'test/artifacts/conformance.md'), markdown);
    console.log(`\n${lines.join('\n')}\n  (per-rule detail: test/artifacts/conformance.md)\n`);
  });

  after(() => rmSync(root, { recursive: true, force: true }));

  for (const source of SOURCES) {
    it(`${source}: recall ≥ ${GATES[source].recall * 100}% and FP rate ≤ ${GATES[source].fpRate * 100}%`, () => {
      const t = bySource.get(source);
      assert.ok(t && t.tp > 0, `no ${source} cases loaded`);
      assert.ok(t.tpHit / t.tp >= GATES[source].recall, `recall ${pct(t.tpHit, t.tp)} below gate`);
      assert.ok(t.fpHit / t.fp <= GATES[source].fpRate, `FP rate ${pct(t.fpHit, t.fp)} above gate`);
    });
  }
});
