/**
 * Fake tokens built at test time, in the providers' formats (valid checksums where the format has
 * one), so no token-shaped literal lives in the test sources. None of them works anywhere.
 */
import { crc32 } from '@secret-hygiene/core';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

function base62(value: number, width: number): string {
  let out = '';
  for (let n = value; n > 0; n = Math.floor(n / 62)) out = BASE62[n % 62] + out;
  return out.padStart(width, '0');
}

/** Deterministic per seed, varied enough to pass entropy checks. */
function randomBody(length: number, seed: number): string {
  let state = (seed * 2654435761) >>> 0 || 1;
  let out = '';
  for (let i = 0; i < length; i++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    out += BASE62[state % 62];
  }
  return out;
}

/** `ghp_` + 30 random + CRC32 (base62, 6): a GitHub classic personal access token. */
export function githubClassicPat(seed = 1): string {
  const body = randomBody(30, seed);
  return `ghp_${body}${base62(crc32(body), 6)}`;
}
