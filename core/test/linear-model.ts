/**
 * The regex a rule is judged by in the static ReDoS check (redos-static.test.ts): a rewrite of the rule's
 * regex that can only be slower than the original, in a form recheck's automaton checker can prove.
 *
 * Why a rewrite: every rule regex is bounded (`{0,200}`, `{40,16000}`), so taken literally its automaton is
 * acyclic and recheck calls it "safe" however many steps a bound lets it backtrack: `(?:a|a){0,40}` is
 * 2^40 steps and "constant". And lookarounds make the automaton checker give up (only its fuzzer, slow
 * and not repeatable, handles them). So:
 *
 * - a repeat whose upper bound exceeds `LONG_BOUND` is opened (`{m,n}` -> `{m,}`): such a bound is as
 *   long as the windows the engine searches, so it must not be what keeps the regex linear. Shorter bounds
 *   stay, and cost at most a constant factor per start offset.
 * - a single-character lookbehind at the very start (`(?<![A-Za-z0-9_])`) becomes the character it
 *   checks, consumed (`(?:^|[^A-Za-z0-9_])`), and a lookahead at the very end becomes its consumed
 *   equivalent: the same starts are tried and the same paths explored, shifted by one character.
 * - any other lookaround is removed (its body must itself be short): the regex then allows more paths.
 * - a backreference becomes a copy of the group it refers to: more paths again.
 * - a multiline `^` at the start (`$` at the end) becomes the line break next to it, consumed: recheck
 *   would otherwise let it match anywhere, and call every line-anchored regex quadratic.
 *
 * The search is modelled as the engine runs rules: a match attempt at every offset of a window (anchored
 * rules try a subset of those offsets, at most once each, so the same model covers them).
 */

/** Repeats with an upper bound above this are judged as unbounded (the bound is longer than a token). */
export const LONG_BOUND = 64;

/** Short repeats are judged at this length at most (see `quantifier`). */
const SHORT_CHAIN = 2;

/** Bumped whenever the rewrite changes, so cached verdicts made under the old rewrite are not reused. */
export const MODEL_VERSION = 1;

type Node =
  | { type: 'alt'; alts: Node[] }
  | { type: 'seq'; items: Node[] }
  | { type: 'group'; kind: 'capture' | 'plain' | 'ahead' | 'behind'; negative: boolean; name?: string; body: Node }
  | { type: 'repeat'; body: Node; min: number; max: number; lazy: boolean }
  | { type: 'atom'; text: string; zeroWidth: boolean }
  | { type: 'backref'; ref: string };

/** A model the check cannot build: a lookaround whose body is not short, say. */
export class ModelError extends Error {
  override readonly name = 'ModelError';
}

class Parser {
  private at = 0;
  readonly groups = new Map<string, Node>();
  private captures = 0;

  constructor(private readonly source: string) {}

  parse(): Node {
    const node = this.alternation();
    if (this.at !== this.source.length) throw new ModelError(`unexpected ")" at ${this.at}`);
    return node;
  }

  private alternation(): Node {
    const alts = [this.sequence()];
    while (this.source[this.at] === '|') {
      this.at++;
      alts.push(this.sequence());
    }
    return alts.length === 1 ? alts[0]! : { type: 'alt', alts };
  }

  private sequence(): Node {
    const items: Node[] = [];
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      items.push(this.quantified(this.term()));
    }
    return { type: 'seq', items };
  }

  private term(): Node {
    const s = this.source;
    const ch = s[this.at]!;
    if (ch === '(') return this.group();
    if (ch === '[') {
      const start = this.at++;
      if (s[this.at] === '^') this.at++;
      if (s[this.at] === ']') this.at++;
      while (s[this.at] !== ']') {
        if (this.at >= s.length) throw new ModelError('unterminated class');
        if (s[this.at] === '\\') this.at++;
        this.at++;
      }
      this.at++;
      return { type: 'atom', text: s.slice(start, this.at), zeroWidth: false };
    }
    if (ch === '\\') {
      const next = s[this.at + 1]!;
      if (next === 'k') {
        const end = s.indexOf('>', this.at);
        const ref = s.slice(this.at + 3, end);
        this.at = end + 1;
        return { type: 'backref', ref };
      }
      if (/[1-9]/.test(next)) {
        const digits = /^\d+/.exec(s.slice(this.at + 1))![0];
        this.at += 1 + digits.length;
        return { type: 'backref', ref: digits };
      }
      const escape = /^\\(?:[pP]\{[^}]*\}|u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|c[A-Za-z]|0|[\s\S])/.exec(s.slice(this.at))![0];
      this.at += escape.length;
      return { type: 'atom', text: escape, zeroWidth: escape === '\\b' || escape === '\\B' };
    }
    this.at++;
    return { type: 'atom', text: ch, zeroWidth: ch === '^' || ch === '$' };
  }

  private group(): Node {
    const s = this.source;
    const head = /^\((\?:|\?=|\?!|\?<=|\?<!|\?<([A-Za-z_$][\w$]*)>)?/.exec(s.slice(this.at))!;
    this.at += head[0].length;
    const opener = head[1];
    const capturing = opener === undefined || head[2] !== undefined;
    const number = capturing ? String(++this.captures) : undefined;
    const body = this.alternation();
    if (s[this.at] !== ')') throw new ModelError('unterminated group');
    this.at++;
    const kind = capturing ? 'capture' : opener === '?:' ? 'plain' : opener!.startsWith('?<') ? 'behind' : 'ahead';
    const node: Node = { type: 'group', kind, negative: opener === '?!' || opener === '?<!', body };
    if (head[2]) node.name = head[2];
    if (number) this.groups.set(number, node);
    if (head[2]) this.groups.set(head[2], node);
    return node;
  }

  private quantified(body: Node): Node {
    const s = this.source;
    let min: number;
    let max: number;
    const ch = s[this.at];
    const counted = ch === '{' ? /^\{(\d+)(,(\d*))?\}/.exec(s.slice(this.at)) : null;
    if (ch === '*' || ch === '+' || ch === '?') {
      [min, max] = ch === '*' ? [0, Infinity] : ch === '+' ? [1, Infinity] : [0, 1];
      this.at++;
    } else if (counted) {
      min = Number(counted[1]);
      max = counted[2] === undefined ? min : counted[3] === '' ? Infinity : Number(counted[3]);
      this.at += counted[0].length;
    } else return body;
    const lazy = s[this.at] === '?';
    if (lazy) this.at++;
    return { type: 'repeat', body, min, max, lazy };
  }
}

const SINGLE_CLASS = /^(?:\[[^\]]*\]|\\[dDwWsS]|[^\\()[\]{}|*+?^$.])$/;

/** The class matching exactly the characters `atom` does not (for a single-character atom). */
function complement(atom: string): string {
  if (atom.startsWith('[^')) return `[${atom.slice(2)}`;
  if (atom.startsWith('[')) return `[^${atom.slice(1)}`;
  if (atom.startsWith('\\')) return `\\${atom[1] === atom[1]!.toLowerCase() ? atom[1]!.toUpperCase() : atom[1]!.toLowerCase()}`;
  return `[^${atom}]`;
}

function singleAtom(node: Node): string | undefined {
  const only = node.type === 'seq' && node.items.length === 1 ? node.items[0]! : node;
  return only.type === 'atom' && SINGLE_CLASS.test(only.text) ? only.text : undefined;
}

/** True when `node` may only match a bounded, short text (a lookaround body we may drop). */
function isShort(node: Node): boolean {
  switch (node.type) {
    case 'alt':
      return node.alts.every(isShort);
    case 'seq':
      return node.items.every(isShort);
    case 'group':
      return isShort(node.body);
    case 'repeat':
      return node.max <= LONG_BOUND && isShort(node.body);
    case 'backref':
      return false;
    case 'atom':
      return true;
  }
}

/** True when `node` never consumes a character (anchors, lookarounds). */
function zeroWidth(node: Node): boolean {
  if (node.type === 'atom') return node.zeroWidth;
  if (node.type === 'group') return node.kind === 'ahead' || node.kind === 'behind';
  return false;
}

/** The characters multiline `^` and `$` stand next to. */
const LINE_BREAK = '[\\n\\r\\u2028\\u2029]';

class Printer {
  /** Multiline anchors the printer could not consume: while any is left, the `m` flag stays. */
  keptAnchors = 0;

  constructor(
    private readonly groups: Map<string, Node>,
    private readonly multiline: boolean,
  ) {}

  print(node: Node, leading: boolean, trailing: boolean, copying = 0): string {
    switch (node.type) {
      case 'alt':
        return node.alts.map((a) => this.print(a, leading, trailing, copying)).join('|');
      case 'seq':
        return node.items
          .map((item, i) => {
            const lead = leading && node.items.slice(0, i).every(zeroWidth);
            const trail = trailing && node.items.slice(i + 1).every(zeroWidth);
            return this.print(item, lead, trail, copying);
          })
          .join('');
      case 'group':
        return this.group(node, leading, trailing, copying);
      case 'repeat': {
        const body = this.print(node.body, false, false, copying);
        const wrapped = node.body.type === 'atom' || node.body.type === 'group' ? body : `(?:${body})`;
        // A repeated group (not a single character) is opened whatever its bound: nested alternatives
        // repeated even 40 times can take 2^40 steps, and only an open repeat shows that to the checker.
        const single = node.body.type === 'atom' || (node.body.type === 'group' && singleAtom(node.body.body) !== undefined);
        const count = quantifier(node.min, node.max, single ? LONG_BOUND : 1);
        return count ? `${wrapped}${count}${node.lazy ? '?' : ''}` : wrapped;
      }
      case 'atom':
        // recheck lets a multiline `^` match anywhere in a search: a leading one becomes the line break
        // it stands after, consumed (a trailing `$` the one it stands before), and the `m` flag goes.
        if (this.multiline && node.text === '^') {
          if (leading) return `(?:^|${LINE_BREAK})`;
          this.keptAnchors++;
        }
        if (this.multiline && node.text === '$') {
          if (trailing) return `(?:$|${LINE_BREAK})`;
          this.keptAnchors++;
        }
        return node.text;
      case 'backref': {
        const group = this.groups.get(node.ref);
        // A backreference to a group not yet closed (or to itself) matches the empty string.
        if (!group || copying > 3 || group.type !== 'group') return '';
        return `(?:${this.print(group.body, false, false, copying + 1)})`;
      }
    }
  }

  private group(node: Extract<Node, { type: 'group' }>, leading: boolean, trailing: boolean, copying: number): string {
    if (node.kind === 'capture' || node.kind === 'plain') return `(?:${this.print(node.body, leading, trailing, copying)})`;
    if (!isShort(node.body)) throw new ModelError(`a lookaround whose body is not short: ${this.print(node.body, false, false, copying)}`);
    const single = singleAtom(node.body);
    const body = this.print(node.body, false, false, copying);
    if (node.kind === 'behind' && leading) {
      if (!node.negative) return `(?:${body})`;
      if (single) return `(?:^|${complement(single)})`;
    }
    if (node.kind === 'ahead' && trailing) {
      if (!node.negative) return `(?:${body})`;
      if (single) return `(?:${complement(single)}|$)`;
    }
    return '';
  }
}

function quantifier(min: number, max: number, openAbove: number): string {
  // An open repeat keeps only whether it may be empty: `{24,}` as `+` allows more paths (and the automaton
  // checker unrolls a minimum count, which for long runs costs it seconds).
  if (max === Infinity || max > openAbove) return min === 0 ? '*' : '+';
  // A short bound keeps its shape (optional, exact, range) at most two long: ambiguity comes from loops,
  // and the characters a chain of 40 accepts are those a chain of 2 does, 20 times over.
  const [lo, hi] = [Math.min(min, SHORT_CHAIN), Math.min(max, SHORT_CHAIN)];
  if (lo === hi) return lo === 1 ? '' : `{${lo}}`;
  return lo === 0 && hi === 1 ? '?' : `{${lo},${hi}}`;
}

/** The source and flags recheck judges for a rule regex (see the file comment). */
export function linearModel(regex: RegExp): { source: string; flags: string } {
  const parser = new Parser(regex.source);
  const tree = parser.parse();
  const printer = new Printer(parser.groups, regex.multiline);
  const source = printer.print(tree, true, true);
  const flags = regex.flags.replace(/[gyd]/g, '');
  return { source, flags: printer.keptAnchors ? flags : flags.replace('m', '') };
}
