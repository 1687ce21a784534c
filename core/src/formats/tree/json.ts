import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { byPosition, type Leaf, type ParsedTree } from './leaf.js';

/** Deeper nesting than this is not configuration; the walk stops there (the text pass still runs). */
const MAX_DEPTH = 64;

/** JSON with comments and trailing commas (VS Code, Cursor, Zed all accept JSONC), via jsonc-parser. */
export function jsonLeaves(text: string): ParsedTree {
  const errors: ParseError[] = [];
  let root: Node | undefined;
  try {
    root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  } catch (error) {
    // jsonc-parser recurses per nesting level: absurd nesting exhausts the stack. That is not configuration.
    if (error instanceof RangeError) return { leaves: [], error: 'nested too deeply to parse' };
    throw error;
  }
  if (!root || errors.length) {
    const first = errors[0];
    const error = first ? `${printParseErrorCode(first.error)} at offset ${first.offset}` : 'empty document';
    return { leaves: [], error };
  }
  const leaves: Leaf[] = [];
  walk(text, root, [], leaves, 0);
  return { leaves: byPosition(leaves) };
}

function walk(text: string, node: Node, path: (string | number)[], out: Leaf[], depth: number): void {
  if (depth > MAX_DEPTH) return;
  if (node.type === 'object') {
    for (const property of node.children ?? []) {
      const [key, value] = property.children ?? [];
      if (key && value) walk(text, value, [...path, String(key.value)], out, depth + 1);
    }
  } else if (node.type === 'array') {
    (node.children ?? []).forEach((child, index) => walk(text, child, [...path, index], out, depth + 1));
  } else if (node.type === 'string') {
    const start = node.offset + 1;
    const end = node.offset + node.length - 1;
    const value = String(node.value);
    out.push({ path, start, end, value, exact: text.slice(start, end) === value });
  }
}
