/**
 * One document as the fix planner sees it: the text, plus what planning derives from it (lines, a
 * line's string literals, the parsed JSON tree, the file kind, the imports a lookup needs), each
 * computed once per document and shared by every finding in it. Planning N findings on one long line
 * (a minified bundle, a generated file) then costs the line once, not N times.
 */
import { LineIndex } from '../engine/positions.js';
import { detectFileKind, type FileKindMatch } from '../formats/detect.js';

export interface TextLine {
  start: number;
  /** End of the line's content: before its `\n`, and before a `\r` ending it. */
  end: number;
  /** Where the line break (`\n`) is, or the text's length on the last line. */
  breakAt: number;
  text: string;
}

export class PlanningText {
  private readonly byLine = new Map<number, TextLine>();
  private readonly facts = new Map<unknown, unknown>();
  private readonly lineFacts = new Map<unknown, Map<number, unknown>>();

  constructor(
    readonly text: string,
    readonly path: string,
    readonly lines: LineIndex = new LineIndex(text),
  ) {}

  /** The line around `offset` (the line a `\n` at `offset` ends), without its line break. */
  lineAt(offset: number): TextLine {
    const { line } = this.lines.position(offset);
    let found = this.byLine.get(line);
    if (!found) {
      const start = this.lines.lineStart(line);
      const breakAt = this.lines.hasLine(line + 1) ? this.lines.lineStart(line + 1) - 1 : this.text.length;
      const end = breakAt > start && this.text.charCodeAt(breakAt - 1) === 13 ? breakAt - 1 : breakAt;
      found = { start, end, breakAt, text: this.text.slice(start, end) };
      this.byLine.set(line, found);
    }
    return found;
  }

  /** A fact about the whole document, computed on first use; `key` names it (a function or a symbol). */
  memo<T>(key: unknown, compute: () => T): T {
    if (this.facts.has(key)) return this.facts.get(key) as T;
    const value = compute();
    this.facts.set(key, value);
    return value;
  }

  /** A fact about one line (its string literals, its assignment), computed on first use. */
  perLine<T>(key: unknown, line: TextLine, compute: () => T): T {
    let facts = this.lineFacts.get(key);
    if (!facts) this.lineFacts.set(key, (facts = new Map()));
    if (facts.has(line.start)) return facts.get(line.start) as T;
    const value = compute();
    facts.set(line.start, value);
    return value;
  }

  get fileKind(): FileKindMatch | undefined {
    return this.memo(detectFileKind, () => detectFileKind(this.path, this.text));
  }
}
