/**
 * Typeform personal access tokens (`tfp_` prefix). They do not expire.
 * https://www.typeform.com/developers/get-started/personal-access-token/
 */
import type { Rule } from '../engine/types.js';

export const rules: Rule[] = [
  {
    id: 'typeform-personal-access-token',
    provider: 'typeform',
    description: 'Typeform personal access token (tfp_)',
    regex: /(?<![A-Za-z0-9_.-])(?<secret>tfp_[A-Za-z0-9_=.-]{40,80})(?![A-Za-z0-9_=.-])/,
    keywords: ['tfp_'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3.5,
    rotateUrl: 'https://admin.typeform.com/user/tokens',
    samples: {
      match: [{ text: 'TYPEFORM_TOKEN=tfp_9FiHBaloRIjOVIGhHw1F96ewn294oUerTlaqre9cmGdA_YJ8xrauScPDIsJ', reason: 'dotenv' }],
      noMatch: [{ text: 'tfp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', reason: 'placeholder' }],
    },
  },
];
