/**
 * A token can sit in a file or directory name (`backups/ghp_…/notes.txt`, a cache keyed by API key). Such a
 * secret is a finding of its own, at the directory or file that holds it, and it is masked in every place
 * the path is printed (findings, notices, incomplete entries, baseline entries): printing the path would
 * otherwise leak what the scan exists to hide.
 */
import { atLeast, type Finding, type PolicyScanOptions, type Scanner } from '@secret-hygiene/core';
import type { FileFinding } from './report.js';

export interface PathSecrets {
  findings: FileFinding[];
  /** Replaces every secret found in a name by its masked form (identity when none was found). */
  mask: (text: string) => string;
}

/** The distinct names on the way to a set of paths, as one text of one name per line. */
export interface NameListing {
  /** One name per line: scanned as one text (one keyword pass for the whole tree). */
  text: string;
  names: string[];
  /** The path each name ends (`a/b` for the name `b`). */
  prefixes: string[];
  /** Offset of each name in `text`. */
  starts: number[];
  directories: Set<string>;
}

/** Each distinct name on the way to each path (`a`, `a/b`, `a/b/c.txt` once each, however many files share them). */
export function listNames(paths: Iterable<string>): NameListing {
  const prefixes: string[] = [];
  const names: string[] = [];
  const seen = new Set<string>();
  const directories = new Set<string>();
  for (const path of paths) {
    let end = -1;
    do {
      const start = end + 1;
      end = path.indexOf('/', start);
      const prefix = end === -1 ? path : path.slice(0, end);
      const name = prefix.slice(start);
      if (end !== -1) directories.add(prefix);
      if (seen.has(prefix) || !name || name === '.' || name === '..') continue;
      seen.add(prefix);
      prefixes.push(prefix);
      names.push(name);
    } while (end !== -1);
  }
  const starts: number[] = [];
  for (let i = 0, at = 0; i < names.length; at += names[i]!.length + 1, i++) starts.push(at);
  return { text: names.join('\n'), names, prefixes, starts, directories };
}

/** Scans the names on this thread (a scan that used no workers, the staged hook). */
export function findSecretsInPaths(scanner: Scanner, paths: Iterable<string>, policy: PolicyScanOptions): PathSecrets {
  const listing = listNames(paths);
  return secretsInNames(listing, listing.names.length ? scanner.scan(listing.text).findings : [], policy);
}

/**
 * The findings of a scan of `listing.text` (on whichever thread), as findings at the directory or file
 * whose name holds each secret, and the mask for every printed path.
 */
export function secretsInNames(listing: NameListing, scanned: readonly Finding[], policy: PolicyScanOptions): PathSecrets {
  const { text, names, prefixes, starts, directories } = listing;
  const findings: FileFinding[] = [];
  if (!names.length) return { findings, mask: (value) => value };
  const secrets = new Map<string, string>();
  // Masked whatever the policy says (a disabled detector must still not leak the name); reported per policy.
  for (const finding of scanned) {
    const index = lastAtOrBefore(starts, finding.range[0]);
    const start = starts[index]!;
    const name = names[index]!;
    if (finding.range[1] > start + name.length) continue; // spans two names: not a secret in either
    secrets.set(text.slice(finding.range[0], finding.range[1]), finding.redacted);
    if (policy.disabledRules.has(finding.ruleId)) continue;
    const severity = policy.severityOverrides[finding.ruleId] ?? finding.severity;
    if (!atLeast(severity, policy.minSeverity)) continue;
    const column = finding.range[0] - start + 1;
    const kind = directories.has(prefixes[index]!) ? 'directory' : 'file';
    findings.push({
      ...finding,
      severity,
      range: [finding.range[0] - start, finding.range[1] - start],
      line: 1,
      column,
      endLine: 1,
      endColumn: column + finding.range[1] - finding.range[0],
      message: `${finding.message} (in a ${kind} name)`,
      file: prefixes[index]!,
    });
  }
  if (!secrets.size) return { findings, mask: (value) => value };
  // Longest first, so a secret that contains another is replaced whole.
  const ordered = [...secrets].sort((a, b) => b[0].length - a[0].length);
  const mask = (value: string) => ordered.reduce((masked, [secret, redacted]) => (masked.includes(secret) ? masked.split(secret).join(redacted) : masked), value);
  for (const finding of findings) finding.file = mask(finding.file);
  return { findings, mask };
}

function lastAtOrBefore(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sorted[mid]! <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
