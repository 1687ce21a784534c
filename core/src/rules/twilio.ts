/**
 * Twilio credentials. String identifiers (SIDs) are a 2-letter type prefix + 32 hex:
 * https://www.twilio.com/docs/glossary/what-is-a-sid
 * API keys (SK…) and their secrets: https://www.twilio.com/docs/iam/api-keys
 * Account SID (AC…) + auth token (32 hex): https://www.twilio.com/docs/iam/credentials/api
 * None of these expire; they are revoked or rotated in the console.
 */
import type { Rule } from '../engine/types.js';
import { assignment } from './patterns.js';

const HEX_DIGITS = '0123456789abcdef'.split('');
const ASSIGNED_WINDOW = { before: 64, after: 320, crossLines: true };

export const rules: Rule[] = [
  {
    id: 'twilio-api-key',
    provider: 'twilio',
    description: 'Twilio API key SID (SK + 32 hex); paired with its secret it grants API access',
    regex: /(?<![A-Za-z0-9_])(?<secret>SK[0-9a-f]{32})(?![A-Za-z0-9_])/,
    keywords: HEX_DIGITS.map((h) => `SK${h}`),
    keywordsMatchCase: true,
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: 'https://console.twilio.com/us1/account/keys-credentials/api-keys',
    samples: {
      match: [{ text: 'TWILIO_API_KEY=SK14f71010b93b7d946bf54074e3248c80', reason: 'dotenv' }],
      noMatch: [
        { text: 'SKxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', reason: 'placeholder' },
        { text: 'TASK14f71010b93b7d946bf54074e3248c80', reason: 'glued to other characters' },
      ],
    },
  },
  {
    id: 'twilio-account-sid',
    provider: 'twilio',
    description: 'Twilio account SID (AC + 32 hex): an identifier, secret only together with the auth token',
    regex: /(?<![A-Za-z0-9_])(?<secret>AC[0-9a-f]{32})(?![A-Za-z0-9_])/,
    keywords: HEX_DIGITS.map((h) => `AC${h}`),
    keywordsMatchCase: true,
    severity: 'low',
    lifetime: 'long-lived',
    entropy: 3,
    samples: {
      match: [{ text: 'account_sid = "AC1bef750110c57513064d6d59291f0cde"', reason: 'account SID' }],
      noMatch: [{ text: 'ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', reason: 'placeholder' }],
    },
  },
  {
    id: 'twilio-account-credentials',
    provider: 'twilio',
    description: 'Twilio account SID followed by its auth token (e.g. `Client("AC…", "<token>")` or `AC…:<token>@`)',
    regex: /(?<![A-Za-z0-9_])AC[0-9a-f]{32}['"`]?\s{0,3}[,:]\s{0,3}['"`]?(?<secret>[0-9a-f]{32})(?![A-Za-z0-9_])/,
    keywords: HEX_DIGITS.map((h) => `AC${h}`),
    keywordsMatchCase: true,
    severity: 'critical',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: 'https://console.twilio.com/us1/account/keys-credentials/api-keys',
    samples: {
      match: [
        { text: 'client = Client("AC1bef750110c57513064d6d59291f0cde", "2e5738713a818d8962058765a6ca7cff")', reason: 'constructor' },
        { text: 'https://AC1bef750110c57513064d6d59291f0cde:2e5738713a818d8962058765a6ca7cff@api.twilio.com/', reason: 'basic auth URL' },
      ],
      noMatch: [{ text: 'Client("AC1bef750110c57513064d6d59291f0cde", "00000000000000000000000000000000")', reason: 'placeholder token' }],
    },
  },
  {
    id: 'twilio-auth-token',
    provider: 'twilio',
    description: 'Twilio auth token (32 hex) assigned to a Twilio-named variable: full account access',
    regex: assignment(['twilio'], '[0-9a-f]{32}'),
    keywords: ['twilio'],
    window: ASSIGNED_WINDOW,
    severity: 'critical',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: 'https://console.twilio.com/us1/account/keys-credentials/api-keys',
    samples: {
      match: [{ text: 'TWILIO_AUTH_TOKEN=2e5738713a818d8962058765a6ca7cff', reason: 'dotenv' }],
      noMatch: [{ text: 'TWILIO_AUTH_TOKEN=your_auth_token', reason: 'placeholder' }],
    },
  },
  {
    id: 'twilio-api-key-secret',
    provider: 'twilio',
    description: 'Twilio API key secret (32 alphanumerics) assigned to a Twilio-named variable',
    regex: assignment(['twilio'], '[A-Za-z0-9]{32}'),
    keywords: ['twilio'],
    window: ASSIGNED_WINDOW,
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3.5,
    // All-hex values are auth tokens (previous rule).
    validate: ({ secret }) => /[g-zA-Z]/.test(secret),
    rotateUrl: 'https://console.twilio.com/us1/account/keys-credentials/api-keys',
    samples: {
      match: [{ text: 'twilio_api_secret: "1HSa2bB9UoK4tYnzNLeK6kjcbhgN7kwj"', reason: 'API key secret' }],
      noMatch: [{ text: 'twilio_api_secret: "1HSa2bB9UoK4tYnzNLeK6kjcbhgN7kw"', reason: '31 chars: wrong length' }],
    },
  },
];
