/**
 * What the consent page shows against what the request asked for. Each item read from the page is
 * matched to the provider's wording (shape data); then:
 * - `extra`: the page lists (and, if it has boxes, keeps ticked) a permission the request did not name:
 *   an earlier grant the new one adds to, or scopes the app registered elsewhere;
 * - `revealed`: the same, when the request asked for "whatever the app registered" (Microsoft `.default`);
 * - `unticked`: a requested permission whose box the user unticked: the app will not get it.
 * Pure: the page's words are compared here and nowhere else; only scope names leave this module.
 */
import type { RequestedScope } from '../core-api.js';
import type { PageItem, PageReading } from './read-page.js';
import type { ConsentPageShape, PagePermission } from './shape.js';

export interface ShownPermission {
  /** The catalog scope(s) the page's words stand for. */
  scopes: readonly string[];
  /** The wording as our data has it (not the page's own text). */
  wording: string;
  /** Ticked (or listed without a box). */
  granted: boolean;
  /** The request names one of its scopes (or a scope that includes it). */
  requested: boolean;
}

export interface ConsentPageComparison {
  provider: ConsentPageShape['provider'];
  /** Items read from the page, and how many of them were recognised. */
  itemsRead: number;
  shown: ShownPermission[];
  extra: ShownPermission[];
  revealed: ShownPermission[];
  unticked: ShownPermission[];
  /** A reading cap was reached. */
  truncated: boolean;
}

/** Case, width, quotes and invisible characters folded, whitespace collapsed. */
export function normalizeWording(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u00ad\u200b-\u200f\u2060\ufeff]/g, '')
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\s:\u2013\u2014-]+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Short wording ("Gists", "Sign you in") must begin the item; long wording may sit anywhere in it. */
const ANYWHERE_MIN_CHARS = 24;

interface Matcher {
  permission: PagePermission;
  phrase: string;
  wording: string;
}

const matcherCache = new WeakMap<ConsentPageShape, Matcher[]>();

function matchersOf(shape: ConsentPageShape): Matcher[] {
  let matchers = matcherCache.get(shape);
  if (!matchers) {
    matchers = shape.permissions
      .flatMap((permission) => permission.phrases.map((phrase) => ({ permission, phrase: normalizeWording(phrase), wording: permission.phrases[0]! })))
      .sort((a, b) => b.phrase.length - a.phrase.length); // the longest (most specific) wording wins
    matcherCache.set(shape, matchers);
  }
  return matchers;
}

/** The permission an item's words stand for, if any. */
export function matchItem(shape: ConsentPageShape, item: PageItem): Matcher | undefined {
  const text = normalizeWording(item.text);
  if (!text) return undefined;
  return matchersOf(shape).find((m) => text.startsWith(m.phrase) || (m.phrase.length >= ANYWHERE_MIN_CHARS && text.includes(m.phrase)));
}

function isRequested(shape: ConsentPageShape, permissionScopes: readonly string[], requested: readonly RequestedScope[]): boolean {
  const held = requested.map((s) => shape.canonical(s.scope));
  return permissionScopes.some((scope) => {
    const wanted = shape.canonical(scope);
    return held.some((h) => h === wanted || (shape.includes?.(h, wanted) ?? false));
  });
}

export function compareConsentPage(shape: ConsentPageShape, reading: PageReading, requested: readonly RequestedScope[]): ConsentPageComparison {
  const byWording = new Map<string, ShownPermission>();
  for (const item of reading.items) {
    const match = matchItem(shape, item);
    if (!match) continue;
    const granted = item.checked !== false;
    const seen = byWording.get(match.wording);
    // Listed twice (a summary and a detail line): granted if either says so.
    if (seen) {
      seen.granted ||= granted;
      continue;
    }
    byWording.set(match.wording, { scopes: match.permission.scopes, wording: match.wording, granted, requested: isRequested(shape, match.permission.scopes, requested) });
  }
  const shown = [...byWording.values()];
  const wildcard = requested.some((s) => shape.wildcardScopes?.some((w) => shape.canonical(w) === shape.canonical(s.scope)));
  const beyond = shown.filter((p) => p.granted && !p.requested);
  return {
    provider: shape.provider,
    itemsRead: reading.items.length,
    shown,
    extra: wildcard ? [] : beyond,
    revealed: wildcard ? beyond : [],
    unticked: shown.filter((p) => !p.granted && p.requested),
    truncated: reading.truncated,
  };
}

/** Whether the comparison has anything to tell. */
export function hasPageFindings(comparison: ConsentPageComparison | undefined): comparison is ConsentPageComparison {
  return !!comparison && (comparison.extra.length > 0 || comparison.revealed.length > 0 || comparison.unticked.length > 0);
}
