/**
 * One Aho–Corasick automaton over every rule's keywords, matched case-insensitively in a single
 * pass over the text. Keywords are ASCII (enforced at build); non-ASCII text characters simply
 * reset the automaton, which is correct because no keyword contains them.
 */
const ALPHABET = 128;

export interface KeywordHit {
  /** Index of the keyword in the list given to the constructor. */
  keyword: number;
  /** Offset of the first character of the occurrence. */
  start: number;
}

export class KeywordMatcher {
  private readonly delta: Int32Array;
  /** For each state, the keywords ending there (including through suffix links). */
  private readonly outputs: number[][];
  private readonly lengths: number[];

  constructor(keywords: readonly string[]) {
    const goto: Map<number, number>[] = [new Map()];
    const out: number[][] = [[]];
    this.lengths = keywords.map((k) => k.length);
    keywords.forEach((keyword, index) => {
      if (keyword.length === 0) throw new Error('empty keyword');
      let state = 0;
      for (const ch of keyword.toLowerCase()) {
        const code = ch.charCodeAt(0);
        if (code >= ALPHABET) throw new Error(`keyword "${keyword}" is not ASCII`);
        let next = goto[state]!.get(code);
        if (next === undefined) {
          next = goto.length;
          goto.push(new Map());
          out.push([]);
          goto[state]!.set(code, next);
        }
        state = next;
      }
      out[state]!.push(index);
    });

    const states = goto.length;
    const delta = new Int32Array(states * ALPHABET);
    const fail = new Int32Array(states);
    const queue: number[] = [];
    for (let c = 0; c < ALPHABET; c++) {
      const next = goto[0]!.get(c);
      if (next !== undefined) {
        delta[c] = next;
        queue.push(next);
      }
    }
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      out[state] = out[state]!.concat(out[fail[state]!]!);
      for (let c = 0; c < ALPHABET; c++) {
        const next = goto[state]!.get(c);
        if (next !== undefined) {
          fail[next] = delta[fail[state]! * ALPHABET + c]!;
          delta[state * ALPHABET + c] = next;
          queue.push(next);
        } else {
          delta[state * ALPHABET + c] = delta[fail[state]! * ALPHABET + c]!;
        }
      }
    }
    // Case folding: upper-case letters follow the lower-case transitions.
    for (let s = 0; s < states; s++) {
      for (let c = 65; c <= 90; c++) delta[s * ALPHABET + c] = delta[s * ALPHABET + c + 32]!;
    }
    // Rows are stored pre-multiplied by ALPHABET (one multiply less per character), and a state with
    // keywords ending in it is stored negated, so the hot loop tests one sign instead of loading lists.
    const table = new Int32Array(states * ALPHABET);
    for (let i = 0; i < table.length; i++) {
      const next = delta[i]!;
      table[i] = out[next]!.length ? -next * ALPHABET : next * ALPHABET;
    }
    this.delta = table;
    this.outputs = out;
  }

  /** Calls `onHit` for every keyword occurrence, in text order of their end offsets. */
  scan(text: string, onHit: (keyword: number, start: number) => void): void {
    const { delta, outputs, lengths } = this;
    let row = 0;
    for (let i = 0, n = text.length; i < n; i++) {
      const code = text.charCodeAt(i);
      if (code >= ALPHABET) {
        row = 0;
        continue;
      }
      const next = delta[row + code]!;
      if (next >= 0) {
        row = next;
        continue;
      }
      row = -next;
      const hits = outputs[row / ALPHABET]!;
      for (let h = 0; h < hits.length; h++) onHit(hits[h]!, i - lengths[hits[h]!]! + 1);
    }
  }
}
