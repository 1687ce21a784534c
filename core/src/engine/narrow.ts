import { MAX_WIDE_NOTED } from './keywords.js';

/**
 * Slices of a text in V8's one-byte representation wherever the slice allows it.
 *
 * V8 stores a string with any character past U+00FF two bytes per character, and every slice and match
 * of it too, however plain the slice. A regex compiles separately for each representation, lazily; the
 * two-byte code of most regexes (the rules' and every helper's) is therefore first compiled when the
 * first such file comes along, by which time the process has usually generated enough regexp code that
 * V8 no longer optimises it (`TooMuchRegExpCode`, src/regexp/regexp.cc:
 * https://chromium.googlesource.com/v8/v8/+/refs/heads/main/src/regexp/regexp.cc). A file with one emoji
 * then scanned 3 to 5 times slower than the same file without it, in a long-lived CLI worker or editor.
 * Handing the rules one-byte copies of the stretches between such characters keeps them, their matches
 * and everything that judges the matches on the one-byte code compiled early. A copy costs a pass over
 * its stretch, so a stretch is copied only once the slices asked of it add up to COPY_AFTER times its
 * length (the rules will read it that many times over: a dense file, where the regexes' speed is what
 * counts); an ordinary file's few windows keep plain slices. Content is unchanged, so findings are too.
 */
export class NarrowText {
  /** Offsets of the characters past U+00FF, ascending (empty: nothing to do). */
  private readonly wide: readonly number[] = [];
  /** One-byte copies of the stretches between them, by stretch index, once they are read enough. */
  private readonly copies = new Map<number, string>();
  /** Characters sliced so far from each stretch not yet copied. */
  private readonly demand = new Map<number, number>();

  /** `wide`: the offsets of the text's characters past U+00FF, ascending, as the keyword pass notes them. */
  constructor(
    private readonly text: string,
    wide: readonly number[],
  ) {
    // Text mostly in other scripts: its stretches are too short to matter.
    if (wide.length <= MAX_WIDE_NOTED) this.wide = wide;
  }

  /** `text.slice(start, end)`, one-byte when no character past U+00FF lies in it. */
  slice(start: number, end: number): string {
    const { wide, text } = this;
    if (wide.length === 0) return text.slice(start, end);
    // The stretch holding `start`: after `wide[index - 1]`, up to `wide[index]`.
    let lo = 0;
    let hi = wide.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (wide[mid]! < start) lo = mid + 1;
      else hi = mid;
    }
    const stretchEnd = lo < wide.length ? wide[lo]! : text.length;
    if (end > stretchEnd) return text.slice(start, end);
    const stretchStart = lo > 0 ? wide[lo - 1]! + 1 : 0;
    let copy = this.copies.get(lo);
    if (copy === undefined) {
      const asked = (this.demand.get(lo) ?? 0) + (end - start);
      this.demand.set(lo, asked);
      if (asked < COPY_AFTER * (stretchEnd - stretchStart)) return text.slice(start, end);
      // JSON's round trip is a native copy, and V8's JSON parser builds a one-byte string when every character fits.
      this.copies.set(lo, (copy = JSON.parse(JSON.stringify(text.slice(stretchStart, stretchEnd))) as string));
    }
    return copy.slice(start - stretchStart, end - stretchStart);
  }
}

/** A stretch is copied once the slices asked of it add up to this many times its length. */
const COPY_AFTER = 4;
