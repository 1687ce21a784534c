/** Finding the JSON(C) string that holds a secret, and formatting inserted JSON like its neighbours. */
import { findNodeAtOffset, getNodePath, parseTree, type FormattingOptions, type JSONPath, type Node } from 'jsonc-parser';

export interface JsonString {
  tree: Node;
  node: Node;
  path: JSONPath;
}

/** The string value around `range`, or why there is none we can safely edit. */
export function jsonStringAt(text: string, range: [number, number]): JsonString | string {
  const tree = parseTree(text, [], { allowTrailingComma: true, disallowComments: false });
  if (!tree) return 'the file could not be parsed as JSON';
  const [start, end] = range;
  const node = findNodeAtOffset(tree, start);
  if (!node || node.type !== 'string' || !(node.offset < start && end < node.offset + node.length)) {
    return 'the secret is not inside a JSON string value';
  }
  if (node.parent?.type === 'property' && node.parent.children?.[0] === node) return 'the secret is a property name, not a value';
  // A stored value must equal what the client reads; an escape would store the source form.
  if (text.slice(start, end).includes('\\')) return 'the secret contains JSON escape sequences; edit it by hand';
  return { tree, node, path: getNodePath(node) };
}

/** Indentation and line ends as the document already uses them, so inserted JSON blends in. */
export function formattingOf(text: string): FormattingOptions {
  const indent = /^([ \t]+)\S/m.exec(text)?.[1] ?? '  ';
  return indent.startsWith('\t')
    ? { insertSpaces: false, tabSize: 1, eol: text.includes('\r\n') ? '\r\n' : '\n' }
    : { insertSpaces: true, tabSize: indent.length, eol: text.includes('\r\n') ? '\r\n' : '\n' };
}
