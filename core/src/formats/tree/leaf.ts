/** A scalar value of a structured file with where it sits: the unit structured locations are made of. */
export interface Leaf {
  /** Keys and indices from the document root (`["servers","github","env","GITHUB_TOKEN"]`). */
  path: (string | number)[];
  /** UTF-16 offsets of the value in the text, without quotes. */
  start: number;
  end: number;
  /** The parsed value. */
  value: string;
  /** The text between `start` and `end` is exactly `value` (no escapes, no folding). */
  exact: boolean;
}

export interface ParsedTree {
  leaves: Leaf[];
  /** Why the structure could not be read (the file is then scanned as plain text only). */
  error?: string;
}

/** The leaf whose value contains [start, end), innermost first (leaves never nest, so: the one). */
export function leafAt(leaves: readonly Leaf[], start: number, end: number): Leaf | undefined {
  let lo = 0;
  let hi = leaves.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (leaves[mid]!.start <= start) lo = mid + 1;
    else hi = mid;
  }
  const leaf = leaves[lo - 1];
  return leaf && leaf.start <= start && end <= leaf.end ? leaf : undefined;
}

/** Leaves ordered by position, as `leafAt` needs. */
export function byPosition(leaves: Leaf[]): Leaf[] {
  return leaves.sort((a, b) => a.start - b.start);
}
