/**
 * PayPal credentials. REST app client ID / secret and OAuth access tokens (bearer tokens expire after
 * `expires_in`, about 9 hours): https://developer.paypal.com/api/rest/authentication/ and
 * https://developer.paypal.com/api/rest/#link-getclientidandclientsecret
 * Braintree-SDK access tokens for PayPal Express Checkout (`access_token$production$<merchant>$<hex>`):
 * https://developer.paypal.com/braintree/docs/guides/paypal/server-side/overview (long-lived, revoked in the PayPal dashboard).
 */
import type { Rule, RuleContext } from '../engine/types.js';
import { assignment, standalone } from './patterns.js';

const ROTATE = 'https://developer.paypal.com/dashboard/applications';
/** The variable name part of an assignment match (everything before the value). */
const nameOf = ({ match, secret }: RuleContext) => match.slice(0, match.lastIndexOf(secret));

export const rules: Rule[] = [
  {
    id: 'paypal-braintree-access-token',
    provider: 'paypal',
    description: 'PayPal/Braintree access token (access_token$production$…) for Express Checkout',
    regex: standalone('access_token\\$(?:production|sandbox)\\$[a-z0-9]{16}\\$[a-f0-9]{32}', { tokenChars: 'A-Za-z0-9_$' }),
    keywords: ['access_token$'],
    severity: 'critical',
    lifetime: (ctx) =>
      ctx.secret.includes('$sandbox$') ? { lifetime: 'long-lived', severity: 'medium', note: 'sandbox token' } : { lifetime: 'long-lived' },
    entropy: 3,
    rotateUrl: ROTATE,
    reference: 'https://developer.paypal.com/braintree/docs/guides/paypal/server-side/overview',
    samples: {
      match: [
        { text: 'BT_ACCESS_TOKEN=access_token$production$7kq2m9x4vd3b8n1c$4f9a2c7e1b8d3f6a0c5e9b2d7a1f4c8e', reason: 'production token' },
      ],
      noMatch: [{ text: 'access_token$production$merchant_id$hex', reason: 'template' }],
    },
  },
  {
    id: 'paypal-oauth-access-token',
    provider: 'paypal',
    description: 'PayPal REST OAuth bearer token (A21AA…, expires after hours)',
    regex: standalone('A21AA[A-Za-z0-9_-]{60,200}', { tokenChars: 'A-Za-z0-9_-' }),
    keywords: ['a21aa'],
    severity: 'high',
    lifetime: 'short-lived',
    entropy: 3.5,
    reference: 'https://developer.paypal.com/api/rest/authentication/',
    samples: {
      match: [
        {
          text: 'Authorization: Bearer A21AAK7q3Zp9Lx2Vm8Rc4Nw6Ty1Bd5Hf0Gj3Sk7Pu9Qe2Wa4Zo6Xi8Cv1Mb3Nl5Rt7Ys9Dh2Fg4Jk6Lp8Qw0Er3Ty',
          reason: 'bearer header',
        },
      ],
      noMatch: [{ text: 'A21AAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', reason: 'placeholder' }],
    },
  },
  {
    id: 'paypal-client-secret',
    provider: 'paypal',
    description: 'PayPal REST app client secret assigned to a PayPal-named variable',
    regex: assignment(['paypal'], '[A-Za-z0-9_-]{60,80}'),
    keywords: ['paypal'],
    window: { before: 32, after: 300, crossLines: true },
    severity: 'critical',
    lifetime: 'long-lived',
    entropy: 3.5,
    validate: (ctx) => /secret/i.test(nameOf(ctx)),
    rotateUrl: ROTATE,
    reference: 'https://developer.paypal.com/api/rest/#link-getclientidandclientsecret',
    samples: {
      match: [
        {
          text: 'PAYPAL_CLIENT_SECRET=EOOfd9syTKttEy0b9CANrtJ7h9c2halA5tCax3WzV1-vMlAMUC_PgEal1xYqvEwbgvlW7DdMVusNB4X3',
          reason: '80-char secret',
        },
      ],
      noMatch: [
        {
          text: 'PAYPAL_CLIENT_ID=AnSL76dlnOq33S9GY8Tj0WXX_VT7LZRxZM42IhhKdsL-IaSEtQ5UyUtEb_IdJ8wosnoSeBCTz1dO7nD4',
          reason: 'client id, not the secret',
        },
      ],
    },
  },
  {
    id: 'paypal-client-id',
    provider: 'paypal',
    description: 'PayPal REST app client ID (public identifier, sent to the browser by the JS SDK)',
    regex: assignment(['paypal'], 'A[A-Za-z0-9_-]{59,79}'),
    keywords: ['paypal'],
    window: { before: 32, after: 300, crossLines: true },
    severity: 'low',
    lifetime: 'long-lived',
    entropy: 3.5,
    validate: (ctx) => /client[-_ .]?id/i.test(nameOf(ctx)),
    reference: 'https://developer.paypal.com/api/rest/#link-getclientidandclientsecret',
    samples: {
      match: [
        {
          text: 'PAYPAL_CLIENT_ID=AnSL76dlnOq33S9GY8Tj0WXX_VT7LZRxZM42IhhKdsL-IaSEtQ5UyUtEb_IdJ8wosnoSeBCTz1dO7nD4',
          reason: '80-char client id',
        },
      ],
      noMatch: [{ text: 'PAYPAL_CLIENT_ID=sb', reason: 'sandbox shortcut' }],
    },
  },
];
