/**
 * A credential passed as a URL query parameter: `https://api.nasa.gov/…?api_key=…`, `…?access_token=…`,
 * `&client_secret=…`. Many APIs accept keys this way, and OAuth defines the `access_token` query parameter
 * while warning against it, because URLs end up in logs, browser history and `Referer` headers
 * (https://www.rfc-editor.org/rfc/rfc6750#section-2.3, §5.3). The parameter name is the evidence; the
 * value must look generated. A provider's own format (`?key=AIza…`, `?access_token=ghp_…`) is that
 * provider's finding: this rule is generic, so the provider rule wins the span.
 */
import { isPlaceholder } from '../engine/placeholders.js';
import type { Rule, RuleContext } from '../engine/types.js';
import { looksLikeSecretValue } from './generic.js';

/**
 * Parameter names that carry a credential by themselves. Not `key` (search and cache keys) or names with
 * a prefix (`page_token`, `next_token`, `csrf_token`: a parameter must be exactly one of these).
 */
const PARAMETERS = ['api_key', 'apikey', 'api-key', 'access_token', 'accesstoken', 'auth_token', 'authtoken', 'client_secret', 'app_secret', 'private_token', 'secret', 'token', 'password', 'passwd', 'pwd'];

/** How far back from a parameter its query's `?` is looked for (a hit every few characters stays linear). */
const QUERY_REACH = 256;

/** Characters that end a URL in text: blanks and controls, quotes, brackets. */
function endsUrl(code: number): boolean {
  return code <= 32 || code === 34 || code === 39 || code === 96 || code === 60 || code === 62 || code === 40 || code === 41 || code === 91 || code === 93 || code === 123 || code === 125;
}
/**
 * An image's URL: a badge (`…/badge.svg?token=…`) carries a read-only token meant to be published in a
 * README (Codecov's graphing token: https://docs.codecov.com/docs/status-badges).
 */
const IMAGE_PATH = /(?:\.(?:svg|png|gif|jpe?g|webp)|\/badge)$/i;

/**
 * `?`, `&` or `&amp;`'s `;` before the name, the name, `=`: a match starts at the separator. None when the
 * parameter belongs to an image's URL.
 */
function parameterStart(text: string, hit: number): readonly number[] {
  const before = text.charCodeAt(hit - 1);
  if (before !== 63 /* ? */ && before !== 38 /* & */ && before !== 59 /* ; */) return [];
  // The query's `?`, back from the parameter (not past whatever ends the URL); then the path before it.
  let query = hit - 1;
  const limit = Math.max(0, hit - QUERY_REACH);
  while (query > limit && text.charCodeAt(query) !== 63 && !endsUrl(text.charCodeAt(query - 1))) query--;
  if (text.charCodeAt(query) === 63 && IMAGE_PATH.test(text.slice(Math.max(limit, query - 64), query))) return [];
  return [hit - 1];
}

/** Templates and variables in URLs: `{api_key}`, `%7Bkey%7D`, `${KEY}`, `:token`, `<token>`, `%s`. */
const TEMPLATE = /[{}<>$]|%(?:7B|7D|24|3C|3E|s\b|d\b)|^:/i;

function credential(ctx: RuleContext): boolean {
  if (TEMPLATE.test(ctx.secret)) return false;
  let value = ctx.secret;
  try {
    value = decodeURIComponent(ctx.secret);
  } catch {
    // A stray `%` is part of the value as written.
  }
  // Generated, not typed: letters and digits both, no placeholder, not a word or identifier.
  return /[0-9]/.test(value) && /[A-Za-z]/.test(value) && !isPlaceholder(value) && looksLikeSecretValue(value, { allowSpaces: false });
}

export const rules: Rule[] = [
  {
    id: 'url-query-credential',
    provider: 'generic',
    // Assignment-style: a provider rule on the same span wins, and a value a provider owns is judged by it.
    generic: true,
    description: 'Credential in a URL query parameter (api_key, access_token, client_secret, …)',
    regex: new RegExp(
      String.raw`[?&;](?<name>${PARAMETERS.map((p) => p.replace('-', String.raw`\-`)).join('|')})=(?<secret>[A-Za-z0-9._~+/%-]{16,200}={0,2})(?=$|[&#'"\x60\s)\]>,;\\])`,
      'i',
    ),
    keywords: PARAMETERS.map((name) => `${name}=`),
    anchored: { starts: parameterStart },
    severity: 'high',
    lifetime: 'unknown',
    validate: credential,
    reference: 'https://www.rfc-editor.org/rfc/rfc6750#section-2.3',
    samples: {
      match: [
        { text: "fetch('https://api.example.gov/planetary/imagery?lat=1.5&api_key=Hq7ZmT2vLx9Rk4PwN8cY3bJf6Ds1Gt5A0eUo')", reason: 'API key in a query string' },
        { text: 'curl "https://graph.example.com/v12/me?fields=id&access_token=EAAG7x2Lq9ZkT4mR8vW1nP3cY6bH"', reason: 'OAuth access token parameter' },
        { text: '<a href="https://api.example.com/export?format=csv&amp;token=k3Jq8Zx2MvT7pL4rW9nB6cY1">', reason: '&amp;-escaped link in HTML' },
      ],
      noMatch: [
        { text: 'https://api.example.com/v1/items?api_key=YOUR_API_KEY', reason: 'placeholder' },
        { text: 'https://api.example.com/v1/items?api_key={api_key}&q=1', reason: 'template' },
        { text: 'const url = `${base}?access_token=${token}`;', reason: 'interpolated' },
        { text: 'https://example.com/list?page_token=Cg9hYmNkZWZnaGlqa2xtbm9w', reason: 'a pagination cursor, not a credential parameter' },
        { text: 'https://example.com/search?key=Zx81Qv2Lm9Rt4Wc7Yp3Hn6Kd', reason: '`key` names search and cache keys too' },
        { text: 'https://example.com/reset?token=abcdefghijklmnopqrstuvwxyz', reason: 'letters only: not generated' },
        { text: '[![coverage](https://codecov.io/gh/acme/app/branch/main/graph/badge.svg?token=Q7XK2M9LZP4T8R1W)](https://codecov.io/gh/acme/app)', path: 'README.md', reason: 'a badge image\'s token is published by design' },
        { text: '<img src="https://badges.example.com/js/rating/pkg.svg?style=flat&token=Zx81Qv2Lm9Rt4Wc7Yp3Hn6Kd" alt="rating"/>', path: 'README.md', reason: 'an image URL, the token a later parameter' },
      ],
    },
  },
];
