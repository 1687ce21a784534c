import { commentSpans, spanAt } from '../formats/comments.js';
import type { LineIndex } from './positions.js';

/**
 * `secret-hygiene:allow <reason>`: a finding is allowed by a directive that
 * - is in a comment of the file's language (a string literal, a URL or a value holding the words is not a
 *   comment: a repository must not be able to silence a finding from inside data). For a file whose
 *   comment syntax is not known, the directive must follow a comment marker on its line (`#`, `//`, `/*`,
 *   `<!--`, `--`, `;`, `%`, `REM`) outside quotes;
 * - is on the finding's line or the line above;
 * - is close to the finding: at most MAX_DISTANCE characters between them (one directive on a 1.6 MB
 *   minified line must not allow every finding on it).
 * A reason is required: a bare directive does not suppress (it would hide why the secret is fine).
 */
const DIRECTIVE = 'secret-hygiene:allow';
const REASON_AFTER = /^[ \t]+\S/;
/** Characters between a directive and the finding it allows (directive start to finding start, or finding end to directive). */
export const MAX_DIRECTIVE_DISTANCE = 200;
/** Comment markers for files whose syntax is not known; the directive must follow one of them on its line. */
const ANY_COMMENT_MARKER = /(?:^|[\s;])(?:#|\/\/|\/\*|<!--|--|;|%|REM\s)/;

export interface InlineDirectives {
  /** Whether a directive allows the finding spanning [start, end). */
  allows(start: number, end: number): boolean;
}

const NONE: InlineDirectives = { allows: () => false };

/**
 * The file's valid directives, found once (a linear search for the word; comment spans only when the word
 * occurs), then looked up per finding by binary search.
 */
export function inlineDirectives(text: string, lines: LineIndex, path: string | undefined): InlineDirectives {
  const offsets: number[] = [];
  for (let at = text.indexOf(DIRECTIVE); at !== -1; at = text.indexOf(DIRECTIVE, at + DIRECTIVE.length)) {
    if (REASON_AFTER.test(text.slice(at + DIRECTIVE.length, at + DIRECTIVE.length + 64))) offsets.push(at);
  }
  if (!offsets.length) return NONE;
  const spans = commentSpans(text, path);
  const valid = offsets.filter((at) => (spans ? spanAt(spans, at) !== undefined : afterMarker(text, lines, at)));
  if (!valid.length) return NONE;
  return {
    allows(start, end) {
      const { line } = lines.position(start);
      const from = lines.lineStart(Math.max(1, line - 1));
      const to = lines.hasLine(line + 1) ? lines.lineStart(line + 1) : text.length;
      for (let i = firstAtOrAfter(valid, from); i < valid.length && valid[i]! < to; i++) {
        const at = valid[i]!;
        const distance = at < start ? start - at : at - end;
        if (distance <= MAX_DIRECTIVE_DISTANCE) return true;
      }
      return false;
    },
  };
}

/** Unknown syntax: a comment marker before the directive on its line, outside quotes. */
function afterMarker(text: string, lines: LineIndex, at: number): boolean {
  const lineStart = lines.lineStart(lines.position(at).line);
  const before = text.slice(Math.max(lineStart, at - MAX_DIRECTIVE_DISTANCE), at);
  const marker = before.search(ANY_COMMENT_MARKER);
  if (marker === -1) return false;
  // An odd number of quotes before the marker puts it inside a string value.
  const head = before.slice(0, marker);
  return (head.split('"').length - 1) % 2 === 0 && (head.split("'").length - 1) % 2 === 0;
}

function firstAtOrAfter(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

