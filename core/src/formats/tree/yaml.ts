import { Composer, isMap, isPair, isScalar, isSeq, Parser, type CST, type Node } from 'yaml';
import { withoutStackTraces } from '../../engine/errors.js';
import { byPosition, MAX_PARSE_DEPTH, MAX_WALK_DEPTH, type Leaf, type ParsedTree } from './leaf.js';

/** A document nests deeper than MAX_PARSE_DEPTH: it is not composed (see MAX_PARSE_DEPTH). */
class NestedTooDeeply extends Error {
  override readonly name = 'NestedTooDeeply' as const;
}

/** The stream's first error is known, and which document it belongs to: composing the rest is wasted. */
class FirstProblem extends Error {
  override readonly name = 'FirstProblem' as const;
}

/**
 * YAML with source ranges, via the `yaml` package. A multi-document stream prefixes each path with the
 * document's index; a single document does not. The package's parser is iterative but its composer
 * recurses per nesting level, so each document's syntax tree is measured before it is composed. Aliases
 * are never expanded (a leaf is a scalar written in the text), so anchors cannot multiply the work.
 */
export function yamlLeaves(text: string): ParsedTree {
  // The parser costs microseconds per byte; a file that is plainly nested far too deep is not parsed at all.
  if (roughNestingBound(text) > ROUGH_LIMIT) return { leaves: [], tooDeep: true };
  let documents;
  try {
    // What `parseAllDocuments` does, with the depth check between parser and composer.
    const composer = new Composer({ uniqueKeys: false });
    documents = withoutStackTraces(() => Array.from(composer.compose(untilFirstProblem(composer, measured(new Parser().parse(text))))));
  } catch (error) {
    if (error instanceof FirstProblem) return { leaves: [], error: error.message.split('\n')[0]! };
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

/** Far past MAX_PARSE_DEPTH: `roughNestingBound` may overcount a little, never by this much in a real file. */
const ROUGH_LIMIT = 4 * MAX_PARSE_DEPTH;

/**
 * A quick estimate of the deepest nesting, in one pass over the characters: open flow brackets
 * (outside quotes and comments), and per line its indentation plus leading `- `/`? `/`: `
 * indicators (block nesting needs one or the other per level). Not exact, only there to spare the
 * parser an input like `[[[[…` 100,000 deep; the exact check runs on the parser's syntax tree.
 */
function roughNestingBound(text: string): number {
  let flow = 0;
  let deepest = 0;
  let lineStart = true;
  let indent = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (lineStart) {
      if (c === ' ') {
        indent++;
        continue;
      }
      let indicators = 0;
      while ((text[i] === '-' || text[i] === '?' || text[i] === ':') && (text[i + 1] === ' ' || text[i + 1] === '\t')) {
        indicators++;
        i += 2;
        while (text[i] === ' ' || text[i] === '\t') i++;
      }
      // Blank and comment-only lines open nothing, however far they are indented.
      if (text[i] !== '\n' && text[i] !== '\r' && text[i] !== '#') deepest = Math.max(deepest, indent + indicators + flow);
      lineStart = false;
      indent = 0;
      i--;
      continue;
    }
    if (c === '\n') lineStart = true;
    else if (c === '[' || c === '{') deepest = Math.max(deepest, ++flow);
    else if ((c === ']' || c === '}') && flow > 0) flow--;
    else if (c === '"' || c === "'") {
      const close = text.indexOf(c, i + 1);
      if (close === -1) break;
      // Line breaks inside the quotes still end lines.
      i = close;
    } else if (c === '#' && (i === 0 || text[i - 1] === ' ' || text[i - 1] === '\t')) {
      const end = text.indexOf('\n', i);
      if (end === -1) break;
      i = end - 1;
    }
  }
  return deepest;
}

/**
 * Stops composing at the stream's first error, once it is certain to land in a document: a malformed
 * file is read as plain text whatever follows, and the package builds an Error per later problem (a
 * 300 KB fuzz input with thousands of them spent most of its scan composing them). The message is the
 * one the full composition would report first (the first error of the first document that has one):
 * the composer attaches errors in the order it meets them, each to the current document or, pending,
 * to the next one; an error pending before any document stays unattached if none follows, so it counts
 * only once a document exists. Between tokens the composer has handled everything it was given.
 */
function* untilFirstProblem(composer: Composer, tokens: Iterable<CST.Token>): Generator<CST.Token> {
  // The composer's state between tokens (private in its types): the current document and the pending errors.
  const state = composer as unknown as { doc: { errors: { message: string }[] } | null; errors: { message: string }[] };
  let documents = 0;
  for (const token of tokens) {
    yield token;
    if (token.type === 'document') documents++;
    const first = state.doc?.errors[0] ?? (documents > 0 ? state.errors[0] : undefined);
    if (first) throw new FirstProblem(first.message);
  }
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
