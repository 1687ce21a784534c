import { RuleError } from './errors.js';
import type { Rule } from './types.js';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface CompiledRule {
  rule: Rule;
  regex: RegExp;
  /** The same regex, sticky: for `anchored` rules. */
  sticky?: RegExp;
}

export interface CompiledRuleSet {
  rules: CompiledRule[];
  /** Every distinct keyword, lowercase (index = keyword index); the Scanner builds its automaton. */
  keywords: string[];
  /** For each keyword index, the rule indices that listen to it. */
  listeners: number[][];
  /**
   * Parallel to `listeners`: the exact spelling a listener needs (`keywordsMatchCase` rules), else
   * undefined. The automaton matches case-insensitively; these are checked at the hit.
   */
  exactSpellings: (string | undefined)[][];
  keywordless: number[];
  /** Distinctive token prefixes owned by provider rules (`ghp_`, `xoxp-`, `sm_aat_`), lowercase. */
  tokenPrefixes: TokenPrefixes;
  /** Provider names that provider rules listen for (`telegram`, `meraki`). */
  providerNames: ProviderNames;
}

/** Keyword stems too common to claim a value for one provider (`api-`, `live_`, `secret_`). */
const COMMON_STEMS = new Set(['api', 'key', 'secret', 'token', 'live', 'test', 'production', 'sandbox', 'pubkey', 'private', 'public', 'access']);

/**
 * The prefixes that make a value belong to a provider: a provider rule keyword that ends in a
 * separator, is at least four characters long and is not a common word. A value carrying one of them is
 * judged by that provider's rules alone (its assignment-style rules included); if they find nothing, it
 * is a truncated or made-up token.
 */
export class TokenPrefixes {
  private readonly owners = new Map<string, string>();
  private readonly lengths = new Set<number>();

  add(keyword: string, provider: string): void {
    if (keyword.length < 4 || !/^[a-z0-9]+(?:[-_.][a-z0-9]+)*[-_.]$/.test(keyword)) return;
    if (COMMON_STEMS.has(keyword.slice(0, -1))) return;
    if (!this.owners.has(keyword)) this.owners.set(keyword, provider);
    this.lengths.add(keyword.length);
  }

  /** The provider whose prefix `value` starts with, if any. */
  owner(value: string): string | undefined {
    for (const length of this.lengths) {
      if (value.length > length) {
        const provider = this.owners.get(value.slice(0, length).toLowerCase());
        if (provider !== undefined) return provider;
      }
    }
    return undefined;
  }
}

/** Provider names that provider rules listen for (`telegram`, `meraki`), and whose name each is. */
export class ProviderNames {
  private readonly providers = new Map<string, string>();
  private pattern: RegExp | undefined;

  add(name: string, provider: string): void {
    if (!this.providers.has(name)) this.providers.set(name, provider);
    this.pattern = undefined;
  }

  get size(): number {
    return this.providers.size;
  }

  /** The provider whose name `binding` (a variable or key name) mentions, if any. */
  mentionedIn(binding: string): string | undefined {
    if (this.providers.size === 0) return undefined;
    // Longest names first, so `sendgrid` is not read as a shorter name inside it.
    this.pattern ??= new RegExp([...this.providers.keys()].sort((a, b) => b.length - a.length).join('|'), 'i');
    const m = this.pattern.exec(binding);
    return m ? this.providers.get(m[0].toLowerCase()) : undefined;
  }
}

/**
 * A keyword that is the provider's own name (`telegram` for provider `telegram`, `meraki` for
 * `cisco-meraki`): a value stored under a name that mentions it is that provider's to judge.
 */
function isProviderName(keyword: string, provider: string): boolean {
  return /^[a-z]{5,}$/.test(keyword) && provider.toLowerCase().replace(/[^a-z]/g, '').includes(keyword);
}

function isLazyRegex(rule: Rule): boolean {
  for (let owner: object | null = rule; owner; owner = Object.getPrototypeOf(owner)) {
    const property = Object.getOwnPropertyDescriptor(owner, 'regex');
    if (property) return property.get !== undefined;
  }
  return false;
}

function validateRegex(rule: Rule): void {
  if (!rule.regex.source.includes('(?<secret>')) throw new RuleError(rule.id, 'regex needs a named `secret` group');
}

/** The rule's regex with the flags the engine needs (`g`, `d`, and `y` for the sticky copy). */
function compileRegex(rule: Rule): RegExp {
  const flags = new Set(rule.regex.flags.replace(/[gy]/g, ''));
  flags.add('g');
  flags.add('d');
  try {
    return new RegExp(rule.regex.source, [...flags].join(''));
  } catch (error) {
    throw new RuleError(rule.id, `invalid regex: ${(error as Error).message}`);
  }
}

function compiledRule(rule: Rule): CompiledRule {
  const regex = compileRegex(rule);
  if (!rule.anchored) return { rule, regex };
  return { rule, regex, sticky: new RegExp(regex.source, regex.flags.replace('g', 'y')) };
}

/** A compiled rule whose regexes are built and validated on first use. */
class LazyCompiledRule implements CompiledRule {
  private built: CompiledRule | undefined;

  constructor(readonly rule: Rule) {}

  private get compiled(): CompiledRule {
    if (!this.built) {
      validateRegex(this.rule);
      this.built = compiledRule(this.rule);
    }
    return this.built;
  }

  get regex(): RegExp {
    return this.compiled.regex;
  }

  get sticky(): RegExp | undefined {
    return this.compiled.sticky;
  }
}

/** Validates every rule (failing fast with the rule's id) and indexes keywords to the rules listening. */
export function compileRules(rules: readonly Rule[]): CompiledRuleSet {
  const seen = new Set<string>();
  const keywordIndex = new Map<string, number>();
  const listeners: number[][] = [];
  const exactSpellings: (string | undefined)[][] = [];
  const keywordless: number[] = [];
  const tokenPrefixes = new TokenPrefixes();
  const providerNames = new ProviderNames();
  const compiled = rules.map((rule, index): CompiledRule => {
    if (!KEBAB.test(rule.id)) throw new RuleError(rule.id, 'id must be kebab-case');
    if (seen.has(rule.id)) throw new RuleError(rule.id, 'duplicate id');
    seen.add(rule.id);
    // A rule whose `regex` is a getter builds it on first use (the long-tail table: most of its 1,000+
    // regexes never see their keyword in a given process); it is validated then, by `compileRegex`.
    const lazy = isLazyRegex(rule);
    if (!lazy) validateRegex(rule);
    if (rule.keywords.length === 0) {
      if (!rule.keywordless) throw new RuleError(rule.id, 'no keywords and no `keywordless` justification');
      keywordless.push(index);
    }
    if (rule.locate && (rule.keywords.length || !rule.anchored)) throw new RuleError(rule.id, '`locate` is for anchored rules without keywords');
    for (const written of rule.keywords) {
      const keyword = written.toLowerCase();
      if (!rule.generic) {
        tokenPrefixes.add(keyword, rule.provider);
        if (!rule.shapeOnly && isProviderName(keyword, rule.provider)) providerNames.add(keyword, rule.provider);
      }
      if (!/^[\x20-\x7e]+$/.test(written)) throw new RuleError(rule.id, `keyword "${written}" must be printable ASCII`);
      if (written !== keyword && !rule.keywordsMatchCase)
        throw new RuleError(rule.id, `keyword "${written}" must be lowercase (or the rule must set keywordsMatchCase)`);
      let k = keywordIndex.get(keyword);
      if (k === undefined) {
        k = listeners.length;
        keywordIndex.set(keyword, k);
        listeners.push([]);
        exactSpellings.push([]);
      }
      if (!listeners[k]!.includes(index)) {
        listeners[k]!.push(index);
        exactSpellings[k]!.push(rule.keywordsMatchCase ? written : undefined);
      }
    }
    return lazy ? new LazyCompiledRule(rule) : compiledRule(rule);
  });
  const keywords = [...keywordIndex.keys()];
  return { rules: compiled, keywords, listeners, exactSpellings,
    keywordless,
    tokenPrefixes,
    providerNames,
  };
}

/**
 * Compiles the two-byte code of the regexes that run on almost every file (generic and keywordless
 * rules) to native code before anything else has compiled much. V8 compiles a regex separately for each
 * string representation, lazily, and stops optimising regexp code for the rest of the process once it
 * has generated about 1 MB of it and its executable memory passes 16 MB (`TooMuchRegExpCode`,
 * src/regexp/regexp.cc: https://chromium.googlesource.com/v8/v8/+/refs/heads/main/src/regexp/regexp.cc).
 * Their two-byte code is first needed by a file with a character past U+00FF, usually after hundreds of
 * rules have compiled: it came out unoptimised and ran such files 4 times slower for as long as the
 * process lived. (Their one-byte code compiles on first use, early: they listen to the commonest
 * keywords.) A subject of 1,000 characters or more compiles to native code at once, without an
 * interpreted first run. About 10 ms on a Scanner's first scan; Scanners over the same rules share the
 * compiled code.
 */
export function primeHotRegexes(rules: readonly CompiledRule[]): void {
  const twoByte = `${' '.repeat(PRIMING_LENGTH)}\u0100`;
  for (const compiled of rules) {
    const { rule } = compiled;
    if (!rule.generic && rule.keywords.length > 0) continue;
    // Read only here: a lazily compiled rule's regexes are built on first read.
    const used = compiled.sticky ?? compiled.regex;
    used.lastIndex = 0;
    used.exec(twoByte);
    used.lastIndex = 0;
  }
}

/** V8 compiles a regex to native code on its first run over a subject this long (kTierUpForSubjectLengthValue). */
const PRIMING_LENGTH = 1024;
