/**
 * A token can sit in a file or directory name (`backups/ghp_…/notes.txt`, a cache keyed by API key). Such a
 * secret is a finding of its own, at the directory or file that holds it, and it is masked in every place
 * the path is printed (findings, notices, incomplete entries, baseline entries): printing the path would
 * otherwise leak what the scan exists to hide.
 */
import type { Scanner, ScanOptions } from '@secret-hygiene/core';
import type { FileFinding } from './report.js';

export interface PathSecrets {
  findings: FileFinding[];
  /** Replaces every secret found in a name by its masked form (identity when none was found). */
  mask: (text: string) => string;
}

/**
 * Scans each distinct name on the way to each path (`a`, `a/b`, `a/b/c.txt` are looked at once each,
 * however many files share them), as text of its own.
 */
export function findSecretsInPaths(scanner: Scanner, paths: Iterable<string>, options: ScanOptions): PathSecrets {
  const seen = new Set<string>();
  const findings: FileFinding[] = [];
  const secrets = new Map<string, string>();
  for (const path of paths) {
    let end = -1;
    do {
      const start = end + 1;
      end = path.indexOf('/', start);
      const prefix = end === -1 ? path : path.slice(0, end);
      if (seen.has(prefix)) continue;
      seen.add(prefix);
      const name = prefix.slice(start);
      if (!name || name === '.' || name === '..') continue;
      // Masked whatever the policy says (a disabled detector still must not leak the name); reported per policy.
      const everything = scanner.scan(name).findings;
      if (!everything.length) continue;
      for (const finding of everything) secrets.set(name.slice(finding.range[0], finding.range[1]), finding.redacted);
      for (const finding of scanner.scan(name, options).findings) {
        findings.push({ ...finding, message: `${finding.message} (in a ${end === -1 ? 'file' : 'directory'} name)`, file: prefix });
      }
    } while (end !== -1);
  }
  if (!secrets.size) return { findings, mask: (text) => text };
  // Longest first, so a secret that contains another is replaced whole.
  const ordered = [...secrets].sort((a, b) => b[0].length - a[0].length);
  const mask = (text: string) => ordered.reduce((masked, [secret, redacted]) => (masked.includes(secret) ? masked.split(secret).join(redacted) : masked), text);
  for (const finding of findings) finding.file = mask(finding.file);
  return { findings, mask };
}
