/** Splits a byte stream into NUL-terminated tokens (git's `-z` output), across chunk boundaries. */
export class NulTokenizer {
  private carry: Buffer[] = [];

  /** The complete tokens in `chunk` (with whatever an earlier chunk left unfinished). */
  *push(chunk: Buffer): Generator<Buffer> {
    let start = 0;
    for (let end = chunk.indexOf(0, start); end !== -1; end = chunk.indexOf(0, start)) {
      const piece = chunk.subarray(start, end);
      if (this.carry.length) {
        this.carry.push(piece);
        yield Buffer.concat(this.carry);
        this.carry = [];
      } else yield piece;
      start = end + 1;
    }
    if (start < chunk.length) this.carry.push(Buffer.from(chunk.subarray(start)));
  }

  /** Bytes left after the last NUL (none in well-formed output). */
  rest(): Buffer | undefined {
    return this.carry.length ? Buffer.concat(this.carry) : undefined;
  }
}
