/**
 * Duffel API access tokens: `duffel_live_` / `duffel_test_` followed by 43 base64url characters; they
 * do not expire until revoked: https://duffel.com/docs/api/overview/making-requests/authentication
 * and https://duffel.com/docs/guides/getting-started-with-flights (test mode).
 */
import type { Rule } from '../engine/types.js';

const ROTATE = 'https://app.duffel.com/tokens';
/** The body may hold `=`; a token must not be preceded by a token character nor followed by a body character. */
const token = (body: string) => new RegExp(`(?<![A-Za-z0-9_-])(?<secret>${body})(?![A-Za-z0-9_=-])`);

export const rules: Rule[] = [
  {
    id: 'duffel-live-access-token',
    provider: 'duffel',
    description: 'Duffel live access token (books and pays for real flights and stays)',
    regex: token('duffel_live_[A-Za-z0-9_=-]{43}'),
    keywords: ['duffel_live_'],
    severity: 'critical',
    lifetime: 'long-lived',
    entropy: 3.2,
    rotateUrl: ROTATE,
    reference: 'https://duffel.com/docs/api/overview/making-requests/authentication',
    samples: {
      match: [{ text: 'DUFFEL_ACCESS_TOKEN=duffel_live_vJ2X0CVEATBnpOahBoRebMypAXJeRRS1inxGNDFyuAI', reason: 'dotenv' }],
      noMatch: [{ text: 'duffel_live_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', reason: 'placeholder' }],
    },
  },
  {
    id: 'duffel-test-access-token',
    provider: 'duffel',
    description: 'Duffel test-mode access token',
    regex: token('duffel_test_[A-Za-z0-9_=-]{43}'),
    keywords: ['duffel_test_'],
    severity: 'medium',
    lifetime: 'long-lived',
    entropy: 3.2,
    rotateUrl: ROTATE,
    reference: 'https://duffel.com/docs/api/overview/making-requests/authentication',
    samples: {
      match: [{ text: "new Duffel({ token: 'duffel_test_Ua2lSkxlgZmEcvevu6pgLGSVqOGr4kOIPYxqYuYSdxr' })", reason: 'SDK init' }],
      noMatch: [{ text: 'duffel_test_token', reason: 'too short' }],
    },
  },
];
