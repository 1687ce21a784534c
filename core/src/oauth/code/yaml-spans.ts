/**
 * Source spans of YAML (and JSON, which the `yaml` parser also reads) scalars: the offsets of the value
 * itself, without its quotes, checked against the text so an escape sequence never yields a wrong range.
 */
import { isScalar, parseDocument, type Document } from 'yaml';
import { withoutStackTraces } from '../../engine/errors.js';

export function parseYaml(text: string): Document | undefined {
  try {
    // Errors only decide "not YAML": no pretty context lines, no stack traces (see withoutStackTraces).
    const doc = withoutStackTraces(() => parseDocument(text, { strict: false, uniqueKeys: false, prettyErrors: false }));
    return doc.errors.length ? undefined : doc;
  } catch {
    return undefined;
  }
}

export interface ScalarSpan {
  value: string;
  start: number;
  end: number;
}

/** The scalar's text and offsets, or undefined when `node` is not a string scalar whose source matches its value. */
export function scalarSpan(text: string, node: unknown): ScalarSpan | undefined {
  if (!isScalar(node) || typeof node.value !== 'string' || !node.range) return undefined;
  const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
  const start = node.range[0] + (quoted ? 1 : 0);
  const end = node.range[1] - (quoted ? 1 : 0);
  return text.slice(start, end) === node.value ? { value: node.value, start, end } : undefined;
}
