/**
 * What a provider's consent page looks like, as data: where it lists the permissions in words, which
 * words stand for which scopes, and how its scope names compare. One file per provider under `shapes/`,
 * each citing where the provider describes its consent screen and the wording it shows; what the docs
 * do not say (the page's markup) is said to be unknown there, and the reader does not depend on it.
 */
import type { OAuthProviderId } from '../core-api.js';

/** One permission as the consent page words it. */
export interface PagePermission {
  /** The scope(s) the words stand for, in the catalog's spelling. Coarse wording (GitHub) may stand for several. */
  scopes: readonly string[];
  /** The wording, as the provider's documentation gives it; matched case- and space-insensitively inside a list item. */
  phrases: readonly string[];
}

export interface ConsentPageShape {
  provider: OAuthProviderId;
  /** Paths of the pages that list permissions; other pages of the provider are not read. */
  paths: readonly RegExp[];
  /** Whether the page lets the user untick permissions (Google's granular consent). */
  granular: boolean;
  permissions: readonly PagePermission[];
  /**
   * Requested scopes that stand for "whatever the app registered" (Microsoft `.default`): what the page
   * lists beyond the request is then revealed by it, not added to it.
   */
  wildcardScopes?: readonly string[];
  /** The scope as the shape compares it (case, prefixes, aliases). */
  canonical(scope: string): string;
  /** Whether a granted `held` scope already includes `wanted` (GitHub `repo` includes `repo:status`). */
  includes?(held: string, wanted: string): boolean;
  /** Where the page and its wording are described. */
  sources: readonly string[];
}
