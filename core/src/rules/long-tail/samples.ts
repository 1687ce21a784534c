/**
 * Generated samples for a long-tail entry: a .env line and a JSON assignment that must match, and
 * values one character too short or too long, a name and value on separate lines, and a placeholder
 * that must not.
 *
 * Why generated samples are honest here: every long-tail rule is the same matcher applied to one
 * entry's data (its names and token shape), so what a sample can test is that the matcher turns that
 * data into a rule that finds exactly that shape, bound to exactly those names — not whether the data is
 * true to the provider. The facts are tested elsewhere: each entry cites the provider's documentation,
 * and the peer conformance corpora (test/conformance) and the real-code bench corpora measure recall and
 * noise on strings nobody here wrote. Hand-written samples for 600 entries would only restate the data.
 *
 * Values come from a small PRNG seeded by the entry id, so samples are identical on every run.
 */
import type { RuleContext, RuleSample } from '../../engine/types.js';
import { isPlaceholder } from '../../engine/placeholders.js';
import { ALPHABETS, bodyOf, lengthBounds, randomEnough, randomValue } from './shape.js';
import type { LongTailProvider, TokenShape } from './types.js';
import { stripTrailing } from '../../engine/trim.js';

/** mulberry32 over an FNV-1a hash of the seed: tiny, deterministic, good enough for sample values. */
export function seededRandom(seed: string): () => number {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 0x01000193);
  let state = h >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A random value of the shape that a real token would also be: random enough, no placeholder look. */
function plausibleValue(token: TokenShape, length: number, next: () => number, accept: (value: string) => boolean): string {
  for (let attempt = 0; attempt < 200; attempt++) {
    const value = randomValue(token, length, next);
    if (randomEnough(bodyOf(value, token), token.alphabet) && !isPlaceholder(value) && accept(value)) return value;
  }
  throw new Error(`no plausible ${token.alphabet} value of length ${length} in 200 draws`);
}

/** `abstract_api` + `API key` → `ABSTRACT_API_API_KEY`; `ably_` + `token` → `ABLY_TOKEN`. */
export function envName(name: string, credential: string): string {
  const stem = stripTrailing(name, '-_').replace(/-/g, '_').toUpperCase();
  const what = credential.trim().replace(/[^A-Za-z0-9]+/g, '_').toUpperCase();
  return `${stem}_${what}`;
}

/** The same name as a lowercase JSON key: `abstract_api_api_key`. */
function jsonKey(name: string, credential: string): string {
  return envName(name, credential).toLowerCase();
}

/** A placeholder with the value's frame (prefix, suffix, length): one character repeated. */
function placeholderValue(token: TokenShape, length: number): string {
  if (token.alphabet === 'uuid') return `${token.prefix ?? ''}00000000-0000-0000-0000-000000000000${token.suffix ?? ''}`;
  const first = ALPHABETS[token.alphabet].chars[0]!;
  return `${token.prefix ?? ''}${first.repeat(length)}${token.suffix ?? ''}`;
}

/** A UUID with its last group one digit short: the nearest miss of the shape. */
function shortUuid(value: string, token: TokenShape): string {
  const end = value.length - (token.suffix?.length ?? 0);
  return value.slice(0, end - 1) + value.slice(end);
}

/** `validate`: the rule's own validator, so a draw it would reject (a word-like value, say) is redrawn. */
export function samplesFor(entry: LongTailProvider, validate: (ctx: RuleContext) => boolean): { match: RuleSample[]; noMatch: RuleSample[] } {
  const next = seededRandom(entry.id);
  const [min, max] = lengthBounds(entry.token);
  const name = entry.names[0]!;
  const env = envName(name, entry.credential);
  const key = jsonKey(name, entry.credential);
  const now = new Date(0);
  const value = plausibleValue(entry.token, min, next, (v) => validate({ secret: v, match: `${env}=${v}`, now }));
  const longer = entry.token.alphabet === 'uuid' ? undefined : plausibleValue(entry.token, max + 1, next, () => true);
  const shorter =
    entry.token.alphabet === 'uuid' ? shortUuid(value, entry.token) : min > 1 ? plausibleValue(entry.token, min - 1, next, () => true) : undefined;
  const match: RuleSample[] = [
    { text: `${env}=${value}`, path: '.env', reason: `${entry.name} ${entry.credential} in a .env file (generated value of the shape)` },
    { text: `{ "${key}": "${value}" }`, path: 'config.json', reason: `${entry.name} ${entry.credential} under a JSON key (generated value)` },
  ];
  if (entry.standalone) match.push({ text: `curl -H "Authorization: Bearer ${value}" https://api.example.test`, reason: 'the prefixed token on its own' });
  const noMatch: RuleSample[] = [
    { text: `${env}=${placeholderValue(entry.token, min)}`, path: '.env', reason: 'a placeholder of the shape (one character repeated)' },
  ];
  if (shorter !== undefined) noMatch.push({ text: `${env}=${shorter}`, path: '.env', reason: 'one character shorter than the shape allows' });
  if (longer !== undefined) noMatch.push({ text: `${env}=${longer}`, path: '.env', reason: 'one character longer than the shape allows' });
  // A standalone token is recognised anywhere by its prefix: proximity only applies to name-bound values.
  if (!entry.standalone) noMatch.push({ text: `${env}=\n${value}`, path: '.env', reason: 'the name on one line, a value of the shape on the next: not bound to it' });
  return { match, noMatch };
}
