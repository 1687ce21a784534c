/**
 * Kraken spot REST API credentials: a 56-character base64 API key and an 88-character base64 private
 * key (64 bytes) used to sign requests: https://docs.kraken.com/api/docs/guides/spot-rest-auth
 * Keys never expire unless an expiry was set at creation: https://support.kraken.com/hc/en-us/articles/360000919966
 */
import type { Rule, RuleContext } from '../engine/types.js';
import { assignment } from './patterns.js';

const ROTATE = 'https://pro.kraken.com/app/settings/api';
const nameOf = ({ match, secret }: RuleContext) => match.slice(0, match.lastIndexOf(secret));

export const rules: Rule[] = [
  {
    id: 'kraken-private-key',
    provider: 'kraken',
    description: 'Kraken API private key (signs trading and withdrawal requests) assigned to a Kraken-named variable',
    // Base64 of 64 bytes; url-safe variants and stray padding are tolerated.
    regex: assignment(['kraken'], '[A-Za-z0-9+/=_-]{80,90}', { end: '(?![A-Za-z0-9+/=_-])' }),
    keywords: ['kraken'],
    window: { before: 32, after: 300, crossLines: true },
    severity: 'critical',
    lifetime: 'long-lived',
    entropy: 4,
    rotateUrl: ROTATE,
    reference: 'https://docs.kraken.com/api/docs/guides/spot-rest-auth',
    samples: {
      match: [
        {
          text: 'KRAKEN_PRIVATE_KEY="9fSFm9ruGKXqgvQsEXjrcIr+GWiDrJl93Knlo5UeO6q6Qq54rruemd3VC/AS6gM+V9uBrLj21KoHjDZ/pQKu8A=="',
          reason: '88-char base64 private key',
        },
      ],
      noMatch: [{ text: 'KRAKEN_PRIVATE_KEY=""', reason: 'empty' }],
    },
  },
  {
    id: 'kraken-api-key',
    provider: 'kraken',
    description: 'Kraken API key (public half of the pair; useless without the private key)',
    regex: assignment(['kraken'], '[A-Za-z0-9+/]{56}', { end: '(?![A-Za-z0-9+/=_-])' }),
    keywords: ['kraken'],
    window: { before: 32, after: 300, crossLines: true },
    severity: 'medium',
    lifetime: 'long-lived',
    entropy: 4,
    validate: (ctx) => !/secret|private/i.test(nameOf(ctx)),
    rotateUrl: ROTATE,
    reference: 'https://docs.kraken.com/api/docs/guides/spot-rest-auth',
    samples: {
      match: [{ text: "kraken_api_key = '/wtWXqr1JuAVOlaH1WThkOYzTMEaLHbQRbLgA0bTbq434+5AEq4nQ5tT'", reason: '56-char key' }],
      noMatch: [{ text: "kraken_api_key = 'abc'", reason: 'too short' }],
    },
  },
];
