/**
 * Credentials in raw HTTP `Authorization` headers written out in request dumps, `.http`/`.rest` files,
 * proxy configs and logs (curl's -H is ./curl.ts). Basic carries base64 of `user:password`
 * (https://www.rfc-editor.org/rfc/rfc7617#section-2); Bearer carries an opaque b64token
 * (https://www.rfc-editor.org/rfc/rfc6750#section-2.1). Basic is judged on the decoded password; Bearer on
 * the token looking random (a short or word-like token is a sample).
 */
import { isPlaceholder } from '../engine/placeholders.js';
import type { Rule, RuleContext } from '../engine/types.js';
import { looksLikeSecretValue } from './generic.js';

/** `atob` is a web standard (core uses no Node APIs); returns undefined for anything that is not base64 text. */
function decodeBasic(value: string): string | undefined {
  try {
    const text = atob(value);
    return /^[\x20-\x7e]+$/.test(text) ? text : undefined;
  } catch {
    return undefined;
  }
}

function credential(ctx: RuleContext): boolean {
  if (/bearer/i.test(ctx.match.slice(0, ctx.match.length - ctx.secret.length))) {
    return ctx.secret.length >= 16 && /[0-9]/.test(ctx.secret) && /[A-Za-z]/.test(ctx.secret) && looksLikeSecretValue(ctx.secret, { allowSpaces: false });
  }
  const decoded = decodeBasic(ctx.secret);
  const colon = decoded?.indexOf(':') ?? -1;
  if (!decoded || colon < 1) return false;
  const [user, password] = [decoded.slice(0, colon), decoded.slice(colon + 1)];
  return password.length >= 4 && password !== user && !isPlaceholder(password) && !/^(?:pass(?:word)?|secret|test|(.)\1*)$/i.test(password);
}

export const rules: Rule[] = [
  {
    id: 'http-authorization-header',
    provider: 'generic',
    // Assignment-style: a provider rule on the same span wins, and a value a provider owns is judged by it.
    generic: true,
    description: 'Credential in an HTTP Authorization header (Basic user:password or Bearer token)',
    // Header name at a line or quote start (`Authorization: …`, `"Authorization": "Basic …"`).
    regex: /(?<![\w-])authorization["']?[ \t]{0,3}[:=][ \t]{0,3}["']?(?:basic[ \t]{1,3}(?<secret>[A-Za-z0-9+/]{8,400}={0,2})|bearer[ \t]{1,3}(?<secret2>[A-Za-z0-9._~+/-]{16,2000}={0,2}))(?![A-Za-z0-9+/=._~-])/i,
    keywords: ['authorization'],
    severity: 'high',
    lifetime: 'unknown',
    validate: credential,
    reference: 'https://www.rfc-editor.org/rfc/rfc7617#section-2',
    samples: {
      match: [
        { text: 'Authorization: Basic ZGVwbG95OlE3diFtMnhMcDk=', reason: 'Basic deploy:password' },
        { text: 'GET /v1/items HTTP/1.1\nAuthorization: Bearer 9fKq2LmX7vT4pR8zW1cN6bH3', reason: 'random bearer token' },
      ],
      noMatch: [
        { text: 'Authorization: Basic dXNlcm5hbWU6cGFzc3dvcmQ=', reason: 'username:password placeholder' },
        { text: 'Authorization: Bearer <access_token>', reason: 'placeholder' },
        { text: 'headers: { Authorization: `Bearer ${token}` }', reason: 'template' },
      ],
    },
  },
];
