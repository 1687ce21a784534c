import { Composer, isMap, isPair, isScalar, isSeq, Parser, type CST, type Node } from 'yaml';
import { byPosition, MAX_PARSE_DEPTH, MAX_WALK_DEPTH, type Leaf, type ParsedTree } from './leaf.js';

/** A document nests deeper than MAX_PARSE_DEPTH: it is not composed (see MAX_PARSE_DEPTH). */
class NestedTooDeeply extends Error {
  override readonly name = 'NestedTooDeeply' as const;
}

/**
 * YAML with source ranges, via the `yaml` package. A multi-document stream prefixes each path with the
 * document's index; a single document does not. The package's parser is iterative but its composer
 * recurses per nesting level, so each document's syntax tree is measured before it is composed. Aliases
 * are never expanded (a leaf is a scalar written in the text), so anchors cannot multiply the work.
 */
export function yamlLeaves(text: string): ParsedTree {
  let documents;
  try {
    // What `parseAllDocuments` does, with the depth check between parser and composer.
    const composer = new Composer({ uniqueKeys: false });
    documents = Array.from(composer.compose(measured(new Parser().parse(text))));
  } catch (error) {
    if (error instanceof NestedTooDeeply || error instanceof RangeError) return { leaves: [], tooDeep: true };
    return { leaves: [], error: (error as Error).message };
  }
  const leaves: Leaf[] = [];
  let deepValues = false;
  for (const [index, document] of documents.entries()) {
    const problem = document.errors[0];
    if (problem) return { leaves: [], error: problem.message.split('\n')[0]! };
    if (document.contents && walk(text, document.contents as Node, documents.length > 1 ? [index] : [], leaves, 0)) deepValues = true;
  }
  return { leaves: byPosition(leaves), ...(deepValues ? { deepValues } : {}) };
}

function* measured(tokens: Iterable<CST.Token>): Generator<CST.Token> {
  for (const token of tokens) {
    if (nestedDeeperThan(token, MAX_PARSE_DEPTH)) throw new NestedTooDeeply(`nested deeper than ${MAX_PARSE_DEPTH} levels`);
    yield token;
  }
}

/** True when collections in a syntax-tree token nest deeper than `limit` (walked with an explicit stack). */
function nestedDeeperThan(root: CST.Token, limit: number): boolean {
  const stack: [token: CST.Token, depth: number][] = [[root, 0]];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [token, above] = next;
    const depth = token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection' ? above + 1 : above;
    if (depth > limit) return true;
    if ('value' in token && token.value && typeof token.value === 'object') stack.push([token.value, depth]);
    if ('items' in token) {
      for (const item of token.items) {
        if (item.key) stack.push([item.key, depth]);
        if (item.value) stack.push([item.value, depth]);
      }
    }
  }
  return false;
}

/** Collects the scalar leaves under `node`; true when some value lies deeper than MAX_WALK_DEPTH. */
function walk(text: string, node: Node, path: (string | number)[], out: Leaf[], depth: number): boolean {
  if (depth > MAX_WALK_DEPTH) return isScalar(node) || ((isMap(node) || isSeq(node)) && node.items.length > 0);
  let deeper = false;
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      if (pair.value && walk(text, pair.value as Node, [...path, key], out, depth + 1)) deeper = true;
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, index) => {
      if (walk(text, item as Node, [...path, index], out, depth + 1)) deeper = true;
    });
  } else if (isScalar(node) && node.range && (typeof node.value === 'string' || typeof node.value === 'number')) {
    const [start, valueEnd] = node.range;
    const value = String(node.value);
    const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
    const inner: [number, number] = quoted ? [start + 1, valueEnd - 1] : [start, valueEnd];
    out.push({ path, start: inner[0], end: inner[1], value, exact: text.slice(inner[0], inner[1]) === value });
  }
  return deeper;
}
