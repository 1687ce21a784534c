/**
 * Checkout.com API keys: secret keys `sk_` and public keys `pk_`; sandbox keys carry `sbox_` (current
 * platform) or `test_` (previous platform, UUID bodies): https://www.checkout.com/docs/developer-resources/api/manage-api-keys
 * and https://checkout.com/docs/resources/api-authentication/api-keys . Keys do not expire until deleted.
 * The bare `sk_` / `pk_` prefixes are shared with many providers, so these rules only look near a
 * mention of Checkout.com (`checkout`, or the SDK's conventional `cko` name).
 */
import type { Rule } from '../engine/types.js';
import { standalone } from './patterns.js';

const ROTATE = 'https://dashboard.checkout.com/developers/keys';
const NEAR = { before: 200, after: 300, crossLines: true };
const UUID = '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}';
const BODY = `(?:${UUID}|[a-z0-9]{26,30})`;
const TOKEN_CHARS = 'A-Za-z0-9_-';

export const rules: Rule[] = [
  {
    id: 'checkout-secret-key',
    provider: 'checkout',
    description: 'Checkout.com secret API key (payments, refunds, payouts; sandbox keys are medium)',
    regex: standalone(`sk_(?:sbox_|test_)?${BODY}`, { tokenChars: TOKEN_CHARS }),
    keywords: ['checkout', 'cko'],
    window: NEAR,
    severity: 'critical',
    lifetime: ({ secret }) =>
      /^sk_(?:sbox|test)_/.test(secret) ? { lifetime: 'long-lived', severity: 'medium', note: 'sandbox key' } : { lifetime: 'long-lived' },
    entropy: 3,
    rotateUrl: ROTATE,
    reference: 'https://www.checkout.com/docs/developer-resources/api/manage-api-keys',
    samples: {
      match: [
        { text: "const cko = new Checkout('sk_tddm6dwkwvbr6fk6g4uuzf5y9s');", reason: 'production secret key' },
        { text: 'CHECKOUT_SECRET_KEY=sk_test_654704bc-9d98-4d30-a2b1-e7fc579f67ec', reason: 'previous-platform sandbox key' },
      ],
      noMatch: [{ text: "const client = new Client('sk_tddm6dwkwvbr6fk6g4uuzf5y9s');", reason: 'no Checkout.com context' }],
    },
  },
  {
    id: 'checkout-public-key',
    provider: 'checkout',
    description: 'Checkout.com public API key (client-side tokenization)',
    regex: standalone(`pk_(?:sbox_|test_)?${BODY}`, { tokenChars: TOKEN_CHARS }),
    keywords: ['checkout', 'cko'],
    window: NEAR,
    severity: 'low',
    lifetime: 'long-lived',
    entropy: 3,
    reference: 'https://www.checkout.com/docs/developer-resources/api/manage-api-keys',
    samples: {
      match: [{ text: "Frames.init({ publicKey: 'pk_sbox_6eopi3g16b3v1zqajkak23ma47' }); // checkout", reason: 'Frames config' }],
      noMatch: [{ text: "checkout publicKey: 'pk_sbox_'", reason: 'empty' }],
    },
  },
];
