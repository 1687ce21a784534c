/**
 * Etsy Open API v3 credentials: the app keystring (x-api-key; 24 lowercase alphanumerics) and OAuth 2.0
 * tokens of the form `<numeric user id>.<token>` (access tokens last one hour, refresh tokens 90 days):
 * https://developers.etsy.com/documentation/essentials/authentication
 * The keystring carries no prefix, so it must be assigned to an Etsy-named variable.
 */
import type { Rule } from '../engine/types.js';
import { anyCase, assignment } from './patterns.js';

const ROTATE = 'https://www.etsy.com/developers/your-apps';

/**
 * `assignment` whose provider name starts a word (or a camelCase hump): `ETSY_KEY`, `etsyKey`,
 * `myEtsyKey`, but not `SetSysctl` or base64 noise.
 */
function wordAssignment(id: string, secret: string): RegExp {
  const re = assignment([id], secret);
  const head = `(?:${anyCase(id)})`;
  const capitalised = id[0]!.toUpperCase() + id.slice(1).toLowerCase();
  const start = `(?:(?<![A-Za-z0-9])${head}|(?<=[a-z0-9])${capitalised})`;
  return new RegExp(start + re.source.slice(head.length), re.flags);
}

export const rules: Rule[] = [
  {
    id: 'etsy-api-keystring',
    provider: 'etsy',
    description: 'Etsy app API keystring assigned to an Etsy-named variable',
    regex: wordAssignment('etsy', '[a-z0-9]{24}'),
    keywords: ['etsy'],
    window: { before: 32, after: 300, crossLines: true },
    severity: 'medium',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: ROTATE,
    reference: 'https://developers.etsy.com/documentation/essentials/authentication',
    samples: {
      match: [
        { text: 'ETSY_API_KEY=h971iqu010mv3guwcoadalil', reason: 'dotenv' },
        { text: 'const myEtsyKey = "h971iqu010mv3guwcoadalil";', reason: 'camelCase name' },
      ],
      noMatch: [
        { text: 'SetSysctl = "d5nggof6lqd3aaf74g585i1w"', reason: 'etsy inside another word' },
        { text: 'ETSY_API_KEY=abcdefghijklmnopqrstuvwx', reason: 'sequential placeholder' },
      ],
    },
  },
  {
    id: 'etsy-oauth-token',
    provider: 'etsy',
    description: 'Etsy OAuth 2.0 access or refresh token (`<user id>.<token>`)',
    regex: /(?<![A-Za-z0-9_.-])(?<secret>[0-9]{5,12}\.[A-Za-z0-9_-]{60,200})(?![A-Za-z0-9_.-])/,
    keywords: ['etsy'],
    severity: 'medium',
    lifetime: 'unknown',
    entropy: 4,
    rotateUrl: ROTATE,
    reference: 'https://developers.etsy.com/documentation/essentials/authentication',
    samples: {
      match: [
        {
          text: "etsy_access_token = '84711503.6DFnwhvYpgbOHyEMkFAHWEUH1DxdUu2Q755YYQ5tpsE2wfZA9ht1DuiWQTfFgyen_Kq2zR'",
          reason: 'user id + token',
        },
      ],
      noMatch: [{ text: 'etsy shop 84711503.5', reason: 'a number' }],
    },
  },
];
