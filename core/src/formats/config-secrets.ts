import { shannonEntropy } from '../engine/entropy.js';
import type { Candidate } from '../engine/finding.js';
import { isReference, placeholderKind } from '../engine/placeholders.js';
import type { Rule } from '../engine/types.js';
import type { Leaf } from './tree/leaf.js';

/**
 * Secrets the structure gives away: a value under a secret-like key (`*_TOKEN`, `*_API_KEY`,
 * `password`), after a secret-like command-line flag (`--api-key=…`, `--token …`), or in an
 * authentication header. Provider rules run over the text first; this catches what matches no
 * provider format, when its entropy says it is random.
 */
export const configSecretRule: Rule = {
  id: 'config-secret',
  provider: 'generic',
  description: 'Secret in a configuration value',
  regex: /(?<secret>(?!))/,
  keywords: [],
  keywordless: 'not run over text: structured formats produce its candidates from parsed values',
  severity: 'high',
  lifetime: 'unknown',
  generic: true,
  samples: { match: [], noMatch: [] },
};

/** A key that names a credential. Matched on the last segment of a key (`GITHUB_TOKEN`, `apiKey`, `password`). */
const SECRET_KEY = /(?:^|[_.-]|(?<=[a-z])(?=[A-Z]))(?:token|secret|passw(?:or)?d|pwd|pass|api[_-]?key|apikey|access[_-]?key|private[_-]?key|auth|credentials?|client[_-]?secret)s?$/i;
/** Keys that mention a credential word but hold something else (a path, a URL, a count, an id). */
const NOT_A_SECRET_KEY =
  /(?:_|\b|(?<=[a-z])(?=[A-Z]))(?:file|path|dir|url|uri|endpoint|host|id|name|type|mode|env|var|header|prefix|length|ttl|expiry|expires|max|min|count|limit|enabled|required|method)$|^(?:max|min)[_-]?tokens?$|tokenizer|public|publishable/i;
/** Flags that take a credential: `--api-key=…`, `--token …`, `--client-secret …`. */
const SECRET_FLAG = /^--?(?:[\w-]*[-_])?(?:token|secret|password|passwd|api-?key|apikey|access-key|auth-token|client-secret|key)$/i;
const AUTH_HEADER = /^(?:authorization|proxy-authorization|x-api-key|api-key|x-auth-token|x-access-token|private-token|x-goog-api-key)$/i;
/** `Bearer abc…`, `token abc…`, `Basic abc…`: the credential is what follows the scheme. */
const AUTH_SCHEME = /^(?:bearer|token|basic|apikey|api-key|key)\s+/i;

const MIN_LENGTH = 8;
const MIN_ENTROPY = 3.0;

export function configSecretCandidates(leaves: readonly Leaf[]): Candidate[] {
  const out: Candidate[] = [];
  // Once per distinct value: a generated file repeats one value under many keys, and each check walks it.
  const judged = new Map<string, boolean>();
  const random = (value: string) => {
    let verdict = judged.get(value);
    if (verdict === undefined) judged.set(value, (verdict = looksRandom(value)));
    return verdict;
  };
  leaves.forEach((leaf, index) => {
    if (!leaf.exact) return;
    const span = credentialSpan(leaf, leaves[index - 1]);
    if (!span) return;
    const [start, end] = span;
    const secret = leaf.value.slice(start - leaf.start, end - leaf.start);
    if (!random(secret)) return;
    out.push({ rule: configSecretRule, secret, start, end, severity: configSecretRule.severity, evidence: { lifetime: 'unknown' } });
  });
  return out;
}

/** Where in this leaf a credential sits, judged by its key, its flag or its header, if anywhere. */
function credentialSpan(leaf: Leaf, previous: Leaf | undefined): [number, number] | undefined {
  const key = leaf.path.at(-1);
  const parent = leaf.path.at(-2);
  if (typeof key === 'number' && parent === 'args') {
    const inline = /^(--?[\w-]+)=(.+)$/.exec(leaf.value);
    if (inline && SECRET_FLAG.test(inline[1]!)) return [leaf.end - inline[2]!.length, leaf.end];
    const flagBefore = previous && previous.path.length === leaf.path.length && previous.path.at(-1) === key - 1 ? previous.value : undefined;
    return flagBefore && SECRET_FLAG.test(flagBefore) ? [leaf.start, leaf.end] : undefined;
  }
  if (typeof key !== 'string') return undefined;
  if (parent === 'headers' || /^(?:http_?)?headers$/i.test(String(parent))) {
    if (!AUTH_HEADER.test(key) && !SECRET_KEY.test(key)) return undefined;
    const scheme = AUTH_SCHEME.exec(leaf.value);
    return [leaf.start + (scheme?.[0].length ?? 0), leaf.end];
  }
  if (!SECRET_KEY.test(key) || NOT_A_SECRET_KEY.test(key)) return undefined;
  const scheme = AUTH_SCHEME.exec(leaf.value);
  return [leaf.start + (scheme?.[0].length ?? 0), leaf.end];
}

/** Random enough to be a credential, and not a reference, placeholder, URL, path or sentence. */
function looksRandom(value: string): boolean {
  if (value.length < MIN_LENGTH || /\s/.test(value)) return false;
  if (isReference(value) || placeholderKind(value) !== undefined) return false;
  if (/^[a-z][\w+.-]*:\/\//i.test(value) || /^[.~]?\//.test(value)) return false;
  if (/^(?:true|false|null|none|\d+(?:\.\d+)?)$/i.test(value)) return false;
  return shannonEntropy(value) >= MIN_ENTROPY && /[^A-Za-z]/.test(value);
}
