/**
 * Linear-time rules, proven per rule (issue 17): every built-in rule regex, rewritten by `linearModel` into
 * a form that can only be slower (long bounds opened, lookarounds consumed or dropped), must be proven
 * linear by recheck's automaton checker (https://makenowjust-labs.github.io/recheck/). A regex recheck
 * calls vulnerable fails with the rule id and the complexity; a regex it cannot decide fails too, unless
 * `REVIEWED` holds a reason the real regex is cheap anyway.
 *
 * The same holds for every other regex literal in core/src (validators, placeholder and format checks):
 * a camel-case test in a generic rule's validator backtracked exponentially and hung a fuzz input.
 * Other regexes built at run time (`new RegExp` outside rules) are not literals: the fuzz run
 * covers them.
 *
 * One recheck call takes 0.1-10 s, so verdicts are cached in redos-verdicts.json, keyed by a hash of the
 * model, its flags, the recheck version and the model version: a regex that changed has a new key and is
 * checked live. `UPDATE_REDOS=1` judges what the file lacks and rewrites it (review the diff); `UPDATE_REDOS=all`
 * re-judges everything (a new recheck version does that by itself: it is part of the key).
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, sep } from 'node:path';
import { builtinRules } from '../src/index.js';
import { longTailProviders } from '../src/rules/long-tail/index.js';
import { ruleId, ruleRegex } from '../src/rules/long-tail/matcher.js';
import type { Rule } from '../src/engine/types.js';
import { linearModel, MODEL_VERSION } from './linear-model.js';

/**
 * Rules whose model recheck leaves undecided or calls super-linear, each with the reviewed reason the
 * real regex (with its bounds) is cheap anyway. Keep this short: a rewrite is always better.
 */
const REVIEWED: Record<string, string> = {
  ...Object.fromEntries(
    ['openai-project-key', 'openai-service-account-key', 'openai-admin-key'].map((id) => [
      id,
      'two halves of up to 120 URL-safe characters around the marker T3BlbkFJ, which is itself URL-safe: an ' +
        'attempt tries each marker occurrence within 120 characters (at most ~1,800 steps), and attempts start ' +
        'only where a run of URL-safe characters starts (the standalone boundary)',
    ]),
  ),
  ...Object.fromEntries(
    ['generic-secret-config-value', 'generic-secret-comparison'].map((id) => [
      id,
      'anchored: tried only where a secret-like name can start (at most a couple of offsets per keyword hit), ' +
        'never as a search; every quantifier is bounded (name runs of 40, blanks of 5 or 200, the value of 200) ' +
        'and the value ends on a non-blank, so the trailing blanks cannot overlap it. The opened model (40-way ' +
        'name alternation) is too large for the automaton checker within 60 s, search or attempt; the fuzz ' +
        'regression with 542 blanks (test/fuzz/regressions/e3c4a02ccf4a.json) scans in under 1 ms',
    ]),
  ),
  'kubernetes-secret-string-data':
    'anchored: the engine tries it only at the entry lines under `stringData:` (`blockEntries`), and each attempt ' +
    'is proven linear (sticky) and stops at the line end; the search verdict is for an attempt at every offset, ' +
    'which this rule never makes',
};

/**
 * Anchored rules (`Rule.anchored`: the long-tail table, the generic config-value rule, …) are never run as
 * a search: the engine makes one sticky attempt at each offset their `starts` give, each bounded by the
 * rule's reach. Their model is judged as such an attempt (flag `y`), the proof the engine needs.
 */
const ANCHORED = new Set(builtinRules.filter((rule: Rule) => rule.anchored).map((rule) => rule.id));

/**
 * Long-tail rules are judged by their template: the regex the matcher builds for the entry with one
 * name. An entry's names are literal stems (validated: letters and digits, single `_`/`-` separators,
 * each separator optional in the regex); an alternation of k literals can match one string in at most k
 * ways, a constant factor that cannot change a regex's complexity class, so the template's verdict is
 * the entry's. Entries whose token shapes are alike share a template and a verdict (recheck needs 5-10 s
 * per attempt model: 1,250 entries one by one would take hours). The engine runs an entry as its name,
 * matched by hand, then the template's tail after the name (`stickyAttempt`, the same language with both
 * cases spelled out instead of the `i` flag): an attempt of the template, so its verdict covers the tail.
 */
const LONG_TAIL_TEMPLATE = new Map(longTailProviders.map((entry) => [ruleId(entry), ruleRegex({ ...entry, names: ['name'] })] as const));

/** Where the verdict cache lives (mocha runs from the repository root, wherever the bundle is). */
const CACHE_PATH = join(process.cwd(), 'core/test/redos-verdicts.json');
/** `UPDATE_REDOS=1`: judge what the cache lacks and rewrite it (dropping keys no rule has); `all`: re-judge everything. */
const UPDATE = process.env.UPDATE_REDOS === '1' || process.env.UPDATE_REDOS === 'all';
const REJUDGE_ALL = process.env.UPDATE_REDOS === 'all';
/** Seconds recheck may spend on one model, per mode (search, then per attempt); a loaded machine needs more. */
const TIMEOUT_MS = 1000 * Number(process.env.REDOS_TIMEOUT_S ?? 20);
/** recheck is loaded from the repository, not bundled: it finds its native binary next to itself. */
const requireFromRoot = createRequire(join(process.cwd(), 'package.json'));

type Status = 'safe' | 'vulnerable' | 'unknown';
interface Verdict {
  status: Status;
  /** `linear`, `2nd degree polynomial`, `exponential`, or why it is unknown. */
  complexity: string;
  /** `search`: proven over a search from every offset; `start`: each attempt proven linear (see `judge`). */
  proof?: 'search' | 'start';
  /** One rule judged by this model, for whoever reads the file. */
  rule?: string;
}

interface Recheck {
  check(source: string, flags: string, params: Record<string, unknown>): Promise<{ status: Status; complexity?: { summary: string }; error?: { kind: string; message?: string } }>;
}

function loadRecheck(): { recheck: Recheck; version: string } {
  return { recheck: requireFromRoot('recheck') as Recheck, version: (requireFromRoot('recheck/package.json') as { version: string }).version };
}

function keyOf(model: { source: string; flags: string }, version: string): string {
  return createHash('sha256').update(`${model.source}\0${model.flags}\0recheck ${version}\0model ${MODEL_VERSION}`).digest('hex').slice(0, 24);
}

/**
 * recheck's verdict on a model: over a search (an attempt at every offset, as the engine runs a window).
 * The automaton checker can take minutes over a search with long literals; when it gives up, each single
 * attempt (sticky) is judged instead, and the verdict says so (`proof: 'start'`): a super-linear attempt
 * still fails, but a regex proven only per attempt is listed by the test, not proven for the search.
 */
async function judge(recheck: Recheck, model: { source: string; flags: string }): Promise<Verdict> {
  const summary = (d: Awaited<ReturnType<Recheck['check']>>) => d.complexity?.summary ?? d.error?.message ?? d.error?.kind ?? 'unknown';
  if (model.flags.includes('y')) {
    // An anchored rule's model: the engine only ever makes single attempts with it (see `attemptModel`).
    const attempt = await recheck.check(model.source, model.flags, { checker: 'automaton', timeout: TIMEOUT_MS });
    return { status: attempt.status, complexity: summary(attempt), proof: 'start' };
  }
  const search = await recheck.check(model.source, model.flags, { checker: 'automaton', timeout: TIMEOUT_MS });
  if (search.status !== 'unknown') return { status: search.status, complexity: summary(search), proof: 'search' };
  const start = await recheck.check(model.source, `${model.flags}y`, { checker: 'automaton', timeout: TIMEOUT_MS });
  return { status: start.status, complexity: summary(start), proof: 'start' };
}

/** Runs `work` over `items` with at most `limit` in flight (recheck's native agent uses the other core). */
async function eachLimited<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

interface CacheFile {
  note: string;
  verdicts: Record<string, Verdict>;
}

function readCache(): Record<string, Verdict> {
  try {
    return (JSON.parse(readFileSync(CACHE_PATH, 'utf8')) as CacheFile).verdicts;
  } catch {
    return {};
  }
}

/** Judges every model (cached or live) and returns the verdict per key. */
async function verdictsFor(models: Models, version: string): Promise<Map<string, Verdict>> {
  const { recheck } = loadRecheck();
  const cache = REJUDGE_ALL ? {} : readCache();
  const verdicts = new Map<string, Verdict>();
  const live: string[] = [];
  for (const [key, { rules }] of models) {
    const cached = cache[key];
    if (cached) verdicts.set(key, cached);
    // A regex every one of whose rules carries a reviewed reason is not judged again (minutes, undecided).
    else if (!rules.every((id) => REVIEWED[id])) live.push(key);
  }
  await eachLimited(live, 2, async (key) => {
    const entry = models.get(key)!;
    verdicts.set(key, { ...(await judge(recheck, entry.model)), rule: entry.rules[0]! });
  });
  if (UPDATE) {
    const conclusive = [...verdicts].filter(([, v]) => v.status !== 'unknown').sort(([a], [b]) => a.localeCompare(b));
    const file: CacheFile = {
      note: `recheck ${version} verdicts on core/test/linear-model.ts models of rule regexes and core/src regex literals; regenerate with UPDATE_REDOS=1`,
      verdicts: Object.fromEntries(conclusive),
    };
    writeFileSync(CACHE_PATH, `${JSON.stringify(file, null, 1)}\n`);
  } else if (live.length) {
    console.log(`      (${live.length} rule regexes were not in redos-verdicts.json and were checked live: UPDATE_REDOS=1 caches them)`);
  }
  return verdicts;
}

/** Shapes the check must call catastrophic (and one it must not): proof that it can fail. */
const SELF_CHECKS: [name: string, regex: RegExp, expected: Status][] = [
  // The PEM body before issue 17: overlapping alternatives repeated up to 16000 times.
  ['old PEM body', /-----BEGIN PRIVATE KEY-----(?:[A-Za-z0-9+/=\s\\n]|\\n|[A-Za-z-]{2,20}:[^\r\n]{0,100}){40,16000}?-----END PRIVATE KEY-----/, 'vulnerable'],
  // Nested alternatives with a short bound: 2^40 steps, though every repeat is bounded.
  ['short-bounded nested alternatives', /x(?:a|ab|b){0,40}y/, 'vulnerable'],
  // A long bounded run retried from every offset: quadratic on `xxxx…`, 600 steps per character.
  ['long lazy run', /x[a-z]{0,600}?y/, 'vulnerable'],
  ['bounded token', /(?<![A-Za-z0-9_])(?<secret>ghp_[A-Za-z0-9]{36})(?![A-Za-z0-9_])/, 'safe'],
];

type Models = Map<string, { model: { source: string; flags: string }; rules: string[] }>;

/** Every rule's model and the self-checks, judged once (cached or live) for the tests below. */
let judged: Promise<{ models: Models; verdicts: Map<string, Verdict>; unmodelled: string[]; selfKeys: string[]; sourceLiterals: string[] }> | undefined;
function judgeAll() {
  judged ??= (async () => {
    const { version } = loadRecheck();
    const models: Models = new Map();
    const unmodelled: string[] = [];
    const add = (name: string, regex: RegExp, anchored = false): string | undefined => {
      let model;
      try {
        model = linearModel(regex);
      } catch (error) {
        unmodelled.push(`${name}: ${(error as Error).message}`);
        return undefined;
      }
      if (anchored) model = { ...model, flags: `${model.flags}y` };
      const key = keyOf(model, version);
      const entry = models.get(key);
      if (entry) entry.rules.push(name);
      else models.set(key, { model, rules: [name] });
      return key;
    };
    const selfKeys = SELF_CHECKS.map(([name, regex]) => add(`(self-check: ${name})`, regex)!);
    for (const rule of builtinRules) add(rule.id, LONG_TAIL_TEMPLATE.get(rule.id) ?? rule.regex, Boolean(rule.anchored));
    // Every other regex literal in core/src (validators, placeholder tests, format readers): a rule's
    // regex is judged above with its rule's waiver, so a literal with a rule's exact source is skipped.
    const ruleSources = new Set(builtinRules.map((rule) => rule.regex.source));
    const sourceLiterals: string[] = [];
    for (const literal of coreRegexLiterals()) {
      if (ruleSources.has(literal.regex.source) || REVIEWED_LITERALS[literal.regex.source]) continue;
      const key = add(literal.where, literal.regex);
      if (key) sourceLiterals.push(literal.where);
    }
    return { models, verdicts: await verdictsFor(models, version), unmodelled, selfKeys, sourceLiterals };
  })();
  return judged;
}

/**
 * Regex literals outside rules that recheck cannot prove linear, by source, with the reviewed reason the
 * regex is cheap where it runs. Keep this short: a rewrite is always better.
 */
const REVIEWED_LITERALS: Record<string, string> = {
  // core/src/engine/placeholders.ts, placeholderKind
  [/^(?:[a-z]+[-_])*(?:abc|123|test|foo|bar|baz|qux)+[-_]?\d*$/i.source]:
    'anchored (one attempt) on one candidate secret without its prefix; `123` repeats and the trailing digits share ' +
    'characters, so an attempt is quadratic in the length of a run of `123`: 4,000 characters take ~10 ms',
  // core/src/engine/placeholders.ts, REFERENCE (every alternative anchored at both ends)
  [/^(?:\$\{\{\s*(?:secrets|vars|env|inputs)\.[\w-]+\s*\}\}|\$\{(?:env:|input:|config:)?[A-Za-z_][\w.-]*(?::?[-=?+][^}]*)?\}|\{[A-Za-z_][\w.]*\}|\x60[^\x60]+\x60|\$\([^)]+\)|\$\(?[A-Za-z_]\w*\)?|%[A-Za-z_]\w*%|\{\{[\s\w.|'"()-]+\}\}|op:\/\/[^\s]+|(?:vault|aws-sm|gcp-sm|azure-kv|keychain|secret|env):\/\/?\S+|(?:process\.env|import\.meta\.env|os\.environ|System\.getenv|ENV)\b.*|(?:os\.getenv|Environment\.GetEnvironmentVariable|getenv)\(.*|<%=.*%>|@Value\(.*|<[A-Za-z][\w -]*>)$/.source]:
    'anchored at both ends, one attempt per candidate secret; no alternative repeats a class its neighbour ' +
    'shares (the cubic `{{ … }}` form was rewritten). Too large for the automaton checker in 30 s; measured on ' +
    '16,000-character inputs built against each alternative: ≤ 0.2 ms',
  // core/src/formats/detect.ts, JetBrains .idea/*.xml
  [/\/\.idea\/(?:[^/]+\/)*[^/]+\.xml$/i.source]:
    'runs on a file path; a search is quadratic only in the number of `/.idea/` occurrences in one path',
  // core/src/engine/placeholders.ts, EXAMPLE_FILE
  [/(?:^|[./_-])(?:examples?|samples?)(?:[._-][^/]*)?$|\.(?:template|tmpl|dist)(?:\.[^./]+)?$/i.source]:
    'runs on a file path (a few thousand characters at most); each `.example` occurrence reads to the next `/`: ' +
    'a 4,000-character path of repeated `.example` takes ~1.5 ms',
};

/** Names of source literals: `core/src/<file>.ts:<line>`. */
const isLiteralName = (name: string) => name.startsWith('core/src/');

/** Every regex literal in core/src, read with the TypeScript parser (loaded from the repository, not bundled). */
function coreRegexLiterals(): { where: string; regex: RegExp }[] {
  const ts = requireFromRoot('typescript') as typeof import('typescript');
  const root = join(process.cwd(), 'core/src');
  const literals: { where: string; regex: RegExp }[] = [];
  const files = (readdirSync(root, { recursive: true }) as string[]).filter((file) => file.endsWith('.ts')).sort();
  for (const file of files) {
    const source = ts.createSourceFile(file, readFileSync(join(root, file), 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: import('typescript').Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = (node as import('typescript').RegularExpressionLiteral).text;
        const end = text.lastIndexOf('/');
        const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
        literals.push({ where: `core/src/${file.split(sep).join('/')}:${line}`, regex: new RegExp(text.slice(1, end), text.slice(end + 1)) });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return literals;
}

describe('linear-time rules (recheck, static)', function () {
  this.timeout(60 * 60 * 1000);

  it('judges known catastrophic shapes vulnerable and a bounded token safe (the check can fail)', async () => {
    const { verdicts, selfKeys } = await judgeAll();
    SELF_CHECKS.forEach(([name, , expected], i) => {
      const verdict = verdicts.get(selfKeys[i]!)!;
      assert.equal(verdict.status, expected, `${name}: ${verdict.complexity}`);
    });
  });

  it('every rule regex is proven linear', async () => {
    const { models, verdicts, unmodelled } = await judgeAll();
    assert.deepEqual(unmodelled.filter((line) => !isLiteralName(line)), [], 'rule regexes the linear model cannot read');
    const failures: string[] = [];
    const perAttempt: string[] = [];
    for (const [key, { rules: names }] of models) {
      const rules = names.filter((name) => !name.startsWith('(self-check') && !isLiteralName(name));
      if (!rules.length || rules.every((id) => REVIEWED[id])) continue;
      const verdict = verdicts.get(key)!;
      const named = rules.length > 1 ? `${rules[0]} (and ${rules.length - 1} more with the same regex)` : rules[0]!;
      if (verdict.status === 'vulnerable') failures.push(`${named}: ${verdict.complexity}`);
      if (verdict.status === 'unknown') failures.push(`${named}: undecided (${verdict.complexity})`);
      if (verdict.status === 'safe' && verdict.proof === 'start' && !ANCHORED.has(rules[0]!)) perAttempt.push(rules[0]!);
    }
    if (perAttempt.length) console.log(`      (${perAttempt.length} rule regexes proven linear per attempt only, the search undecided: ${perAttempt.join(', ')})`);
    assert.deepEqual(failures, [], 'rule regexes not proven linear: rewrite them (docs/rules.md, "Linear-time rules")');
  });

  it('every other regex literal in core/src is proven linear (a helper regex hung a scan: issue 17)', async () => {
    const { models, verdicts, unmodelled, sourceLiterals } = await judgeAll();
    assert.ok(sourceLiterals.length > 100, `found ${sourceLiterals.length} regex literals in core/src`);
    const failures = unmodelled.filter(isLiteralName);
    for (const [key, { rules: names }] of models) {
      const literals = names.filter(isLiteralName);
      if (!literals.length || names.some((name) => !isLiteralName(name) && !name.startsWith('(self-check'))) continue;
      const verdict = verdicts.get(key)!;
      if (verdict.status !== 'safe') failures.push(`${literals.join(', ')}: ${verdict.status === 'unknown' ? `undecided (${verdict.complexity})` : verdict.complexity}`);
    }
    assert.deepEqual(failures, [], 'regex literals not proven linear: rewrite them, or give a reviewed reason in REVIEWED_LITERALS');
  });

  it('the reviewed list names only rules that exist', () => {
    const ids = new Set(builtinRules.map((r) => r.id));
    assert.deepEqual(Object.keys(REVIEWED).filter((id) => !ids.has(id)), []);
  });
});

describe('linear model (the rewrite recheck judges)', () => {
  it('consumes a leading single-character lookbehind and a trailing lookahead', () => {
    const { source } = linearModel(/(?<![A-Za-z0-9_])(?<secret>ghp_[A-Za-z0-9]{36})(?![A-Za-z0-9_])/);
    assert.equal(source, '(?:^|[^A-Za-z0-9_])(?:ghp_[A-Za-z0-9]{2})(?:[^A-Za-z0-9_]|$)');
  });

  it('opens long bounds and repeated groups, keeps short single-character bounds', () => {
    assert.equal(linearModel(/a[b-z]{0,600}?c(?:d|e){1,3}f{0,20}/).source, 'a[b-z]*?c(?:d|e)+f{0,2}');
  });

  it('copies the group a backreference names, and drops a lookaround in the middle', () => {
    assert.equal(linearModel(/<(?<tag>[a-z]{1,9})>x(?!y)z<\/\k<tag>>/).source, '<(?:[a-z]{1,2})>xz<\\/(?:[a-z]{1,2})>');
  });

  it('consumes the line break next to a leading multiline `^` and a trailing `$`, then drops the flag', () => {
    assert.deepEqual(linearModel(/^a[b-z]{0,3}$/m), { source: '(?:^|[\\n\\r\\u2028\\u2029])a[b-z]{0,2}(?:$|[\\n\\r\\u2028\\u2029])', flags: '' });
    assert.equal(linearModel(/a^b/m).flags, 'm');
  });

  it('refuses a lookaround whose body is not short', () => {
    assert.throws(() => linearModel(/a(?=[^\n]*b)/), { name: 'ModelError' });
  });
});
