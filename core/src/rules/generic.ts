/**
 * Generic secrets: a literal assigned to (or compared with) a secret-like name — `password`, `secret`,
 * `api_key`, `token`, `private_key`, `credentials` … — in code, JSON, YAML, .env, XML and config files.
 * No provider prefix vouches for these values, so they are gated: by the syntax of the file (in code a
 * secret is a quoted literal; a bare word is a variable), by shape (not an identifier, a path, a URL, an
 * env-var name, prose), by entropy for token-like names, and by the shared placeholder filter.
 * Reference behaviour: detect-secrets' KeywordDetector and gitleaks' generic-api-key.
 */
import { shannonEntropy } from '../engine/entropy.js';
import { interleavedSequence, unleet } from '../engine/placeholders.js';
import type { LifetimeEvidence, Rule, RuleContext } from '../engine/types.js';
import { syntaxFamily } from '../formats/language.js';

/** Name fragments that make an identifier secret-like (lowercase; also the prefilter keywords). */
const PASSWORD_NAMES = ['password', 'passwd', 'passphrase', 'pwd', 'db_pass', 'dbpass', '_pass', 'pass_'];
const SECRET_NAMES = ['secret', 'private_key', 'privatekey', 'private-key', 'credential', 'creds'];
const KEY_NAMES = ['api_key', 'apikey', 'api-key', 'access_key', 'accesskey', 'auth_key', 'authkey', 'secret_key', 'token'];

const NAME = String.raw`[A-Za-z0-9_.$-]{0,40}?(?:${[...PASSWORD_NAMES, ...SECRET_NAMES, ...KEY_NAMES]
  .map((n) => n.replace(/[-.$]/g, '\\$&'))
  .join('|')})[A-Za-z0-9_.-]{0,40}?`;

/** Binding operators across languages: = := ::= :::= ?= .= ||= ??= => : and the comma of `set("NAME", "value")`. */
const OPERATOR = String.raw`(?:=>|:{1,3}=|\?\??=|\.=|\|\|=|=|:|,)`;
/**
 * Before a quoted value, also a fallback: `process.env.JWT_SECRET || '…'`, `config.apiKey ?? "…"`. The
 * literal is what runs whenever the variable is unset: a hard-coded secret all the same.
 */
const BINDING_OR_FALLBACK = String.raw`(?:${OPERATOR}|\|\||\?\?)`;
/**
 * Blanks around an operator: a few (any white space), or a column's alignment on the line (Ruby hashes
 * `:password       => '…'`, gofmt'ed struct literals, aligned YAML). Two disjoint lengths, so no blank is
 * claimed twice.
 */
const ALIGNED = String.raw`(?:\s{0,5}|[ \t]{6,24})`;
/** A type between a name and its operator: `var token string = …`, `char secret[25] = …`. */
const TYPE_WORDS = String.raw`\[\d*\]|[ \t]+[A-Za-z_][\w.*]{0,20}(?:\[\d*\])?`;
const TYPE_SLOT = `(?:${TYPE_WORDS})?`;
/**
 * Before a quoted value, also a type annotation (TypeScript `apiKey: string = …`, Python
 * `API_KEY: str = …`, Kotlin and Swift `val token: String = …`, Rust `const TOKEN: &'static str = …`)
 * with one type argument (`Final[str]`, `Readonly<string>`), or the bracket closing a quoted subscript
 * (`app.config['SECRET_KEY'] = …`, `ENV["API_TOKEN"] = …`, PHP's `$config['secret'] = …`). An annotation
 * must name a type: `apiKey: "…"` stays a plain binding.
 */
const TYPE_ANNOTATION = String.raw`[ \t]{0,2}:[ \t]{0,2}&?(?:'static[ \t]{1,2})?[A-Za-z_][\w.]{0,30}(?:\[[\w.]{1,20}\]|<[\w.]{1,20}>)?\??`;
const DECLARED_TYPE_SLOT = String.raw`(?:${TYPE_WORDS}|\]|${TYPE_ANNOTATION})?`;

const QUOTED_VALUE = String.raw`(?<q>["'\x60])(?<secret>[^"'\x60\r\n]{1,200})\k<q>`;
/**
 * The same value inside a string that holds JSON or code (`"{\"api_key\": \"…\"}"`, a request body in a
 * test, a log line): its quotes escaped with a backslash, which the value itself never ends with.
 */
const ESCAPED_QUOTED_VALUE = String.raw`\\(?<eq>["'\x60])(?<secret3>[^"'\x60\\\r\n]{1,200})\\\k<eq>`;

/** Identifier parts that mean "this is not the secret itself". */
const NOT_A_SECRET_NAME =
  /(?:_?(?:file|path|dir|url|uri|endpoint|host|name|names|id|ids|type|types|length|len|size|count|regex|pattern|prefix|suffix|field|header|param|key_?id|label|placeholder|hint|message|msg|error|policy|mode|format|version|env_?var|var|expires?(?:_?(?:at|in))?|ttl|timeout|hash(?:ed)?|digest|salt|min|max|enabled|required|rotation|provider|store|storage|manager|method|endpoint|issuer|audience|scope|scopes|usage|helper|validator|strength|arn|last_?used|date|time|created|updated)s?|_?(?:cache|input|request|response))$/i;

function familyAllowsQuote(ctx: RuleContext, quote: string): boolean {
  const family = syntaxFamily(ctx.path);
  // In C, C# and Objective-C single quotes delimit characters, not strings; in shell scripts and
  // config-like files backticks run a command (`etcdctl get /secret`) or mark a code span.
  return !(family === 'c-like' && quote === "'") && !(family === 'config' && quote === '\x60');
}

/** `${name}`, `${a.b(c)}`, `${f(g(x))}`: a template literal's expression (calls nested one level). */
const TEMPLATE_EXPRESSION = /\$\{[A-Za-z_$][\w$.]{0,60}(?:\((?:[^(){}]|\([^(){}]{0,60}\)){0,60}\))?\}/;
/** A `{param}` segment of a resource path: `projects/{project}/secrets/{secret}`; JSDoc escapes the brace (`{project\}`). */
const PATH_TEMPLATE = /\/\{[A-Za-z_]\w{0,40}\\?\}|\{[A-Za-z_]\w{0,40}\\?\}\//;

/**
 * CONSTANT_CASE (`API_KEY`, `DEFAULT`, `HTTP2`): an identifier. Upper-case letters and two or more digits
 * with no underscore (`X7W8HTTHLVYXPPVRZJZS`) is how upper-case alphanumeric keys are generated, not named.
 */
function constantName(value: string): boolean {
  if (!/^_*[A-Z][A-Z0-9_]*[A-Z]_*$/.test(value)) return false;
  // Typed ones (`A2B6C9D1E3F4…`, `ABC123DEF456`) stay refused, as they were before digits counted.
  return value.includes('_') || value.replace(/\D/g, '').length < 2 || interleavedSequence(value);
}

/** Words a sample value uses to name what it stands for. */
const NAMES_ITSELF = /passw(?:or)?d|secret|token|api[-_]?key|private[-_]?key|access[-_]?key|credential/i;

/**
 * A word dressed up with leetspeak digits and symbols (`rapunz3l`, `s00pers3cret`, `h4ck3r`): read back,
 * letters only. Documentation writes sample passwords so; a generated secret is not a word.
 */
function leetWord(value: string): boolean {
  return value.length <= 20 && /^[A-Z]?[a-z]+$/.test(unleet(value));
}

/** True when a value is plausibly a secret rather than a word, identifier, path or sentence. */
export function looksLikeSecretValue(value: string, options: { allowSpaces: boolean }): boolean {
  if (value.length < 6 || value.length > 200) return false;
  if (!/[A-Za-z0-9]/.test(value)) return false;
  if (!options.allowSpaces && /\s/.test(value)) return false;
  if (/^\s|\s$/.test(value)) return false;
  // Identifiers and words: snake_case, kebab-case, camelCase, CONSTANT_CASE, dotted names.
  if (/^[a-z]+(?:[_.-][a-z]+)*$/.test(value) || /^[a-z]+(?:[A-Z][a-z]+)+$/.test(value) || constantName(value)) return false;
  // Dotfiles (`.tern-config`), ISO timestamps, and string concatenation seen from the wrong quote (`+ e.id +`).
  if (/^\.[a-z][\w.-]*$/i.test(value) || /^\d{4}-\d{2}-\d{2}[T ][\d:.]+Z?$/.test(value) || /^\s*\+|\+\s*$/.test(value)) return false;
  if (/^[A-Z][a-z]+(?: [A-Za-z]+)+[.!?:]?$/.test(value) && !/\d/.test(value)) return false; // prose, labels
  // Paths, URLs without credentials, file names, numbers, dates, versions, colours, MIME types.
  // URLs (credentials inside URLs are the connection-string rules' business), paths.
  if (/^(?:\.{0,2}\/|~\/|[a-z][a-z0-9+.-]*:\/\/|[A-Za-z]:\\)/i.test(value)) return false;
  if (/^[\w.-]+\.(?:json|js|ts|txt|pem|key|crt|cer|p12|pfx|yml|yaml|xml|env|cfg|conf|ini|html?|png|jpg|svg)$/i.test(value)) return false;
  if (/^[\d\s.:,+-]+$/.test(value) || /^v?\d+\.\d+(?:\.\d+)?(?:[-+][\w.]+)?$/.test(value) || /^#[0-9a-f]{3,8}$/i.test(value)) return false;
  if (/^[a-z]+\/[a-z0-9.+-]+$/i.test(value)) return false;
  // E-mail addresses and resource names (`prod-db-01`, `cmp2-qat-1208358310`).
  if (/^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/.test(value) || /^[a-z0-9]{1,10}(?:-[a-z0-9]{1,10}){2,}$/.test(value)) return false;
  // PascalCase and dotted identifiers (`ExclusiveStartTableName`, `EngineDefaults.Marker`), bracketed
  // template slots (`[claim_signature]`), UUIDs (identifiers and idempotency keys far more often than secrets).
  if (/^[A-Za-z]+(?:\.[A-Za-z]+|\[-?\d+\])+$/.test(value) || /^(?:[A-Z][a-z]+){2,}$/.test(value) || /^\[[\w .-]+\]$/.test(value)) return false;
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)) return false;
  // A value that names what it stands for (`CleartextPassword1`, `my-secret-value`, `my_privateKey`) is a sample.
  if (NAMES_ITSELF.test(value)) return false;
  // Dependency versions and ranges (`"@aws-sdk/credential-provider-env": "^3.972.86"`, `>=1.2 <2`, `1.x`,
  // `workspace:*`): a package name holds the secret-like word, the value is a version.
  if (/^(?:[~^]|[<>]=?|=)?v?\d+(?:\.(?:\d+|[xX*])){0,3}(?:-[\w.]+)?(?:\s+(?:[<>]=?|\|\|)\s*v?\d+(?:\.(?:\d+|[xX*])){0,3})?$/.test(value)) return false;
  if (/^(?:workspace|npm|file|link|portal|patch|catalog|github|git\+\w+):/.test(value)) return false;
  // Integrity and content hashes (`sha512-…` in lockfiles, go.sum's `h1:…`): public digests.
  if (/^(?:sha(?:1|224|256|384|512)-[A-Za-z0-9+/]{20,}={0,2}|h1:[A-Za-z0-9+/]{20,}={0,2})$/.test(value)) return false;
  // A call or a member access (`fromNodeProviderChain()`, `getenv("X")`): computed at run time.
  if (/^(?:new\s+)?[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*\([^()]{0,100}\);?$/.test(value)) return false;
  // Template interpolations of any shape (`${urlEncode(id)}`), resource-path templates (`projects/{project}/secrets/{secret}`)
  // and generic types (`Result<`, `Map<string, Key>`): assembled or declared, never a literal secret.
  if (TEMPLATE_EXPRESSION.test(value) || PATH_TEMPLATE.test(value) || /^[A-Za-z_$][\w$.]*<|<[A-Z]\w*[,>]/.test(value)) return false;
  // Well-formed interpolations: the value is assembled at run time, not hard-coded.
  if (/\$\{[\w.:-]+\}|\{\{[\s\w.|]+\}\}|#\{[\w.]+\}|%\([a-z_]+\)s|^%[sd]$/.test(value)) return false;
  return true;
}

const passwordish = /pass|pwd|secret|private|cred/i;

function lifetimeOfName(ctx: RuleContext): LifetimeEvidence {
  // A hard-coded password or private key lives until someone rotates it; a "token" may be a session value.
  return passwordish.test(ctx.match) ? { lifetime: 'long-lived' } : { lifetime: 'unknown' };
}

/** Character classes present: lower, upper, digit, symbol. */
function classCount(value: string): number {
  return [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9\s]/].filter((re) => re.test(value)).length;
}

/** Token-, key- and auth-named values must look random; passwords may be human-chosen. */
function entropyGate(ctx: RuleContext, name: string): boolean {
  const e = shannonEntropy(ctx.secret);
  if (passwordish.test(name)) return e >= 2.5 && classCount(ctx.secret) >= 2;
  // A generated token of 12+ characters almost always holds a digit or a symbol; letters alone make a word.
  return e >= 3.0 && ctx.secret.length >= 12 && /[^A-Za-z]/.test(ctx.secret) && classCount(ctx.secret) >= (ctx.secret.length >= 20 ? 2 : 3);
}

/** A bare (unquoted) value in code is normally a variable: only a clearly random one is a literal. */
function stronglyRandom(value: string): boolean {
  return value.length >= 16 && shannonEntropy(value) >= 3.5 && /\d/.test(value) && /[A-Za-z]/.test(value) && !/[()\[\]{}]/.test(value);
}

/** Names of values that are public or per-request by design. */
const PUBLIC_NAME = /public|publishable|pub_?key|csrf|xsrf|nonce|authenticity/i;
/**
 * Tokens that are not credentials: pagination cursors, idempotency and change tokens, parser tokens
 * (`NextToken`, `clientToken`, `ChangeToken`, `output_token`, `lastSignificantToken`).
 */
const NON_CREDENTIAL_TOKEN =
  /(?:next|page|pagination|continuation|change|client_?request|client|idempotency|input|output|sync|cursor|resume|marker|lifecycle_?action|http|significant|current|previous|prev|last|first|end|start|lexer|parser|syntax|cancel(?:lation)?)[-_]?tokens?$/i;

/** Names that announce test data rather than a credential: `fakeToken`, `invalid_api_key`, `nonMatchingToken`. */
const TEST_DATA_NAME = /fake|dummy|mock|bogus|invalid|non_?matching|sample|example/i;

/** The name disqualifies the value: it describes, publishes or fakes a secret rather than holding one. */
function disqualifyingName(name: string): boolean {
  // `pass` as a word part that is not a password: passthrough, passive, passenger, passport.
  if (/pass(?!w|phrase|code)[a-z]/i.test(name) && !/passw|pwd|secret|token|key|cred/i.test(name)) return true;
  return (
    NOT_A_SECRET_NAME.test(name) || PUBLIC_NAME.test(name) || TEST_DATA_NAME.test(name) || NON_CREDENTIAL_TOKEN.test(name) || !keywordStartsSegment(name)
  );
}

const KEYWORD_IN_NAME = new RegExp(
  [...PASSWORD_NAMES, ...SECRET_NAMES, ...KEY_NAMES].map((k) => k.replace(/[-.$]/g, '\\$&')).join('|'),
  'gi',
);

/**
 * The secret-like word must start a segment of the name (`db_password`, `githubToken`, `SECRET`),
 * not sit inside another word (`jsonwebtoken`, `bypass`).
 */
function keywordStartsSegment(name: string): boolean {
  for (const m of name.matchAll(KEYWORD_IN_NAME)) {
    const before = name[m.index - 1];
    const first = m[0][0]!;
    if (before === undefined || !/[a-z]/.test(before) || /[A-Z_-]/.test(first)) return true;
  }
  return false;
}

/**
 * The comma binds only in `set("NAME", "value")` / `env("API_TOKEN", "…")`: a quoted, dot-free name.
 * `sign(privateKey, 'base64')` and `[".secrets.baseline", ".tern-config"]` are not assignments.
 */
function commaWithoutQuotedName(match: string, name: string, path: string | undefined, value: string): boolean {
  const afterName = match.slice(match.indexOf(name) + name.length);
  const usesComma = /^["'\x60]?[^,=:"'\x60]*,/.test(afterName);
  // JSON binds with colons only: a comma separates array items (a source map's `names`, a word list).
  // And a list of names (`["DatabaseCredentials", "S3StagingLocation"]`) is not `set(NAME, value)`.
  return usesComma && (!/^["'\x60]/.test(match) || name.includes('.') || JSON_PATH.test(path ?? '') || identifierLike(value));
}

/** `S3StagingLocation`, `printNode`: camel-case words, each of real length — a name, not generated. */
function identifierLike(value: string): boolean {
  const segments = value.split(/(?=[A-Z])/);
  return segments.every((s) => /^[A-Z]?[a-z0-9]+$/.test(s)) && segments.filter((s) => /[a-z]{3,}/.test(s)).length >= 2;
}

const JSON_PATH = /\.(?:json|jsonc|json5|map)$/i;
const MARKDOWN = /\.(?:md|mdx|markdown|rst)$/i;

/**
 * In documentation a password spelled as a leetspeak word (`password: 's00pers3cret'`, `'rapunz3l'` in a
 * README's request example) is a sample for the reader; in code or config the same value is a real (weak)
 * password and stays reported (`password = "super$ecret"` in a script is a hard-coded password).
 */
function documentationSample(ctx: RuleContext): boolean {
  return MARKDOWN.test(ctx.path ?? '') && (leetWord(ctx.secret) || NAMES_ITSELF.test(unleet(ctx.secret)));
}

/**
 * A bare value that is an identifier: the name it is bound to ends with it (an export alias), or it is
 * made of camel-case words (`SignV4WithCredentials`), or it is a member access.
 */
function bareIdentifier(value: string, name: string): boolean {
  const word = value.replace(/;$/, '');
  // A member access (`index_1.applicationDefault`, `config.auth.secret`): compiled output's re-exports.
  // Words with at most a short numeric suffix: `s.ZC9Ecf4M5g9o34Q6RkzGsj0z` is a dotted token, not a path.
  if (/^[A-Za-z_$][A-Za-z_$]{0,60}\d{0,2}(?:\.[A-Za-z_$][A-Za-z_$]{0,60}\d{0,2}){1,8}$/.test(word)) return true;
  if (!/^[A-Za-z_$][\w$]*$/.test(word)) return false;
  return name.endsWith(word) || identifierLike(word);
}

/**
 * In code a bare identifier or type (`PrivateKeyAttributesV2`, `Buffer|Blob|string`) is a reference.
 * Camel-case words, each after the first starting with a capital: written as "optional capital, then
 * lowercase" repeated, a lowercase run could split into words in exponentially many ways (a 948-byte
 * fuzz input took 650 ms, a 56 KB one hung).
 */
const CAMEL_CASE_WORDS = /^[A-Z]?[a-z]{2,}(?:[A-Z][a-z]{2,})*(?:V?\d+)?$/;

function codeReference(value: string): boolean {
  return CAMEL_CASE_WORDS.test(value) || /[|()]/.test(value);
}

/** The variable side of a comparison: before the operator, or after it when the literal comes first. */
function comparedName(match: string): string {
  const literalFirst = /^["'\x60]/.test(match);
  const parts = match.split(/(?<!\s)\s*[!=]==?\s*/); // one try per blank run, not one per blank
  return (literalFirst ? parts.at(-1) : parts[0])?.trim() ?? '';
}

function nameOf(match: string): string {
  return /^[^=:<>,"'\x60\s\\]*/.exec(match.replace(/^["'<$@]+/, ''))?.[0] ?? '';
}

/** `[A-Za-z0-9_]`: what the names' lookbehind refuses before a name. */
function isWordCode(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

/** `[A-Za-z0-9_.$-]`: the characters NAME allows before its keyword. */
function isNameCode(code: number): boolean {
  return isWordCode(code) || code === 46 || code === 36 || code === 45;
}

/** `"`, `'`, a backtick or `<`: what may open a name (a quoted key, an XML tag). */
function isNameOpener(code: number): boolean {
  return code === 34 || code === 39 || code === 96 || code === 60;
}

/**
 * Where a name holding the keyword at `hit` can begin (where the rules below are `anchored`): NAME
 * allows at most 40 name characters before its keyword, and the lookbehind wants no word character
 * before the name; a quote or `<` may open it. Most hits have one or two such offsets, where a window
 * search retried the name's 40-character prefix at every character of the window.
 */
export function nameStarts(text: string, hit: number): number[] {
  const first = nameRunStart(text, hit);
  const starts: number[] = [];
  if (first > 0 && isNameOpener(text.charCodeAt(first - 1))) starts.push(first - 1);
  for (let start = first; start <= hit; start++) {
    if (start === 0 || !isWordCode(text.charCodeAt(start - 1))) starts.push(start);
  }
  return starts;
}

/**
 * Where a `${NAME…}` expansion holding the keyword at `hit` opens: the `${` right before the name's
 * characters, or nowhere.
 */
export function expansionStarts(text: string, hit: number): number[] {
  const first = nameRunStart(text, hit);
  return first >= 2 && text.charCodeAt(first - 1) === 123 && text.charCodeAt(first - 2) === 36 ? [first - 2] : [];
}

/** The first of the (at most 40) name characters before `hit`. */
function nameRunStart(text: string, hit: number): number {
  let first = hit;
  for (const floor = Math.max(0, hit - 40); first > floor && isNameCode(text.charCodeAt(first - 1)); first--);
  return first;
}

/** White space within a line: a comparison is matched on its keyword's line, as rules without `crossLines` are. */
function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 11 || code === 12;
}

function isQuote(code: number): boolean {
  return code === 34 || code === 39 || code === 96;
}

/**
 * Where a comparison holding the keyword at `hit` can begin: at the name (`password === "…"`), or,
 * literal first (`"…" === password`), at the opening quote of a literal of at most 200 characters that
 * ends, up to three spaces, `==`/`!=`/`===`/`!==` and three more spaces before the name's run.
 */
export function comparisonStarts(text: string, hit: number): number[] {
  const starts = nameStarts(text, hit);
  let at = skipSpacesBack(text, nameRunStart(text, hit));
  const operator = operatorStart(text, at);
  if (operator === -1) return starts;
  at = skipSpacesBack(text, operator);
  const close = at - 1;
  const quote = text.charCodeAt(close);
  if (close < 1 || !isQuote(quote)) return starts;
  for (let open = close - 1; open >= Math.max(0, close - 201); open--) {
    const code = text.charCodeAt(open);
    if (code === 10 || code === 13) break;
    if (isQuote(code)) {
      if (code === quote && open < close - 1) starts.unshift(open);
      break;
    }
  }
  return starts;
}

/** `at` moved back over at most three white-space characters of its line. */
function skipSpacesBack(text: string, at: number): number {
  for (let n = 0; n < 3 && at > 0 && isSpace(text.charCodeAt(at - 1)); n++) at--;
  return at;
}

/** Where the `==`, `!=`, `===` or `!==` ending at `end` starts, or -1. */
function operatorStart(text: string, end: number): number {
  if (end < 2 || text.charCodeAt(end - 1) !== 61) return -1;
  const second = text.charCodeAt(end - 2);
  if (second === 33) return end - 2;
  if (second !== 61) return -1;
  const third = text.charCodeAt(end - 3);
  return third === 61 || third === 33 ? end - 3 : end - 2;
}

export const rules: Rule[] = [
  {
    id: 'generic-secret-assignment',
    provider: 'generic',
    description: 'Hard-coded secret assigned to a secret-like name',
    generic: true,
    regex: new RegExp(
      String.raw`(?<![A-Za-z0-9_])["'\x60]?(?<name>${NAME})(?:\\?["'\x60])?${DECLARED_TYPE_SLOT}(?:${ALIGNED}${BINDING_OR_FALLBACK}${ALIGNED}|[ \t]{1,5})@?(?:${QUOTED_VALUE}|${ESCAPED_QUOTED_VALUE})`,
      'i',
    ),
    keywords: [...PASSWORD_NAMES, ...SECRET_NAMES, ...KEY_NAMES],
    anchored: { starts: nameStarts },
    severity: 'medium',
    lifetime: lifetimeOfName,
    validate: (ctx) => {
      const m = /(["'\x60])$/.exec(ctx.match);
      const name = nameOf(ctx.match);
      if (disqualifyingName(name) || commaWithoutQuotedName(ctx.match, name, ctx.path, ctx.secret)) return false;
      if (documentationSample(ctx)) return false;
      return familyAllowsQuote(ctx, m?.[1] ?? '"') && looksLikeSecretValue(ctx.secret, { allowSpaces: syntaxFamily(ctx.path) === 'config' }) && entropyGate(ctx, name);
    },
    samples: {
      match: [
        { text: 'db_password = "q8J!r2v$Lm0z"', reason: 'quoted password in Python' },
        { text: '"client_secret": "6da89121079f83b2eb6acccf8219ea982c3d79bc"', reason: 'JSON' },
        { text: 'const apiKey = `Zf3D0LXCM3EIMbgJpUNnkRtOfOueHznB`;', reason: 'template literal' },
        { text: 'System.setProperty("SERVICE_TOKEN", "p7Q2wX9rT4yZ8kL3mN6b");', reason: 'name as string argument' },
        { text: "const auth = { username: 'janedoe', password: 's00pers3cret' };", path: 'client.js', reason: 'in code even a leetspeak word is a hard-coded password' },
        { text: "  :password        => 'q7Rw2Lm9Xz',", path: 'config/database.rb', reason: 'a Ruby hash aligned in columns' },
        { text: '\tPassword:       "Vn4#tQ8zLp2w",', path: 'client.go', reason: 'a gofmt-aligned struct literal' },
        { text: 'const body = "{\\"client_secret\\": \\"Qm9vXr2LkT7pW4nZ8cY1bH6dF3sG0jA\\"}";', path: 'client.test.js', reason: 'JSON inside a string, its quotes escaped' },
        { text: 'const apiKey: string = "Rk7Vq2mXz9LpT4wN8cY3bH6d";', path: 'src/config.ts', reason: 'a TypeScript type annotation' },
        { text: 'API_TOKEN: Final[str] = "Rk7Vq2mXz9LpT4wN8cY3bH6d"', path: 'settings.py', reason: 'a Python annotation with a type argument' },
        { text: "app.config['SECRET_KEY'] = 'Rk7Vq2mXz9LpT4wN8cY3bH6d'", path: 'app.py', reason: 'a quoted subscript' },
        { text: "const secret = process.env.JWT_SECRET || 'Rk7Vq2mXz9LpT4wN8cY3bH6d';", path: 'auth.js', reason: 'a hard-coded fallback for an unset variable' },
        { text: 'apiKey: process.env.API_KEY ?? "Rk7Vq2mXz9LpT4wN8cY3bH6d",', path: 'config.ts', reason: 'a fallback with ??' },
      ],
      noMatch: [
        { text: '{"names":["token","_printNodeQ9x4","secret","h7Kp2Qz9"]}', path: 'lib/printer.js.map', reason: 'in JSON a comma separates array items; it never binds a name' },
        { text: 'required:["DatabaseCredentials","S3StagingLocation"]', path: 'dist/sdk.min.js', reason: 'a list of field names: the comma does not bind an identifier' },
        { text: 'password = "password123"', reason: 'placeholder' },
        { text: "const header = token || 'anonymous';", path: 'client.js', reason: 'a fallback that is a word, not a secret' },
        { text: 'fetch(url, { body: "{\\"api_key\\": \\"${API_KEY}\\"}" })', path: 'client.js', reason: 'a reference inside escaped JSON' },
        { text: 'password: "Enter your password"', reason: 'UI label, not a secret' },
        { text: 'token_url = "https://example.com/oauth/token"', reason: 'URL-valued setting' },
        { text: 'api_key = "${API_KEY}"', reason: 'reference' },
        { text: "char *password = 'x7Yq2LpR9';", path: 'main.c', reason: 'single quotes are character literals in C' },
        { text: 'secret_name = "prod-db-credentials"', reason: 'names a secret, is not one' },
        { text: 'fakeToken := "tk_9fQ2mZ7xLp4Rw8Ys"', path: 'auth_test.go', reason: 'the name says it is test data' },
        { text: '"paginators": { "output_token": "DistributionList.NextMarker", "NextToken": "U1FsdGVkX19nBV2zoh+Gou9Ngnu" }', path: 'api.json', reason: 'pagination tokens and dotted identifiers are not credentials' },
        { text: 'locationName:"nextToken"},maxResults:{location:"querystring"}', path: 'sdk.min.js', reason: 'a quote closing the name never opens the value' },
        { text: "return sign.sign(privateKey, 'base64');", path: 'signer.js', reason: 'a function argument after an unquoted name is not an assignment' },
        { text: '<add key="Password" value="CleartextPassword1" />', path: 'app.config', reason: 'the value names what it stands for' },
        { text: '"privateKey": "my_privateKey"', path: 'README.md', reason: 'a documentation placeholder names what it stands for' },
        { text: '"@aws-sdk/credential-provider-env": "^3.972.86",', path: 'package.json', reason: 'a dependency whose package name holds a secret-like word; the value is a version range' },
        { text: 'credentials_version = "2.14.0-beta.1"', reason: 'a version string' },
        {
          text: '   * // Required. The parent tenant to create SCIM token. Format: \'locations/{location\\}/workforcePools/{pool\\}/scimTenants/{scim_tenant\\}\'',
          path: 'build/src/apis/iam/v1.d.ts',
          reason: 'a resource-path template in a JSDoc comment, its closing braces escaped',
        },
        { text: "    password: 's00pers3cret'", path: 'README.md', reason: 'in documentation a leetspeak word is a sample password' },
      ],
    },
  },
  {
    id: 'generic-secret-comparison',
    provider: 'generic',
    description: 'Hard-coded secret compared with a secret-like variable',
    generic: true,
    regex: new RegExp(
      String.raw`(?:(?<![A-Za-z0-9_])${NAME}\s{0,3}(?:===?|!==?)\s{0,3}${QUOTED_VALUE}|(?<q2>["'\x60])(?<secret2>[^"'\x60\r\n]{1,200})\k<q2>\s{0,3}(?:===?|!==?)\s{0,3}${NAME}(?![A-Za-z0-9_]))`,
      'i',
    ),
    keywords: [...PASSWORD_NAMES, ...SECRET_NAMES, ...KEY_NAMES],
    anchored: { starts: comparisonStarts },
    severity: 'medium',
    lifetime: lifetimeOfName,
    validate: (ctx) =>
      !disqualifyingName(comparedName(ctx.match)) && looksLikeSecretValue(ctx.secret, { allowSpaces: false }) && entropyGate(ctx, ctx.match),
    samples: {
      match: [
        { text: 'if (password === "t0p$ecret!Q") {', reason: 'comparison with a literal' },
        { text: 'if ("t0p$ecret!Q" == db_pass) {', reason: 'literal first' },
      ],
      noMatch: [
        { text: 'if (password === "") {', reason: 'empty string' },
        { text: 'if (lastSignificantToken === "?x7Kq-import") {', reason: 'a parser token, not a credential: the name disqualifies it' },
        { text: 'const ok = ("t0p$ecret!Q"\n  == db_pass);', reason: 'rules read a comparison on one line, as written in practice' },
      ],
    },
  },
  {
    id: 'generic-secret-config-value',
    provider: 'generic',
    description: 'Secret in a configuration file under a secret-like key',
    generic: true,
    regex: new RegExp(
      String.raw`(?<![A-Za-z0-9_])(?<name>${NAME})["']?${TYPE_SLOT}[ \t]{0,5}${OPERATOR}[ \t]{0,5}(?<secret>[^\s"'\x60#;,\\](?:[^\r\n"'\x60\\]{0,198}?[^\s"'\x60\\])?)(?:[ \t]{0,200}[,;"'\x60]?|[ \t]{1,200}#[^\r\n]{0,200})(?=\r?\n|$|\\[nr])|<(?<tag>${NAME})>\s{0,20}(?<secret2>[^<>\s]{6,200})\s{0,20}<\/\k<tag>>`,
      'i',
    ),
    keywords: [...PASSWORD_NAMES, ...SECRET_NAMES, ...KEY_NAMES],
    severity: 'medium',
    lifetime: lifetimeOfName,
    anchored: { starts: nameStarts, crossLines: true },
    validate: (ctx) => {
      const name = nameOf(ctx.match.replace(/^</, ''));
      if (disqualifyingName(name)) return false;
      const family = syntaxFamily(ctx.path);
      // Markdown is prose and code samples: a bare value there counts only when it is clearly random.
      const bareAllowed = (family === 'config' && !MARKDOWN.test(ctx.path ?? '')) || family === 'go';
      // In code a bare identifier is a variable (`exports.SignV4WithCredentials = SignV4WithCredentials;`).
      if (!bareAllowed && (!stronglyRandom(ctx.secret) || codeReference(ctx.secret) || bareIdentifier(ctx.secret, name))) return false;
      // A comma is not a binding in a bare config line (`Unexpected token, expected }`); `](` is a
      // Markdown link spilling into the value (`badge.svg?token=…)](https://…`).
      if (/^[^=:]*,/.test(ctx.match) || ctx.secret.includes('](')) return false;
      if (documentationSample(ctx)) return false;
      return looksLikeSecretValue(ctx.secret, { allowSpaces: family === 'config' && !MARKDOWN.test(ctx.path ?? '') }) && entropyGate(ctx, name);
    },
    samples: {
      match: [
        { text: 'DB_PASSWORD=q8J!r2v$Lm0z', path: '.env', reason: 'dotenv' },
        { text: 'aws_secret_access_key: value with spaces 9Xq', path: 'config.yaml', reason: 'YAML may hold bare values with spaces' },
      ],
      noMatch: [
        { text: 'password = q8J!r2v$Lm0z', path: 'app.py', reason: 'a bare word in code is a variable' },
        { text: 'password_file = /run/secrets/db', path: 'app.conf', reason: 'names where the secret is' },
        { text: '  /** Flags. */ PrivateKeyFlags: PrivateKeyFlagsV2;', path: 'client.d.ts', reason: 'a TypeScript type, not a value' },
        { text: 'SyntaxError: Unexpected token, expected } (30:0)', path: 'CHANGELOG.md', reason: 'a comma does not bind a bare value' },
        { text: 'exports.SignV4WithCredentials = SignV4WithCredentials;', path: 'dist/index.js', reason: 'a bare identifier in code is a variable (an export alias)' },
        { text: 'const credentials = fromNodeProviderChain();', path: 'README.md', reason: 'a call computes the value at run time' },
        { text: 'credential.applicationDefault = index_1.applicationDefault;', path: 'lib/credential/index.js', reason: 'a member access in compiled output is a re-export' },
      ],
    },
  },
  {
    id: 'generic-secret-default-value',
    provider: 'generic',
    description: 'Hard-coded default for a secret-like variable (${NAME:-…})',
    generic: true,
    // Shell and Compose `${NAME:-default}`, `${NAME-default}`, `${NAME:=default}`
    // (https://pubs.opengroup.org/onlinepubs/9799919799/utilities/V3_chap02.html#tag_19_06_02,
    // https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/) and Spring's
    // `${name:default}` (https://docs.spring.io/spring-framework/reference/core/beans/annotation-config/value-annotations.html):
    // the default is what runs whenever the variable is unset. `${NAME:?message}` is an error message.
    regex: new RegExp(String.raw`\$\{(?<name>${NAME})(?::?[-=]|:)(?<secret>[^}\s"'$\x60]{1,200})\}`, 'i'),
    keywords: [...PASSWORD_NAMES, ...SECRET_NAMES, ...KEY_NAMES],
    anchored: { starts: expansionStarts },
    severity: 'medium',
    lifetime: lifetimeOfName,
    validate: (ctx) => {
      const name = /^\$\{([^:}=-]+)/.exec(ctx.match)?.[1] ?? '';
      return !disqualifyingName(name) && looksLikeSecretValue(ctx.secret, { allowSpaces: false }) && entropyGate(ctx, name);
    },
    samples: {
      match: [
        { text: '      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:-Wq7zR2kLm9Xv4}', path: 'docker-compose.yml', reason: 'a Compose default' },
        { text: 'spring.datasource.password=${DB_PASSWORD:Hv4kR9zWq2Lm}', path: 'application.properties', reason: 'a Spring placeholder default' },
        { text: 'export API_TOKEN="${API_TOKEN:-Tq8s2LmZ0vRxKp7}"', path: 'deploy.sh', reason: 'a shell default' },
      ],
      noMatch: [
        { text: 'POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:-postgres}', path: 'docker-compose.yml', reason: 'placeholder default' },
        { text: 'DB_PASSWORD: ${DB_PASSWORD:?DB_PASSWORD must be set}', path: 'docker-compose.yml', reason: 'an error message, not a default' },
        { text: 'SECRET_KEY: ${SECRET_KEY:-${FALLBACK_SECRET}}', path: 'docker-compose.yml', reason: 'another variable' },
        { text: 'token: ${API_TOKEN}', path: 'config.yml', reason: 'no default' },
      ],
    },
  },
];
