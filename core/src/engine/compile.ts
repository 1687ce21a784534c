import { RuleError } from './errors.js';
import { KeywordMatcher } from './keywords.js';
import type { Rule } from './types.js';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface CompiledRule {
  rule: Rule;
  regex: RegExp;
}

export interface CompiledRuleSet {
  rules: CompiledRule[];
  matcher: KeywordMatcher;
  /** For each keyword index, the rule indices that listen to it. */
  listeners: number[][];
  keywordless: number[];
}

/** Validates every rule (failing fast with the rule's id) and builds the shared keyword automaton. */
export function compileRules(rules: readonly Rule[]): CompiledRuleSet {
  const seen = new Set<string>();
  const keywordIndex = new Map<string, number>();
  const listeners: number[][] = [];
  const keywordless: number[] = [];
  const compiled = rules.map((rule, index): CompiledRule => {
    if (!KEBAB.test(rule.id)) throw new RuleError(rule.id, 'id must be kebab-case');
    if (seen.has(rule.id)) throw new RuleError(rule.id, 'duplicate id');
    seen.add(rule.id);
    if (!rule.regex.source.includes('(?<secret>')) throw new RuleError(rule.id, 'regex needs a named `secret` group');
    if (rule.keywords.length === 0) {
      if (!rule.keywordless) throw new RuleError(rule.id, 'no keywords and no `keywordless` justification');
      keywordless.push(index);
    }
    for (const keyword of rule.keywords) {
      if (keyword !== keyword.toLowerCase() || !/^[\x20-\x7e]+$/.test(keyword))
        throw new RuleError(rule.id, `keyword "${keyword}" must be lowercase printable ASCII`);
      let k = keywordIndex.get(keyword);
      if (k === undefined) {
        k = listeners.length;
        keywordIndex.set(keyword, k);
        listeners.push([]);
      }
      if (!listeners[k]!.includes(index)) listeners[k]!.push(index);
    }
    const flags = new Set(rule.regex.flags.replace(/[gy]/g, ''));
    flags.add('g');
    flags.add('d');
    let regex: RegExp;
    try {
      regex = new RegExp(rule.regex.source, [...flags].join(''));
    } catch (error) {
      throw new RuleError(rule.id, `invalid regex: ${(error as Error).message}`);
    }
    return { rule, regex };
  });
  return { rules: compiled, matcher: new KeywordMatcher([...keywordIndex.keys()]), listeners, keywordless };
}
