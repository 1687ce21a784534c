/**
 * Shopify app credentials. Prefixes and lengths (6-char prefix + 32 characters):
 * https://shopify.dev/changelog/length-of-the-shopify-access-token-is-increasing (shpat_ public apps,
 * shpca_ custom apps, shppa_ legacy private apps) and
 * https://shopify.dev/changelog/app-secret-key-length-has-increased (shpss_ app secret keys).
 * Offline Admin API tokens do not expire until the app is uninstalled or the token is rotated.
 */
import type { Rule } from '../engine/types.js';
import { standalone } from './patterns.js';

const BODY = '[A-Za-z0-9]{32}';
const REFERENCE = 'https://shopify.dev/changelog/length-of-the-shopify-access-token-is-increasing';

export const rules: Rule[] = [
  {
    id: 'shopify-access-token',
    provider: 'shopify',
    description: 'Shopify public-app Admin API access token (shpat_)',
    regex: standalone(`shpat_${BODY}`),
    keywords: ['shpat_'],
    severity: 'critical',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: 'https://partners.shopify.com/',
    reference: REFERENCE,
    samples: {
      match: [{ text: 'X-Shopify-Access-Token: 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', reason: 'request header' }],
      noMatch: [
        { text: 'shpat_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', reason: 'placeholder' },
        { text: '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ff', reason: 'too long' },
      ],
    },
  },
  {
    id: 'shopify-custom-app-access-token',
    provider: 'shopify',
    description: 'Shopify custom-app Admin API access token (shpca_)',
    regex: standalone(`shpca_${BODY}`),
    keywords: ['shpca_'],
    severity: 'critical',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: 'https://help.shopify.com/en/manual/apps/app-types/custom-apps',
    reference: REFERENCE,
    samples: {
      match: [{ text: 'SHOPIFY_TOKEN="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"', reason: 'dotenv' }],
      noMatch: [{ text: 'shpca_1234', reason: 'too short' }],
    },
  },
  {
    id: 'shopify-private-app-access-token',
    provider: 'shopify',
    description: 'Shopify legacy private-app access token (shppa_)',
    regex: standalone(`shppa_${BODY}`),
    keywords: ['shppa_'],
    severity: 'critical',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: 'https://help.shopify.com/en/manual/apps/app-types/custom-apps',
    reference: REFERENCE,
    samples: {
      match: [{ text: "password: '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'", reason: 'private app password' }],
      noMatch: [{ text: 'my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', reason: 'glued to another word' }],
    },
  },
  {
    id: 'shopify-shared-secret',
    provider: 'shopify',
    description: 'Shopify app secret key / OAuth client secret (shpss_), also used to verify webhooks',
    regex: standalone(`shpss_${BODY}`),
    keywords: ['shpss_'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: 'https://partners.shopify.com/',
    reference: 'https://shopify.dev/changelog/app-secret-key-length-has-increased',
    samples: {
      match: [{ text: 'SHOPIFY_API_SECRET=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', reason: 'app secret' }],
      noMatch: [{ text: 'shpssSSSSS_SSSS_sssss is not api key', reason: 'not the format' }],
    },
  },
];
