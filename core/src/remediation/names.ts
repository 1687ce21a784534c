/**
 * The name a secret is stored under. A name already in the file wins (an `env` key such as
 * `GITHUB_PERSONAL_ACCESS_TOKEN`, an UPPER_SNAKE variable); otherwise the provider's conventional
 * variable (`STRIPE_SECRET_KEY`, `OPENAI_API_KEY`: what its SDKs read by default); for generic
 * rules the variable the code assigns; `SECRET` as the last resort.
 */
import type { Finding } from '../engine/types.js';
import type { PlanningText } from './planning-text.js';
import { stripLeading, stripTrailing } from '../engine/trim.js';

const ENV_LIKE = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$|^[A-Z]{2,}[0-9]*$/;

/** Conventional names, first match wins. Sources: each provider's SDK defaults (e.g. the OpenAI and Stripe quickstarts). */
const RULE_NAMES: [RegExp, string][] = [
  [/^github-/, 'GITHUB_TOKEN'],
  [/^stripe-webhook/, 'STRIPE_WEBHOOK_SECRET'],
  [/^stripe-publishable/, 'STRIPE_PUBLISHABLE_KEY'],
  [/^stripe-/, 'STRIPE_SECRET_KEY'],
  [/^openai-/, 'OPENAI_API_KEY'],
  [/^anthropic-(?:api|admin)-key/, 'ANTHROPIC_API_KEY'],
  [/^aws-(?:temporary-)?access-key-id/, 'AWS_ACCESS_KEY_ID'],
  [/^aws-secret-access-key/, 'AWS_SECRET_ACCESS_KEY'],
  [/^aws-session-token/, 'AWS_SESSION_TOKEN'],
  [/^npm/, 'NPM_TOKEN'],
  [/^slack-(?:workflow-)?webhook/, 'SLACK_WEBHOOK_URL'],
  [/^slack-(?:legacy-)?bot/, 'SLACK_BOT_TOKEN'],
  [/^slack-app-level/, 'SLACK_APP_TOKEN'],
  [/^slack-/, 'SLACK_TOKEN'],
  [/private-key/, 'PRIVATE_KEY'],
  [/^(?:database-connection-string|connection-string-password)$/, 'DATABASE_PASSWORD'],
  [/^url-basic-auth$/, 'URL_PASSWORD'],
];

export function isEnvLike(name: string): boolean {
  return ENV_LIKE.test(name);
}

/** `apiKey`, `api-key`, `db.password` → `API_KEY`, `API_KEY`, `DB_PASSWORD`; never empty, never starting with a digit. */
export function upperSnake(word: string): string {
  const snake = stripTrailing(stripLeading(word.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/[^A-Za-z0-9]+/g, '_'), '_'), '_').toUpperCase();
  if (!snake) return 'SECRET';
  return /^[0-9]/.test(snake) ? `_${snake}` : snake;
}

/** `GITHUB_TOKEN` → `github-token`: the shape of VS Code input ids in the docs' examples. */
export function kebab(name: string): string {
  return stripTrailing(stripLeading(name.toLowerCase().replace(/_+/g, '-'), '-'), '-') || 'secret';
}

/** What the secret's suffix says it is, for providers without a conventional name. */
function kindSuffix(hint: string): string {
  if (/webhook/i.test(hint)) return 'WEBHOOK_URL';
  if (/private[-_]?key/i.test(hint)) return 'PRIVATE_KEY';
  if (/pass(?:word|wd)?\b|pwd/i.test(hint)) return 'PASSWORD';
  if (/secret/i.test(hint)) return 'SECRET';
  if (/key/i.test(hint)) return 'API_KEY';
  return 'TOKEN';
}

/** The provider's conventional variable, or `<PROVIDER>_<KIND>`; undefined for generic rules. */
export function providerName(finding: Finding): string | undefined {
  for (const [pattern, name] of RULE_NAMES) if (pattern.test(finding.ruleId)) return name;
  if (!finding.provider || finding.provider === 'generic') return undefined;
  return `${upperSnake(finding.provider)}_${kindSuffix(finding.ruleId)}`;
}

/**
 * The variable a literal is assigned to, read from the text left of it on the same line:
 * `const apiKey = "…"`, `"api_key": "…"`, `password: …`, `$token = '…'`, `API_KEY=…`.
 *
 * What `/["'`]?([A-Za-z_$][\w$.-]*)["'`]?\s*\]?\s*(?::=|=>|\+=|=|:)\s*["'`]?$/` captures, read backwards
 * from the end: that regex, tried from every position of a long line of identifiers, backtracks
 * through each of them (a 1 MB minified line, once per finding on it).
 */
export function assignedName(textBefore: string): string | undefined {
  const s = textBefore;
  let end = s.length;
  if (end > 0 && isQuote(s.charCodeAt(end - 1))) end--;
  end = skipSpaceBack(s, end);
  let best: number[] | undefined; // [identifier start, identifier end]
  for (const operator of OPERATORS) {
    if (!s.endsWith(operator, end)) continue;
    let k = skipSpaceBack(s, end - operator.length);
    if (k > 0 && s[k - 1] === ']') k = skipSpaceBack(s, k - 1);
    if (k > 0 && isQuote(s.charCodeAt(k - 1))) k--;
    let run = k;
    while (run > 0 && isNameChar(s.charCodeAt(run - 1))) run--;
    let start = run;
    while (start < k && !isNameStart(s.charCodeAt(start))) start++;
    if (start < k && (!best || start < best[0]!)) best = [start, k];
  }
  if (!best) return undefined;
  const last = s.slice(best[0], best[1]).split('.').pop()!.replace(/^\$+/, '');
  return last || undefined;
}

/** In the regex's order of alternatives. */
const OPERATORS = [':=', '=>', '+=', '=', ':'];
const WHITESPACE_CHAR = /\s/;

function skipSpaceBack(s: string, from: number): number {
  let i = from;
  while (i > 0 && WHITESPACE_CHAR.test(s[i - 1]!)) i--;
  return i;
}

function isQuote(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0x60;
}

/** `[A-Za-z_$]` */
function isNameStart(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f || c === 0x24;
}

/** `[\w$.-]` */
function isNameChar(c: number): boolean {
  return isNameStart(c) || (c >= 0x30 && c <= 0x39) || c === 0x2e || c === 0x2d;
}

export interface NameHints {
  /** The structured key holding the value (last location path segment), when it is a string. */
  key?: string;
  /** The assignment's variable name in source code. */
  variable?: string;
  /** A scope to prefix generic names with (the MCP server's name). */
  scope?: string;
}

/** The storeAs name: UPPER_SNAKE, a valid environment variable name in every shell. */
export function secretName(finding: Finding, hints: NameHints = {}): string {
  if (hints.key && isEnvLike(hints.key)) return hints.key;
  if (hints.variable && isEnvLike(hints.variable)) return hints.variable;
  const fromProvider = providerName(finding);
  if (fromProvider) return fromProvider;
  if (hints.variable) return upperSnake(hints.variable);
  if (hints.scope) return `${upperSnake(hints.scope)}_${kindSuffix(hints.key ?? '')}`;
  if (hints.key) return upperSnake(hints.key);
  return 'SECRET';
}

/**
 * The secret is the whole value of its key (`"KEY": "<secret>"`, `KEY: <secret>`), not a part of it such as
 * a token inside a JSON-encoded header or after `--api-key=`. Only then may the key name the variable: the
 * variable must hold exactly the secret. Reads only the characters next to the secret (and the rest of the
 * line after a `#`), so many secrets on one long line cost the line once.
 */
export function spansWholeValue(doc: PlanningText, [start, end]: [number, number]): boolean {
  const text = doc.text;
  const lineStart = doc.lineAt(start).start;
  const after = doc.lineAt(end);
  const lineEnd = after.breakAt;
  const previous = start > lineStart ? text[start - 1] : undefined;
  const next = end < lineEnd ? text[end] : undefined;
  if (previous === '"') return next === '"' && !(start - 2 >= lineStart && text[start - 2] === '\\');
  if (previous === "'") return next === "'";
  // Before: `[:=]\s*$`.
  let i = start;
  while (i > lineStart && WHITESPACE.test(text[i - 1]!)) i--;
  if (!(i > lineStart && (text[i - 1] === ':' || text[i - 1] === '='))) return false;
  // After: `^\s*(?:#.*)?\r?$`, where `.` stops at \r, \u2028 and \u2029.
  let j = end;
  while (j < lineEnd && WHITESPACE.test(text[j]!)) j++;
  if (j === lineEnd) return true;
  if (text[j] !== '#') return false;
  const terminators = doc.perLine(TERMINATORS, after, () => terminatorsIn(text, after.start, lineEnd));
  const stop = terminators[firstAfter(terminators, j)];
  return stop === undefined || (stop === lineEnd - 1 && text[stop] === '\r');
}

const WHITESPACE = /\s/;
const TERMINATORS = Symbol('line terminators');

/** Offsets of \r, \u2028 and \u2029 in [from, to): almost always none, or a final \r. */
function terminatorsIn(text: string, from: number, to: number): number[] {
  const found: number[] = [];
  const pattern = /[\r\u2028\u2029]/g;
  const line = text.slice(from, to);
  for (let m = pattern.exec(line); m; m = pattern.exec(line)) found.push(from + m.index);
  return found;
}

/** Index of the first of the ascending `offsets` greater than `offset` (`offsets.length` if none). */
function firstAfter(offsets: readonly number[], offset: number): number {
  let lo = 0;
  let hi = offsets.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsets[mid]! <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
