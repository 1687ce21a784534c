/**
 * Vercel tokens. Prefixed formats: `vcp_` personal access token, `vci_` integration token, `vck_` AI Gateway API key,
 * `vca_` app (Sign in with Vercel) access token valid one hour, `vcr_` app refresh token valid 30 days:
 * https://vercel.com/docs/sign-in-with-vercel/tokens and https://vercel.com/docs/accounts/access-tokens
 * Older access tokens are 24 alphanumerics with no prefix.
 */
import type { Rule } from '../engine/types.js';
import { assignment, standalone } from './patterns.js';

const ROTATE = 'https://vercel.com/account/settings/tokens';

export const rules: Rule[] = [
  {
    id: 'vercel-access-token',
    provider: 'vercel',
    description: 'Vercel personal access token, integration token or AI Gateway key',
    regex: standalone('vc[pik]_[A-Za-z0-9]{24,64}'),
    keywords: ['vcp_', 'vci_', 'vck_'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3.5,
    rotateUrl: ROTATE,
    samples: {
      match: [
        { text: 'VERCEL_TOKEN=vcp_7dKS44ZE87yk9in6HAy3CTwghbXlxGo83ngg9xbD', reason: 'personal token' },
        { text: 'AI_GATEWAY_API_KEY=vck_1ys8CVXcDdMpzI0bCZMlms82X78FYXa7MUxPDIdk', reason: 'AI Gateway key' },
      ],
      noMatch: [{ text: 'vcp_abc', reason: 'too short' }],
    },
  },
  {
    id: 'vercel-app-access-token',
    provider: 'vercel',
    description: 'Vercel app access token (Sign in with Vercel, valid one hour)',
    regex: standalone('vca_[A-Za-z0-9]{24,64}'),
    keywords: ['vca_'],
    severity: 'high',
    lifetime: 'short-lived',
    entropy: 3.5,
    rotateUrl: ROTATE,
    samples: {
      match: [{ text: 'access_token: vca_MZJM3nke6c6ZZCYeCbgnEgjv0AJr86Wc134UGadwykSJyU8xyGzfkyco', reason: 'token response' }],
      noMatch: [{ text: 'vca_short', reason: 'too short' }],
    },
  },
  {
    id: 'vercel-app-refresh-token',
    provider: 'vercel',
    description: 'Vercel app refresh token (valid 30 days)',
    regex: standalone('vcr_[A-Za-z0-9]{24,64}'),
    keywords: ['vcr_'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3.5,
    rotateUrl: ROTATE,
    samples: {
      match: [{ text: 'refresh_token: vcr_PGNMdFACjyBgRjqh0zgomRBynPqDfXar0zsEPatE', reason: 'token response' }],
      noMatch: [{ text: 'vcr_short', reason: 'too short' }],
    },
  },
  {
    id: 'vercel-legacy-token',
    provider: 'vercel',
    description: 'Vercel access token (legacy unprefixed format) assigned to a Vercel-named variable',
    regex: assignment(['vercel'], '[A-Za-z0-9]{24}'),
    keywords: ['vercel'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3.5,
    rotateUrl: ROTATE,
    samples: {
      match: [{ text: 'VERCEL_TOKEN=KC2qmuioibp1b2MEHLhyqqOy', reason: 'dotenv' }],
      noMatch: [{ text: 'VERCEL_ORG_ID=team_abc', reason: 'not a token' }],
    },
  },
];
