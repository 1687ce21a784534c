/**
 * Noise on real code: the findings a scan reports at `low` or above on a corpus nobody tuned for, grouped
 * so the classes stand out (rule × kind of file), and listed one by one, masked, for whoever fixes them.
 */
import { basename } from 'node:path';

export interface BenchFinding {
  ruleId: string;
  severity: string;
  file: string;
  line: number;
  /** Masked by the CLI: the raw value never reaches this report. */
  redacted: string;
}

/** What kind of file a finding sits in: the generated-client and SDK classes issue #12 names. */
export function fileClass(file: string): string {
  const name = basename(file);
  if (name.endsWith('.d.ts')) return '.d.ts';
  if (name === 'package.json') return 'package.json';
  if (/(?:^|[.-])lock\.json$|^yarn\.lock$|^pnpm-lock\.yaml$/.test(name)) return 'lockfile';
  if (/\.(?:md|markdown)$/i.test(name)) return 'Markdown';
  if (/\.min\.[cm]?js$/.test(name)) return 'minified JS';
  if (/\.[cm]?js$/.test(name)) return /(?:^|\/)(?:dist|build|lib|cjs|esm)\//.test(file) ? 'compiled JS' : 'JS';
  if (/\.[cm]?ts$/.test(name)) return 'TS';
  return name.slice(name.lastIndexOf('.')) || name;
}

export function noiseClasses(findings: readonly BenchFinding[]): [label: string, count: number][] {
  const classes = new Map<string, number>();
  for (const f of findings) {
    const key = `${f.ruleId} in ${fileClass(f.file)}`;
    classes.set(key, (classes.get(key) ?? 0) + 1);
  }
  return [...classes].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/** The artifact: classes, then every finding (rule, severity, file:line, masked value), sorted by rule and file. */
export function noiseReport(title: string, findings: readonly BenchFinding[], megabytes: number, root: string): string {
  const rel = (file: string) => (file.startsWith(root) ? file.slice(root.length).replace(/^\/+/, '') : file);
  const classes = noiseClasses(findings).map(([label, n]) => `| ${label} | ${n} | ${(n / megabytes).toFixed(3)} |`);
  const list = [...findings]
    .sort((a, b) => a.ruleId.localeCompare(b.ruleId) || a.file.localeCompare(b.file) || a.line - b.line)
    .map((f) => `| ${f.ruleId} | ${f.severity} | ${rel(f.file)}:${f.line} | \`${f.redacted.replace(/\|/g, '\\|').replace(/`/g, "'")}\` |`);
  return [
    `# ${title}: findings at low or above`,
    '',
    `${findings.length} findings in ${megabytes.toFixed(1)} MB (${(findings.length / megabytes).toFixed(3)} per MB; target ≤ 0.05).`,
    '',
    '## Classes (rule × kind of file)',
    '',
    '| class | findings | per MB |',
    '|---|---|---|',
    ...classes,
    '',
    '## Every finding (masked)',
    '',
    '| rule | severity | file:line | value |',
    '|---|---|---|---|',
    ...list,
    '',
  ].join('\n');
}
