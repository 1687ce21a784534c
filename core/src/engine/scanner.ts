import { compileRules, primeHotRegexes, type CompiledRule, type CompiledRuleSet } from './compile.js';
import { buildFinding, mostSevere, omittedNotice, type Candidate } from './finding.js';
import { isExampleFile, isLockfile } from './placeholders.js';
import { SecretJudgments } from './judgments.js';
import { KeywordMatcher } from './keywords.js';
import { LineIndex } from './positions.js';
import { NarrowText } from './narrow.js';
import { lower, reportedSeverity, severityRank, type SeverityPolicy } from './severity.js';
import { inlineDirectives } from './suppress.js';
import type { Finding, LifetimeEvidence, Notice, Rule, RuleContext } from './types.js';

export interface ScanOptions extends SeverityPolicy {
  /** Path of the text, for messages and file-kind detection. */
  path?: string;
  /** Scan time (for expiry); defaults to now. */
  now?: Date;
  /**
   * Words the caller wants found (`CandidateSet.observed`), in the same pass as the rules' keywords,
   * case-insensitively: cheaper than a search per word over the text.
   * Pass the same array each time (the combined automaton is built once per array).
   */
  observe?: readonly string[];
  /**
   * Salt for fingerprints of guessable secrets (a baseline's `salt`; see fingerprint.ts). Undefined =
   * the old unsalted fingerprints.
   */
  fingerprintSalt?: string;
}

/** Raw matches before overlap resolution: what `Scanner.candidates` returns and `Scanner.report` takes. */
export interface CandidateSet {
  candidates: Candidate[];
  /** Spans a provider rule recognised and rejected (examples, bad checksums): generic rules stay silent there. */
  vetoes: [start: number, end: number][];
  notices: Notice[];
  /** Where each of `ScanOptions.observe` occurs (when asked): start offsets, ascending; absent words have no entry. */
  observed?: Map<string, number[]>;
}

export interface ScanResult {
  findings: Finding[];
  /** Findings dropped by an inline `secret-hygiene:allow` comment. */
  suppressed: number;
  notices: Notice[];
  /** Findings past MAX_FINDINGS_PER_FILE, counted in a notice instead of reported. */
  omitted?: number;
}

/** Default window around a keyword hit when a rule does not declare one: the hit's line, bounded. */
const DEFAULT_BEFORE = 256;
const DEFAULT_AFTER = 1024;

type Window = [start: number, end: number];

interface MatchEnv {
  now: Date;
  path: string | undefined;
  exampleFile: boolean;
  lockfile: boolean;
  /** Judgements of captured strings, once per distinct string in this scan. */
  judged: SecretJudgments;
  /** The text's slices, one-byte where they can be (see NarrowText). */
  narrow: NarrowText;
}

const EXAMPLE_NOTE = 'in a file named as an example: reported at info';
const REGULAR_NOTE = 'too regular to be random: probably a placeholder or test fixture; allow it with a reason if so';

export class Scanner {
  private readonly compiled: CompiledRuleSet;
  /**
   * The keyword automaton, built on first use (tens of milliseconds: a worker that only ever observes
   * words never builds the plain one); and one per caller's `observe` array, over both.
   */
  private plainMatcher: KeywordMatcher | undefined;
  private readonly observing = new WeakMap<readonly string[], KeywordMatcher>();
  private anyObserving: KeywordMatcher | undefined;
  private primed = false;

  constructor(readonly rules: readonly Rule[]) {
    this.compiled = compileRules(rules);
  }

  scan(text: string, options: ScanOptions = {}): ScanResult {
    return this.report(text, this.candidates(text, options), options);
  }

  /**
   * Phase one: every rule's raw matches. Callers that know more about the text (structured formats)
   * may add their own candidates before `report` resolves overlaps and applies the policy.
   */
  candidates(text: string, options: ScanOptions = {}): CandidateSet {
    const now = options.now ?? new Date();
    const found: CandidateSet = { candidates: [], vetoes: [], notices: [] };
    if (!this.primed) {
      this.primed = true;
      primeHotRegexes(this.compiled.rules);
    }
    // Characters past U+00FF are noted by the keyword pass, which reads every character anyway.
    const wide: number[] = [];
    const { windows, anchors, observed } = this.collectWindows(text, options.disabledRules, options.observe, wide);
    const env: MatchEnv = { now, path: options.path, exampleFile: isExampleFile(options.path), lockfile: isLockfile(options.path), judged: new SecretJudgments(), narrow: new NarrowText(text, wide) };
    if (observed) found.observed = observed;
    const attempt = (ruleIndex: number, where: number, run: () => void) => {
      try {
        run();
      } catch (error) {
        const id = this.compiled.rules[ruleIndex]!.rule.id;
        found.notices.push({ level: 'warning', message: `rule ${id} failed near offset ${where}: ${(error as Error).message}` });
      }
    };
    windows.forEach((ruleWindows, ruleIndex) => {
      const compiled = this.compiled.rules[ruleIndex]!;
      for (const [start, end] of ruleWindows) {
        attempt(ruleIndex, start, () => this.matchWindow(compiled, text, start, end, env, found));
      }
    });
    anchors.forEach((hits, ruleIndex) => {
      attempt(ruleIndex, hits[0]!, () => this.matchAtStarts(this.compiled.rules[ruleIndex]!, text, hits, env, found));
    });
    return found;
  }

  /**
   * Phase two: one finding per span, severity policy, inline suppressions, then the Finding shape; at
   * most MAX_FINDINGS_PER_FILE of them (the most severe), the rest counted in a notice. `lines`: the
   * text's line index when the caller already has one (positions are computed once per file).
   */
  report(text: string, found: CandidateSet, options: SeverityPolicy = {}, lines: LineIndex = new LineIndex(text)): ScanResult {
    const kept = resolveOverlaps(withoutVetoed(found.candidates, found.vetoes));
    const reportable: Candidate[] = [];
    let suppressed = 0;
    // Directives found once per file with something to report (most files have nothing: no search);
    // each finding looks up the ones near it.
    const directives = kept.length ? inlineDirectives(text, lines, (options as ScanOptions).path) : undefined;
    for (const candidate of kept) {
      const severity = reportedSeverity(candidate.rule.id, candidate.severity, options);
      if (!severity) continue;
      candidate.severity = severity;
      if (directives!.allows(candidate.start, candidate.end)) {
        suppressed++;
        continue;
      }
      reportable.push(candidate);
    }
    const { kept: shown, omitted } = mostSevere(reportable, (c) => severityRank(c.severity));
    const findings = shown.map((candidate) => buildFinding(candidate, lines, (options as ScanOptions).fingerprintSalt));
    if (!omitted) return { findings, suppressed, notices: found.notices };
    return { findings, suppressed, notices: [...found.notices, { level: 'warning', message: omittedNotice(omitted) }], omitted };
  }

  /**
   * Per rule, the merged windows where its regex must run, or, for `anchored` rules (which say where
   * their matches start), the keyword hits themselves.
   */
  private collectWindows(
    text: string,
    disabled: ReadonlySet<string> | undefined,
    observe: readonly string[] | undefined,
    wide: number[],
  ): { windows: Map<number, Window[]>; anchors: Map<number, number[]>; observed?: Map<string, number[]> } {
    const { rules, listeners, exactSpellings, keywordless } = this.compiled;
    const matcher = observe ? this.matcherObserving(observe) : this.plainMatcherOrAny();
    // Offsets per word while scanning (a Map lookup per hit of a common word like `auth` adds up); the Map after.
    const seen = observe?.map((): number[] => []);
    const off = disabled?.size ? rules.map((r) => disabled.has(r.rule.id)) : undefined;
    const windows = new Map<number, Window[]>();
    const anchors = new Map<number, number[]>();
    const add = (ruleIndex: number, start: number, end: number) => {
      let list = windows.get(ruleIndex);
      if (!list) windows.set(ruleIndex, (list = []));
      const last = list[list.length - 1];
      if (last && start <= last[1]) {
        if (end > last[1]) last[1] = end;
        if (start < last[0]) last[0] = start;
      } else list.push([start, end]);
    };
    for (const ruleIndex of keywordless) {
      if (off?.[ruleIndex]) continue;
      const { locate } = rules[ruleIndex]!.rule;
      if (!locate) add(ruleIndex, 0, text.length);
      else {
        const hits = locate(text);
        if (hits.length) anchors.set(ruleIndex, hits);
      }
    }
    matcher.scan(text, (keyword, start) => {
      if (keyword >= listeners.length) {
        // A word observed for the caller (nobody asked, when a plain scan borrowed an observing automaton).
        seen?.[keyword - listeners.length]!.push(start);
        return;
      }
      const listening = listeners[keyword]!;
      const spellings = exactSpellings[keyword]!;
      for (let l = 0; l < listening.length; l++) {
        const ruleIndex = listening[l]!;
        const spelling = spellings[l];
        if (spelling !== undefined && !text.startsWith(spelling, start)) continue;
        if (off?.[ruleIndex]) continue;
        const rule = rules[ruleIndex]!.rule;
        if (rule.anchored) {
          const hits = anchors.get(ruleIndex);
          if (hits) hits.push(start);
          else anchors.set(ruleIndex, [start]);
          continue;
        }
        const last = windows.get(ruleIndex)?.at(-1);
        if (last && start < last[1]) {
          // Inside the current window: only the new territory beyond its end needs looking at,
          // so every character is examined once per rule (linear even for a keyword every few bytes).
          last[1] = extendEnd(text, last[1], start, rule.window);
        } else {
          const [ws, we] = windowAround(text, start, rule.window);
          add(ruleIndex, ws, we);
        }
      }
    }, wide);
    if (!seen) return { windows, anchors };
    const observed = new Map<string, number[]>();
    seen.forEach((offsets, i) => {
      if (offsets.length) observed.set(observe![i]!, offsets);
    });
    return { windows, anchors, observed };
  }

  private matcherObserving(observe: readonly string[]): KeywordMatcher {
    let matcher = this.observing.get(observe);
    if (!matcher) {
      this.observing.set(observe, (matcher = new KeywordMatcher([...this.compiled.keywords, ...observe])));
      this.anyObserving ??= matcher;
    }
    return matcher;
  }

  /**
   * For a scan that observes nothing: an observing automaton already built does the job (its extra words'
   * hits are ignored), so a scan worker or editor host that ran `scanDocument` and then scans a plain
   * text (file names) does not build a second automaton of 20,000 states.
   */
  private plainMatcherOrAny(): KeywordMatcher {
    return this.anyObserving ?? (this.plainMatcher ??= new KeywordMatcher(this.compiled.keywords));
  }

  /**
   * An `anchored` rule: its sticky regex at each offset where a match could begin, in text order, on
   * the hit's line (or the whole text for `crossLines`). An offset is tried once, and never inside a
   * match already taken (as a global search would).
   */
  private matchAtStarts(compiled: CompiledRule, text: string, hits: number[], env: MatchEnv, found: CandidateSet): void {
    const { starts, crossLines, exec } = compiled.rule.anchored!;
    // Read only without `exec`: a lazily compiled rule's regexes are built on first read.
    const sticky = exec ? undefined : compiled.sticky!;
    let tried = -1;
    let lineEnd = -1; // the first line break at or after the last hit looked at (or the text's end)
    // Hits arrive in order of their keyword's end: two keywords ending together may swap their starts.
    hits.sort((a, b) => a - b);
    for (const hit of hits) {
      if (!crossLines && lineEnd < hit) {
        lineEnd = text.indexOf('\n', hit);
        if (lineEnd === -1) lineEnd = text.length;
      }
      for (const start of starts(text, hit)) {
        if (start <= tried) continue;
        tried = start;
        // The subject: the whole text, or the hit's line from one character before the start, which
        // the regex's lookbehind needs to see (unless it is the line break).
        let from = 0;
        let subject = text;
        if (!crossLines) {
          from = start > 0 && text.charCodeAt(start - 1) !== 10 ? start - 1 : start;
          subject = env.narrow.slice(from, lineEnd);
        }
        let m: RegExpExecArray | null;
        if (sticky) {
          sticky.lastIndex = start - from;
          m = sticky.exec(subject);
        } else m = exec!(subject, start - from);
        if (!m) continue;
        this.consider(compiled, m, from, env, found);
        tried = Math.max(start, from + m.index + m[0].length - 1);
      }
    }
  }

  private matchWindow(compiled: CompiledRule, text: string, start: number, end: number, env: MatchEnv, found: CandidateSet): void {
    const { regex } = compiled;
    const slice = start === 0 && end === text.length ? text : env.narrow.slice(start, end);
    regex.lastIndex = 0;
    for (let m = regex.exec(slice); m !== null; m = regex.exec(slice)) {
      if (m[0].length === 0) regex.lastIndex++;
      this.consider(compiled, m, start, env, found);
    }
  }

  /** One regex match (`offset`: where the searched text starts): validated, rated, kept or vetoed. */
  private consider(compiled: CompiledRule, m: RegExpExecArray, offset: number, env: MatchEnv, found: CandidateSet): void {
    const { rule } = compiled;
    const { tokenPrefixes, providerNames } = this.compiled;
    if (rule.generic && env.lockfile) return;
    const group = secretGroup(m);
    if (!group) return;
    const [secret, span] = group;
    const ctx: RuleContext = { secret, match: m[0], now: env.now };
    if (env.path !== undefined) ctx.path = env.path;
    const { judged } = env;
    if (rule.entropy !== undefined && judged.entropy(secret) < rule.entropy) return;
    // A value that carries a provider's prefix, or is bound to a name that mentions a provider, is that
    // provider's to judge: its own rules (assignment-style ones included) decide, other generic rules
    // stay out. If none of its rules finds it, it is not that provider's token.
    if (rule.generic) {
      const owner = judged.prefixOwner(secret, (s) => tokenPrefixes.owner(s)) ?? judged.mentionedIn(bindingName(m), (name) => providerNames.mentionedIn(name));
      if (owner !== undefined && owner !== rule.provider) return;
    }
    const placeholder = rule.allowPlaceholders ? undefined : judged.placeholder(secret);
    const rejected = placeholder === 'placeholder' || (placeholder === 'regular' && rule.generic);
    if (rejected || (rule.validate && !judged.valid(rule, rule.validate, ctx))) {
      // A provider rule recognised its own format here and judged it an example or a malformed
      // token: generic rules must not report the same bytes.
      if (!rule.generic) found.vetoes.push([offset + span[0], offset + span[1]]);
      return;
    }
    let evidence: LifetimeEvidence =
      typeof rule.lifetime === 'function' ? rule.lifetime(ctx) : { lifetime: rule.lifetime };
    if (placeholder === 'regular') evidence = { ...evidence, severity: 'low', note: REGULAR_NOTE };
    // In a file that says it holds examples, a generic match or a token its own evidence already doubts
    // (expired, too regular) is documentation; a live provider-format token is still reported in full
    // (real keys land in `.env.example` too).
    if (env.exampleFile && (rule.generic || evidence.severity === 'low')) {
      evidence = { ...evidence, severity: 'info', note: withNote(evidence.note, EXAMPLE_NOTE) };
    }
    const severity = evidence.severity ?? (evidence.lifetime === 'short-lived' ? lower(rule.severity) : rule.severity);
    found.candidates.push({ rule, secret, start: offset + span[0], end: offset + span[1], severity, evidence });
  }
}

function withNote(note: string | undefined, more: string): string {
  return note ? `${note}; ${more}` : more;
}

/**
 * The name a generic rule saw the value bound to (its `name`/`tag` group, else the text before the
 * secret). A name that mentions a provider (`telegram_api_token`) leaves the value to that provider's rules:
 * if they found nothing, it is not that provider's token.
 */
function bindingName(m: RegExpExecArray): string {
  return m.groups?.name ?? m.groups?.tag ?? m[0];
}

/** The `secret` group, or the first matched `secretN` group of an alternative. */
function secretGroup(m: RegExpExecArray): [string, [number, number]] | undefined {
  const groups = m.groups;
  const indices = m.indices?.groups;
  if (!groups || !indices) return undefined;
  if (groups.secret !== undefined) return [groups.secret, indices.secret!];
  for (const name in groups) {
    if (name.startsWith('secret') && groups[name] !== undefined) return [groups[name]!, indices[name]!];
  }
  return undefined;
}

function windowAround(text: string, hit: number, spec: Rule['window']): Window {
  const before = spec?.before ?? DEFAULT_BEFORE;
  const after = spec?.after ?? DEFAULT_AFTER;
  if (spec?.crossLines) return [Math.max(0, hit - before), Math.min(text.length, hit + after)];
  let start = hit;
  for (const floor = Math.max(0, hit - before); start > floor && text.charCodeAt(start - 1) !== 10; start--);
  let end = hit;
  for (const ceiling = Math.min(text.length, hit + after); end < ceiling && text.charCodeAt(end) !== 10; end++);
  return [start, end];
}

/** The end of the window for a hit at `hit`, scanning forward only from `from` (a known window end). */
function extendEnd(text: string, from: number, hit: number, spec: Rule['window']): number {
  const ceiling = Math.min(text.length, hit + (spec?.after ?? DEFAULT_AFTER));
  if (from >= ceiling) return from;
  if (spec?.crossLines) return ceiling;
  // The previous window stopped at a line break: a hit before it is on that line, nothing to extend.
  if (text.charCodeAt(from) === 10) return from;
  let end = from;
  while (end < ceiling && text.charCodeAt(end) !== 10) end++;
  return end;
}

/** Generic candidates that overlap a span a provider rule rejected as an example or malformed token. */
function withoutVetoed(candidates: Candidate[], vetoes: Window[]): Candidate[] {
  if (vetoes.length === 0) return candidates;
  // Vetoes by start, with the furthest end reached so far: a candidate overlaps one iff some veto
  // starting before its end reaches past its start (a binary search, not a scan per candidate).
  const sorted = [...vetoes].sort((a, b) => a[0] - b[0]);
  const reach: number[] = [];
  sorted.forEach(([, end], i) => reach.push(Math.max(end, reach[i - 1] ?? -Infinity)));
  return candidates.filter((c) => {
    if (!c.rule.generic) return true;
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]![0] < c.end) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 || reach[lo - 1]! <= c.start;
  });
}

/**
 * Several rules may claim the same bytes (a provider rule and a generic assignment rule, or two
 * overlapping provider formats). Keep one finding per span: specific beats generic, then the more
 * severe, then the longer match. Decided per cluster of mutually overlapping candidates (usually one
 * or two), which gives the same answer as one greedy pass over all of them, in linearithmic time.
 */
function resolveOverlaps(candidates: Candidate[]): Candidate[] {
  const score = (c: Candidate) =>
    (c.rule.generic ? 0 : 1_000_000) + severityRank(c.severity) * 100_000 + (c.end - c.start);
  const order = candidates.map((_, index) => index).sort((a, b) => candidates[a]!.start - candidates[b]!.start || a - b);
  const kept: Candidate[] = [];
  for (let from = 0; from < order.length; ) {
    let to = from + 1;
    let reach = candidates[order[from]!]!.end;
    while (to < order.length && candidates[order[to]!]!.start < reach) reach = Math.max(reach, candidates[order[to++]!]!.end);
    if (to - from === 1) kept.push(candidates[order[from]!]!);
    else {
      const best = order.slice(from, to).sort((a, b) => score(candidates[b]!) - score(candidates[a]!) || a - b);
      for (const candidate of greedy(best.map((i) => candidates[i]!))) kept.push(candidate);
    }
    from = to;
  }
  return kept;
}

/** Best first, each kept unless it overlaps one already kept; returned by start. */
function greedy(best: Candidate[]): Candidate[] {
  const kept: Candidate[] = []; // ordered by start, pairwise disjoint
  for (const candidate of best) {
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (kept[mid]!.start < candidate.start) lo = mid + 1;
      else hi = mid;
    }
    const before = kept[lo - 1];
    const after = kept[lo];
    if (before && before.end > candidate.start) continue;
    if (after && after.start < candidate.end) continue;
    kept.splice(lo, 0, candidate);
  }
  return kept;
}
