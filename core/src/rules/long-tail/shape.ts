/**
 * A long-tail token's shape as data → what the matcher needs from it: the value's regex source, its
 * length bounds, how random a real one is, and (for samples) a random value of the shape.
 */
import { shannonEntropy } from '../../engine/entropy.js';
import type { TokenAlphabet, TokenShape } from './types.js';
import { stripTrailing } from '../../engine/trim.js';
import { interleavedSequence } from '../../engine/placeholders.js';
import { anyCase } from '../patterns.js';

/** Each alphabet's character class (regex source) and its characters (for generated samples). */
export const ALPHABETS: Readonly<Record<Exclude<TokenAlphabet, 'uuid'>, { cls: string; chars: string }>> = {
  hex: { cls: '[0-9a-fA-F]', chars: '0123456789abcdef' },
  'hex-lower': { cls: '[0-9a-f]', chars: '0123456789abcdef' },
  'hex-upper': { cls: '[0-9A-F]', chars: '0123456789ABCDEF' },
  alnum: { cls: '[A-Za-z0-9]', chars: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789' },
  'alnum-lower': { cls: '[a-z0-9]', chars: 'abcdefghijklmnopqrstuvwxyz0123456789' },
  'alnum-upper': { cls: '[A-Z0-9]', chars: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789' },
  digits: { cls: '[0-9]', chars: '0123456789' },
  base64: { cls: '[A-Za-z0-9+/]', chars: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/' },
  base64url: { cls: '[A-Za-z0-9_-]', chars: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-' },
};

export const TOKEN_ALPHABETS = new Set<string>([...Object.keys(ALPHABETS), 'uuid']);

/**
 * Characters that continue a token in any of the alphabets: a value must not be glued to one on either
 * side, or it is a slice of a longer string. `.` is left out (a sentence may end right after a key).
 */
export const GLUE = 'A-Za-z0-9_+/-';

const HEX = '[0-9a-fA-F]';
const UUID = `${HEX}{8}-${HEX}{4}-${HEX}{4}-${HEX}{4}-${HEX}{12}`;

/** Inclusive body length bounds (a UUID's are its 32 hex digits). */
export function lengthBounds(token: TokenShape): [min: number, max: number] {
  if (token.alphabet === 'uuid') return [32, 32];
  const { length } = token;
  if (length === undefined) return [NaN, NaN];
  return typeof length === 'number' ? [length, length] : [length[0], length[1]];
}

export function escapeLiteral(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/**
 * The whole value (prefix, body, optional base64 padding, suffix) as bounded regex source, for a
 * case-insensitive regex; `caseless`: the same language spelled out for a case-sensitive one (both
 * cases in every class and literal), which V8 compiles in half the time.
 */
export function valueSource(token: TokenShape, caseless = false): string {
  const [min, max] = lengthBounds(token);
  const count = min === max ? `{${min}}` : `{${min},${max}}`;
  const cls = token.alphabet === 'uuid' ? '' : caseless ? CASELESS_CLASS[token.alphabet] : ALPHABETS[token.alphabet].cls;
  const body = token.alphabet === 'uuid' ? UUID : `${cls}${count}${token.alphabet === 'base64' ? '={0,2}' : ''}`;
  const literal = caseless ? anyCase : escapeLiteral;
  return `${literal(token.prefix ?? '')}${body}${literal(token.suffix ?? '')}`;
}

/** What each alphabet's class matches under the `i` flag. */
const CASELESS_CLASS: Readonly<Record<Exclude<TokenAlphabet, 'uuid'>, string>> = {
  hex: '[0-9a-fA-F]',
  'hex-lower': '[0-9a-fA-F]',
  'hex-upper': '[0-9a-fA-F]',
  alnum: '[A-Za-z0-9]',
  'alnum-lower': '[A-Za-z0-9]',
  'alnum-upper': '[A-Za-z0-9]',
  digits: '[0-9]',
  base64: '[A-Za-z0-9+/]',
  base64url: '[A-Za-z0-9_-]',
};

/** The body of a captured value: prefix, suffix, padding and UUID dashes removed. */
export function bodyOf(value: string, token: TokenShape): string {
  let body = value.slice(token.prefix?.length ?? 0, value.length - (token.suffix?.length ?? 0));
  if (token.alphabet === 'base64') body = stripTrailing(body, '=');
  if (token.alphabet === 'uuid') body = body.replace(/-/g, '');
  return body;
}

/** Bits per character the alphabet can carry. */
function alphabetBits(alphabet: TokenAlphabet): number {
  return Math.log2(alphabet === 'uuid' ? 16 : ALPHABETS[alphabet].chars.length);
}

/**
 * The entropy a body of this length must reach. A random string of n characters over an alphabet of
 * size k has entropy close to min(log2 k, log2 n) bits per character; we ask for 70 % of that, which
 * random values clear by a wide margin (hex 32: ~3.8 of a possible 4, floor 2.8) while typed values —
 * words, repeated groups, `1a2b3c4d…` — fall short. Digits carry the least (3.3 bits), base64 the most.
 */
export function entropyFloor(alphabet: TokenAlphabet, length: number): number {
  return 0.7 * Math.min(alphabetBits(alphabet), Math.log2(Math.max(length, 2)));
}

/**
 * Whether the body is random enough for its shape. A broad shape (`alnum` 24–64, chosen where the docs
 * state no format) also holds keys drawn from a narrower alphabet: a 40-digit hex key carries at most 4
 * bits per character and would miss alnum's floor though it is as random as hex gets. Such a body (hex
 * digits, both letters and digits) is judged against hex's floor instead — unless it is typed
 * (`a1b2c3d4…`, `abcd1234efgh…`): a narrower alphabet must not let a typed value through.
 */
export function randomEnough(body: string, alphabet: TokenAlphabet): boolean {
  const entropy = shannonEntropy(body);
  if (entropy >= entropyFloor(alphabet, body.length)) return true;
  if (alphabetBits(alphabet) <= 4 || !/^[0-9a-fA-F]+$/.test(body) || !/[0-9]/.test(body) || !/[a-fA-F]/.test(body)) return false;
  return entropy >= entropyFloor('hex', body.length) && !interleavedSequence(body);
}

/** A random value of the shape (`length` body characters; a UUID ignores it), for generated samples. */
export function randomValue(token: TokenShape, length: number, next: () => number): string {
  if (token.alphabet === 'uuid') {
    const hex = () => '0123456789abcdef'[Math.floor(next() * 16)]!;
    const group = (n: number) => Array.from({ length: n }, hex).join('');
    return `${token.prefix ?? ''}${group(8)}-${group(4)}-${group(4)}-${group(4)}-${group(12)}${token.suffix ?? ''}`;
  }
  const { chars } = ALPHABETS[token.alphabet];
  const body = Array.from({ length }, () => chars[Math.floor(next() * chars.length)]!).join('');
  return `${token.prefix ?? ''}${body}${token.suffix ?? ''}`;
}
