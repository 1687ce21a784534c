/**
 * The one matcher behind the long-tail table: each entry (./types.ts) becomes an ordinary engine `Rule`,
 * so the keyword automaton, overlap resolution, placeholder filter and rule meta-tests apply unchanged.
 *
 * What a long-tail rule finds: one of the provider's names starting a segment of an identifier or key
 * (`ABSTRACTAPI_KEY`, `abstractApiKey`, `"abstract_api_key"`, `--abstract-api-token`, `X-Abstractapi-Key`),
 * at most 30 more identifier characters, a binding operator (or spaces, as in `--flag value`) and a value
 * of exactly the entry's shape, glued to no other token character. Nothing else: a value of the shape on
 * another line or further away is not bound to the name (a bare hex string is not a secret). `standalone`
 * entries also match their prefixed token alone. The rule is `anchored` at the keyword hit, so each
 * occurrence of a name costs one sticky regex attempt on its line.
 */
import { RuleError } from '../../engine/errors.js';
import { interleavedSequence, isPlaceholder } from '../../engine/placeholders.js';
import type { Rule, RuleContext } from '../../engine/types.js';
import { looksLikeSecretValue } from '../generic.js';
import { anyCase } from '../patterns.js';
import { samplesFor } from './samples.js';
import { GLUE, TOKEN_ALPHABETS, bodyOf, lengthBounds, randomEnough, valueSource } from './shape.js';
import type { LongTailProvider, TokenShape } from './types.js';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A lowercase identifier stem: words joined by `_` or `-`, optionally ending in one (`ably_`). */
const NAME = /^[a-z0-9]+(?:[_-][a-z0-9]+)*[_-]?$/;
const MAX_LENGTH = 512;

/** The rest of the identifier after the name (`_API_KEY`, `ApiToken`, `.api-key`), bounded. */
const NAME_TAIL = '[A-Za-z0-9_.-]{0,30}';
const CREDENTIAL_WORDS = ['key', 'token', 'secret', 'access', 'private', 'auth', 'password', 'credential'].join('|');
/**
 * Up to three more words naming the credential, after blanks: `securitytrails ACCESS_TOKEN …`,
 * `nimble SECRET …`, `Quuxlytics api key: …`, `quuxlytics private access key = …`, and columns aligned
 * with runs of blanks (`QUUXLYTICS   PRIVATE    KEY  :  …`). The last word must name a credential:
 * prose between a name and a value does not bind it.
 */
const credentialWord = (words: string) => `(?:[ \\t]{1,4}(?:[A-Za-z]{1,12}[ \\t_-]{1,4}){0,2}[A-Za-z]{0,12}[_-]?(?:${words})[A-Za-z_-]{0,12})?`;
const CREDENTIAL_WORD = credentialWord(CREDENTIAL_WORDS);
/** What closes a quoted or indexed key: `"abstract_key": `, `ENV['ABSTRACT_KEY'] = `. */
const KEY_CLOSE = `["'\\x60\\]]{0,2}`;
/**
 * The binding: `=`, `:`, `:=`, `::=`, `=>`, `?=`, `??=`, `||=`, `,` (`set("NAME", "…")`), `(`
 * (`AbstractApi("…")`), `>` (`<abstractKey>…`), or spaces alone (`--abstract-token …`, `Key: value` prose).
 */
const BIND = `(?:[ \\t]{0,3}(?:=>|::?=|\\?\\??=|\\|\\|=|[=:,(>])[ \\t]{0,3}|[ \\t]{1,3})`;
const valueOpen = (bearer: string) => `["'\\x60]?(?:${bearer}[ \\t]{1,3})?`;
const VALUE_OPEN = valueOpen('bearer');
/** The same two parts for a case-sensitive regex (see bindingSource). */
const CASELESS_CREDENTIAL_WORD = credentialWord(CREDENTIAL_WORDS.split('|').map(anyCase).join('|'));
const CASELESS_VALUE_OPEN = valueOpen(anyCase('bearer'));
/**
 * The binding as the table's first matcher read it: one or two words after one or two blanks. A value
 * typed rather than generated (`a1b2c3d4…`) is still reported there, as it always was (the peers' suites
 * count such examples); the wider forms above report generated values only.
 */
const NARROW_BINDING = new RegExp(
  `^[A-Za-z0-9_.-]{0,100}(?:[ \\t]{1,2}(?:[A-Za-z]{1,12}[ \\t_-])?[A-Za-z]{0,12}[_-]?(?:${CREDENTIAL_WORDS})[A-Za-z_-]{0,12})?${KEY_CLOSE}${BIND}${VALUE_OPEN}$`,
  'i',
);

/**
 * Last words of an identifier that name something other than the credential: `ABSTRACT_ACCOUNT_ID`,
 * `abstractApiUrl`, `ABSTRACT_TIMEOUT`. A value of the shape there is an id, a host, a setting. An entry
 * whose credential is itself called so (`App ID`) keeps that word.
 */
const NOT_THE_CREDENTIAL = new Set([
  'id', 'ids', 'uuid', 'guid', 'url', 'uri', 'endpoint', 'host', 'hostname', 'domain', 'region', 'zone', 'user', 'username',
  'login', 'email', 'account', 'project', 'org', 'organization', 'team', 'workspace', 'tenant', 'env', 'environment',
  'version', 'name', 'path', 'file', 'dir', 'port', 'mode', 'timeout', 'limit', 'count', 'size', 'model', 'plan', 'tier',
  'locale', 'lang', 'hash', 'checksum', 'digest',
]);
/** Credentials that are public by design: `MAPBOX_PUBLIC_TOKEN`, `publishableKey`. */
const PUBLIC_WORDS = new Set(['public', 'publishable', 'pub', 'pubkey']);

/** `myAbstractApiKey` / `MY_ABSTRACT-API.key` → `my abstract api key`, as lowercase words. */
export function identifierWords(identifier: string): string[] {
  return identifier
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/**
 * The keywords for a name: as written, and joined when it has inner separators (`abstract_api` →
 * `abstract_api`, `abstractapi`, the latter for camelCase `abstractApiKey`). The kebab spelling is left to
 * the table (list `abstract-api` where headers or flags use it): every keyword character is a state of the
 * shared automaton, which each worker builds and walks.
 */
export function nameVariants(name: string): string[] {
  const joined = name.replace(/[_-](?!$)/g, '');
  return [...new Set([name, joined])].filter((v) => v.length >= 4);
}

/** A stem as regex source (the regex is case-insensitive): each separator `_`, `-` or none (a trailing one required). */
export function nameSource(name: string): string {
  const trailing = /[_-]$/.test(name);
  const words = name.replace(/[_-]$/, '').split(/[_-]/);
  return words.join('[_-]?') + (trailing ? '[_-]' : '');
}

/** The entry's names in the order its regex tries them: longest first (the first that leads to a match wins). */
function orderedNames(entry: LongTailProvider): string[] {
  return [...new Set(entry.names)].sort((a, b) => b.length - a.length);
}

/**
 * Everything after the name: the same for every entry whose token has the same shape. For the entry's
 * case-insensitive regex; `caseless`: spelled out for a case-sensitive one (the shared tails: V8
 * compiles such a regex in half the time of its `i` twin, and these are compiled in every process).
 */
function bindingSource(token: TokenShape, caseless = false): string {
  const words = caseless ? CASELESS_CREDENTIAL_WORD : CREDENTIAL_WORD;
  const open = caseless ? CASELESS_VALUE_OPEN : VALUE_OPEN;
  return `${NAME_TAIL}${words}${KEY_CLOSE}${BIND}${open}(?<secret>${valueSource(token, caseless)})(?![${GLUE}])`;
}

/** A `standalone` entry's prefixed token alone. */
function standaloneSource(token: TokenShape, caseless = false): string {
  return `(?<![${GLUE}])(?<secret2>${valueSource(token, caseless)})(?![${GLUE}])`;
}

/**
 * The binding regex (`secret`), and for `standalone` entries the prefixed token alone (`secret2`).
 * Case-insensitive, as names are written in any case: a fifth of the source `anyCase` classes would
 * make, which matters when hundreds of rules are compiled in every worker. What the `i` flag loosens —
 * a `-lower`/`-upper` alphabet, the prefix's and suffix's case — `exactCase` checks on the capture.
 * The engine runs it as `stickyAttempt` does, which compiles only the parts after the name.
 */
export function ruleRegex(entry: LongTailProvider): RegExp {
  const bound = `(?:${orderedNames(entry).map(nameSource).join('|')})${bindingSource(entry.token)}`;
  if (!entry.standalone) return new RegExp(bound, 'i');
  return new RegExp(`${bound}|${standaloneSource(entry.token)}`, 'i');
}

/**
 * The regexes after the name, one per distinct source in the process (with the engine's flags), shared
 * by every entry and Scanner: a long-tail regex costs V8 about 2.5 ms to compile and optimise, and a
 * worker meets a few hundred entries' names but only a few dozen token shapes.
 */
const sharedTails = new Map<string, RegExp>();

function sharedTail(source: string): RegExp {
  let regex = sharedTails.get(source);
  if (!regex) sharedTails.set(source, (regex = new RegExp(source, 'dy')));
  return regex;
}

/** Where the stem `name` (as nameSource reads it, ignoring case) ends if it starts at `at`, else -1. */
export function nameEnd(subject: string, at: number, name: string): number {
  let i = at;
  for (let k = 0; k < name.length; k++) {
    const want = name.charCodeAt(k);
    if (want === 95 || want === 45) {
      // `_` or `-`: the text may have either there, or (between words) nothing.
      const got = subject.charCodeAt(i);
      if (got === 95 || got === 45) i++;
      else if (k === name.length - 1) return -1;
      continue;
    }
    let got = subject.charCodeAt(i);
    if (got >= 65 && got <= 90) got += 32;
    if (got !== want) return -1;
    i++;
  }
  return i;
}

/**
 * The entry's regex as one sticky attempt at `at` (the engine's `anchored.exec`), without compiling it:
 * each name in the regex's order, then the shared tail after it; then, for `standalone` entries, the
 * token alone. Equivalent because a name matches at most one way (its separators are optional only
 * between letters and digits), so the regex's backtracking into the name alternation is this loop.
 * The result has the full regex's `0`, `index`, `groups` and `indices.groups`.
 */
export function stickyAttempt(entry: LongTailProvider): (subject: string, at: number) => RegExpExecArray | null {
  // Worked out on the first attempt: most entries' names never occur in what a process scans.
  let names: string[] | undefined;
  let tail: RegExp | undefined;
  let alone: RegExp | undefined;
  return (subject, at) => {
    if (!names) {
      names = orderedNames(entry);
      tail = sharedTail(bindingSource(entry.token, true));
      if (entry.standalone) alone = sharedTail(standaloneSource(entry.token, true));
    }
    for (let i = 0; i < names.length; i++) {
      const end = nameEnd(subject, at, names[i]!);
      if (end === -1) continue;
      tail!.lastIndex = end;
      const m = tail!.exec(subject);
      if (m) return wholeMatch(subject, at, m, 'secret', alone !== undefined);
    }
    if (!alone) return null;
    alone.lastIndex = at;
    const m = alone.exec(subject);
    return m ? wholeMatch(subject, at, m, 'secret2', true) : null;
  };
}

/** A tail's match as the whole regex's: from `at`, with the regex's secret groups (the other one unmatched). */
function wholeMatch(subject: string, at: number, tail: RegExpExecArray, group: 'secret' | 'secret2', standalone: boolean): RegExpExecArray {
  const end = tail.index + tail[0].length;
  const match = [subject.slice(at, end)] as unknown as RegExpExecArray;
  match.index = at;
  match.input = subject;
  const groups: Record<string, string | undefined> = { secret: undefined };
  const spans: Record<string, [number, number] | undefined> = { secret: undefined };
  if (standalone) groups.secret2 = spans.secret2 = undefined;
  groups[group] = tail.groups![group];
  spans[group] = tail.indices!.groups![group];
  match.groups = groups as Record<string, string>;
  match.indices = Object.assign([[at, end]], { groups: spans }) as unknown as RegExpIndicesArray;
  return match;
}

const LETTER_CASE: Partial<Record<TokenShape['alphabet'], RegExp>> = {
  'hex-lower': /^[0-9a-f]*$/,
  'hex-upper': /^[0-9A-F]*$/,
  'alnum-lower': /^[a-z0-9]*$/,
  'alnum-upper': /^[A-Z0-9]*$/,
};

/** The capture has the shape's exact case: its prefix and suffix as written, its alphabet's letter case. */
export function exactCase(secret: string, token: TokenShape): boolean {
  if (token.prefix && !secret.startsWith(token.prefix)) return false;
  if (token.suffix && !secret.endsWith(token.suffix)) return false;
  return LETTER_CASE[token.alphabet]?.test(bodyOf(secret, token)) ?? true;
}

function isAlnum(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/**
 * Where a match can start for a keyword hit: at the hit, when the name starts a segment of the identifier
 * there — no letter or digit before it, or a camelCase hump (`myAbstractApiKey`) — and nowhere when it is
 * glued inside a word (`superquuxlytics`, `MYQUUXLYTICS`).
 */
export function segmentStart(text: string, hit: number): readonly number[] {
  if (hit === 0) return [hit];
  const before = text.charCodeAt(hit - 1);
  if (!isAlnum(before)) return [hit];
  const at = text.charCodeAt(hit);
  const hump = !(before >= 65 && before <= 90) && at >= 65 && at <= 90;
  return hump ? [hit] : [];
}

/** The identifier the value is bound to (for a standalone match: empty). */
function boundName(match: string, secret: string): string {
  if (match.startsWith(secret)) return '';
  return /^[A-Za-z0-9_.-]*/.exec(match)![0];
}

/** A captured value is a credential of the shape, not a placeholder, a word, an id or a public key. */
export function validator(token: TokenShape, credential: string): (ctx: RuleContext) => boolean {
  const wordy = token.alphabet !== 'digits' && token.alphabet !== 'uuid';
  // The credential's own words, found on the first call: every process builds one validator per entry and
  // calls a few dozen.
  let own: Set<string> | undefined;
  return (ctx) => {
    const words = identifierWords(boundName(ctx.match, ctx.secret));
    const last = words.at(-1);
    own ??= new Set(identifierWords(credential));
    if (last !== undefined && ((NOT_THE_CREDENTIAL.has(last) && !own.has(last)) || words.some((w) => PUBLIC_WORDS.has(w)))) return false;
    // Too regular to be random (`abcd1234abcd…`) is reported at low by provider rules with real structure;
    // here the name is the only evidence, so a regular value is dropped like a placeholder.
    if (!exactCase(ctx.secret, token)) return false;
    const body = bodyOf(ctx.secret, token);
    // Judged on the body: a documented prefix (`secret_live_`, `sk_token-`) is not a placeholder word.
    const judged = token.prefix || token.suffix ? body : ctx.secret;
    if (isPlaceholder(judged) || !randomEnough(body, token.alphabet)) return false;
    const binding = ctx.match.slice(0, ctx.match.length - ctx.secret.length);
    if (binding && interleavedSequence(body) && !NARROW_BINDING.test(binding)) return false;
    return !wordy || body.length > 200 || looksLikeSecretValue(body, { allowSpaces: false });
  };
}

/** `API key` → `api-key`. */
function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

export function ruleId(entry: LongTailProvider): string {
  return `${entry.id}-${slug(entry.credential)}`;
}

function fail(entry: { id?: unknown }, message: string): never {
  throw new RuleError(String(entry.id), `long-tail entry: ${message}`);
}

/** The entry's facts are usable: every problem names the entry id. */
export function validateEntry(entry: LongTailProvider): void {
  if (typeof entry.id !== 'string' || !KEBAB.test(entry.id)) fail(entry, 'id must be kebab-case');
  if (!entry.name?.trim() || !entry.credential?.trim() || !slug(entry.credential)) fail(entry, 'name and credential are required');
  if (!Array.isArray(entry.names) || entry.names.length === 0) fail(entry, 'names must list at least one stem');
  for (const name of entry.names) {
    if (typeof name !== 'string' || name.length < 4 || !NAME.test(name))
      fail(entry, `name "${name}" must be a lowercase stem of at least 4 characters (letters, digits, _ or -)`);
  }
  const { token } = entry;
  if (!token || !TOKEN_ALPHABETS.has(token.alphabet)) fail(entry, `unknown token alphabet "${token?.alphabet}"`);
  const [min, max] = lengthBounds(token);
  if (token.alphabet !== 'uuid') {
    if (!Number.isInteger(min) || !Number.isInteger(max) || min < 1 || min > max) fail(entry, 'token length must be a positive integer or a non-empty [min, max] range');
    if (max > MAX_LENGTH) fail(entry, `token length above ${MAX_LENGTH} is not a token`);
  }
  if (entry.standalone && (token.prefix?.length ?? 0) < 4) fail(entry, '`standalone` needs a prefix of at least 4 characters');
  if (!isHttpsUrl(entry.doc)) fail(entry, 'doc must be an https URL');
  if (entry.rotateUrl !== undefined && !isHttpsUrl(entry.rotateUrl)) fail(entry, 'rotateUrl must be an https URL');
}

function isHttpsUrl(value: unknown): boolean {
  if (typeof value !== 'string' || !value.startsWith('https://')) return false;
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * One entry → one rule. Samples are generated on first read (./samples.ts): only the tests read them,
 * so a scanner in a worker or the editor never pays for 600 entries' worth of sample values.
 */
export function longTailRule(entry: LongTailProvider): Rule {
  validateEntry(entry);
  const keywords = [...new Set(entry.names.flatMap(nameVariants))];
  if (entry.standalone) keywords.push(entry.token.prefix!.toLowerCase());
  const validate = validator(entry.token, entry.credential);
  let samples: Rule['samples'] | undefined;
  let regex: RegExp | undefined;
  const rule: Rule = {
    id: ruleId(entry),
    provider: entry.id,
    description: `${entry.name} ${entry.credential}`,
    // Built on first use (the engine compiles a rule whose regex is a getter lazily): most entries'
    // names never occur in a given file set, and building 1,000+ regexes cost every process ~80 ms.
    get regex() {
      return (regex ??= ruleRegex(entry));
    },
    keywords: [...new Set(keywords)],
    // The match starts at the name (or the standalone prefix) itself: at most one sticky attempt per hit.
    anchored: { starts: segmentStart, exec: stickyAttempt(entry) },
    severity: entry.severity ?? 'high',
    lifetime: entry.lifetime ?? 'long-lived',
    validate,
    // A documented shape, not a checksum: a value bound to the provider's name in another shape is
    // still the generic rules' to judge (the table's facts may lag the provider's real formats).
    shapeOnly: true,
    reference: entry.doc,
    get samples() {
      return (samples ??= samplesFor(entry, validate));
    },
  };
  if (entry.rotateUrl) rule.rotateUrl = entry.rotateUrl;
  return rule;
}

/**
 * The table → rules. `handWritten` (the other built-in rules) guards against an entry shadowing a
 * hand-written provider (it would be judged twice) or reusing one of its rule ids.
 */
export function longTailRules(providers: readonly LongTailProvider[], handWritten: readonly Rule[] = []): Rule[] {
  const seen = new Set<string>();
  const providersWritten = new Set(handWritten.map((r) => r.provider));
  const idsWritten = new Set(handWritten.map((r) => r.id));
  return providers.map((entry) => {
    if (seen.has(entry.id)) fail(entry, 'duplicate id in the long-tail table');
    seen.add(entry.id);
    if (providersWritten.has(entry.id)) fail(entry, 'a hand-written rule file already covers this provider');
    const rule = longTailRule(entry);
    if (idsWritten.has(rule.id)) fail(entry, `rule id ${rule.id} is taken by a hand-written rule`);
    return rule;
  });
}

