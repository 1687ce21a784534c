/**
 * Salesforce credentials.
 * OAuth access tokens / session ids: `<15-char org id starting 00D>!<opaque>`; they expire with the
 * session timeout (2 h by default). https://help.salesforce.com/s/articleView?id=sf.remoteaccess_access_tokens.htm
 * Refresh tokens (start `5Aep8`, valid until revoked) and connected-app consumer key (`3MVG9…`, public)
 * / consumer secret: https://help.salesforce.com/s/articleView?id=sf.connected_app_rotate_consumer_details.htm
 */
import type { Rule } from '../engine/types.js';
import { assignment, standalone } from './patterns.js';

const ROTATE = 'https://help.salesforce.com/s/articleView?id=sf.remoteaccess_revoke_token.htm';
const CHARS = 'A-Za-z0-9_.!';

export const rules: Rule[] = [
  {
    id: 'salesforce-access-token',
    provider: 'salesforce',
    description: 'Salesforce OAuth access token / session id (00D…!…)',
    regex: standalone('00D[A-Za-z0-9]{12,15}![A-Za-z0-9._]{80,200}', { tokenChars: CHARS }),
    keywords: ['00D'],
    keywordsMatchCase: true,
    severity: 'high',
    lifetime: 'short-lived',
    entropy: 4,
    rotateUrl: ROTATE,
    samples: {
      match: [
        {
          text: 'SF_ACCESS_TOKEN=00DrX5W25oL7tcL!maSytMgwQS59FQUwoMi6mouY7eefm0q1TjVuUvlQa9MtHmnEot_IpP7FufGUzKZAqEEmbng.ADlvtHd2YoLpkBDFhFjRmfBw',
          reason: 'session id',
        },
      ],
      noMatch: [{ text: 'color: #00D1B2!important', reason: 'CSS' }],
    },
  },
  {
    id: 'salesforce-refresh-token',
    provider: 'salesforce',
    description: 'Salesforce OAuth refresh token (5Aep8…; valid until revoked)',
    regex: standalone('5Aep8[A-Za-z0-9._]{70,100}', { tokenChars: CHARS }),
    keywords: ['5aep8'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 4,
    rotateUrl: ROTATE,
    samples: {
      match: [{ text: 'refresh_token: 5Aep861MRk7xbO00elFsvtSrAzCQia9e_QiizgU0lSu__rHMg7v3XMoiGDEz6E_gYYRWZlDR2NaM.co810M6sQB', reason: 'refresh token' }],
      noMatch: [{ text: '5Aep861MRk7x', reason: 'truncated' }],
    },
  },
  {
    id: 'salesforce-consumer-key',
    provider: 'salesforce',
    description: 'Salesforce connected app consumer key (3MVG9…, public client id)',
    regex: standalone('3MVG9[A-Za-z0-9._]{70,90}', { tokenChars: CHARS }),
    keywords: ['3mvg9'],
    severity: 'low',
    lifetime: 'long-lived',
    entropy: 4,
    samples: {
      match: [{ text: 'SF_CLIENT_ID=3MVG9kTY7eLQlIx40EpBfWxXIQtUvCSYN_OyuYbawnF6GTmWrG1jQ4ILUNWh__UchpW5Nt6eP9raIsyfYwJEL', reason: 'consumer key' }],
      noMatch: [{ text: '3MVG9xxxx', reason: 'truncated' }],
    },
  },
  {
    id: 'salesforce-consumer-secret',
    provider: 'salesforce',
    description: 'Salesforce connected app consumer secret assigned to a Salesforce-named variable',
    regex: assignment(['salesforce', 'sfdc'], '[A-F0-9]{64}|[a-f0-9]{64}|[0-9]{19}'),
    keywords: ['salesforce', 'sfdc'],
    window: { before: 64, after: 320, crossLines: true },
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 2.8,
    validate: ({ match }) => /secret/i.test(match),
    rotateUrl: 'https://help.salesforce.com/s/articleView?id=sf.connected_app_rotate_consumer_details.htm',
    samples: {
      match: [{ text: 'SALESFORCE_CONSUMER_SECRET=0DD2CFB8A5F1B461595919CB589F6AEC38BCACF836ED5A148FD28CBC938E019B', reason: 'hex secret' }],
      noMatch: [{ text: 'SALESFORCE_ORG_HASH=0DD2CFB8A5F1B461595919CB589F6AEC38BCACF836ED5A148FD28CBC938E019B', reason: 'not named a secret' }],
    },
  },
];
