/**
 * Credentials on curl command lines (https://curl.se/docs/manpage.html: -u/--user, -H/--header):
 * copied from docs and shell history into READMEs and scripts.
 */
import { isPlaceholder } from '../engine/placeholders.js';
import type { Rule } from '../engine/types.js';

export const rules: Rule[] = [
  {
    id: 'curl-auth-user',
    provider: 'generic',
    description: 'Password passed to curl with -u/--user',
    // `(?!\bcurl\b)`: the run-up to the flag stops at the next `curl`, which starts its own attempt; without it,
    // every `curl` of a long line re-read the next 600 characters (issue 17: `curl -u a:b` repeated, 2 MB in seconds).
    regex: /\bcurl\b(?:(?!\bcurl\b)[^\r\n]|\\\r?\n){0,600}?\s(?:-u|--user)\s{1,3}(?<q>["']?)(?<user>[^\s:"'$<>[\]]{0,100}):["']?(?<secret>[^\s"'$<>[\]][^\s"'<>[\]]{2,99})["']?(?=\s|$)|\bcurl\b(?:(?!\bcurl\b)[^\r\n]|\\\r?\n){0,600}?\s(?:-u|--user)\s{1,3}(?<q2>["'])(?<secret2>[^\s:"'$<>[\]]{3,100}):\k<q2>(?=\s|$)/,
    keywords: ['curl'],
    window: { before: 0, after: 2000, crossLines: true },
    severity: 'high',
    lifetime: 'long-lived',
    allowPlaceholders: true,
    validate: ({ secret, match }) => {
      const user = /(?:-u|--user)\s{1,3}["']?([^:\s"']*):/.exec(match)?.[1];
      if (user && user.toLowerCase() === secret.toLowerCase()) return false;
      return !/^(?:pass(?:word)?|token|secret|test|(.)\1*)$/i.test(secret) && !isPlaceholder(secret);
    },
    samples: {
      match: [
        { text: 'curl --cacert ca.crt -u elastic:Vq7#pL2xZm https://localhost:9200', reason: 'user:password' },
        { text: 'curl -u ":d2LkV78zLx!t" https://localhost:9200', reason: 'password only' },
      ],
      noMatch: [
        { text: "curl -i -u 'test:test'", reason: 'identical placeholder' },
        { text: 'curl -sL --user "$1:$2" "$3"', reason: 'shell variables' },
      ],
    },
  },
  {
    id: 'curl-auth-header',
    provider: 'generic',
    description: 'Credential passed to curl in an Authorization header',
    regex: /\bcurl\b(?:(?!\bcurl\b)[^\r\n]){0,500}?(?:\\\r?\n(?:(?!\bcurl\b)[^\r\n]){0,300}?){0,10}?(?:-H|--header)\s{1,3}["']\s?(?:authorization|[\w-]{0,30}(?:api-?key|token|secret)[\w-]{0,10})\s?:\s{0,3}(?:(?:basic|bearer|token|apikey)\s{1,3})?(?<secret>[A-Za-z0-9._~+/=-]{8,500})["']/i,
    keywords: ['curl'],
    window: { before: 0, after: 4000, crossLines: true },
    severity: 'high',
    lifetime: 'unknown',
    validate: ({ secret, match }) => {
      if (/^(?:x+|\.+|\*+)$/i.test(secret)) return false;
      // Basic credentials are base64(user:password) (RFC 7617): anything else is not a credential.
      const isBasic = /\bbasic\s{1,3}$/i.test(match.slice(0, match.lastIndexOf(secret)));
      return !isBasic || /^[A-Za-z0-9+/]+={0,2}$/.test(secret);
    },
    samples: {
      match: [
        { text: 'curl -X POST -H "Authorization: Bearer cfcabd11c7ed9a41b1a3e063c32d5114" https://api.internal/cron', reason: 'bearer token' },
        { text: 'curl -H "Authorization: Basic ZGVwbG95OlNwM2N0cjBnIXZQ" https://registry.internal', reason: 'basic credentials (base64 user:password)' },
      ],
      noMatch: [
        { text: 'curl -H "Authorization: Bearer XXXXXXXXXXXX" https://example.com', reason: 'placeholder' },
        { text: 'curl -H "Authorization: Basic eyJhbGciOiJIUzI1NiJ9.eyJjIjowLjh9.kvRPfjAhLhtRTczoRgctVGp7" https://x.io', reason: 'a Basic value must be base64; dots mean it is not a credential pair' },
      ],
    },
  },
];
