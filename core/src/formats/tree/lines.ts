import { byPosition, type Leaf, type ParsedTree } from './leaf.js';

/** Line-oriented formats: `.env`, INI-style files (`.npmrc`, `.pypirc`, `~/.aws/credentials`), `.netrc`, `.git-credentials`. */

/**
 * The key part of a line; the value is the rest, trimmed by `valueAfter`. (A lazy `(.*?)[ \t]*$` would
 * retry the trailing-blanks test at every character of a long run of blanks: quadratic.)
 */
const DOTENV_KEY = /^[ \t]*(?:export[ \t]+)?([A-Za-z_][\w.-]*)[ \t]*[=:]/;
const INI_SECTION = /^[ \t]*\[([^\]\r\n]+)\][ \t]*$/;
const INI_KEY = /^[ \t]*([^=#;\s][^=\r\n]*)=/;
/** Characters `.` does not match: a line holding one is not a `key = value` line. */
const LINE_TERMINATOR = /[\r\u2028\u2029]/;

interface Line {
  text: string;
  start: number;
}

function* linesOf(text: string): Generator<Line> {
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const raw = text.slice(start, end);
    yield { text: raw.endsWith('\r') ? raw.slice(0, -1) : raw, start };
    start = end + 1;
  }
}

/** A value with its quotes (and a trailing comment, for unquoted dotenv values) taken off. */
function unquote(raw: string, offset: number, stripComment: boolean): { value: string; start: number } {
  const quote = raw[0];
  if ((quote === '"' || quote === "'" || quote === '`') && raw.length >= 2 && raw.endsWith(quote)) {
    return { value: raw.slice(1, -1), start: offset + 1 };
  }
  const comment = stripComment ? raw.search(/[ \t]#/) : -1;
  return { value: (comment === -1 ? raw : raw.slice(0, comment)).trimEnd(), start: offset };
}

/** Where a line's value (matched up to the line's trailing whitespace) starts in the text. */
function valueOffset(line: Line, raw: string): number {
  return line.start + line.text.trimEnd().length - raw.length;
}

/** The value after a matched key: the rest of the line without blanks (spaces, tabs) around it. */
function valueAfter(line: string, keyEnd: number): string | undefined {
  const rest = line.slice(keyEnd);
  if (LINE_TERMINATOR.test(rest)) return undefined;
  return trimBlanks(rest);
}

function trimBlanks(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && (s[start] === ' ' || s[start] === '\t')) start++;
  while (end > start && (s[end - 1] === ' ' || s[end - 1] === '\t')) end--;
  return s.slice(start, end);
}

function leaf(path: (string | number)[], value: string, start: number): Leaf {
  return { path, start, end: start + value.length, value, exact: true };
}

export function dotenvLeaves(text: string): ParsedTree {
  const leaves: Leaf[] = [];
  for (const line of linesOf(text)) {
    const m = DOTENV_KEY.exec(line.text);
    if (!m || line.text.trimStart().startsWith('#')) continue;
    const raw = valueAfter(line.text, m[0].length);
    if (raw === undefined) continue;
    const { value, start } = unquote(raw, valueOffset(line, raw), true);
    if (value) leaves.push(leaf([m[1]!], value, start));
  }
  return { leaves };
}

export function iniLeaves(text: string): ParsedTree {
  const leaves: Leaf[] = [];
  let section: string | undefined;
  for (const line of linesOf(text)) {
    const trimmed = line.text.trimStart();
    if (!trimmed || trimmed.startsWith('#') || trimmed.startsWith(';')) continue;
    const header = INI_SECTION.exec(line.text);
    if (header) {
      section = header[1]!.trim();
      continue;
    }
    const m = INI_KEY.exec(line.text);
    const raw = m ? valueAfter(line.text, m[0].length) : undefined;
    if (!m || raw === undefined) continue;
    const key = trimBlanks(m[1]!);
    const { value, start } = unquote(raw, valueOffset(line, raw), false);
    if (value) leaves.push(leaf(section ? [section, key] : [key], value, start));
  }
  return { leaves };
}

/** `.netrc`: whitespace-separated tokens; `machine NAME` opens an entry whose `login`/`password`/`account` follow. */
export function netrcLeaves(text: string): ParsedTree {
  const leaves: Leaf[] = [];
  const token = /\S+/g;
  let machine = 'default';
  let pendingKey: string | undefined;
  for (let m = token.exec(text); m; m = token.exec(text)) {
    const word = m[0];
    if (pendingKey === 'machine') {
      machine = word;
      pendingKey = undefined;
    } else if (pendingKey) {
      leaves.push(leaf([machine, pendingKey], word, m.index));
      pendingKey = undefined;
    } else if (word === 'machine' || word === 'login' || word === 'password' || word === 'account') {
      pendingKey = word;
    } else if (word === 'default') {
      machine = 'default';
    } else if (word === 'macdef') {
      // A macro body runs to the next blank line: skip it.
      const blank = /\n[ \t]*\r?\n/g;
      blank.lastIndex = token.lastIndex;
      token.lastIndex = blank.exec(text) ? blank.lastIndex : text.length;
    }
  }
  return { leaves: byPosition(leaves) };
}

/** `.git-credentials`: one `https://user:password@host` URL per line, keyed by host. */
export function urlLineLeaves(text: string): ParsedTree {
  const leaves: Leaf[] = [];
  for (const line of linesOf(text)) {
    const m = /^[ \t]*([a-z][\w+.-]*:\/\/)([^:@/\s]*):([^@\s]+)@([^/\s?#]+)/i.exec(line.text);
    if (!m) continue;
    const start = line.start + line.text.indexOf(m[1]!) + m[1]!.length + m[2]!.length + 1;
    leaves.push(leaf([m[4]!, 'password'], m[3]!, start));
  }
  return { leaves };
}
