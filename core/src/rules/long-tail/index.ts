/**
 * The long-tail table (two alphabetical halves, filled independently) and its rules. Registered by one
 * line in ../index.ts, which passes the hand-written rules so an entry can never shadow one of them.
 */
import type { Rule } from '../../engine/types.js';
import { longTailRules } from './matcher.js';
import { providers as aToK } from './providers-a-k.js';
import { providers as lToZ } from './providers-l-z.js';
import type { LongTailProvider } from './types.js';

export const longTailProviders: readonly LongTailProvider[] = [...aToK, ...lToZ];

/** Every long-tail entry as a rule; throws a `RuleError` naming the first bad entry. */
export function longTail(handWritten: readonly Rule[]): Rule[] {
  return longTailRules(longTailProviders, handWritten);
}
