import { shannonEntropy } from './entropy.js';
import { placeholderKind } from './placeholders.js';
import type { Rule, RuleContext } from './types.js';

/**
 * What `Scanner.consider` judges from a captured string alone (its entropy, how placeholder-like it is,
 * which provider's prefix or name it carries), once per distinct string in one scan. A generated file
 * repeats one value thousands of times, and several rules capture the same bytes: each judgement walks
 * the whole string, several times for the placeholder checks, so without this a file of N copies of a
 * 200-character value costs N × 200 × passes. Pure functions of the string, so a remembered answer is
 * the answer. Kept for one scan (a file's values never outlive it) and bounded in size.
 */
const LIMIT = 4096;

export class SecretJudgments {
  private readonly entropies = new Map<string, number>();
  private readonly kinds = new Map<string, ReturnType<typeof placeholderKind>>();
  private readonly owners = new Map<string, string | undefined>();
  private readonly mentions = new Map<string, string | undefined>();
  private readonly verdicts = new Map<Rule, Map<string, boolean>>();

  entropy(secret: string): number {
    return remembered(this.entropies, secret, shannonEntropy);
  }

  placeholder(secret: string): ReturnType<typeof placeholderKind> {
    return remembered(this.kinds, secret, placeholderKind);
  }

  /** The provider whose token prefix `secret` carries (`compute`: the rule set's prefix table). */
  prefixOwner(secret: string, compute: (secret: string) => string | undefined): string | undefined {
    return remembered(this.owners, secret, compute);
  }

  /** The provider a binding name mentions (`compute`: the rule set's provider names). */
  mentionedIn(binding: string, compute: (binding: string) => string | undefined): string | undefined {
    return remembered(this.mentions, binding, compute);
  }

  /**
   * `rule.validate(ctx)`, once per rule and distinct (match, secret): a validator sees only those, the
   * path and the scan time, and the last two are the same for the whole scan (RuleContext).
   */
  valid(rule: Rule, validate: (ctx: RuleContext) => boolean, ctx: RuleContext): boolean {
    let cache = this.verdicts.get(rule);
    if (!cache) this.verdicts.set(rule, (cache = new Map()));
    return remembered(cache, `${ctx.secret.length}:${ctx.secret}\u0000${ctx.match}`, () => validate(ctx));
  }
}

function remembered<T>(cache: Map<string, T>, key: string, compute: (key: string) => T): T {
  if (cache.has(key)) return cache.get(key) as T;
  const value = compute(key);
  if (cache.size >= LIMIT) cache.clear();
  cache.set(key, value);
  return value;
}
