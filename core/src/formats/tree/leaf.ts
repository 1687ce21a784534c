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
  /**
   * The file nests deeper than MAX_PARSE_DEPTH: not parsed at all (the parsers recurse once per level
   * and would exhaust the stack), so it is scanned as plain text only.
   */
  tooDeep?: boolean;
  /** Some values sit deeper than MAX_WALK_DEPTH: they have no leaf, so only the text rules see them. */
  deepValues?: boolean;
}

/**
 * Nesting a structured parser is allowed to see. Configuration never comes near it; past it, a file is
 * an attack or a generated blob, and the recursive parsers (jsonc-parser, yaml's composer) would
 * exhaust the stack, which is not an error to catch: V8 can die compiling a regex at that depth.
 */
export const MAX_PARSE_DEPTH = 256;

/** Deeper than this a value gets no leaf (no structured location, no key-based detection); the text rules still see it. */
export const MAX_WALK_DEPTH = 64;

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
