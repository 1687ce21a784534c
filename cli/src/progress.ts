/** A single self-overwriting status line on stderr, only on a TTY and only once a run has taken > 1 s. */
export class Progress {
  private readonly started = performance.now();
  private lastDraw = 0;
  private drawn = false;

  constructor(private readonly stream: NodeJS.WritableStream & { isTTY?: boolean }) {}

  update(text: string): void {
    if (!this.stream.isTTY) return;
    const now = performance.now();
    if (now - this.started < 1000 || now - this.lastDraw < 100) return;
    this.lastDraw = now;
    this.drawn = true;
    this.stream.write(`\r\u001b[2K${text}`);
  }

  clear(): void {
    if (this.drawn) this.stream.write('\r\u001b[2K');
  }
}
