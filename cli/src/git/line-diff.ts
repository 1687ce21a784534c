/**
 * Which lines of a blob are new since its parent version (the same path in the parent commit), computed
 * in-process on the lines themselves (latin1 strings: one byte per character, so equal strings are equal
 * bytes): no patch text, no git process.
 */

type Lines = readonly string[];

/** A run of lines equal in both versions: parent lines [parent, parent + length) are child lines [child, child + length). */
export interface SameRun {
  parent: number;
  child: number;
  length: number;
}

/**
 * Above this many line edits in one file's changed middle, or this many steps per line of it, the diff
 * stops looking and calls the whole middle new (scanned again): the answer stays safe, only slower,
 * and Myers' O((N+M)·D) work stays a small multiple of reading the file (a reformatted file, where
 * nearly every line changed, gives up after that much work instead of a thousand rounds).
 */
const MAX_EDITS = 1000;
const STEPS_PER_LINE = 4;

/**
 * Offset of each line's start in a latin1 text (one character per byte: these are byte offsets): 0, and
 * after each `\n` (so a text ending in one has a last, empty line, as LineIndex counts).
 */
export function lineStartsOf(text: string): Uint32Array {
  let count = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
  const starts = new Uint32Array(count);
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts[line++] = i + 1;
  return starts;
}

/** Characters compared at a time while looking for the first difference. */
const CHUNK = 256;

/**
 * The runs two versions share, from their latin1 texts (equal characters are equal bytes): the common
 * head and tail are found by comparing chunks (most versions change a few places), and only the lines
 * between them are split and diffed.
 */
export function sameRunsOf(parent: string, parentStarts: Uint32Array, child: string, childStarts: Uint32Array): SameRun[] {
  const shortest = Math.min(parent.length, child.length);
  let headChars = 0;
  while (headChars < shortest) {
    const end = Math.min(shortest, headChars + CHUNK);
    if (parent.slice(headChars, end) === child.slice(headChars, end)) headChars = end;
    else {
      while (parent.charCodeAt(headChars) === child.charCodeAt(headChars)) headChars++;
      break;
    }
  }
  let tailChars = 0;
  const tailRoom = shortest - headChars;
  while (tailChars < tailRoom) {
    const step = Math.min(tailRoom, tailChars + CHUNK);
    if (parent.slice(parent.length - step, parent.length - tailChars) === child.slice(child.length - step, child.length - tailChars)) tailChars = step;
    else {
      while (tailChars < tailRoom && parent.charCodeAt(parent.length - 1 - tailChars) === child.charCodeAt(child.length - 1 - tailChars)) tailChars++;
      break;
    }
  }
  // Whole lines only: the head ends before the line holding the first difference (same offsets in both);
  // a tail line starts after a line break that is itself in the common tail.
  const head = Math.min(lineAt(childStarts, headChars), lineAt(parentStarts, headChars));
  let tail = 0;
  const tailLines = Math.min(parentStarts.length, childStarts.length) - head;
  while (tail < tailLines && childStarts[childStarts.length - 1 - tail]! > child.length - tailChars) tail++;
  const runs: SameRun[] = [];
  if (head) runs.push({ parent: 0, child: 0, length: head });
  const parentMiddle = linesBetween(parent, parentStarts, head, parentStarts.length - tail);
  const childMiddle = linesBetween(child, childStarts, head, childStarts.length - tail);
  for (const run of myers(parentMiddle, 0, parentMiddle.length, childMiddle, 0, childMiddle.length)) {
    runs.push({ parent: run.parent + head, child: run.child + head, length: run.length });
  }
  if (tail) runs.push({ parent: parentStarts.length - tail, child: childStarts.length - tail, length: tail });
  return runs;
}

/** Lines [from, to) of a text. */
function linesBetween(text: string, starts: Uint32Array, from: number, to: number): string[] {
  if (to <= from) return [];
  const end = to < starts.length ? starts[to]! - 1 : text.length;
  return text.slice(starts[from], end).split('\n');
}

/** The 0-based line holding byte `offset` (the last line for an offset at or past the end). */
export function lineAt(starts: Uint32Array, offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Myers' greedy O((N+M)·D) diff (https://doi.org/10.1007/BF01840446), keeping each round's frontier to walk back. */
function myers(parent: Lines, aFrom: number, aTo: number, child: Lines, bFrom: number, bTo: number): SameRun[] {
  const n = aTo - aFrom;
  const m = bTo - bFrom;
  if (!n || !m) return [];
  const a = (i: number) => parent[aFrom + i];
  const b = (i: number) => child[bFrom + i];
  const max = Math.min(n + m, MAX_EDITS);
  let budget = STEPS_PER_LINE * (n + m) + 1024;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  /** Round d's frontier for diagonals -(d+1)..d+1 starts at roundAt[d] in `frontiers` (one buffer: the budget bounds its size). */
  const roundAt: number[] = [];
  let frontiers = scratch(4 * (budget + max) + 16);
  let used = 0;
  let found = -1;
  for (let d = 0; d <= max && found === -1; d++) {
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      const from = x;
      while (x < n && y < m && a(x) === b(y)) {
        x++;
        y++;
      }
      budget -= x - from + 1;
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
    if (used + 2 * d + 3 > frontiers.length) frontiers = scratch(2 * (used + 2 * d + 3), frontiers.subarray(0, used));
    frontiers.set(v.subarray(offset - d - 1, offset + d + 2), used);
    roundAt.push(used);
    used += 2 * d + 3;
    if (budget < 0) break;
  }
  if (found === -1) return [];
  // Walk back from (n, m), collecting the diagonals (equal lines) of each round.
  const runs: SameRun[] = [];
  let x = n;
  let y = m;
  for (let d = found; d >= 0; d--) {
    const k = x - y;
    let startX: number;
    if (d === 0) startX = 0;
    else {
      const base = roundAt[d - 1]! + d;
      const at = (diagonal: number) => frontiers[base + diagonal]!;
      const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
      const prevK = down ? k + 1 : k - 1;
      const prevX = at(prevK);
      startX = down ? prevX : prevX + 1;
      const snake = x - startX;
      if (snake > 0) runs.push({ parent: aFrom + startX, child: bFrom + startX - k, length: snake });
      x = prevX;
      y = prevX - prevK;
      continue;
    }
    if (x - startX > 0) runs.push({ parent: aFrom + startX, child: bFrom + startX - k, length: x - startX });
  }
  return runs.reverse();
}

let shared = new Int32Array(0);

/** A reusable buffer of at least `size` ints (the diff runs on one thread, one file at a time), holding `keep` at its start. */
function scratch(size: number, keep?: Int32Array): Int32Array {
  if (shared.length < size) {
    const grown = new Int32Array(size);
    if (keep) grown.set(keep);
    shared = grown;
  }
  return shared;
}

/**
 * Child line ranges to scan again, as flat [start, end) pairs (0-based, sorted, disjoint): every line not
 * in a run, and every place where parent lines were removed, each with `context` lines either side
 * (a keyword on the line before, an allow comment above, a value on the next line).
 */
export function changedRegions(runs: readonly SameRun[], parentLines: number, childLines: number, context: number): number[] {
  const changes: [number, number][] = [];
  let parentAt = 0;
  let childAt = 0;
  for (const run of [...runs, { parent: parentLines, child: childLines, length: 0 }]) {
    // Child lines [childAt, run.child) are new; parent lines [parentAt, run.parent) are gone, before child line run.child.
    if (run.child > childAt || run.parent > parentAt) changes.push([childAt, Math.max(run.child, childAt + 1)]);
    parentAt = run.parent + run.length;
    childAt = run.child + run.length;
  }
  const regions: number[] = [];
  for (const [start, end] of changes) {
    const from = Math.max(0, start - context);
    const to = Math.min(childLines, end + context);
    if (to <= from) continue;
    const last = regions.length - 1;
    if (last > 0 && from <= regions[last]!) regions[last] = Math.max(regions[last]!, to);
    else regions.push(from, to);
  }
  return regions;
}

/** The child line a parent line became, or -1 when it did not survive unchanged. */
export function childLineOf(runs: readonly SameRun[], parentLine: number): number {
  let lo = 0;
  let hi = runs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const run = runs[mid]!;
    if (parentLine < run.parent) hi = mid - 1;
    else if (parentLine >= run.parent + run.length) lo = mid + 1;
    else return run.child + parentLine - run.parent;
  }
  return -1;
}
