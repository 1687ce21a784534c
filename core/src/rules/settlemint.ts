/**
 * SettleMint access tokens: personal `sm_pat_`, application `sm_aat_`, service `sm_sat_` (+ 16 alphanumerics):
 * https://console.settlemint.com/documentation/platform-components/security-and-authentication/application-access-tokens
 * and https://console.settlemint.com/documentation/platform-components/security-and-authentication/personal-access-tokens
 */
import type { Rule } from '../engine/types.js';
import { standalone } from './patterns.js';

export const rules: Rule[] = [
  {
    id: 'settlemint-access-token',
    provider: 'settlemint',
    description: 'SettleMint personal, application or service access token',
    regex: standalone('sm_(?:pat|aat|sat)_[A-Za-z0-9]{16}'),
    keywords: ['sm_pat_', 'sm_aat_', 'sm_sat_'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: 'https://console.settlemint.com/',
    samples: {
      match: [
        { text: 'SETTLEMINT_ACCESS_TOKEN=sm_pat_bfvo99otl1waukua', reason: 'personal token' },
        { text: 'token: sm_aat_yfue64ea85brsbfm', reason: 'application token' },
      ],
      noMatch: [{ text: 'nonMatchingToken := "sm_aat_4x5wudyzm2"', reason: 'too short' }],
    },
  },
];
