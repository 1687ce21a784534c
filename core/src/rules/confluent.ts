/**
 * Confluent Cloud API keys: a 16-character key (an identifier) and a 64-character secret; no expiry.
 * https://docs.confluent.io/cloud/current/security/authenticate/workload-identities/service-accounts/api-keys/overview.html
 */
import type { Rule } from '../engine/types.js';
import { assignment } from './patterns.js';

const ROTATE = 'https://confluent.cloud/settings/api-keys';

export const rules: Rule[] = [
  {
    id: 'confluent-api-secret',
    provider: 'confluent',
    description: 'Confluent Cloud API secret assigned to a Confluent-named variable',
    regex: assignment(['confluent'], '[A-Za-z0-9+/]{64}', { end: '(?![A-Za-z0-9+/=_-])' }),
    keywords: ['confluent'],
    severity: 'critical',
    lifetime: 'long-lived',
    entropy: 3.5,
    rotateUrl: ROTATE,
    samples: {
      match: [{ text: 'CONFLUENT_CLOUD_API_SECRET=xWqsQksmxiY4l0GAm3RbzsWCAk/mQmtbAcbPbEFmOL2mBSY4Ymopty2YmWWPZZYt', reason: 'env var' }],
      noMatch: [{ text: 'confluent_secret = "${CONFLUENT_SECRET}"', reason: 'reference' }],
    },
  },
  {
    id: 'confluent-api-key',
    provider: 'confluent',
    description: 'Confluent Cloud API key (identifier half of the key pair)',
    regex: assignment(['confluent'], '[A-Za-z0-9]{16}'),
    keywords: ['confluent'],
    severity: 'low',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: ROTATE,
    samples: {
      match: [{ text: 'CONFLUENT_CLOUD_API_KEY=M7BD549AUD3ZG7SX', reason: 'env var' }],
      noMatch: [{ text: 'confluent_env = "production"', reason: 'not a key' }],
    },
  },
];
