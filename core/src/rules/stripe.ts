/**
 * Stripe API keys. Formats and key types: https://docs.stripe.com/keys
 * (secret `sk_`, restricted `rk_`, publishable `pk_`; `_live_` / `_test_` mode; keys are up to 255
 * characters). Webhook endpoint signing secrets (`whsec_`): https://docs.stripe.com/webhooks#verify-events
 * Live keys never expire unless rolled: https://docs.stripe.com/keys#rolling-keys
 */
import type { Rule } from '../engine/types.js';
import { standalone } from './patterns.js';

const ROTATE = 'https://dashboard.stripe.com/apikeys';
/** Everything after the mode prefix: at least 24 characters (classic keys), up to the 255-char total. */
const BODY = '[A-Za-z0-9]{24,247}';

export const rules: Rule[] = [
  {
    id: 'stripe-live-secret-key',
    provider: 'stripe',
    description: 'Stripe live-mode secret API key (full account access, moves money)',
    regex: standalone(`sk_live_${BODY}`),
    keywords: ['sk_live_'],
    severity: 'critical',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: ROTATE,
    reference: 'https://docs.stripe.com/keys',
    samples: {
      match: [
        { text: 'STRIPE_SECRET_KEY=sk_live_4eC39HqTyjWDarjtT1zdp7dcQv', reason: 'classic 24-char live key' },
        {
          text: 'stripe.api_key = "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"',
          reason: 'newer long-form live key',
        },
      ],
      noMatch: [
        { text: 'sk_live_short', reason: 'too short' },
        { text: 'xsk_live_4eC39HqTyjWDarjtT1zdp7dcQv', reason: 'glued to another word' },
        { text: 'sk_live_AAAAAAAAAAAAAAAAAAAAAAAA', reason: 'placeholder' },
      ],
    },
  },
  {
    id: 'stripe-test-secret-key',
    provider: 'stripe',
    description: 'Stripe test-mode (sandbox) secret API key: no real money, but exposes test data and settings',
    regex: standalone(`sk_test_${BODY}`),
    keywords: ['sk_test_'],
    severity: 'medium',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: 'https://dashboard.stripe.com/test/apikeys',
    reference: 'https://docs.stripe.com/keys',
    samples: {
      match: [{ text: "const stripe = require('stripe')('sk_test_Rk2m9QpXv7LbT4sWc8NzA1dF');", reason: 'SDK init' }],
      noMatch: [
        { text: 'nonMatching := "task_test_sx0mj6d5fi5k0uj2wb9y0x9zkwdmzl"', reason: 'word ending in sk' },
        { text: 'sk_test_abc', reason: 'too short' },
      ],
    },
  },
  {
    id: 'stripe-live-restricted-key',
    provider: 'stripe',
    description: 'Stripe live-mode restricted API key',
    regex: standalone(`rk_live_${BODY}`),
    keywords: ['rk_live_'],
    severity: 'critical',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: ROTATE,
    reference: 'https://docs.stripe.com/keys#limit-access',
    samples: {
      match: [{ text: "STRIPE_RESTRICTED_KEY: 'rk_live_8TqWz3NcVb6Lp2XmKd9Ry4Hs'", reason: 'restricted live key' }],
      noMatch: [{ text: 'rk_live_x', reason: 'too short' }],
    },
  },
  {
    id: 'stripe-test-restricted-key',
    provider: 'stripe',
    description: 'Stripe test-mode restricted API key',
    regex: standalone(`rk_test_${BODY}`),
    keywords: ['rk_test_'],
    severity: 'medium',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: 'https://dashboard.stripe.com/test/apikeys',
    reference: 'https://docs.stripe.com/keys#limit-access',
    samples: {
      match: [{ text: 'key=rk_test_Yp3dG7kLq1ZsW9vTn4Bx6Mc2', reason: 'restricted test key' }],
      noMatch: [{ text: 'rk_test_y', reason: 'too short' }],
    },
  },
  {
    id: 'stripe-publishable-key',
    provider: 'stripe',
    description: 'Stripe publishable key (meant to be public; reported for inventory only)',
    regex: standalone(`pk_(?:live|test)_${BODY}`),
    keywords: ['pk_live_', 'pk_test_'],
    severity: 'info',
    lifetime: 'long-lived',
    entropy: 3,
    reference: 'https://docs.stripe.com/keys#obtain-api-keys',
    samples: {
      match: [{ text: "Stripe('pk_live_j7Hd2KqP9sWmX4bTn6Lc1Vz8')", reason: 'publishable key in browser code' }],
      noMatch: [{ text: 'pk_live_AAAAAAAAAAAAAAAAAAAAAAAA', reason: 'placeholder' }],
    },
  },
  {
    id: 'stripe-webhook-secret',
    provider: 'stripe',
    description: 'Stripe webhook endpoint signing secret (lets an attacker forge webhook events)',
    regex: standalone('whsec_[A-Za-z0-9]{32,80}'),
    keywords: ['whsec_'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: 'https://dashboard.stripe.com/webhooks',
    reference: 'https://docs.stripe.com/webhooks#verify-events',
    samples: {
      match: [
        { text: 'STRIPE_WEBHOOK_SECRET=whsec_Jq8rT2vLm5XcN9pB3wKd7ZsH1fGy4aQe', reason: 'dashboard endpoint secret' },
        { text: 'whsec_6f1c9a0e4b7d2835c1f0a9e8d7b6c5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8', reason: 'Stripe CLI hex secret' },
      ],
      noMatch: [{ text: 'whsec_...', reason: 'truncated in docs' }],
    },
  },
];
