import { isMap, isPair, isScalar, isSeq, parseAllDocuments, type Node } from 'yaml';
import { byPosition, type Leaf, type ParsedTree } from './leaf.js';

const MAX_DEPTH = 64;

/**
 * YAML with source ranges, via the `yaml` package. A multi-document stream prefixes each path with the
 * document's index; a single document does not.
 */
export function yamlLeaves(text: string): ParsedTree {
  let documents;
  try {
    documents = parseAllDocuments(text, { uniqueKeys: false });
  } catch (error) {
    return { leaves: [], error: (error as Error).message };
  }
  if (!Array.isArray(documents)) return { leaves: [] }; // an empty stream
  const leaves: Leaf[] = [];
  for (const [index, document] of documents.entries()) {
    const problem = document.errors[0];
    if (problem) return { leaves: [], error: problem.message.split('\n')[0]! };
    if (document.contents) walk(text, document.contents as Node, documents.length > 1 ? [index] : [], leaves, 0);
  }
  return { leaves: byPosition(leaves) };
}

function walk(text: string, node: Node, path: (string | number)[], out: Leaf[], depth: number): void {
  if (depth > MAX_DEPTH) return;
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      if (pair.value) walk(text, pair.value as Node, [...path, key], out, depth + 1);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, index) => walk(text, item as Node, [...path, index], out, depth + 1));
  } else if (isScalar(node) && node.range && (typeof node.value === 'string' || typeof node.value === 'number')) {
    const [start, valueEnd] = node.range;
    const value = String(node.value);
    const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
    const inner: [number, number] = quoted ? [start + 1, valueEnd - 1] : [start, valueEnd];
    out.push({ path, start: inner[0], end: inner[1], value, exact: text.slice(inner[0], inner[1]) === value });
  }
}
