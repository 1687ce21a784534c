/**
 * Converts UTF-16 offsets to 1-based line/column. Line breaks are indexed lazily, only as far as the
 * offsets asked about: a few findings near the top of a 5 MB document cost almost nothing.
 */
export class LineIndex {
  /** Offsets where lines start, as far as the text has been read. */
  private readonly starts: number[] = [0];
  /** Every line break before this offset is indexed. */
  private indexedTo = 0;

  constructor(private readonly text: string) {}

  /** 1-based line and column of an offset. */
  position(offset: number): { line: number; column: number } {
    this.readPast(offset);
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo]! + 1 };
  }

  /** True when the text has a line `line` (1-based). */
  hasLine(line: number): boolean {
    this.readLines(line);
    return line >= 1 && line <= this.starts.length;
  }

  lineStart(line: number): number {
    this.readLines(line);
    return this.starts[line - 1] ?? 0;
  }

  get lineCount(): number {
    this.readPast(Infinity);
    return this.starts.length;
  }

  /** Indexes until every line start at or before `offset` is known. */
  private readPast(offset: number): void {
    while (this.indexedTo <= offset && this.indexedTo < this.text.length) this.readLine();
  }

  private readLines(count: number): void {
    while (this.starts.length < count && this.indexedTo < this.text.length) this.readLine();
  }

  private readLine(): void {
    const lineBreak = this.text.indexOf('\n', this.indexedTo);
    if (lineBreak === -1) {
      this.indexedTo = this.text.length;
      return;
    }
    this.starts.push(lineBreak + 1);
    this.indexedTo = lineBreak + 1;
  }
}
