import type { TextEdit } from './types.js';

/** Edits that overlap or fall outside the text: a bug in whoever built them, never silently "fixed". */
export class TextEditError extends Error {
  override readonly name = 'TextEditError' as const;
}

/** Sorts edits by position and checks that they stay inside the text and do not overlap. */
export function normalizeEdits(text: string, edits: readonly TextEdit[]): TextEdit[] {
  const sorted = [...edits].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  let previousEnd = 0;
  for (const { range } of sorted) {
    const [start, end] = range;
    if (!(Number.isInteger(start) && Number.isInteger(end)) || start < 0 || end < start || end > text.length) {
      throw new TextEditError(`edit [${start}, ${end}] is outside the text (length ${text.length})`);
    }
    if (start < previousEnd) throw new TextEditError(`edit [${start}, ${end}] overlaps the previous edit`);
    previousEnd = end;
  }
  return sorted;
}

/** Applies edits whose offsets refer to the original text, as an editor applies one multi-range edit. */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  let out = '';
  let cursor = 0;
  for (const { range, newText } of normalizeEdits(text, edits)) {
    out += text.slice(cursor, range[0]) + newText;
    cursor = range[1];
  }
  return out + text.slice(cursor);
}

export function eolOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/** jsonc-parser's edit shape. */
interface OffsetEdit {
  offset: number;
  length: number;
  content: string;
}

/**
 * `first`, plus edits planned on the text AFTER `first` (e.g. by jsonc-parser's `modify`), expressed
 * in the original text's offsets. Follow-ups that touch `first`'s output (a formatter reflowing the
 * line) fold into one edit spanning both, taken from the final text.
 */
export function withFollowUp(text: string, first: TextEdit, plan: (afterFirst: string) => OffsetEdit[]): TextEdit[] {
  const afterFirst = applyTextEdits(text, [first]);
  const followUps = plan(afterFirst);
  const [start, end] = first.range;
  const insertedEnd = start + first.newText.length;
  const shift = end - insertedEnd;
  const mapped: TextEdit[] = [first];
  for (const { offset, length, content } of followUps) {
    if (offset + length <= start && !(length === 0 && offset === start)) mapped.push({ range: [offset, offset + length], newText: content });
    else if (offset >= insertedEnd && !(length === 0 && offset === insertedEnd)) mapped.push({ range: [offset + shift, offset + length + shift], newText: content });
    else return [singleEdit(text, applyOffsetEdits(afterFirst, followUps), first.range)];
  }
  try {
    normalizeEdits(text, mapped);
    return mapped;
  } catch {
    return [singleEdit(text, applyOffsetEdits(afterFirst, followUps), first.range)];
  }
}

function applyOffsetEdits(text: string, edits: OffsetEdit[]): string {
  return applyTextEdits(text, edits.map((e) => ({ range: [e.offset, e.offset + e.length], newText: e.content })));
}

/** The one edit turning `before` into `after` (between their common prefix and suffix), always spanning `must`. */
export function singleEdit(before: string, after: string, must: [number, number]): TextEdit {
  let prefix = 0;
  const maxPrefix = Math.min(before.length, after.length, must[0]);
  while (prefix < maxPrefix && before[prefix] === after[prefix]) prefix++;
  let suffix = 0;
  const maxSuffix = Math.min(before.length - Math.max(prefix, must[1]), after.length - prefix);
  while (suffix < maxSuffix && before[before.length - 1 - suffix] === after[after.length - 1 - suffix]) suffix++;
  return { range: [prefix, before.length - suffix], newText: after.slice(prefix, after.length - suffix) };
}
