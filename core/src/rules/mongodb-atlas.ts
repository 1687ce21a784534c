/**
 * MongoDB Atlas service account secrets (OAuth 2.0 client credentials for the Atlas Admin API). The
 * client id is `mdb_sa_id_` + 24 hex (an identifier); the secret, returned once at creation, starts
 * `mdb_sa_sk_`: https://www.mongodb.com/docs/api/doc/atlas-admin-api-v2/operation/operation-createserviceaccountsecret
 * Atlas states the prefix, not the body's length: a deliberately broad base64url 32–96.
 * A secret expires 8 hours to one year after creation, as its creator chose (`secretExpiresAfterHours`).
 * The older programmatic API keys: a UUID private key bound to an Atlas name, run by the long-tail matcher
 * from its table line here (https://www.mongodb.com/docs/atlas/configure-api-access/). One provider,
 * `mongodb`, for both.
 */
import type { Rule } from '../engine/types.js';
import { longTailRule } from './long-tail/matcher.js';
import { standalone } from './patterns.js';

export const rules: Rule[] = [
  Object.assign(
    longTailRule({
      id: 'mongodb-atlas',
      name: 'MongoDB Atlas',
      names: ['mongodb_atlas', 'atlas_private_key', 'atlas_api_private'],
      credential: 'API private key',
      token: { alphabet: 'uuid' },
      severity: 'critical',
      doc: 'https://www.mongodb.com/docs/atlas/configure-api-access/',
    }),
    // The rule keeps the id it had in the table (`mongodb-atlas-api-private-key`); its findings name `mongodb`.
    { provider: 'mongodb' },
  ),
  {
    id: 'mongodb-atlas-service-account-secret',
    provider: 'mongodb',
    description: 'MongoDB Atlas service account secret (Admin API access with the account\'s roles)',
    regex: standalone('mdb_sa_sk_[A-Za-z0-9_-]{32,96}', { tokenChars: 'A-Za-z0-9_-' }),
    keywords: ['mdb_sa_sk_'],
    severity: 'critical',
    lifetime: () => ({ lifetime: 'unknown', note: 'expires 8 hours to 1 year after creation, as chosen by its creator' }),
    entropy: 3.5,
    rotateUrl: 'https://cloud.mongodb.com/v2#/org/access/serviceAccounts',
    reference: 'https://www.mongodb.com/docs/api/doc/atlas-admin-api-v2/operation/operation-createserviceaccountsecret',
    samples: {
      match: [{ text: 'MONGODB_ATLAS_CLIENT_SECRET=mdb_sa_sk_Qz7Lm2Xv9Rk4Tp8Wn1Hb5Jd3Fs6Gc0Ya2Eu7Oi', reason: 'dotenv' }],
      noMatch: [
        { text: '"secret": "mdb_sa_sk_..."', reason: 'elided in documentation' },
        { text: 'clientId: mdb_sa_id_5f1c2e9a7b3d4c6e8f0a1b2c', reason: 'the client id is an identifier' },
      ],
    },
  },
];
