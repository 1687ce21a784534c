/**
 * JSON Web Tokens (RFC 7519, https://www.rfc-editor.org/rfc/rfc7519). Lifetime comes from the token's
 * own `exp` claim: absent or more than 24 h after issue = long-lived (and `expiresAt` is reported).
 */
import type { LifetimeEvidence, Rule, RuleContext } from '../engine/types.js';
import { decodeBase64Lossy, jwtLifetime, looksLikeJwt } from '../tokens/jwt.js';

/**
 * A header that is not strict JSON but still reads as a JOSE header (`{"alg":…`, with a byte damaged in
 * copying or redaction) in front of a payload and a signature: the claims and signature are intact, so the
 * token is reported, one step lower, with a note. A header with no `"alg"` is not a JWT at all.
 */
function damagedHeaderJwt(token: string): boolean {
  const [head, , signature] = token.split('.');
  if (!head || !signature || signature.length < 16) return false;
  const header = decodeBase64Lossy(head);
  // Complete (closes its object): a header cut short is a truncated copy, not a damaged byte.
  if (header === undefined || !/^\{\s*"alg"\s*:\s*"[A-Za-z0-9]{2,12}"/.test(header) || !header.endsWith('}')) return false;
  return looksLikeJwt(`eyJhbGciOiJub25lIn0.${token.split('.')[1]}`);
}

function jwtEvidence({ secret, now }: RuleContext): LifetimeEvidence {
  const evidence = jwtLifetime(secret, now);
  if (looksLikeJwt(secret)) return evidence;
  return { ...evidence, severity: evidence.severity === 'low' ? 'low' : 'medium', note: 'header is not valid JSON (damaged copy?)' };
}

const SEGMENT = '[A-Za-z0-9_-]';

export const rules: Rule[] = [
  {
    id: 'jwt',
    provider: 'generic',
    description: 'JSON Web Token',
    regex: new RegExp(String.raw`(?<![A-Za-z0-9_-])(?<secret>eyJ${SEGMENT}{10,2000}\.eyJ${SEGMENT}{2,8000}(?:\.${SEGMENT}{0,1000})?)(?![A-Za-z0-9_-])`),
    keywords: ['eyj'],
    window: { before: 0, after: 12000, crossLines: false },
    severity: 'high',
    lifetime: jwtEvidence,
    allowPlaceholders: true,
    validate: ({ secret }) => looksLikeJwt(secret) || damagedHeaderJwt(secret),
    samples: {
      match: [
        {
          text: 'Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJzdmMtYm90IiwiaWF0IjoxNzAwMDAwMDAwfQ.Xq3vT8mN2pL5kR9wY1zB7dF4hJ6sC8eA3uG0iK2oQ5c',
          reason: 'signed JWT without exp: long-lived',
        },
        {
          text: 'ANON_KEY=eyJhbGciOiJIUzI1NiIsEnR5cCI6IkpXVCJ9.eyJpc3MiOiJhY21lIiwicm9sZSI6InJlYWRlciIsImlhdCI6MTcwMDAwMDAwMH0.Kq3vT8mN2pL5kR9wY1zB7dF4hJ6sC8eA3uG0iK2oQ5c',
          reason: 'header damaged by one byte, claims and signature intact',
        },
      ],
      noMatch: [
        { text: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9', reason: 'header only' },
        {
          text: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ.eyJpc3MiOiJhY21lIiwicm9sZSI6InJlYWRlciIsImlhdCI6MTcwMDAwMDAwMH0.Kq3vT8mN2pL5kR9wY1zB7dF4hJ6sC8eA3uG0iK2oQ5c',
          reason: 'header cut short',
        },
        { text: 'eyJhbasdGciOiJIUaddasdasfsasdasdzI1NiIasdsInR5cCI6IkpXVCasdJasd9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c', reason: 'header is not a JOSE header' },
      ],
    },
  },
  {
    id: 'jwt-base64',
    provider: 'generic',
    description: 'Base64-encoded JSON Web Token',
    // base64("eyJ") = "ZXlK": a JWT wrapped once more, e.g. in Kubernetes secrets or env files.
    // One unbounded-looking run, not two adjacent quantifiers: on a long base64 blob that fails the final
    // lookahead, `{20,4000}\.?{0,8000}` backtracked through every split (seconds per source map).
    regex: /(?<![A-Za-z0-9+/])(?<secret>ZXlK[A-Za-z0-9+/]{20,12000}(?:\.[A-Za-z0-9+/]{1,8000})?={0,2})(?![A-Za-z0-9+/=])/,
    keywords: ['ZXlK'],
    keywordsMatchCase: true,
    window: { before: 0, after: 16000 },
    severity: 'high',
    lifetime: ({ secret, now }) => {
      const inner = decodeBase64Lossy(secret);
      return inner ? jwtLifetime(inner.trim(), now) : { lifetime: 'unknown' };
    },
    allowPlaceholders: true,
    validate: ({ secret }) => {
      const inner = decodeBase64Lossy(secret);
      return inner !== undefined && looksLikeJwt(inner.trim());
    },
    samples: {
      match: [
        {
          text: 'token: ZXlKaGJHY2lPaUpJVXpJMU5pSXNJblI1Y0NJNklrcFhWQ0o5LmV5SnpkV0lpT2lKemRtTXRZbTkwSW4wLlhxM3ZUOG1OMnBMNWtSOXdZMXpCN2RGNGhKNnNDOGVBM3VHMGlLMm9RNWM=',
          reason: 'base64 of a JWT',
        },
      ],
      noMatch: [{ text: 'ZXlKbm90IGEgdG9rZW4gYXQgYWxsIGp1c3QgdGV4dA==', reason: 'base64 of text starting with eyJ that is no JWT' }],
    },
  },
];
