/**
 * Conformance against five peers' own labelled cases (../shared/corpus). Every case is written as a
 * real file under its own name, the whole tree is scanned by the real CLI in one run, and recall / FP
 * rate are computed per source and per peer rule. Flagged cases are not counted; cases the README or the
 * product's placeholder definition sets apart (`nonSecret`, `contested`, placeholder-valued, Kingfisher's
 * made-up and glued examples) are reported apart with their own figures. Without the corpus (a clone
 * with no ../shared) the suite says so in one line and registers no tests.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { CLI, REPO_ROOT } from '../support/cli.js';
import { apartReason, corpusDir, isFlagged, loadCorpus, SOURCES, type CorpusCase, type Source } from './corpus.js';

/**
 * Gated figures (placeholder-valued, `nonSecret`, `contested` and Kingfisher's made-up/glued cases apart).
 * Nosey Parker and Kingfisher hold the figures reached when they were added, rounded down (issue #12's
 * targets are ≥ 90% / ≤ 5% for both; docs/conformance.md says where the gap is).
 */
const GATES: Record<Source, { recall: number; fpRate: number }> = {
  gitleaks: { recall: 0.95, fpRate: 0.05 },
  secretlint: { recall: 0.95, fpRate: 0.05 },
  'detect-secrets': { recall: 0.85, fpRate: 0.05 },
  noseyparker: { recall: 0.85, fpRate: 0.065 },
  kingfisher: { recall: 0.73, fpRate: 0.05 },
};

/** The CLI under test: the shared build, or a private one given in `SECRET_HYGIENE_CLI`. */
const CLI_UNDER_TEST = process.env.SECRET_HYGIENE_CLI ?? CLI;

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

/** Long token-like runs shortened (`aio_Nr…PH`), so the artifact shows how a case is written, not its value. */
function masked(text: string): string {
  return text
    .slice(0, 160)
    .replace(/[A-Za-z0-9+/_=-]{12,}/g, (run) => `${run.slice(0, 4)}…${run.slice(-2)}`)
    .replace(/\s+/g, ' ');
}

interface ProviderMisses {
  tp: number;
  missed: number;
  fp: number;
  fpHit: number;
  rules: Set<string>;
  examples: string[];
}

/** Per provider of a peer that names providers (Nosey Parker, Kingfisher): what we miss and flag. */
function providerTable(source: Source, providers: Map<string, ProviderMisses>): string {
  const rows = [...providers]
    .filter(([, p]) => p.missed > 0 || p.fpHit > 0)
    .sort((a, b) => b[1].missed - a[1].missed || b[1].fpHit - a[1].fpHit || a[0].localeCompare(b[0]));
  const lines = rows.map(([provider, p]) => `| ${provider} | ${p.missed}/${p.tp} | ${p.fpHit}/${p.fp} | ${[...p.rules].join(' ')} | ${p.examples.map((e) => `\`${e.replace(/\|/g, '\\|').replace(/\x60/g, "'")}\``).join('<br>')} |`);
  return `## ${source}: providers with a miss or a false positive (counted cases)\n\n| provider | missed | FP | peer rules | missed cases (masked) |\n|---|---|---|---|---|\n${lines.join('\n')}\n`;
}

const { dir: CORPUS, found: CORPUS_FOUND } = corpusDir();

if (!CORPUS_FOUND) {
  // A clone without ../shared: one visible line, and no tests (nothing passes that did not run).
  console.log(`  peer corpus not found at ${CORPUS}: conformance not run (set SECRET_HYGIENE_CORPUS)`);
  describe(`peer corpus not found at ${CORPUS}: conformance not run`, () => {});
} else
describe('conformance with peer corpora', function () {
  let root: string;
  const bySource = new Map<string, Tally>();
  const flagged = new Map<string, Tally>();
  const apart = new Map<string, Tally>();
  const everything = new Map<string, Tally>();
  const byRule = new Map<string, Tally>();
  const byProvider = new Map<Source, Map<string, ProviderMisses>>();

  before(function () {
    const cases = loadCorpus(CORPUS);
    root = mkdtempSync(join(tmpdir(), 'sh-conformance-'));
    const files = cases.map((c, i) => {
      const file = caseFile(c, i);
      mkdirSync(join(root, dirname(file)), { recursive: true });
      writeFileSync(join(root, file), c.text_base64 !== undefined ? Buffer.from(c.text_base64, 'base64') : c.text ?? '');
      return file;
    });
    // A peer case is data, not a repository: ignore nothing, allow big inputs.
    const run = spawnSync(process.execPath, [CLI_UNDER_TEST, 'scan', '.', '--format', 'json', '--no-ignore', '--max-file-size', '200MB', '--min-severity', 'low'], {
      cwd: root,
      env: { ...process.env, NO_COLOR: '1' },
      encoding: 'utf8',
      maxBuffer: 512 * 1024 * 1024,
    });
    assert.ok(run.status === 0 || run.status === 1, `CLI failed (${run.status}): ${run.stderr.slice(0, 2000)}`);
    const report = JSON.parse(run.stdout) as { findings: { file: string }[] };
    const hitFiles = new Set(report.findings.map((f) => f.file));

    cases.forEach((c, i) => {
      const hit = hitFiles.has(files[i]!.split('\\').join('/'));
      // Cases set apart are scored in their own rows (and still listed per peer rule); every other case counts.
      const reason = apartReason(c);
      const buckets = isFlagged(c) ? [flagged] : reason ? [apart, byRule, everything] : [bySource, byRule, everything];
      for (const bucket of buckets) {
        const key = bucket === byRule ? `${c.source}/${c.rule}` : bucket === apart ? `${c.source} (${reason}, apart)` : c.source;
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
      if (c.provider && !isFlagged(c) && !reason) {
        const providers = byProvider.get(c.source) ?? new Map<string, ProviderMisses>();
        byProvider.set(c.source, providers);
        const p = providers.get(c.provider) ?? { tp: 0, missed: 0, fp: 0, fpHit: 0, rules: new Set<string>(), examples: [] };
        providers.set(c.provider, p);
        if (c.kind === 'tp') p.tp++;
        else p.fp++;
        if ((c.kind === 'tp' && !hit) || (c.kind === 'fp' && hit)) {
          if (c.kind === 'tp') p.missed++;
          else p.fpHit++;
          p.rules.add(c.rule);
          if (p.examples.length < 3 && typeof c.text === 'string') p.examples.push(`${c.kind === 'fp' ? 'FP ' : ''}${masked(c.text)}`);
        }
      }
    });

    const row = (label: string, t: Tally) => `| ${label} | ${pct(t.tpHit, t.tp)} | ${pct(t.fpHit, t.fp)} | ${t.tpHit}/${t.tp} | ${t.fpHit}/${t.fp} |`;
    const lines = ['| source | recall | FP rate | tp | fp |', '|---|---|---|---|---|'];
    for (const source of SOURCES) {
      const t = bySource.get(source);
      if (t) lines.push(row(source, t));
    }
    for (const [label, t] of [...apart].sort(([a], [b]) => a.localeCompare(b))) lines.push(row(label, t));
    for (const [source, t] of everything) lines.push(row(`${source} (all unflagged cases)`, t));
    for (const [source, t] of flagged) lines.push(row(`${source} (flagged, not counted)`, t));
    const weak = [...byRule].filter(([, t]) => t.tpHit < t.tp || t.fpHit > 0).sort(([a], [b]) => a.localeCompare(b));
    const ruleLines = weak.map(([rule, t]) => `| ${rule} | ${t.tpHit}/${t.tp} | ${t.fpHit}/${t.fp} |`);
    const markdown = `# Conformance\n\n${lines.join('\n')}\n\n## Peer rules with a miss or a false positive\n\n| peer rule | recall | FP |\n|---|---|---|\n${ruleLines.join('\n')}\n`;
    mkdirSync(join(REPO_ROOT, 'test/artifacts'), { recursive: true });
    writeFileSync(join(REPO_ROOT, 'test/artifacts/conformance.md'), markdown);
    const providerMarkdown = [...byProvider].map(([source, providers]) => providerTable(source, providers)).join('\n');
    writeFileSync(join(REPO_ROOT, 'test/artifacts/conformance-providers.md'), `# Conformance misses by provider\n\n${providerMarkdown}`);
    console.log(`\n${lines.join('\n')}\n  (per-rule detail: test/artifacts/conformance.md; per provider: test/artifacts/conformance-providers.md)\n`);
  });

  after(() => rmSync(root, { recursive: true, force: true }));

  for (const source of SOURCES) {
    it(`${source}: recall ≥ ${Math.round(GATES[source].recall * 100)}% and FP rate ≤ ${Math.round(GATES[source].fpRate * 100)}%`, () => {
      const t = bySource.get(source);
      assert.ok(t && t.tp > 0, `no ${source} cases loaded`);
      assert.ok(t.tpHit / t.tp >= GATES[source].recall, `recall ${pct(t.tpHit, t.tp)} below gate`);
      assert.ok(t.fpHit / t.fp <= GATES[source].fpRate, `FP rate ${pct(t.fpHit, t.fp)} above gate`);
    });
  }
});
