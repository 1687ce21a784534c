/**
 * Shippo API tokens: `shippo_live_` / `shippo_test_` followed by 40 hex characters; they do not expire
 * until regenerated: https://docs.goshippo.com/docs/guides_general/authentication/
 */
import type { Rule } from '../engine/types.js';
import { standalone } from './patterns.js';

const ROTATE = 'https://apps.goshippo.com/settings/api';

export const rules: Rule[] = [
  {
    id: 'shippo-live-api-token',
    provider: 'shippo',
    description: 'Shippo live API token (buys shipping labels charged to the account)',
    regex: standalone('shippo_live_[a-f0-9]{40}'),
    keywords: ['shippo_live_'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: ROTATE,
    reference: 'https://docs.goshippo.com/docs/guides_general/authentication/',
    samples: {
      match: [{ text: 'Authorization: ShippoToken shippo_live_313845f99f1a42dfffd7719d5005dbf06930297e', reason: 'header' }],
      noMatch: [{ text: 'shippo_live_<API_TOKEN>', reason: 'template' }],
    },
  },
  {
    id: 'shippo-test-api-token',
    provider: 'shippo',
    description: 'Shippo test API token',
    regex: standalone('shippo_test_[a-f0-9]{40}'),
    keywords: ['shippo_test_'],
    severity: 'medium',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: ROTATE,
    reference: 'https://docs.goshippo.com/docs/guides_general/authentication/',
    samples: {
      match: [{ text: 'SHIPPO_TOKEN="shippo_test_c5a73aba2233cf70110782958a65abf33911a0eb"', reason: 'dotenv' }],
      noMatch: [{ text: 'shippo_test_0000000000000000000000000000000000000000', reason: 'placeholder' }],
    },
  },
];
