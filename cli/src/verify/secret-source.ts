/**
 * Findings carry no secret, only its range: verification reads the scanned text again, on this thread,
 * and slices the range. The slice is checked against the finding's fingerprint (or masked form), so a
 * file that changed since it was scanned is never sent half a token or another value. Texts are read
 * once per file and dropped with the run.
 */
import { fingerprintOf, redact } from '@secret-hygiene/core';
import { gitOutput } from '../git/run-git.js';
import type { FileFinding } from '../output/report.js';
import { decodeForScan, readForScan } from '../walk/read-file.js';
import type { WalkedFile } from '../walk/walker.js';

export interface ScannedText {
  /** The text the finding's range points into, or why it cannot be had. */
  textOf(finding: FileFinding): { text: string } | { error: string };
}

function decoded(bytes: Uint8Array): { text: string } | { error: string } {
  const read = decodeForScan(bytes);
  return read.kind === 'text' ? { text: read.text } : { error: 'the content is not text any more' };
}

/** A files scan: the walked files by their display name. */
export function workingTreeTexts(files: readonly WalkedFile[], maxFileSize: number): ScannedText {
  const byDisplay = new Map(files.map((file) => [file.display, file]));
  const cache = new Map<string, { text: string } | { error: string }>();
  return {
    textOf(finding) {
      let text = cache.get(finding.file);
      if (!text) {
        const file = byDisplay.get(finding.file);
        if (!file) text = { error: 'the file it was found in cannot be read back (a file name or a masked path)' };
        else if (file.content) text = decoded(file.content);
        else {
          try {
            const read = readForScan(file.path, maxFileSize);
            text = read.kind === 'text' ? { text: read.text } : { error: 'the file is no longer readable text' };
          } catch (error) {
            text = { error: `the file cannot be read again (${(error as NodeJS.ErrnoException).code ?? 'error'})` };
          }
        }
        cache.set(finding.file, text);
      }
      return text;
    },
  };
}

/** History and staged scans: the blob, from git (`<commit>:<path>`, or `:<path>` for the index). */
export function gitTexts(repository: string, staged: boolean): ScannedText {
  const cache = new Map<string, { text: string } | { error: string }>();
  return {
    textOf(finding) {
      const object = staged ? `:${finding.file}` : finding.commit ? `${finding.commit.sha}:${finding.commit.path}` : undefined;
      if (!object) return { error: 'no commit to read the blob from' };
      let text = cache.get(object);
      if (!text) {
        try {
          text = decoded(gitOutput(repository, ['cat-file', 'blob', object]));
        } catch {
          text = { error: 'git cannot read the blob again' };
        }
        cache.set(object, text);
      }
      return text;
    },
  };
}

/** The finding's secret, checked against its fingerprint (salted or not) or masked form. */
export function secretAt(finding: FileFinding, text: string, salt: string | undefined): string | undefined {
  const [start, end] = finding.range;
  if (start < 0 || end > text.length || end <= start) return undefined;
  const secret = text.slice(start, end);
  if (fingerprintOf(finding.ruleId, secret, salt) === finding.fingerprint) return secret;
  if (fingerprintOf(finding.ruleId, secret) === finding.fingerprint) return secret;
  // Findings from structured formats may fingerprint a normalised value; the masked form still has to agree.
  return secret.length >= 20 && redact(secret) === finding.redacted ? secret : undefined;
}
