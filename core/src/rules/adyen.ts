/**
 * Adyen credentials. API keys (web service users; start with `AQE`, base64 segments joined by `-`; they do
 * not expire): https://docs.adyen.com/development-resources/api-credentials
 * Client keys (`test_` / `live_` + 32 characters, public by design): https://docs.adyen.com/development-resources/client-side-authentication
 * Webhook HMAC keys (64 hex characters): https://docs.adyen.com/development-resources/webhooks/verify-hmac-signatures
 */
import type { Rule, RuleContext } from '../engine/types.js';
import { assignment, standalone } from './patterns.js';

const ROTATE = 'https://ca-live.adyen.com/ca/ca/config/api_credentials_new.shtml';
const NEXT_LINE = { before: 32, after: 300, crossLines: true };
const nameOf = ({ match, secret }: RuleContext) => match.slice(0, match.lastIndexOf(secret));

export const rules: Rule[] = [
  {
    id: 'adyen-api-key',
    provider: 'adyen',
    description: 'Adyen API key (web service user: payments, refunds and payouts)',
    regex:
      /(?<![A-Za-z0-9+/])(?<secret>AQE[A-Za-z0-9+/]{40,250}={0,2}-[A-Za-z0-9+/]{43}=(?:-[!#-&(-~]{1,32})?)(?![A-Za-z0-9+/])/,
    keywords: ['AQE'],
    keywordsMatchCase: true,
    severity: 'critical',
    lifetime: 'long-lived',
    entropy: 4,
    rotateUrl: ROTATE,
    reference: 'https://docs.adyen.com/development-resources/api-credentials',
    samples: {
      match: [
        {
          text: 'ADYEN_API_KEY=AQEhO/ezASWl91f2C949/DVbp5rEUVkFTr0/Oce0Hfttcrk+CzdxutJpnrMJ76eRWKU==-5maQRqv0Esioi0Ek+9Qod1x578KqBT51WRIgSreo9a6=-Kx]7<vQ2#mZ',
          reason: 'full API key',
        },
      ],
      noMatch: [{ text: 'ADYEN_API_KEY=AQE...', reason: 'elided' }],
    },
  },
  {
    id: 'adyen-client-key',
    provider: 'adyen',
    description: 'Adyen client key (public, used by Drop-in/Components in the browser)',
    regex: standalone('(?:test|live)_[A-Z0-9]{32}'),
    keywords: ['adyen'],
    window: { before: 200, after: 300, crossLines: true },
    severity: 'low',
    lifetime: 'long-lived',
    entropy: 3,
    reference: 'https://docs.adyen.com/development-resources/client-side-authentication',
    samples: {
      match: [{ text: "const adyenConfig = { clientKey: 'live_98W9Y3ZMRA1509BMYGGE9BX7BR9KY35Q' };", reason: 'Drop-in config' }],
      noMatch: [{ text: "const config = { clientKey: 'live_98W9Y3ZMRA1509BMYGGE9BX7BR9KY35Q' };", reason: 'no Adyen context' }],
    },
  },
  {
    id: 'adyen-hmac-key',
    provider: 'adyen',
    description: 'Adyen webhook HMAC key (forges payment notifications) assigned to an Adyen-named variable',
    regex: assignment(['adyen'], '[A-F0-9]{64}'),
    keywords: ['adyen'],
    window: NEXT_LINE,
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    validate: (ctx) => /hmac/i.test(nameOf(ctx)),
    rotateUrl: 'https://ca-live.adyen.com/ca/ca/config/showthirdparty.shtml',
    reference: 'https://docs.adyen.com/development-resources/webhooks/verify-hmac-signatures',
    samples: {
      match: [{ text: 'ADYEN_HMAC_KEY=01A0DB3F3AB9A5DFBCF8A8E234E93DA22F772064BA49C997FD805D9E8DCFD269', reason: 'dotenv' }],
      noMatch: [{ text: 'ADYEN_MERCHANT_ACCOUNT=01A0DB3F3AB9A5DFBCF8A8E234E93DA22F772064BA49C997FD805D9E8DCFD269', reason: 'not an HMAC key name' }],
    },
  },
];
