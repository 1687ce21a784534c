/**
 * Prefect Cloud API keys: user keys `pnu_` and service-account (bot) keys `pnb_`, + 36 alphanumerics; optional expiry.
 * https://docs.prefect.io/v3/manage/cloud/manage-users/api-keys and
 * https://docs.prefect.io/v3/manage/cloud/manage-users/service-accounts
 */
import type { Rule } from '../engine/types.js';
import { standalone } from './patterns.js';

export const rules: Rule[] = [
  {
    id: 'prefect-api-key',
    provider: 'prefect',
    description: 'Prefect Cloud API key (user or service account)',
    regex: standalone('pn[ub]_[A-Za-z0-9]{36}'),
    keywords: ['pnu_', 'pnb_'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3.5,
    rotateUrl: 'https://app.prefect.cloud/my/api-keys',
    samples: {
      match: [{ text: 'PREFECT_API_KEY="pnu_rOaPOaVC5hnT7G4pRkDc6gDS1Zs5B6oKxD0n"', reason: 'env var' }],
      noMatch: [{ text: 'PREFECT_API_KEY = "pnu_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"', reason: 'placeholder' }],
    },
  },
];
