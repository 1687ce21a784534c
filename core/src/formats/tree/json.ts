import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { byPosition, MAX_PARSE_DEPTH, MAX_WALK_DEPTH, type Leaf, type ParsedTree } from './leaf.js';

/** JSON with comments and trailing commas (VS Code, Cursor, Zed all accept JSONC), via jsonc-parser. */
export function jsonLeaves(text: string): ParsedTree {
  if (jsonNestedDeeperThan(text, MAX_PARSE_DEPTH)) return { leaves: [], tooDeep: true };
  const errors: ParseError[] = [];
  let root: Node | undefined;
  try {
    root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  } catch (error) {
    // Not expected below MAX_PARSE_DEPTH, but a host with a small stack must still fall back, not fail.
    if (error instanceof RangeError) return { leaves: [], tooDeep: true };
    throw error;
  }
  if (!root || errors.length) {
    const first = errors[0];
    const error = first ? `${printParseErrorCode(first.error)} at offset ${first.offset}` : 'empty document';
    return { leaves: [], error };
  }
  const leaves: Leaf[] = [];
  const deepValues = walk(text, root, [], leaves, 0);
  return { leaves: byPosition(leaves), ...(deepValues ? { deepValues } : {}) };
}

/** Collects the string leaves under `node`; true when some value lies deeper than MAX_WALK_DEPTH. */
function walk(text: string, node: Node, path: (string | number)[], out: Leaf[], depth: number): boolean {
  if (depth > MAX_WALK_DEPTH) return node.type === 'string' || ((node.type === 'object' || node.type === 'array') && !!node.children?.length);
  let deeper = false;
  if (node.type === 'object') {
    for (const property of node.children ?? []) {
      const [key, value] = property.children ?? [];
      if (key && value && walk(text, value, [...path, String(key.value)], out, depth + 1)) deeper = true;
    }
  } else if (node.type === 'array') {
    (node.children ?? []).forEach((child, index) => {
      if (walk(text, child, [...path, index], out, depth + 1)) deeper = true;
    });
  } else if (node.type === 'string') {
    const start = node.offset + 1;
    const end = node.offset + node.length - 1;
    const value = String(node.value);
    out.push({ path, start, end, value, exact: text.slice(start, end) === value });
  }
  return deeper;
}

/**
 * True when brackets nest deeper than `limit` in JSON(C) text, outside strings and comments. One
 * linear pass and no recursion, so it is safe on any input, and it runs before anything that recurses.
 */
export function jsonNestedDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      if (++depth > limit) return true;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      if (depth > 0) depth--;
    } else if (c === 0x22 /* " */) {
      for (i++; i < text.length; i++) {
        const s = text.charCodeAt(i);
        if (s === 0x5c /* \ */) i++;
        else if (s === 0x22 || s === 0x0a) break; // a line break ends an unterminated string, as jsonc-parser's scanner does
      }
    } else if (c === 0x2f /* / */ && text.charCodeAt(i + 1) === 0x2f) {
      const end = text.indexOf('\n', i);
      i = end === -1 ? text.length : end;
    } else if (c === 0x2f && text.charCodeAt(i + 1) === 0x2a /* * */) {
      const end = text.indexOf('*/', i + 2);
      i = end === -1 ? text.length : end + 1;
    }
  }
  return false;
}
