/**
 * The multi-line rules whose window reaches further than a changed-lines scan's context (a PEM block,
 * a PuTTY key, a service-account key, a curl command): where their keywords are, version after version,
 * and the windows they open around a change (docs/history.md#changed-lines-only).
 */
import { builtinRules } from '@secret-hygiene/core';
import { childLineOf, lineAt, type SameRun } from './line-diff.js';

/** Multi-line rules that reach further than this many characters get their whole window around a change. */
const LONG_REACH = 400;
/** Keywords of the long-reaching multi-line rules, with the widest window each one opens. */
const LONG_REACH_WINDOWS = (() => {
  const windows = new Map<string, { before: number; after: number }>();
  for (const rule of builtinRules) {
    const window = rule.window;
    if (!window?.crossLines || Math.max(window.before, window.after) <= LONG_REACH) continue;
    for (const keyword of rule.keywords ?? []) {
      const key = keyword.toLowerCase();
      const known = windows.get(key) ?? { before: 0, after: 0 };
      windows.set(key, { before: Math.max(known.before, window.before), after: Math.max(known.after, window.after) });
    }
  }
  return windows;
})();
const LONG_REACH_KEYWORDS = new RegExp([...LONG_REACH_WINDOWS.keys()].map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|') || '(?!)', 'gi');

/** A long-reaching keyword on a line, and how far its rule's window reaches either side of it. */
export interface ReachHit {
  line: number;
  before: number;
  after: number;
}

/** The parent's keyword lines that survived, at their lines in the child. */
export function carriedHits(hits: readonly ReachHit[], runs: readonly SameRun[]): ReachHit[] {
  return hits.flatMap((hit) => {
    const line = childLineOf(runs, hit.line);
    return line === -1 ? [] : [{ ...hit, line }];
  });
}

/** Long-reaching keywords on the given lines (flat [start, end) pairs): a keyword never holds a line break. */
export function reachHits(text: string, starts: Uint32Array, spans: readonly number[]): ReachHit[] {
  const hits: ReachHit[] = [];
  for (let i = 0; i < spans.length; i += 2) {
    const from = starts[spans[i]!]!;
    const to = starts[spans[i + 1]!] ?? text.length;
    const part = from === 0 && to === text.length ? text : text.slice(from, to);
    LONG_REACH_KEYWORDS.lastIndex = 0;
    for (let m = LONG_REACH_KEYWORDS.exec(part); m; m = LONG_REACH_KEYWORDS.exec(part)) {
      hits.push({ line: lineAt(starts, from + m.index), ...LONG_REACH_WINDOWS.get(m[0].toLowerCase())! });
    }
  }
  return hits;
}

/**
 * Adds the window of each long-reaching keyword (from its line's start minus its rule's reach before,
 * to its line's end plus its reach after) that meets a region, until no more windows meet one.
 */
export function withLongReach(regions: number[], hits: readonly ReachHit[], starts: Uint32Array, length: number): number[] {
  if (!hits.length) return regions;
  const windows = hits.map(({ line, before, after }): [number, number] => [
    lineAt(starts, Math.max(0, starts[line]! - before)),
    lineAt(starts, Math.min(length, (starts[line + 1] ?? length) + after)) + 1,
  ]);
  let spans: [number, number][] = [];
  for (let i = 0; i < regions.length; i += 2) spans.push([regions[i]!, regions[i + 1]!]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const window of windows) {
      if (spans.some(([s, e]) => window[0] < e && s < window[1]) && !spans.some(([s, e]) => s <= window[0] && window[1] <= e)) {
        spans.push(window);
        spans = merged(spans);
        grew = true;
      }
    }
  }
  return spans.flat();
}

function merged(spans: [number, number][]): [number, number][] {
  spans.sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const span of spans) {
    const last = out[out.length - 1];
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else out.push([...span]);
  }
  return out;
}
