import type { Severity } from '@secret-hygiene/core';
import { escapeForTerminal } from './escape.js';
import { describeVerification, verificationSummary } from './verification-text.js';
import type { FileFinding, ScanReport } from './report.js';

const SEVERITY_ORDER: Severity[] = ['critical', 'high', 'medium', 'low', 'info'];

function palette(color: boolean) {
  const wrap = (code: string) => (text: string) => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
  return {
    bold: wrap('1'),
    dim: wrap('2'),
    underline: wrap('4'),
    severity: (s: Severity) => ({ critical: wrap('1;31'), high: wrap('31'), medium: wrap('33'), low: wrap('36'), info: wrap('2') })[s](s.padEnd(8)),
  };
}

/** At most this many unscanned files are named in the summary; JSON and SARIF list them all. */
const INCOMPLETE_LISTED = 20;
const LOOSENED_LISTED = 20;

/**
 * Human output: findings grouped by file, masked secrets, then a one-line summary, and when content was
 * not scanned, an "incomplete" line naming it. Every field from a file or a name is escaped for the
 * terminal, so nothing in them can forge a line or drive the terminal.
 */
export function formatText(report: ScanReport, color: boolean): string {
  const c = palette(color);
  const byFile = new Map<string, FileFinding[]>();
  for (const f of report.findings) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
  const lines: string[] = [];
  for (const [file, findings] of byFile) {
    lines.push(c.underline(escapeForTerminal(file)));
    for (const f of findings) {
      if (f.commit) {
        lines.push(...historyLines(f, c));
        continue;
      }
      const where = `${f.line}:${f.column}`.padEnd(8);
      // The message already states the lifetime and, in known config files, where the value sits.
      const verified = f.verification ? `  ${c.bold(describeVerification(f.verification))}` : '';
      lines.push(`  ${c.dim(where)} ${c.severity(f.severity)} ${escapeForTerminal(f.redacted).padEnd(14)} ${escapeForTerminal(f.message)}  ${c.dim(f.ruleId)}${verified}`);
    }
    lines.push('');
  }
  const s = report.stats;
  const counts = SEVERITY_ORDER.filter((k) => s.bySeverity[k]).map((k) => `${s.bySeverity[k]} ${k}`);
  const extra = [
    s.suppressed ? `${s.suppressed} allowed inline` : '',
    s.baselined ? `${s.baselined} in baseline` : '',
    s.filesSkipped ? `${s.filesSkipped} files skipped` : '',
  ].filter(Boolean);
  const head = s.findings
    ? c.bold(`✖ ${s.findings} finding${s.findings === 1 ? '' : 's'} (${counts.join(', ')}) in ${byFile.size} file${byFile.size === 1 ? '' : 's'}`)
    : s.incomplete.length
      ? c.bold('⚠ no findings in what was scanned')
      : s.loosened.length
        ? c.bold('⚠ no findings under what the repository loosened (listed below)')
      : c.bold('✔ no findings');
  lines.push(`${head} · ${s.files} files scanned in ${(s.durationMs / 1000).toFixed(2)} s${extra.length ? ` · ${extra.join(', ')}` : ''}`);
  if (s.incomplete.length) {
    const n = s.incomplete.length;
    lines.push(c.bold(`⚠ incomplete: ${n} path${n === 1 ? '' : 's'} not scanned, so there may be more findings than shown`));
    for (const { file, reason } of s.incomplete.slice(0, INCOMPLETE_LISTED)) lines.push(`  ${escapeForTerminal(file)}: ${escapeForTerminal(reason)}`);
    if (n > INCOMPLETE_LISTED) lines.push(`  … and ${n - INCOMPLETE_LISTED} more (--format json lists them all)`);
  }
  if (s.verification) lines.push(verificationSummary(s.verification));
  if (s.managedPolicy) lines.push(`managed policy: ${escapeForTerminal(s.managedPolicy.path)} (from ${escapeForTerminal(s.managedPolicy.via)})`);
  if (s.baseline) {
    const b = s.baseline;
    lines.push(`baseline ${escapeForTerminal(b.file)}${b.from === 'repository' ? ' (committed, loaded by default)' : ''}: ${b.entries} entr${b.entries === 1 ? 'y' : 'ies'}, ${b.matched} finding(s) accepted`);
  }
  if (s.loosened.length) {
    // Whatever the repository switched off is said next to the result it shaped, never only on stderr.
    lines.push(c.bold(`⚠ loosened by the scanned repository (${s.loosened.length}; --no-trust-repository refuses these):`));
    for (const { field, value, origin } of s.loosened.slice(0, LOOSENED_LISTED)) {
      lines.push(`  ${escapeForTerminal(origin)}: ${escapeForTerminal(field)}${field.endsWith(']') ? '' : ` = ${escapeForTerminal(value)}`}`);
    }
    if (s.loosened.length > LOOSENED_LISTED) lines.push(`  … and ${s.loosened.length - LOOSENED_LISTED} more (--format json lists them all)`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * A history finding: `path@shortsha:line:column` (what `git show shortsha:path` opens), then who added it
 * and when, and the commit that removed it when HEAD no longer holds it (it is still in the history,
 * so it still needs rotating).
 */
function historyLines(f: FileFinding, c: ReturnType<typeof palette>): string[] {
  const commit = f.commit!;
  const where = `${escapeForTerminal(commit.path)}@${commit.sha.slice(0, 8)}:${f.line}:${f.column}`;
  const removed = commit.removedIn ? ` · removed in ${commit.removedIn.slice(0, 8)} (still in history: rotate it)` : '';
  return [
    `  ${where} ${c.severity(f.severity)} ${escapeForTerminal(f.redacted).padEnd(14)} ${escapeForTerminal(f.message)}  ${c.dim(f.ruleId)}${f.verification ? `  ${describeVerification(f.verification)}` : ''}`,
    `    ${c.dim(`added by ${escapeForTerminal(commit.author)} <${escapeForTerminal(commit.email)}> on ${escapeForTerminal(commit.date)}${removed}`)}`,
  ];
}
