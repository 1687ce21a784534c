/**
 * Razorpay API keys: a key id `rzp_live_` / `rzp_test_` + 14 alphanumerics (sent to Checkout in the
 * browser) and a 24-character key secret (server only); they do not expire until regenerated:
 * https://razorpay.com/docs/payments/dashboard/account-settings/api-keys/ and
 * https://razorpay.com/docs/api/authentication/
 */
import type { Rule, RuleContext } from '../engine/types.js';
import { assignment, standalone } from './patterns.js';

const ROTATE = 'https://dashboard.razorpay.com/app/website-app-settings/api-keys';
const nameOf = ({ match, secret }: RuleContext) => match.slice(0, match.lastIndexOf(secret));

export const rules: Rule[] = [
  {
    id: 'razorpay-key-id',
    provider: 'razorpay',
    description: 'Razorpay API key id (identifier shown to Checkout; half of the key pair)',
    regex: standalone('rzp_(?:live|test)_[A-Za-z0-9]{14}'),
    keywords: ['rzp_live_', 'rzp_test_'],
    severity: 'low',
    lifetime: ({ secret }) =>
      secret.startsWith('rzp_test_') ? { lifetime: 'long-lived', severity: 'info', note: 'test-mode key id' } : { lifetime: 'long-lived' },
    entropy: 3,
    rotateUrl: ROTATE,
    reference: 'https://razorpay.com/docs/payments/dashboard/account-settings/api-keys/',
    samples: {
      match: [{ text: 'RAZORPAY_KEY_ID=rzp_live_j7VITjhGhLkd8A', reason: 'live key id' }],
      noMatch: [{ text: 'rzp_live_XXXXXXXXXXXXXX', reason: 'placeholder' }],
    },
  },
  {
    id: 'razorpay-key-secret',
    provider: 'razorpay',
    description: 'Razorpay API key secret (captures, refunds and payouts) assigned to a Razorpay-named variable',
    regex: assignment(['razorpay', 'rzp'], '[A-Za-z0-9]{24}'),
    keywords: ['razorpay', 'rzp'],
    window: { before: 32, after: 300, crossLines: true },
    severity: 'critical',
    lifetime: 'long-lived',
    entropy: 3.2,
    validate: (ctx) => /secret/i.test(nameOf(ctx)),
    rotateUrl: ROTATE,
    reference: 'https://razorpay.com/docs/api/authentication/',
    samples: {
      match: [{ text: 'RAZORPAY_KEY_SECRET=cyukWbU6cUraYrJjb2Td6mJm', reason: 'dotenv' }],
      noMatch: [{ text: 'RAZORPAY_KEY_ID=cyukWbU6cUraYrJjb2Td6mJm', reason: 'not the secret' }],
    },
  },
];
