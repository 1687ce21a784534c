/**
 * Scopes written in source code and shell scripts: Google and Microsoft Graph scope URLs wherever they
 * appear, scope lists handed to GitHub / Microsoft / Slack clients, GitHub App permission objects, and
 * `gh auth login|refresh --scopes`. Bounded regexes and a small literal reader; no language parser.
 */
import { KeywordMatcher } from '../../engine/keywords.js';
import { assessRequestedScope, splitScopeList } from '../scope-list.js';
import type { OAuthProviderId, ScopeAssessment } from '../types.js';
import { githubPermissionFact } from './github-permissions.js';
import type { ScopeHit } from './scope-hit.js';
import { stripTrailing } from '../../engine/trim.js';

const LABEL: Partial<Record<OAuthProviderId, string>> = { google: 'Google', microsoft: 'Microsoft Graph', github: 'GitHub', slack: 'Slack' };

export function assessedHit(provider: OAuthProviderId, assessment: ScopeAssessment, start: number, end: number, context: string): ScopeHit {
  const hit: ScopeHit = {
    ruleId: `oauth-scope-${provider}`,
    provider,
    subject: `${LABEL[provider] ?? provider} OAuth scope`,
    scope: assessment.scope,
    start,
    end,
    risk: assessment.risk,
    grants: assessment.reason,
    lifetime: assessment.longLived ? 'long-lived' : 'unknown',
    context: `${provider}\u0000${context}`,
  };
  if (assessment.narrower) hit.narrower = assessment.narrower;
  return hit;
}

/**
 * Google scope URLs are unambiguous anywhere (https://support.google.com/cloud/answer/13464325 lists the restricted ones);
 * `https://mail.google.com/` only when the URL ends there (`/mail/u/0/` is a Gmail link, not a scope).
 * Graph scopes are the resource URL plus a permission name or `.default`
 * (https://learn.microsoft.com/entra/identity-platform/scopes-oidc); `/v1.0/me` is an API call, not a scope.
 */
const SCOPE_URL = /https:\/\/(?:www\.googleapis\.com\/auth\/[A-Za-z0-9._/-]{1,120}|mail\.google\.com\/(?![\w%.-])|graph\.microsoft\.com\/(?:\.default|[A-Z][A-Za-z]{1,40}(?:\.[A-Z][A-Za-z]{1,40}){1,3})(?![\w./-]))/g;

export function scopeUrlHits(text: string): ScopeHit[] {
  const hits: ScopeHit[] = [];
  for (const match of text.matchAll(SCOPE_URL)) {
    const scope = stripTrailing(match[0], '.'); // a sentence's full stop is not part of the scope
    const provider: OAuthProviderId = scope.includes('graph.microsoft.com') ? 'microsoft' : 'google';
    hits.push(assessedHit(provider, assessRequestedScope(provider, scope), match.index, match.index + scope.length, 'url'));
  }
  return hits;
}

/** Libraries and endpoints that say which provider a file's bare scope names (`repo`, `Mail.Read`) belong to. */
const PROVIDER_CONTEXT: [OAuthProviderId, string[]][] = [
  ['github', ['octokit', 'createoauthappauth', 'createoauthuserauth', 'createoauthauth', 'createappauth', 'github.com/login/oauth', 'passport-github', 'githubstrategy', 'githubprovider', 'providers/github', 'backends.github', 'github_client_id']],
  ['microsoft', ['msal', 'graph.microsoft.com', 'login.microsoftonline.com', 'microsoft.graph', '@azure/identity', 'azure.identity', 'azure-identity', 'microsoftentraid', 'azureadprovider', 'publicclientapplication', 'confidentialclientapplication']],
  ['slack', ['@slack/bolt', '@slack/oauth', '@slack/web-api', 'slack_bolt', 'slack_sdk', 'slack-bolt', 'installprovider', 'slack.com/oauth', 'slackprovider']],
];
const CONTEXT_NEEDLES = PROVIDER_CONTEXT.flatMap(([provider, needles]) => needles.map((needle) => ({ provider, needle })));
/** One case-insensitive pass for every needle (the engine's Aho–Corasick matcher), not one search per needle. */
const contextMatcher = new KeywordMatcher(CONTEXT_NEEDLES.map((n) => n.needle));

/** True when the text names a provider SDK or endpoint: its bare scope names are judged file-wide. */
export function mentionsProviderContext(text: string): boolean {
  return providersInContext(text).length > 0;
}

/** The context words, for a caller that finds them in its own pass (`providersInContext`'s `present`). */
export const PROVIDER_CONTEXT_WORDS: readonly string[] = CONTEXT_NEEDLES.map((n) => n.needle);

/** Providers whose libraries or endpoints the text mentions; `present`: the context words it holds, when known. */
export function providersInContext(text: string, present?: { has(word: string): boolean }): OAuthProviderId[] {
  const found = new Set<OAuthProviderId>();
  if (present) {
    for (const { provider, needle } of CONTEXT_NEEDLES) if (present.has(needle)) found.add(provider);
  } else {
    contextMatcher.scan(text, (keyword) => found.add(CONTEXT_NEEDLES[keyword]!.provider));
  }
  return PROVIDER_CONTEXT.map(([provider]) => provider).filter((provider) => found.has(provider));
}

/** Scope names as each provider spells them, for deciding the provider of an uncatalogued name. */
const SHAPE: Partial<Record<OAuthProviderId, RegExp>> = {
  microsoft: /^[A-Z][A-Za-z]*(?:\.[A-Z][A-Za-z]*)+$/,
  github: /^[a-z_]+(?::[a-z_]+)?$/,
  slack: /^[a-z_.]+:[a-z_.:]+$/,
};

interface Literal {
  value: string;
  start: number;
}

const MAX_VALUE = 2000;

/**
 * The string literals of the value that starts at `from`: one quoted string, or every string inside a
 * bracketed list (`[...]`, `{...}`, `(...)`, after an optional `new string[]` / `listOf` / `List.of`).
 * Literals followed by `:` are object keys and skipped. `end` is where reading stopped, so a caller
 * never reads the same characters twice (adversarial input must stay linear).
 */
export function valueLiterals(text: string, from: number): { literals: Literal[]; end: number } {
  const prefix = /^(?:new\s+(?:[\w.]+\s*)?(?:\[\s*\]\s*)?|(?:listOf|arrayOf|setOf|mutableListOf|List\.of|Set\.of|Arrays\.asList|frozenset|set|tuple|list)\s*)?/.exec(text.slice(from, from + 40))!;
  let i = from + prefix[0].length;
  const literals: Literal[] = [];
  const limit = Math.min(text.length, i + MAX_VALUE);
  let depth = 0;
  while (i < limit) {
    const ch = text[i]!;
    if (ch === '"' || ch === "'" || ch === '`') {
      let j = i + 1;
      while (j < limit && text[j] !== ch && text[j] !== '\n') j += text[j] === '\\' ? 2 : 1;
      if (text[j] !== ch) return { literals, end: j };
      if (!/^\s*:(?!:)/.test(text.slice(j + 1, j + 8))) literals.push({ value: text.slice(i + 1, j), start: i + 1 });
      i = j + 1;
      if (depth === 0) break;
      continue;
    }
    if (ch === '[' || ch === '{' || ch === '(') depth++;
    else if (ch === ']' || ch === '}' || ch === ')') depth--;
    else if (depth === 0) break; // neither a string nor a list: a variable or call we cannot follow
    i++;
    if (depth === 0) break;
  }
  return { literals, end: i };
}

/** `scope: "repo,admin:org"`, `scopes: ['repo']`, `SCOPES = [...]`, `userScopes: [...]`, `.scopes(...)`. */
const SCOPE_KEY = /(?<![\w$])["']?([\w$]{0,40}scopes?)["']?\s*(?::(?!:)|=>|=(?!=)|\()\s*/iy;
/** The word that ends every such key: found with a literal search, the key regex then runs only there. */
const SCOPE_WORD = /scopes?(?![\w$])/gi;
const NAME_CHAR = /[\w$]/;

/** `[\w$]`, by character code. */
function isNameCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95 || code === 36;
}

/**
 * Where SCOPE_WORD matches: among the offsets of `scope` the engine found (`scopeAt`, any case), those
 * the regex would accept; without them, the regex's own search.
 */
function* scopeWordStarts(text: string, scopeAt: readonly number[] | undefined): Generator<number> {
  if (!scopeAt) {
    const words = new RegExp(SCOPE_WORD.source, SCOPE_WORD.flags);
    for (let word = words.exec(text); word; word = words.exec(text)) yield word.index;
    return;
  }
  for (const at of scopeAt) {
    const next = text.charCodeAt(at + 5);
    if (!isNameCode(next) || ((next === 115 || next === 83) && !isNameCode(text.charCodeAt(at + 6)))) yield at;
  }
}

/**
 * Where SCOPE_KEY matches, without running it at every position of the file (its `{0,40}` name prefix
 * made that cost ~1 s per 100 MB): each `scope` word is walked back to the start of its name, and the
 * key regex is tried there once.
 */
function* scopeKeys(text: string, scopeAt: readonly number[] | undefined): Generator<{ name: string; valueStart: number }, void, number | undefined> {
  const key = new RegExp(SCOPE_KEY.source, SCOPE_KEY.flags);
  let readTo = 0; // a value already read ends here: words inside it are not keys
  for (const word of scopeWordStarts(text, scopeAt)) {
    if (word < readTo) continue;
    let start = word;
    while (start > 0 && word - start < 40 && NAME_CHAR.test(text[start - 1]!)) start--;
    if (start > 0 && NAME_CHAR.test(text[start - 1]!)) continue; // a name longer than SCOPE_KEY reads
    if (start > 0 && (text[start - 1] === '"' || text[start - 1] === "'")) start--;
    key.lastIndex = start;
    const match = key.exec(text);
    if (!match) continue;
    const consumed = yield { name: match[1]!, valueStart: start + match[0].length };
    readTo = Math.max(readTo, consumed ?? 0);
  }
}

/**
 * `providers` is asked only once a scope list holds a literal: reading the whole file for provider
 * context is the expensive part, and most files that say `scope` never assign one. `scopeAt`: where the
 * engine found the word `scope`, when it did.
 */
export function scopeListHits(text: string, providers: () => OAuthProviderId[], scopeAt?: readonly number[]): ScopeHit[] {
  const hits: ScopeHit[] = [];
  const keys = scopeKeys(text, scopeAt);
  for (let key = keys.next(); !key.done; ) {
    const userToken = /user/i.test(key.value.name);
    const { literals, end } = valueLiterals(text, key.value.valueStart);
    key = keys.next(end);
    if (literals.length && !providers().length) continue;
    for (const literal of literals) {
      for (const token of splitScopeList(literal.value, literal.start)) {
        if (/^https?:\/\//.test(token.scope)) continue; // scope URLs are scopeUrlHits' business
        const rated = rateBareScope(token.scope, providers());
        if (rated) hits.push(assessedHit(rated.provider, rated.assessment, token.start, token.end, userToken ? 'user-token' : 'list'));
      }
    }
  }
  return hits;
}

/** The first context provider whose catalog knows the name; else the only provider whose spelling it has. */
function rateBareScope(scope: string, providers: OAuthProviderId[]): { provider: OAuthProviderId; assessment: ScopeAssessment } | undefined {
  for (const provider of providers) {
    const assessment = assessRequestedScope(provider, scope);
    if (assessment.known) return { provider, assessment };
  }
  const shaped = providers.filter((p) => SHAPE[p]?.test(scope));
  return shaped.length === 1 ? { provider: shaped[0]!, assessment: assessRequestedScope(shaped[0]!, scope) } : undefined;
}

/** `permissions: { administration: 'write' }` in createAppAuth / App manifests (`default_permissions`). */
const PERMISSIONS_KEY = /(?<![\w$])["']?(?:default_)?permissions["']?\s*[:=]\s*(?=\{)/g;
const PERMISSION_PAIR = /["']?([a-z_-]{2,40})["']?\s*:\s*["'](write|admin)["']/g;

/** Offsets of `word` as written (case-sensitive): among the engine's any-case offsets, or by search. */
function* exactWord(text: string, word: string, anyCaseAt: readonly number[] | undefined): Generator<number> {
  if (anyCaseAt) {
    for (const at of anyCaseAt) if (text.startsWith(word, at)) yield at;
    return;
  }
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) yield at;
}

/** `permissionsAt`: where the engine found the word `permissions` (any case), when it did. */
export function githubAppPermissionHits(text: string, permissionsAt?: readonly number[]): ScopeHit[] {
  const hits: ScopeHit[] = [];
  // Only where the literal word occurs, then the key regex once, from just before it.
  const key = new RegExp(PERMISSIONS_KEY.source, 'y');
  let readTo = 0; // the permission block read last ends here
  for (const at of exactWord(text, 'permissions', permissionsAt)) {
    if (at < readTo) continue;
    let start = at;
    if (start >= 8 && text.startsWith('default_', start - 8)) start -= 8;
    if (start > 0 && (text[start - 1] === '"' || text[start - 1] === "'")) start--;
    key.lastIndex = start;
    if (!key.exec(text)) continue;
    const open = key.lastIndex;
    const close = text.indexOf('}', open + 1);
    const blockEnd = close === -1 || close > open + MAX_VALUE ? Math.min(text.length, open + MAX_VALUE) : close;
    readTo = blockEnd;
    const block = text.slice(open, blockEnd);
    for (const pair of block.matchAll(PERMISSION_PAIR)) {
      const fact = githubPermissionFact(pair[1]!, pair[2]!);
      if (!fact) continue;
      const nameStart = open + pair.index + pair[0].indexOf(pair[1]!);
      const end = open + pair.index + pair[0].length; // through the value's closing quote
      hits.push({
        ruleId: 'github-app-permission',
        provider: 'github',
        subject: 'GitHub App permission',
        scope: `${pair[1]}: ${pair[2]}`,
        start: nameStart,
        end,
        risk: fact.risk,
        grants: fact.grants,
        narrower: fact.narrower,
        lifetime: 'unknown',
        context: 'app',
      });
    }
  }
  return hits;
}

/** `gh auth login --scopes repo,admin:org`, `gh auth refresh -s delete_repo` (https://www.mankier.com/1/gh-auth-refresh). */
const GH_AUTH = /\bgh\s+auth\s+(?:login|refresh)\b(?:[^\n\\]|\\\r?\n|\\.){0,500}/g;
const GH_SCOPES_FLAG = /(?<=\s)(?:--scopes|-s)(?:=|\s+)(?:"([^"\n]*)"|'([^'\n]*)'|([^\s"'\\;|&)]+))/g;

/**
 * Where GH_AUTH matches: at each `gh` that white space separates from an `auth` (`authAt`: where the
 * engine found `auth`, any case), tried once; without `authAt`, the regex's own search.
 */
function* ghAuthCommands(text: string, authAt: readonly number[] | undefined): Generator<RegExpExecArray> {
  if (!authAt) {
    yield* text.matchAll(GH_AUTH);
    return;
  }
  const command = new RegExp(GH_AUTH.source, 'y');
  let readTo = 0;
  for (const at of exactWord(text, 'auth', authAt)) {
    let gh = at;
    while (gh > 0 && /\s/.test(text[gh - 1]!)) gh--;
    gh -= 2;
    // `\s+` wants at least one white-space character; a `gh` inside the last command was read with it.
    if (gh === at - 2 || gh < 0 || gh < readTo || !text.startsWith('gh', gh) || (gh > 0 && /\w/.test(text[gh - 1]!))) continue;
    command.lastIndex = gh;
    const match = command.exec(text);
    if (!match) continue;
    readTo = command.lastIndex;
    yield match;
  }
}

/** `authAt`: where the engine found the word `auth` (any case), when it did. */
export function ghCliHits(text: string, authAt?: readonly number[]): ScopeHit[] {
  const hits: ScopeHit[] = [];
  for (const command of ghAuthCommands(text, authAt)) {
    for (const flag of command[0].matchAll(GH_SCOPES_FLAG)) {
      const value = flag[1] ?? flag[2] ?? flag[3] ?? '';
      const valueStart = command.index + flag.index + flag[0].length - value.length - (flag[3] === undefined ? 1 : 0);
      for (const token of splitScopeList(value, valueStart)) {
        hits.push(assessedHit('github', assessRequestedScope('github', token.scope), token.start, token.end, 'gh-cli'));
      }
    }
  }
  return hits;
}
