/**
 * Values that look like secrets but are not: documentation placeholders and references to a
 * secret stored elsewhere. Shared by every rule (a rule may opt out with `allowPlaceholders`).
 */

/** Documented example credentials that providers publish in their own docs. */
const DOCUMENTED_EXAMPLES = new Set([
  'AKIAIOSFODNN7EXAMPLE', // https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html
  'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  'ASIAIOSFODNN7EXAMPLE',
]);

const PLACEHOLDER_WORDS =
  /(?:^|[^a-z])(?:your|my|insert|enter|replace|put|add)[-_ ]?(?:own[-_ ]?)?(?:api[-_ ]?)?(?:key|token|secret|password|pass|pwd|here|value|id)|(?:key|token|secret|password)[-_ ]?here|changeme|change[-_]me|placeholder|redacted|dummy|example|sample[-_]?(?:key|token|secret|password)|fake[-_]?(?:key|token|secret|password)|notasecret|not[-_]a[-_](?:real|secret)|lorem ?ipsum/i;

/**
 * A reference to a secret stored elsewhere: what we want users to write. A template's `{{ … }}` is one
 * class, blanks included: `\s*[\w. |]+\s*` let three quantifiers share the blanks (cubic: `{{` and 1,000
 * blanks took 4 s).
 */
const REFERENCE =
  /^(?:\$\{\{\s*(?:secrets|vars|env|inputs)\.[\w-]+\s*\}\}|\$\{(?:env:|input:|config:)?[A-Za-z_][\w.-]*(?::?[-=?+][^}]*)?\}|\{[A-Za-z_][\w.]*\}|\x60[^\x60]+\x60|\$\([^)]+\)|\$\(?[A-Za-z_]\w*\)?|%[A-Za-z_]\w*%|\{\{[\s\w.|'"()-]+\}\}|op:\/\/[^\s]+|(?:vault|aws-sm|gcp-sm|azure-kv|keychain|secret|env):\/\/?\S+|(?:process\.env|import\.meta\.env|os\.environ|System\.getenv|ENV)\b.*|(?:os\.getenv|Environment\.GetEnvironmentVariable|getenv)\(.*|<%=.*%>|@Value\(.*|<[A-Za-z][\w -]*>)$/;

const LEET: Readonly<Record<string, string>> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '!': 'i' };

/** Leetspeak read back as letters: `p@ssw0rd` → `password`, `s00pers3cret` → `soopersecret`, `p%40ss` decoded → `pass`. */
export function unleet(value: string): string {
  return value.replace(/[013457@$!]/g, (ch) => LEET[ch]!);
}

export function isReference(value: string): boolean {
  return REFERENCE.test(value.trim());
}

function isSequential(value: string): boolean {
  if (value.length < 6) return false;
  let up = 0;
  let down = 0;
  for (let i = 1; i < value.length; i++) {
    const d = value.charCodeAt(i) - value.charCodeAt(i - 1);
    if (d === 1) up++;
    else if (d === -1) down++;
  }
  return up >= value.length * 0.7 || down >= value.length * 0.7;
}

/** The longest run of one repeated character, relative to the length. */
function repeatedRatio(value: string): number {
  let best = 1;
  let run = 1;
  for (let i = 1; i < value.length; i++) {
    run = value[i] === value[i - 1] ? run + 1 : 1;
    if (run > best) best = run;
  }
  return best / value.length;
}

/** True when the value is mostly one short unit repeated (`abcd1234abcd1234…`), ignoring case. */
function repeatedUnit(value: string): boolean {
  const v = value.toLowerCase();
  for (let unit = 2; unit <= 8 && unit * 3 <= v.length; unit++) {
    const head = v.slice(0, unit);
    let covered = 0;
    for (let i = 0; i + unit <= v.length; i += unit) if (v.slice(i, i + unit) === head) covered += unit;
    if (covered / v.length >= 0.6) return true;
  }
  return false;
}

/** The share of characters that sit in ascending runs of three or more (`abc123xyz-456def` → 0.9). */
function sequenceCoverage(value: string): number {
  let covered = 0;
  let run = 1;
  for (let i = 1; i <= value.length; i++) {
    if (i < value.length && value.charCodeAt(i) - value.charCodeAt(i - 1) === 1) run++;
    else {
      if (run >= 3) covered += run;
      run = 1;
    }
  }
  return covered / value.length;
}

/** A long ascending or descending run such as `12345678` or `abcdefgh` inside the value. */
function hasSequentialRun(value: string, length: number): boolean {
  let up = 1;
  let down = 1;
  for (let i = 1; i < value.length; i++) {
    const d = value.charCodeAt(i) - value.charCodeAt(i - 1);
    up = d === 1 ? up + 1 : 1;
    down = d === -1 ? down + 1 : 1;
    if (up >= length || down >= length) return true;
  }
  return false;
}

/** Whether most steps of `chars` go one way by one (`abcdef`, `123456`, `zyxw`; `9` → `0` wraps). */
function mostlyStepwise(chars: string): boolean {
  let up = 0;
  let down = 0;
  for (let i = 1; i < chars.length; i++) {
    const d = chars.charCodeAt(i) - chars.charCodeAt(i - 1);
    if (d === 1 || d === -9) up++;
    else if (d === -1 || d === 9) down++;
  }
  return Math.max(up, down) >= 0.7 * (chars.length - 1);
}

/**
 * A value typed by interleaving two runs (`a1b2c3d4…`, `abcd1234efgh5678…`, `ABC123DEF456`, `z9y8x7…`):
 * its letters alone, or its digits alone, step through the alphabet. Each projection counts when it holds
 * six or more characters and at least 40 % of the value; random values step by one about a tenth of the
 * time (hex letters about a seventh), far from the 70 % asked.
 */
export function interleavedSequence(value: string): boolean {
  if (value.length < 8) return false;
  const letters = value.replace(/[^A-Za-z]/g, '').toLowerCase();
  const digits = value.replace(/[^0-9]/g, '');
  const counts = (part: string) => part.length >= 6 && part.length >= 0.4 * value.length && mostlyStepwise(part);
  // Interleaved: four or more letter and digit runs (`word123456` is one word and one run, a human's password).
  const runs = value.match(/[A-Za-z]+|[0-9]+/g)?.length ?? 0;
  return runs >= 4 && (counts(letters) || counts(digits));
}

/** Encrypted-at-rest values (SOPS, Ansible Vault, sealed secrets) are the safe way to commit a secret. */
const ENCRYPTED = /^(?:ENC\[|\$ANSIBLE_VAULT|!vault\b|AgB[A-Za-z0-9+/]{200})/;

/** Whether `value` uses at most `limit` distinct UTF-16 units (a loop, not a Set: it runs per candidate). */
function fewDistinctChars(value: string, limit: 1 | 2): boolean {
  const first = value.charCodeAt(0);
  let second = -1;
  for (let i = 1; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === first || c === second) continue;
    if (second !== -1 || limit === 1) return false;
    second = c;
  }
  return true;
}

/**
 * How placeholder-like a captured secret is:
 * - `placeholder`: unmistakably not a credential — documented examples, references, placeholder words,
 *   masks (`xxxxxx`, `****`), elisions, one character repeated, a value typed rather than generated
 *   (mostly ascending runs, one of them eight long: `abc123xyz-klmnopqrstuvwx`), a common password word;
 * - `regular`: too regular to be random (one character dominating, two-letter alphabets, a run of eight
 *   in sequence, a short unit repeated): a provider-format token like this is reported at `low` with a
 *   note, since only its owner can say whether it is a fixture; a generic value is dropped;
 * - `undefined`: nothing suspicious.
 */
export function placeholderKind(secret: string): 'placeholder' | 'regular' | undefined {
  if (DOCUMENTED_EXAMPLES.has(secret)) return 'placeholder';
  if (isReference(secret)) return 'placeholder';
  if (PLACEHOLDER_WORDS.test(secret)) return 'placeholder';
  if (ENCRYPTED.test(secret)) return 'placeholder';
  // Elided in docs or logs: `sk-abc…`, `ops_eyJz...`.
  if (/\.{3}|…/.test(secret)) return 'placeholder';
  if (/^(?:1234567890|abcdef|0123456789abcdef|abc123|qwerty|password|passw0rd|secret|token|admin|root|letmein|welcome|null|undefined|none|true|false)+[\d!@#$%*._-]{0,6}$/i.test(secret))
    return 'placeholder';
  const body = secret.replace(/^[A-Za-z]{2,6}[-_]/, '');
  if (body.length < 6) return undefined;
  if (/x{6,}|X{6,}|\*{4,}|#{4,}|\.{4,}|0{10,}/.test(body) || fewDistinctChars(body, 1)) return 'placeholder';
  if (hasSequentialRun(body, 8) && sequenceCoverage(body) >= 0.6) return 'placeholder';
  if (/^(?:[a-z]+[-_])*(?:abc|123|test|foo|bar|baz|qux)+[-_]?\d*$/i.test(body)) return 'placeholder';
  if (repeatedRatio(body) >= 0.5 || (body.length >= 8 && fewDistinctChars(body, 2))) return 'regular';
  if (hasSequentialRun(body, 8) || isSequential(body) || repeatedUnit(body)) return 'regular';
  return undefined;
}

/** True when the value is a placeholder of either kind (what rule validators and generic rules use). */
export function isPlaceholder(secret: string): boolean {
  return placeholderKind(secret) !== undefined;
}

/**
 * A file whose name declares it an example: `.env.example`, `example.env`, `config.sample.yaml`,
 * `iam-2010-05-08.examples.json`, `settings.template.json`, `.env.dist`. Only the name counts (an `examples/` folder may hold a real project).
 */
const EXAMPLE_FILE = /(?:^|[./_-])(?:examples?|samples?)(?:[._-][^/]*)?$|\.(?:template|tmpl|dist)(?:\.[^./]+)?$/i;

export function isExampleFile(path: string | undefined): boolean {
  if (!path) return false;
  const name = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  return EXAMPLE_FILE.test(name);
}

/**
 * Package managers' lockfiles: generated records of names, versions, URLs and integrity digests
 * (`sha512-…`, go.sum's `h1:…`, Cargo's `checksum`). Nothing in them is bound to a secret-like name by a
 * person, so generic rules stay silent there; provider-format tokens (a registry token pasted into a
 * resolved URL) are still reported.
 */
const LOCKFILE = /^(?:package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|bun\.lockb?|deno\.lock|go\.sum|Cargo\.lock|composer\.lock|Gemfile\.lock|poetry\.lock|Pipfile\.lock|uv\.lock|pdm\.lock|packages\.lock\.json|Package\.resolved|pubspec\.lock|mix\.lock|flake\.lock)$/;

export function isLockfile(path: string | undefined): boolean {
  if (!path) return false;
  return LOCKFILE.test(path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1));
}
