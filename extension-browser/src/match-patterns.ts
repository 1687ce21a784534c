/**
 * Match patterns from core's endpoint table. The table says where authorization pages live as anchored
 * path regexes; the content script needs the same fact as match patterns, whose path part allows only
 * literal characters and `*` (0 or more of anything,
 * https://developer.chrome.com/docs/extensions/develop/concepts/match-patterns). `pathGlobs` turns the
 * regex subset the table uses (literals, escapes, `(?:a|b)` groups, optional groups, character classes
 * with `+`/`{n,m}` repetition, `\d`) into globs that match at least what the regex matches; anything
 * else is refused (undefined) and the caller falls back to the whole host. Every glob ends in `*`:
 * Chrome matches the path part against the path with its query, and every request has one.
 */

/** Alternatives as globs (`*` = any run of characters), or undefined for syntax outside the subset. */
type Globs = string[] | undefined;

/** More expansions than this means a regex too branchy to list: the host-level pattern is honest then. */
const MAX_GLOBS = 32;

interface Cursor {
  source: string;
  at: number;
}

function cross(left: readonly string[], right: readonly string[]): string[] {
  return left.flatMap((l) => right.map((r) => l + r));
}

/** A character class (`[^/]`, `[A-Za-z0-9-]`) or `\d`, `\w`: stands for one character we widen to `*`. */
function skipClass(c: Cursor): boolean {
  const close = c.source.indexOf(']', c.at + 1);
  if (close < 0) return false;
  c.at = close + 1;
  return true;
}

/** `+`, `*`, `{n,m}` after an atom that is already `*` change nothing; after a literal they widen it. */
function quantifier(c: Cursor): string | undefined {
  const ch = c.source[c.at];
  if (ch === '+' || ch === '*') return (c.at++, ch);
  if (ch === '{') {
    const close = c.source.indexOf('}', c.at);
    if (close < 0) return undefined;
    const q = c.source.slice(c.at, close + 1);
    c.at = close + 1;
    return q;
  }
  return '';
}

/** A sequence up to `|` or `)` (or the end). */
function sequence(c: Cursor): Globs {
  let out = [''];
  while (c.at < c.source.length) {
    const ch = c.source[c.at]!;
    if (ch === '|' || ch === ')') break;
    let atom: Globs;
    if (ch === '^' && c.at === 0) {
      c.at++;
      continue;
    } else if (ch === '$') {
      c.at++;
      if (c.at !== c.source.length) return undefined;
      continue;
    } else if (ch === '(') {
      if (!c.source.startsWith('(?:', c.at)) return undefined; // captures, lookarounds: not in the subset
      c.at += 3;
      atom = alternatives(c);
      if (!atom || c.source[c.at] !== ')') return undefined;
      c.at++;
    } else if (ch === '[') {
      if (!skipClass(c)) return undefined;
      atom = ['*'];
    } else if (ch === '\\') {
      const next = c.source[c.at + 1];
      if (next === undefined) return undefined;
      c.at += 2;
      atom = /[dwsDWS]/.test(next) ? ['*'] : /[bBkpPux0-9]/.test(next) ? undefined : [next];
      if (!atom) return undefined;
    } else if (ch === '.') {
      c.at++;
      atom = ['*'];
    } else if ('*+?{}'.includes(ch)) {
      return undefined;
    } else {
      c.at++;
      atom = [ch];
    }
    const q = quantifier(c);
    if (q === undefined) return undefined;
    if (q) atom = atom.map((a) => (a === '*' ? '*' : `${a}*`)); // widened: repetition of a literal is a glob
    if (c.source[c.at] === '?') {
      c.at++;
      atom = [...atom, ''];
    }
    out = cross(out, atom);
    if (out.length > MAX_GLOBS) return undefined;
  }
  return out;
}

function alternatives(c: Cursor): Globs {
  const all: string[] = [];
  for (;;) {
    const one = sequence(c);
    if (!one) return undefined;
    all.push(...one);
    if (c.source[c.at] !== '|') return all;
    c.at++;
  }
}

function toRegExp(glob: string): RegExp {
  return new RegExp(`^${glob.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
}

/** Drops globs another glob already covers (`/a/*` under `/a*`), keeping the list short and sorted. */
export function withoutCovered(globs: readonly string[]): string[] {
  const unique = [...new Set(globs)].sort();
  return unique.filter((g) => !unique.some((other) => other !== g && toRegExp(other).test(g)));
}

/**
 * Path globs for an anchored path regex, each ending in `*`; undefined when the regex uses syntax
 * outside the subset (the caller then uses `/*` and says why).
 */
export function pathGlobs(path: RegExp): string[] | undefined {
  if (path.flags.replace(/[gu]/g, '') !== '' || !path.source.startsWith('^\\/')) return undefined;
  const c: Cursor = { source: path.source, at: 0 };
  const globs = alternatives(c);
  if (!globs || c.at !== c.source.length) return undefined;
  return withoutCovered(globs.map((g) => `${g}*`.replace(/\*+/g, '*')));
}

interface CompiledPattern {
  scheme: string;
  host: string;
  bare: string;
  path: RegExp;
}

/** The worker tests every commit of a sign-in against the manifest's ~120 patterns: compile each once. */
const compiled = new Map<string, CompiledPattern | null>();

function compile(pattern: string): CompiledPattern | null {
  let c = compiled.get(pattern);
  if (c !== undefined) return c;
  const m = /^(https?|\*):\/\/([^/]+)(\/.*)$/.exec(pattern);
  c = m ? { scheme: m[1]!, host: m[2]!, bare: m[2]!.replace(/^\*\./, ''), path: toRegExp(m[3]!) } : null;
  compiled.set(pattern, c);
  return c;
}

/** Whether a URL falls under a match pattern (`https://host/path`, host `*.x` covering `x`), as the browser decides. */
export function matchesPattern(url: URL, pattern: string): boolean {
  const c = compile(pattern);
  if (!c) return false;
  if (c.scheme === '*' ? !/^https?:$/.test(url.protocol) : url.protocol !== `${c.scheme}:`) return false;
  const hostname = url.hostname.toLowerCase();
  if (c.host !== '*' && !(hostname === c.bare || (c.host.startsWith('*.') && hostname.endsWith(`.${c.bare}`)))) return false;
  return c.path.test(url.pathname + url.search);
}

/** Whether any of `patterns` (a manifest's content-script matches) covers `url`. */
export function anyPatternMatches(url: URL, patterns: readonly string[]): boolean {
  return patterns.some((pattern) => matchesPattern(url, pattern));
}
