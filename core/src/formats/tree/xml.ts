import { byPosition, MAX_WALK_DEPTH, type Leaf, type ParsedTree } from './leaf.js';

/**
 * A light XML reader for JetBrains `.idea/*.xml`: enough structure for locations, no DTDs or
 * namespaces. An element is named by its `name`/`key` attribute when it has one (JetBrains writes
 * `<option name="PASSWORD" value="…"/>`), so the value's path ends in the setting's name.
 */
const TAG = /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[\w.:-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>/g;
/** Starts only where a name starts: a long name with no `=` is not retried from each of its characters. */
const ATTRIBUTE = /(?<![\w.:-])([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

export function xmlLeaves(text: string): ParsedTree {
  // An opening with no close after it would make TAG's lazy `[\s\S]*?` scan to the end from every such
  // opening (quadratic): such a file is not well-formed anyway.
  for (const [open, close, what] of UNCLOSABLE) {
    const at = text.indexOf(open, text.lastIndexOf(close) + 1);
    if (at !== -1) return { leaves: [], error: `unclosed ${what} at offset ${at}` };
  }
  TAG.lastIndex = 0;
  let deepValues = false;
  const leaves: Leaf[] = [];
  const stack: string[] = [];
  let textStart = 0;
  for (let m = TAG.exec(text); m; m = TAG.exec(text)) {
    if (m[2] === undefined) {
      textStart = TAG.lastIndex; // comment, processing instruction or CDATA
      continue;
    }
    if (stack.length > MAX_WALK_DEPTH) deepValues ||= /\S/.test(text.slice(textStart, m.index));
    else addText(text, textStart, m.index, stack, leaves);
    textStart = TAG.lastIndex;
    const [, closing, tag, attributes = '', selfClosing] = m;
    if (closing) {
      if (stack.length === 0) return { leaves: [], error: `unexpected </${tag}> at offset ${m.index}` };
      stack.pop();
      continue;
    }
    const attributesStart = m.index + 1 + tag!.length;
    const named = /\b(?:name|key)\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(attributes);
    const segment = named ? (named[1] ?? named[2]!) : tag!;
    if (stack.length >= MAX_WALK_DEPTH) deepValues ||= attributes.trim() !== '';
    else {
      ATTRIBUTE.lastIndex = 0;
      for (let a = ATTRIBUTE.exec(attributes); a; a = ATTRIBUTE.exec(attributes)) {
        const attribute = a[1]!;
        if (attribute === 'name' || attribute === 'key') continue;
        const raw = a[2] ?? a[3]!;
        const start = attributesStart + a.index + a[0].length - raw.length - 1;
        const path = attribute === 'value' ? [...stack, segment] : [...stack, segment, attribute];
        leaves.push({ path, start, end: start + raw.length, value: decode(raw), exact: !raw.includes('&') });
      }
    }
    if (!selfClosing) stack.push(segment);
  }
  if (stack.length) return { leaves: [], error: `unclosed <${stack.at(-1)}> at end of file` };
  return { leaves: byPosition(leaves), ...(deepValues ? { deepValues } : {}) };
}

const UNCLOSABLE: [open: string, close: string, what: string][] = [
  ['<!--', '-->', 'comment'],
  ['<?', '?>', 'processing instruction'],
  ['<![CDATA[', ']]>', 'CDATA section'],
];

function addText(text: string, start: number, end: number, stack: string[], out: Leaf[]): void {
  const raw = text.slice(start, end);
  const trimmed = raw.trim();
  if (!trimmed || stack.length === 0) return;
  const begin = start + raw.indexOf(trimmed);
  out.push({ path: [...stack], start: begin, end: begin + trimmed.length, value: decode(trimmed), exact: !trimmed.includes('&') });
}

function decode(raw: string): string {
  return raw.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);/gi, (entity, name: string) => {
    const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
    if (named[name.toLowerCase()]) return named[name.toLowerCase()]!;
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  });
}
