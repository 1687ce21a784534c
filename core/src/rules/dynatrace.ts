/**
 * Dynatrace tokens: `<prefix>.<24-char public id>.<64-char secret>` with prefixes such as `dt0c01`
 * (API/access tokens) and `dt0s01`…`dt0s16` (OAuth clients, platform tokens).
 * https://docs.dynatrace.com/docs/dynatrace-api/basics/dynatrace-api-authentication#token-format
 */
import type { Rule } from '../engine/types.js';
import { standalone } from './patterns.js';

export const rules: Rule[] = [
  {
    id: 'dynatrace-api-token',
    provider: 'dynatrace',
    description: 'Dynatrace access token, platform token or OAuth client secret',
    regex: standalone('dt0[cs][0-9]{2}\\.[A-Za-z0-9]{24}\\.[A-Za-z0-9]{64}', { tokenChars: 'A-Za-z0-9_.' }),
    keywords: ['dt0c', 'dt0s'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: 'https://docs.dynatrace.com/docs/manage/identity-access-management/access-tokens-and-oauth-clients/access-tokens',
    samples: {
      match: [{ text: 'Api-Token=dt0c01.3QILCMHJR767J7U5R1BZEQ3Q.F8SIYB2GH3UHJRZKFAOYAC1KEMHF6SITOLPP5FH28KO70X25HS25ONRH4S60TPEY', reason: 'API token in a URL' }],
      noMatch: [{ text: 'dt0c01.UXEMMKZN9F837181FS258B5J', reason: 'token identifier only (safe to log)' }],
    },
  },
];
