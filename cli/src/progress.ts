/** A single self-overwriting status line on stderr, only on a TTY and only once a run has taken > 1 s. */
export class Progress {
  private readonly started: number;
  private lastDraw = -Infinity;
  private drawn = false;

  /** `clock`: milliseconds, for tests; the wall clock otherwise. */
  constructor(
    private readonly stream: NodeJS.WritableStream & { isTTY?: boolean },
    private readonly clock: () => number = () => performance.now(),
  ) {
    this.started = clock();
  }

  update(text: string): void {
    if (!this.stream.isTTY) return;
    const now = this.clock();
    if (now - this.started < 1000 || now - this.lastDraw < 100) return;
    this.lastDraw = now;
    this.drawn = true;
    this.stream.write(`\r\u001b[2K${text}`);
  }

  clear(): void {
    if (this.drawn) this.stream.write('\r\u001b[2K');
  }
}
