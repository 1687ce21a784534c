/**
 * Editor latency: from a document change to its diagnostics computed, on the path the extension runs
 * after the typing debounce (binary check, scanText with the effective settings, finding → diagnostic
 * data). `test/bench` can import `editorLatency`; `node extension-vscode/bench.mjs` prints it.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { Scanner, builtinRules } from '@secret-hygiene/core';
import { looksBinary } from '../src/model/content.js';
import { diagnosticData } from '../src/model/diagnostic-data.js';
import { addEdit, rescan, type ScannedText, type TextEdit } from '../src/model/incremental.js';
import { scanText, type ScanConfig } from '../src/model/scan.js';
import { LineIndex } from '../../core/src/engine/positions.js';
import { githubClassicPat } from '../test/support/tokens.js';

export interface LatencyResult {
  label: string;
  bytes: number;
  runs: number;
  medianMs: number;
  p90Ms: number;
  maxMs: number;
  findings: number;
}

const CONFIG: ScanConfig = { minSeverity: 'low', disabledRules: new Set(), severityOverrides: {}, acceptedFingerprints: new Set(), references: { provider: 'env' } };

/** Real source files (the bench corpus, when installed) concatenated to `size`; synthetic code otherwise. */
export function benchDocument(size: number, corpus = join(process.cwd(), '.cache/bench-corpus/tree')): { text: string; source: string } {
  const parts: string[] = [];
  let total = 0;
  if (existsSync(corpus)) {
    const walk = (dir: string): boolean => {
      for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) {
          if (walk(path)) return true;
        } else if (['.js', '.ts'].includes(extname(entry.name)) && statSync(path).size < 256 * 1024) {
          const text = readFileSync(path, 'utf8');
          parts.push(text);
          total += text.length;
          if (total >= size) return true;
        }
      }
      return false;
    };
    walk(corpus);
  }
  const source = total >= size ? 'real JS/TS from .cache/bench-corpus' : 'synthetic TypeScript';
  let i = 0;
  while (total < size) {
    const line = `export function handler${i}(request: Request): Promise<Response> {\n  const url = new URL(request.url); // route ${i}\n  return fetch(\`https://api.example.com/v1/items/\${url.searchParams.get('id')}\`, { headers: { accept: 'application/json' } });\n}\n`;
    parts.push(line);
    total += line.length;
    i++;
  }
  // A few secrets, so findings are built and mapped too.
  const text = parts.join('\n').slice(0, size - 200);
  const secrets = [1, 2, 3].map((seed) => `const token${seed} = '${githubClassicPat(100 + seed)}';\n`).join('');
  return { text: `${secrets}${text}`, source };
}

/**
 * The edited text as VS Code hands it over (`document.getText()` returns a flat string): V8 keeps our
 * concatenation as a rope until first read, and copying 5 MB then is the bench's cost, not the scan's.
 */
function flat(text: string): string {
  text.charCodeAt(text.length >> 1); // reading a character flattens the rope
  return text;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
}

/**
 * One document size: `runs` timed passes after a warm-up, each on a freshly edited text, on the path the
 * extension takes after a change (`rescan`: around the edit for a large plain document, else in full),
 * or, with `full`, a whole rescan (what opening, saving or a settings change costs).
 */
export function measure(scanner: Scanner, label: string, text: string, runs: number, full = false): LatencyResult {
  const times: number[] = [];
  let findings = 0;
  const scan = (part: string) => scanText(scanner, part, '/workspace/src/document.ts', CONFIG);
  let last: ScannedText | undefined = rescan(text, undefined, scan, () => ({ line: 1, column: 1 }));
  let current = text;
  for (let run = -2; run < runs; run++) {
    // An edit in the middle of the document, as typing would make.
    const edit: TextEdit = { offset: current.length >> 1, length: 0, text: String(run) };
    const edited = flat(`${current.slice(0, edit.offset)}${edit.text}${current.slice(edit.offset)}`);
    // VS Code keeps a document's line index up to date as it is edited: positionAt is not scan time.
    const lines = new LineIndex(edited);
    void lines.lineCount;
    const from: ScannedText | undefined = full ? undefined : { ...last!, window: addEdit(undefined, edit) };
    const started = performance.now();
    if (!looksBinary(edited)) {
      last = rescan(edited, from, scan, (offset) => lines.position(offset));
      findings = last.findings.map(diagnosticData).length;
    }
    const elapsed = performance.now() - started;
    current = edited;
    if (run >= 0) times.push(elapsed);
  }
  const sorted = [...times].sort((a, b) => a - b);
  return { label, bytes: text.length, runs, medianMs: percentile(sorted, 0.5), p90Ms: percentile(sorted, 0.9), maxMs: sorted.at(-1)!, findings };
}

export function editorLatency(): { scannerBuildMs: number; source: string; results: LatencyResult[] } {
  const built = performance.now();
  const scanner = new Scanner(builtinRules);
  const scannerBuildMs = performance.now() - built;
  const small = benchDocument(100 * 1024);
  const large = benchDocument(5 * 1024 * 1024);
  return {
    scannerBuildMs,
    source: large.source,
    results: [
      measure(scanner, '100 KB', small.text, 50),
      measure(scanner, '5 MB', large.text, 25),
      measure(scanner, '5 MB, full rescan', large.text, 15, true),
    ],
  };
}
