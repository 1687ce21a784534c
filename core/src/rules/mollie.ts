/**
 * Mollie credentials: API keys `live_` / `test_` + 30 alphanumerics (one pair per website profile) and
 * organization access tokens `access_…`; neither expires until revoked:
 * https://docs.mollie.com/reference/authentication and https://docs.mollie.com/reference/testing
 */
import type { Rule } from '../engine/types.js';
import { standalone } from './patterns.js';

const ROTATE = 'https://my.mollie.com/dashboard/developers/api-keys';
const NEAR = { before: 200, after: 300, crossLines: true };
/** Random 30-character keys virtually always mix letters and digits; words and identifiers do not. */
const mixed = ({ secret }: { secret: string }) => /[0-9]/.test(secret.slice(5)) && /[A-Za-z]/.test(secret.slice(5));

export const rules: Rule[] = [
  {
    id: 'mollie-live-api-key',
    provider: 'mollie',
    description: 'Mollie live API key (creates payments and refunds on the live profile)',
    regex: standalone('live_[A-Za-z0-9]{30}'),
    keywords: ['live_'],
    severity: 'critical',
    lifetime: 'long-lived',
    entropy: 3.5,
    validate: mixed,
    rotateUrl: ROTATE,
    reference: 'https://docs.mollie.com/reference/authentication',
    samples: {
      match: [{ text: "$mollie->setApiKey('live_x406nXqEG5xWlmMElPyEf5JO46KCCf');", reason: 'PHP client' }],
      noMatch: [{ text: 'live_SomeVeryLongFeatureFlagNameHere', reason: 'identifier without digits' }],
    },
  },
  {
    id: 'mollie-test-api-key',
    provider: 'mollie',
    description: 'Mollie test API key (test mode only)',
    regex: standalone('test_[A-Za-z0-9]{30}'),
    keywords: ['mollie'],
    window: NEAR,
    severity: 'medium',
    lifetime: 'long-lived',
    entropy: 3.5,
    validate: mixed,
    rotateUrl: ROTATE,
    reference: 'https://docs.mollie.com/reference/testing',
    samples: {
      match: [{ text: 'MOLLIE_API_KEY=test_lkEkzDU04prdES0bLlEdnl5qLRk8Tt', reason: 'dotenv' }],
      noMatch: [{ text: 'API_KEY=test_lkEkzDU04prdES0bLlEdnl5qLRk8Tt', reason: 'no Mollie context' }],
    },
  },
  {
    id: 'mollie-organization-access-token',
    provider: 'mollie',
    description: 'Mollie organization access token (organization-wide API access)',
    regex: standalone('access_[A-Za-z0-9]{30,40}'),
    keywords: ['mollie'],
    window: NEAR,
    severity: 'critical',
    lifetime: 'long-lived',
    entropy: 3.5,
    validate: mixed,
    rotateUrl: 'https://my.mollie.com/dashboard/developers/organization-access-tokens',
    reference: 'https://docs.mollie.com/reference/authentication',
    samples: {
      match: [{ text: 'MOLLIE_ACCESS_TOKEN=access_mEWEmNuPIGlOd3TzqtCbU7nRyTEL2N', reason: 'dotenv' }],
      noMatch: [{ text: 'mollie: access_token_refresh_handler_for_profiles', reason: 'identifier' }],
    },
  },
];
