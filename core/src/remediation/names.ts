/**
 * The name a secret is stored under. A name already in the file wins (an `env` key such as
 * `GITHUB_PERSONAL_ACCESS_TOKEN`, an UPPER_SNAKE variable); otherwise the provider's conventional
 * variable (`STRIPE_SECRET_KEY`, `OPENAI_API_KEY`: what its SDKs read by default); for generic
 * rules the variable the code assigns; `SECRET` as the last resort.
 */
import type { Finding } from '../engine/types.js';

const ENV_LIKE = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$|^[A-Z]{2,}[0-9]*$/;

/** Conventional names, first match wins. Sources: each provider's SDK defaults (e.g. the OpenAI and Stripe quickstarts). */
const RULE_NAMES: [RegExp, string][] = [
  [/^github-/, 'GITHUB_TOKEN'],
  [/^stripe-webhook/, 'STRIPE_WEBHOOK_SECRET'],
  [/^stripe-publishable/, 'STRIPE_PUBLISHABLE_KEY'],
  [/^stripe-/, 'STRIPE_SECRET_KEY'],
  [/^openai-/, 'OPENAI_API_KEY'],
  [/^anthropic-(?:api|admin)-key/, 'ANTHROPIC_API_KEY'],
  [/^aws-(?:temporary-)?access-key-id/, 'AWS_ACCESS_KEY_ID'],
  [/^aws-secret-access-key/, 'AWS_SECRET_ACCESS_KEY'],
  [/^aws-session-token/, 'AWS_SESSION_TOKEN'],
  [/^npm/, 'NPM_TOKEN'],
  [/^slack-(?:workflow-)?webhook/, 'SLACK_WEBHOOK_URL'],
  [/^slack-(?:legacy-)?bot/, 'SLACK_BOT_TOKEN'],
  [/^slack-app-level/, 'SLACK_APP_TOKEN'],
  [/^slack-/, 'SLACK_TOKEN'],
  [/private-key/, 'PRIVATE_KEY'],
  [/^(?:database-connection-string|connection-string-password)$/, 'DATABASE_PASSWORD'],
  [/^url-basic-auth$/, 'URL_PASSWORD'],
];

export function isEnvLike(name: string): boolean {
  return ENV_LIKE.test(name);
}

/** `apiKey`, `api-key`, `db.password` → `API_KEY`, `API_KEY`, `DB_PASSWORD`; never empty, never starting with a digit. */
export function upperSnake(word: string): string {
  const snake = word
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toUpperCase();
  if (!snake) return 'SECRET';
  return /^[0-9]/.test(snake) ? `_${snake}` : snake;
}

/** `GITHUB_TOKEN` → `github-token`: the shape of VS Code input ids in the docs' examples. */
export function kebab(name: string): string {
  return name.toLowerCase().replace(/_+/g, '-').replace(/^-+|-+$/g, '') || 'secret';
}

/** What the secret's suffix says it is, for providers without a conventional name. */
function kindSuffix(hint: string): string {
  if (/webhook/i.test(hint)) return 'WEBHOOK_URL';
  if (/private[-_]?key/i.test(hint)) return 'PRIVATE_KEY';
  if (/pass(?:word|wd)?\b|pwd/i.test(hint)) return 'PASSWORD';
  if (/secret/i.test(hint)) return 'SECRET';
  if (/key/i.test(hint)) return 'API_KEY';
  return 'TOKEN';
}

/** The provider's conventional variable, or `<PROVIDER>_<KIND>`; undefined for generic rules. */
export function providerName(finding: Finding): string | undefined {
  for (const [pattern, name] of RULE_NAMES) if (pattern.test(finding.ruleId)) return name;
  if (!finding.provider || finding.provider === 'generic') return undefined;
  return `${upperSnake(finding.provider)}_${kindSuffix(finding.ruleId)}`;
}

/**
 * The variable a literal is assigned to, read from the text left of it on the same line:
 * `const apiKey = "…"`, `"api_key": "…"`, `password: …`, `$token = '…'`, `API_KEY=…`.
 */
export function assignedName(textBefore: string): string | undefined {
  const match = /["'`]?([A-Za-z_$][\w$.-]*)["'`]?\s*\]?\s*(?::=|=>|\+=|=|:)\s*["'`]?$/.exec(textBefore);
  if (!match) return undefined;
  const last = match[1]!.split('.').pop()!.replace(/^\$+/, '');
  return last || undefined;
}

export interface NameHints {
  /** The structured key holding the value (last location path segment), when it is a string. */
  key?: string;
  /** The assignment's variable name in source code. */
  variable?: string;
  /** A scope to prefix generic names with (the MCP server's name). */
  scope?: string;
}

/** The storeAs name: UPPER_SNAKE, a valid environment variable name in every shell. */
export function secretName(finding: Finding, hints: NameHints = {}): string {
  if (hints.key && isEnvLike(hints.key)) return hints.key;
  if (hints.variable && isEnvLike(hints.variable)) return hints.variable;
  const fromProvider = providerName(finding);
  if (fromProvider) return fromProvider;
  if (hints.variable) return upperSnake(hints.variable);
  if (hints.scope) return `${upperSnake(hints.scope)}_${kindSuffix(hints.key ?? '')}`;
  if (hints.key) return upperSnake(hints.key);
  return 'SECRET';
}

/**
 * The secret is the whole value of its key (`"KEY": "<secret>"`, `KEY: <secret>`), not a part of it such as
 * a token inside a JSON-encoded header or after `--api-key=`. Only then may the key name the variable: the
 * variable must hold exactly the secret.
 */
export function spansWholeValue(text: string, [start, end]: [number, number]): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const newline = text.indexOf('\n', end);
  const before = text.slice(lineStart, start);
  const after = text.slice(end, newline === -1 ? text.length : newline);
  if (/"$/.test(before)) return /^"/.test(after) && !/\\"$/.test(before);
  if (/'$/.test(before)) return /^'/.test(after);
  return /[:=]\s*$/.test(before) && /^\s*(?:#.*)?\r?$/.test(after);
}
