/**
 * Finding fingerprints: content-based (the same secret under the same rule has the same fingerprint
 * wherever it moves), and safe to commit in a baseline or upload in SARIF.
 *
 * A plain hash of a weak password lets anyone who reads the baseline confirm a guess (`hunter2`) in a
 * microsecond. With a salt (a baseline's own random `salt`, or the CLI's default), a secret too short
 * or too plain to be beyond guessing is hashed with PBKDF2-HMAC-SHA256 over the salt: no table can be
 * computed in advance, and each guess costs FINGERPRINT_ITERATIONS keyed hashes. A high-entropy token
 * (a GitHub PAT, an AWS secret key) cannot be guessed at all, so it keeps the cheap hash (also the old
 * one: baselines and policy allowlists of such tokens keep matching).
 * Without a salt (callers that predate salting, old version-1 baselines) every fingerprint is the old
 * unsalted hash.
 */
import { shannonEntropy } from './entropy.js';
import { pbkdf2Sha256, sha256Hex, toHex } from './hash.js';

/**
 * Iterations of the slow hash: about 25 ms per distinct weak secret in this pure-JS implementation
 * (100 000 took 127 ms), remembered per process. A compromise with the scan's speed: a dictionary
 * attack on a known salt is slowed, not made impossible, which is why a weak secret must be rotated,
 * not baselined. https://www.rfc-editor.org/rfc/rfc8018#section-4.2
 */
export const FINGERPRINT_ITERATIONS = 20_000;

/** Estimated bits (Shannon entropy per character × length) from which guessing is hopeless. */
const GUESSABLE_BELOW_BITS = 128;

const slowCache = new Map<string, string>();
const SLOW_CACHE_LIMIT = 4096;

export function isGuessable(secret: string): boolean {
  return shannonEntropy(secret) * secret.length < GUESSABLE_BELOW_BITS;
}

/** `<rule-id>:<24 hex>`; `salt` (hex or any text) turns on the slow hash for guessable secrets. */
export function fingerprintOf(ruleId: string, secret: string, salt?: string): string {
  if (salt === undefined || !isGuessable(secret)) return `${ruleId}:${sha256Hex(`${ruleId}\u0000${secret}`).slice(0, 24)}`;
  const key = `${salt}\u0000${ruleId}\u0000${secret}`;
  let hex = slowCache.get(key);
  if (hex === undefined) {
    const encoder = new TextEncoder();
    hex = toHex(pbkdf2Sha256(encoder.encode(secret), encoder.encode(`secret-hygiene/fingerprint/v2\u0000${salt}\u0000${ruleId}`), FINGERPRINT_ITERATIONS)).slice(0, 24);
    if (slowCache.size >= SLOW_CACHE_LIMIT) slowCache.clear();
    slowCache.set(key, hex);
  }
  return `${ruleId}:${hex}`;
}

/**
 * The salt used when no baseline brings its own: public, so it only stops tables shared across
 * projects from being reused with other tools; a baseline's random salt is per project.
 */
export const DEFAULT_FINGERPRINT_SALT = 'secret-hygiene default salt v2';
