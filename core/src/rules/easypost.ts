/**
 * EasyPost API keys: production keys start with `EZAK`, test keys with `EZTK`, followed by 54
 * alphanumerics; they do not expire until rolled: https://docs.easypost.com/docs/authentication
 * and https://support.easypost.com/hc/en-us/articles/360013653912-API-Keys
 */
import type { Rule } from '../engine/types.js';
import { standalone } from './patterns.js';

const ROTATE = 'https://www.easypost.com/account/api-keys';
/** A neighbouring `+` or `/` means the prefix sits inside a base64 blob. */
const TOKEN_CHARS = 'A-Za-z0-9_+/';

export const rules: Rule[] = [
  {
    id: 'easypost-production-api-key',
    provider: 'easypost',
    description: 'EasyPost production API key (buys postage charged to the account)',
    regex: standalone('EZAK[A-Za-z0-9]{54}', { tokenChars: TOKEN_CHARS }),
    keywords: ['ezak'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3.5,
    rotateUrl: ROTATE,
    reference: 'https://docs.easypost.com/docs/authentication',
    samples: {
      match: [{ text: 'EASYPOST_API_KEY=EZAKQM5MX1eGApXSB7Bk4y0tZJ5xz5d5Sb44PBgyNkUoFh3k2KWUW8rLim', reason: 'dotenv' }],
      noMatch: [{ text: 'xyz+EZAKQM5MX1eGApXSB7Bk4y0tZJ5xz5d5Sb44PBgyNkUoFh3k2KWUW8rLim/abc', reason: 'inside base64' }],
    },
  },
  {
    id: 'easypost-test-api-key',
    provider: 'easypost',
    description: 'EasyPost test API key',
    regex: standalone('EZTK[A-Za-z0-9]{54}', { tokenChars: TOKEN_CHARS }),
    keywords: ['eztk'],
    severity: 'medium',
    lifetime: 'long-lived',
    entropy: 3.5,
    rotateUrl: ROTATE,
    reference: 'https://docs.easypost.com/docs/authentication',
    samples: {
      match: [{ text: "client = easypost.EasyPostClient('EZTKD02Idl4dU7cavriIcGgIKUr3HFAoqjh6tQNXjUusnxOIPQHCDmhWjY')", reason: 'SDK init' }],
      noMatch: [{ text: 'EZTK1234', reason: 'too short' }],
    },
  },
];
