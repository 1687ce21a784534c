/** Finding the JSON(C) string that holds a secret, and formatting inserted JSON like its neighbours. */
import { parseTree, type FormattingOptions, type JSONPath, type Node } from 'jsonc-parser';
import { jsonNestedDeeperThan } from '../formats/tree/json.js';
import { MAX_PARSE_DEPTH } from '../formats/tree/leaf.js';
import type { PlanningText } from './planning-text.js';

export interface JsonString {
  tree: Node;
  node: Node;
  path: JSONPath;
}

/** The document's JSON tree (parsed once per document), or why there is none. */
function treeOf(doc: PlanningText): Node | string {
  return doc.memo(treeOf, () => {
    // jsonc-parser recurses per nesting level: a file deeper than MAX_PARSE_DEPTH is not parsed at all.
    if (jsonNestedDeeperThan(doc.text, MAX_PARSE_DEPTH)) return `the file nests deeper than ${MAX_PARSE_DEPTH} levels; edit it by hand`;
    try {
      return parseTree(doc.text, [], { allowTrailingComma: true, disallowComments: false }) ?? 'the file could not be parsed as JSON';
    } catch (error) {
      if (error instanceof RangeError) return 'the file nests too deeply to parse; edit it by hand';
      throw error;
    }
  });
}

/** The string value around `range`, or why there is none we can safely edit. */
export function jsonStringAt(doc: PlanningText, range: [number, number]): JsonString | string {
  const tree = treeOf(doc);
  if (typeof tree === 'string') return tree;
  const [start, end] = range;
  const node = nodeAtOffset(tree, start);
  if (!node || node.type !== 'string' || !(node.offset < start && end < node.offset + node.length)) {
    return 'the secret is not inside a JSON string value';
  }
  if (node.parent?.type === 'property' && node.parent.children?.[0] === node) return 'the secret is a property name, not a value';
  // A stored value must equal what the client reads; an escape would store the source form.
  if (doc.text.slice(start, end).includes('\\')) return 'the secret contains JSON escape sequences; edit it by hand';
  return { tree, node, path: pathOf(node) };
}

/**
 * The innermost node containing `offset` (jsonc-parser's `findNodeAtOffset`), descending by binary
 * search over each level's children: an object with 100,000 keys costs 17 steps per finding, not 100,000.
 */
function nodeAtOffset(root: Node, offset: number): Node | undefined {
  if (!contains(root, offset)) return undefined;
  let node = root;
  for (;;) {
    const children = node.children;
    if (!children?.length) return node;
    const child = children[lastStartingAtOrBefore(children, offset)];
    if (!child || !contains(child, offset)) return node;
    node = child;
  }
}

function contains(node: Node, offset: number): boolean {
  return node.offset <= offset && offset < node.offset + node.length;
}

/** Index of the last child whose offset is at or before `offset` (-1 if none). Children are ordered and disjoint. */
function lastStartingAtOrBefore(children: readonly Node[], offset: number): number {
  let lo = 0;
  let hi = children.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (children[mid]!.offset <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Keys and indices from the root to `node` (jsonc-parser's `getNodePath`, without recursion or index scans). */
function pathOf(node: Node): JSONPath {
  const path: JSONPath = [];
  for (let child = node, parent = node.parent; parent?.children; child = parent, parent = parent.parent) {
    if (parent.type === 'property') path.push(parent.children[0]!.value as string);
    else if (parent.type === 'array') {
      const index = lastStartingAtOrBefore(parent.children, child.offset);
      if (parent.children[index] === child) path.push(index);
    }
  }
  return path.reverse();
}

/** Indentation and line ends as the document already uses them, so inserted JSON blends in. */
export function formattingOf(doc: PlanningText): FormattingOptions {
  return doc.memo(formattingOf, () => {
    const text = doc.text;
    const indent = /^([ \t]+)\S/m.exec(text)?.[1] ?? '  ';
    return indent.startsWith('\t')
      ? { insertSpaces: false, tabSize: 1, eol: text.includes('\r\n') ? '\r\n' : '\n' }
      : { insertSpaces: true, tabSize: indent.length, eol: text.includes('\r\n') ? '\r\n' : '\n' };
  });
}
