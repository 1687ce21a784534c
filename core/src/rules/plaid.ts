/**
 * Plaid credentials. API keys (client_id + per-environment secret): https://plaid.com/docs/api/#api-access
 * and https://plaid.com/docs/quickstart/glossary/ ; access tokens (`access-<environment>-<uuid>`, never
 * expire) and processor tokens (`processor-<environment>-<uuid>`):
 * https://plaid.com/docs/api/items/#token-exchange-flow and https://plaid.com/docs/api/processors/
 */
import type { LifetimeEvidence, Rule, RuleContext } from '../engine/types.js';
import { assignment, standalone } from './patterns.js';

const UUID = '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}';
const ROTATE = 'https://dashboard.plaid.com/developers/keys';

/** Sandbox data is fake; development was limited live data; production is real bank data. */
function byEnvironment({ secret }: RuleContext): LifetimeEvidence {
  if (secret.includes('-sandbox-')) return { lifetime: 'long-lived', severity: 'low', note: 'sandbox token (test data only)' };
  if (secret.includes('-development-')) return { lifetime: 'long-lived', severity: 'medium', note: 'development environment token' };
  return { lifetime: 'long-lived' };
}

export const rules: Rule[] = [
  {
    id: 'plaid-access-token',
    provider: 'plaid',
    description: 'Plaid Item access token (reads bank account data; does not expire)',
    regex: standalone(`access-(?:sandbox|development|production)-${UUID}`, { tokenChars: 'A-Za-z0-9_-' }),
    keywords: ['access-sandbox-', 'access-development-', 'access-production-'],
    severity: 'high',
    lifetime: byEnvironment,
    rotateUrl: 'https://plaid.com/docs/api/items/#itemaccess_tokeninvalidate',
    reference: 'https://plaid.com/docs/api/items/#token-exchange-flow',
    samples: {
      match: [
        { text: 'PLAID_ACCESS_TOKEN=access-production-3f9c2a7e-51b4-4d8e-a06c-9e2b7d4f1c83', reason: 'production token' },
        { text: '"access_token": "access-sandbox-7d1e4b9a-2c6f-4e83-b5a0-f3c8d92e61a4"', reason: 'sandbox token (low)' },
      ],
      noMatch: [{ text: 'access-production-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx', reason: 'placeholder' }],
    },
  },
  {
    id: 'plaid-processor-token',
    provider: 'plaid',
    description: 'Plaid processor token shared with a payment partner (does not expire)',
    regex: standalone(`processor-(?:sandbox|development|production)-${UUID}`, { tokenChars: 'A-Za-z0-9_-' }),
    keywords: ['processor-sandbox-', 'processor-development-', 'processor-production-'],
    severity: 'high',
    lifetime: byEnvironment,
    reference: 'https://plaid.com/docs/api/processors/',
    samples: {
      match: [{ text: 'processor_token = "processor-production-a4c81f2e-9b3d-47e6-8f05-d2b6e9c3a7f1"', reason: 'production processor token' }],
      noMatch: [{ text: 'processor-production-token', reason: 'no UUID' }],
    },
  },
  {
    id: 'plaid-secret',
    provider: 'plaid',
    description: 'Plaid API secret (30 characters, one per environment) assigned to a Plaid-named variable',
    regex: assignment(['plaid'], '[a-z0-9]{30}'),
    keywords: ['plaid'],
    window: { before: 32, after: 300, crossLines: true },
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: ROTATE,
    reference: 'https://plaid.com/docs/api/#api-access',
    samples: {
      match: [
        { text: 'PLAID_SECRET=8e4b1d7f2a9c05e36b8d1f4a7c2e90', reason: 'dotenv' },
        { text: 'plaidSecret := "c3f8a1e6d9b2047f5a8c3e1d6b9f20"', reason: 'Go assignment' },
      ],
      noMatch: [
        { text: 'PLAID_SECRET=your_plaid_secret_here_1234567890', reason: 'placeholder' },
        { text: 'PLAID_ENV=production', reason: 'not a secret' },
      ],
    },
  },
  {
    id: 'plaid-client-id',
    provider: 'plaid',
    description: 'Plaid client_id (an identifier, not a secret on its own; 24 characters)',
    regex: assignment(['plaid'], '[A-Za-z0-9]{24}'),
    keywords: ['plaid'],
    window: { before: 32, after: 300, crossLines: true },
    severity: 'low',
    lifetime: 'long-lived',
    entropy: 3,
    reference: 'https://plaid.com/docs/api/#api-access',
    samples: {
      match: [{ text: 'PLAID_CLIENT_ID=5f3e9a1c7b2d4e0086a1c3f9', reason: 'dotenv' }],
      noMatch: [{ text: 'PLAID_CLIENT_ID=000000000000000000000000', reason: 'placeholder' }],
    },
  },
];
