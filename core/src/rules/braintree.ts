/**
 * Braintree gateway credentials: merchant ID, public key and a 32-hex-character private key (server
 * side, long-lived): https://developer.paypal.com/braintree/articles/control-panel/important-gateway-credentials
 * Client-side tokenization keys `<environment>_<8 chars>_<16 chars>`:
 * https://developer.paypal.com/braintree/docs/guides/authorization/tokenization-key
 */
import type { Rule, RuleContext } from '../engine/types.js';
import { assignment, standalone } from './patterns.js';

const nameOf = ({ match, secret }: RuleContext) => match.slice(0, match.lastIndexOf(secret));

export const rules: Rule[] = [
  {
    id: 'braintree-private-key',
    provider: 'braintree',
    description: 'Braintree API private key (with the public key: full gateway access, refunds and payouts)',
    regex: assignment(['braintree'], '[a-f0-9]{32}'),
    keywords: ['braintree'],
    window: { before: 32, after: 300, crossLines: true },
    severity: 'critical',
    lifetime: 'long-lived',
    entropy: 3,
    validate: (ctx) => /private/i.test(nameOf(ctx)),
    rotateUrl: 'https://www.braintreegateway.com/login',
    reference: 'https://developer.paypal.com/braintree/articles/control-panel/important-gateway-credentials',
    samples: {
      match: [{ text: 'BRAINTREE_PRIVATE_KEY=e69126f24fd8e9949ab3dc97928e9cde', reason: 'dotenv' }],
      noMatch: [{ text: 'BRAINTREE_MERCHANT_ID=e69126f24fd8e9949ab3dc97928e9cde', reason: 'not the private key' }],
    },
  },
  {
    id: 'braintree-tokenization-key',
    provider: 'braintree',
    description: 'Braintree tokenization key (client-side; can only tokenize payment methods)',
    regex: standalone('(?:sandbox|production)_[a-z0-9]{8}_[a-z0-9]{16}'),
    keywords: ['sandbox_', 'production_'],
    severity: 'low',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: 'https://www.braintreegateway.com/login',
    reference: 'https://developer.paypal.com/braintree/docs/guides/authorization/tokenization-key',
    samples: {
      match: [{ text: "braintree.dropin.create({ authorization: 'production_pbuafvr4_68r7ri4ny8kqf26f' })", reason: 'Drop-in config' }],
      noMatch: [{ text: 'production_settings_overrides', reason: 'identifier' }],
    },
  },
];
