import type { LineIndex } from './positions.js';

/**
 * `secret-hygiene:allow <reason>` in any comment syntax, on the finding's line or the line above.
 * A reason is required: a bare directive does not suppress (it would hide why the secret is fine).
 */
const DIRECTIVE = /secret-hygiene:allow[ \t]+\S/;

function lineText(text: string, lines: LineIndex, line: number): string {
  if (line < 1 || !lines.hasLine(line)) return '';
  const start = lines.lineStart(line);
  const end = lines.hasLine(line + 1) ? lines.lineStart(line + 1) : text.length;
  // Bound the slice: a minified 100 MB line must not be copied per finding.
  return text.slice(start, Math.min(end, start + 4096)) + (end - start > 8192 ? text.slice(end - 4096, end) : '');
}

export function inlineAllowed(text: string, lines: LineIndex, offset: number): boolean {
  const { line } = lines.position(offset);
  return DIRECTIVE.test(lineText(text, lines, line)) || DIRECTIVE.test(lineText(text, lines, line - 1));
}
