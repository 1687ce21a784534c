#!/usr/bin/env node
// Checks one or more rule files in isolation: builds them with esbuild, runs every rule over its
// own samples, then reports recall/FP on the peer corpus cases whose peer rule id matches a filter.
//   node test/tools/check-rules.mjs core/src/rules/github.ts [--peer 'github-|GitHubToken'] [--show-misses] [--fp-all]
// --fp-all also runs the rules over every peer's fp cases (any rule id): your rules must stay silent there.
import { build } from 'esbuild';
import { readFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const files = args.filter((a, i) => !a.startsWith('--') && !(args[i - 1] ?? '').startsWith('--'));
let peer = args.includes('--peer') ? new RegExp(args[args.indexOf('--peer') + 1]) : undefined;
const showMisses = args.includes('--show-misses');
const fpAll = args.includes('--fp-all');
const root = resolve(import.meta.dirname, '../..');

const dir = mkdtempSync(join(tmpdir(), 'check-rules-'));
const entry = join(dir, 'entry.ts');
writeFileSync(
  entry,
  `export { Scanner } from ${JSON.stringify(join(root, 'core/src/engine/scanner.ts'))};\n` +
    files.map((f, i) => `export { rules as r${i} } from ${JSON.stringify(resolve(f))};`).join('\n'),
);
const out = join(dir, 'entry.mjs');
await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'neutral', outfile: out, logLevel: 'error' });
const mod = await import(pathToFileURL(out).href);
const rules = files.flatMap((_, i) => mod[`r${i}`]);
const scanner = new mod.Scanner(rules);
const now = new Date('2026-01-01T00:00:00Z');

let failures = 0;
for (const rule of rules) {
  const single = new mod.Scanner([rule]);
  for (const s of rule.samples.match) {
    if (single.scan(s.text, { now, path: s.path }).findings.length === 0) {
      failures++;
      console.log(`FAIL ${rule.id}: match sample not found (${s.reason})`);
    }
  }
  for (const s of rule.samples.noMatch) {
    if (single.scan(s.text, { now, path: s.path }).findings.length > 0) {
      failures++;
      console.log(`FAIL ${rule.id}: noMatch sample reported (${s.reason})`);
    }
  }
}
console.log(`${rules.length} rules, sample failures: ${failures}`);

if (peer || fpAll) {
  peer ??= /^$/;
  const stats = new Map();
  for (const name of ['gitleaks', 'secretlint', 'detect-secrets']) {
    const lines = readFileSync(join(root, '../shared/corpus', `${name}-cases.jsonl`), 'utf8').split('\n').filter(Boolean);
    for (const line of lines) {
      const c = JSON.parse(line);
      if (!peer.test(c.rule) && !(fpAll && c.kind === 'fp')) continue;
      if (c.config_dependent || c.policy || c.directive || c.cross_type_negative) continue;
      const text = c.text ?? Buffer.from(c.text_base64, 'base64').toString('latin1');
      const found = scanner.scan(text, { now, minSeverity: 'low', path: c.filename ?? c.path }).findings;
      const s = stats.get(c.rule) ?? { tp: 0, tpHit: 0, fp: 0, fpHit: 0 };
      if (c.kind === 'tp') {
        s.tp++;
        if (found.length) s.tpHit++;
        else if (showMisses) console.log(`MISS ${c.rule}: ${JSON.stringify(text).slice(0, 200)}`);
      } else {
        s.fp++;
        if (found.length) {
          s.fpHit++;
          if (showMisses) console.log(`FP   ${c.rule}: ${found.map((f) => f.ruleId).join(',')} ${JSON.stringify(text).slice(0, 200)}`);
        }
      }
      stats.set(c.rule, s);
    }
  }
  for (const [rule, s] of [...stats].sort()) console.log(`${rule.padEnd(48)} recall ${s.tpHit}/${s.tp}  fp ${s.fpHit}/${s.fp}`);
}
process.exitCode = failures ? 1 : 0;
