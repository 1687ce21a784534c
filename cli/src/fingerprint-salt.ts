/**
 * Which salt a scan fingerprints with (core/src/engine/fingerprint.ts), decided before scanning:
 * the baseline's own (version 2); none for a version-1 baseline, so that its unsalted fingerprints still
 * match (with a notice to re-create it); when writing a baseline, the salt of the one being replaced
 * (so that rewriting it changes only what changed) or a fresh random one; otherwise the default.
 */
import { DEFAULT_FINGERPRINT_SALT, baselineSalt, newBaselineSalt, parseBaseline } from '@secret-hygiene/core';
import { READ_LIMITS, readBoundedFile } from './bounded-read.js';
import { escapeForTerminal } from './output/escape.js';

export interface SaltChoice {
  salt?: string;
  notice?: string;
}

export function chooseFingerprintSalt(writeBaseline: string | undefined, loaded: { loaded?: boolean; salt?: string }, baselinePath: string | undefined): SaltChoice {
  if (writeBaseline) return { salt: existingSalt(writeBaseline) ?? newBaselineSalt() };
  if (loaded.loaded && loaded.salt === undefined) {
    return {
      notice: `${escapeForTerminal(baselinePath ?? 'the baseline')} is version 1 (unsalted fingerprints let anyone who reads it confirm a guessed weak secret): re-create it with --write-baseline`,
    };
  }
  return { salt: loaded.salt ?? DEFAULT_FINGERPRINT_SALT };
}

/** The salt of the version-2 baseline at `path`, if there is a readable one. */
function existingSalt(path: string): string | undefined {
  try {
    return baselineSalt(parseBaseline(readBoundedFile(path, READ_LIMITS.baseline), path));
  } catch {
    return undefined; // absent or not a baseline: it is being (re)written anyway
  }
}
