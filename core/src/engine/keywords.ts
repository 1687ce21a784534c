/**
 * One Aho–Corasick automaton over every rule's keywords, matched case-insensitively in a single
 * pass over the text. Keywords are ASCII (enforced at build); non-ASCII text characters simply
 * reset the automaton, which is correct because no keyword contains them.
 *
 * The automaton is over character classes, not characters: each character that occurs in some keyword
 * is a class of its own (an upper-case letter shares its lower-case letter's), and every other ASCII
 * character is class 0, which leads every state back to the root. ~40 columns instead of 128: the table
 * is a third of the size (6 MB less in each scan worker, the editor's host and each startup snapshot with
 * 3,600 keywords) and a third of the work to build, for one load per character from a 128-byte table
 * (measured: the pass as fast as over full-width rows, 4.3–6.0 against 5.3–5.8 ns per character).
 *
 * A cell holds the next state's row offset (state × columns), not its number: the pass's critical path,
 * one load per character that depends on the last, loses a multiply (4.5 → 3.5 ns per character over
 * 120 MB of packages, 3,600 keywords). 32-bit cells: 3.2 MB per table with 20,000 states.
 */
const ASCII = 128;
/** Offsets of wide characters noted per pass, plus one (NarrowText leaves a text with more alone). */
export const MAX_WIDE_NOTED = 4096;

export interface KeywordHit {
  /** Index of the keyword in the list given to the constructor. */
  keyword: number;
  /** Offset of the first character of the occurrence. */
  start: number;
}

export class KeywordMatcher {
  /** Row per state, column per character class: the next state's row offset. */
  private readonly delta: Int32Array;
  /** Rows from this offset on are states with keywords ending in them. */
  private readonly firstOutputRow: number;
  /** For each state with keywords ending in it, in row order, those keywords (including through suffix links). */
  private readonly outputs: number[][];
  private readonly lengths: number[];
  /** Character code (ASCII) → its class: the column of `delta`. */
  private readonly classOf: Uint8Array;
  /** Columns per row of `delta`: the number of classes. */
  private readonly columns: number;

  constructor(keywords: readonly string[]) {
    this.lengths = keywords.map((k) => k.length);
    const folded = keywords.map((keyword) => {
      if (keyword.length === 0) throw new Error('empty keyword');
      if (!/^[\x00-\x7f]*$/.test(keyword)) throw new Error(`keyword "${keyword}" is not ASCII`);
      return keyword.toLowerCase();
    });
    const classOf = new Uint8Array(ASCII);
    let columns = 1;
    for (const keyword of folded) {
      for (let i = 0; i < keyword.length; i++) {
        const code = keyword.charCodeAt(i);
        if (classOf[code] === 0) classOf[code] = columns++;
      }
    }
    // Case folding: an upper-case letter reads as its lower-case letter.
    for (let c = 65; c <= 90; c++) classOf[c] = classOf[c + 32]!;

    // The trie, as a flat table over classes (0 = no edge: the root is never an edge's target); every
    // keyword character can add at most one state.
    const capacity = 1 + folded.reduce((sum, k) => sum + k.length, 0);
    const delta = new Int32Array(capacity * columns);
    const out: number[][] = [[]];
    folded.forEach((keyword, index) => {
      let state = 0;
      for (let i = 0; i < keyword.length; i++) {
        const cell = state * columns + classOf[keyword.charCodeAt(i)]!;
        if (delta[cell] === 0) {
          delta[cell] = out.length;
          out.push([]);
        }
        state = delta[cell]!;
      }
      out[state]!.push(index);
    });

    // Breadth first, each missing edge becomes the failure state's edge: the trie turns into the
    // automaton in place, and each state's outputs gain its failure state's.
    const states = out.length;
    const fail = new Int32Array(states);
    const queue: number[] = [];
    for (let c = 0; c < columns; c++) if (delta[c] !== 0) queue.push(delta[c]!);
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      const failRow = fail[state]! * columns;
      if (out[fail[state]!]!.length) out[state] = out[state]!.concat(out[fail[state]!]!);
      for (let c = 0; c < columns; c++) {
        const cell = state * columns + c;
        const next = delta[cell]!;
        if (next !== 0) {
          fail[next] = delta[failRow + c]!;
          queue.push(next);
        } else {
          delta[cell] = delta[failRow + c]!;
        }
      }
    }

    // Renumbered for the pass: states without keywords ending in them first, breadth first (the shallow
    // states, where the pass spends nearly all its time, share a few cache lines), then those with
    // keywords, so the hot loop tells them apart by one comparison.
    const withKeywords = queue.filter((state) => out[state]!.length);
    const order = [0, ...queue.filter((state) => !out[state]!.length), ...withKeywords];
    const rowOf = new Int32Array(states);
    order.forEach((state, index) => (rowOf[state] = index * columns));
    const firstOutput = states - withKeywords.length;
    const table = new Int32Array(states * columns);
    const outputs: number[][] = [];
    order.forEach((state, index) => {
      if (index >= firstOutput) outputs.push(out[state]!);
      for (let c = 0; c < columns; c++) table[index * columns + c] = rowOf[delta[state * columns + c]!]!;
    });
    this.delta = table;
    this.firstOutputRow = firstOutput * columns;
    this.classOf = classOf;
    this.columns = columns;
    this.outputs = outputs;
  }

  /**
   * Calls `onHit` for every keyword occurrence, in text order of their end offsets. `wide`, when given,
   * receives the offsets of characters past U+00FF (see NarrowText), at most MAX_WIDE_NOTED of them: the
   * pass reads every character anyway, and a second pass to find them cost as much as a tenth of it.
   */
  scan(text: string, onHit: (keyword: number, start: number) => void, wide?: number[]): void {
    const { delta, classOf, columns, outputs, lengths, firstOutputRow } = this;
    let row = 0;
    for (let i = 0, n = text.length; i < n; i++) {
      const code = text.charCodeAt(i);
      if (code >= ASCII) {
        row = 0;
        if (code > 0xff && wide && wide.length <= MAX_WIDE_NOTED) wide.push(i);
        continue;
      }
      row = delta[row + classOf[code]!]!;
      if (row < firstOutputRow) continue;
      const hits = outputs[(row - firstOutputRow) / columns]!;
      for (let h = 0; h < hits.length; h++) onHit(hits[h]!, i - lengths[hits[h]!]! + 1);
    }
  }
}
