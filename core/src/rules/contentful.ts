/**
 * Contentful tokens.
 * Content Management API personal access tokens: `CFPAT-<43 chars>` (read/write to every space of the user):
 * https://www.contentful.com/developers/docs/references/authentication/#the-content-management-api
 * Content Delivery / Preview API keys (43 chars, read-only): same page, "The Content Delivery API".
 */
import type { Rule } from '../engine/types.js';
import { assignment, standalone } from './patterns.js';

export const rules: Rule[] = [
  {
    id: 'contentful-personal-access-token',
    provider: 'contentful',
    description: 'Contentful Content Management API personal access token (CFPAT-)',
    regex: standalone('CFPAT-[A-Za-z0-9_-]{43}', { tokenChars: 'A-Za-z0-9_-' }),
    keywords: ['cfpat-'],
    severity: 'critical',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: 'https://app.contentful.com/account/profile/cma_tokens',
    samples: {
      match: [{ text: 'CONTENTFUL_MANAGEMENT_TOKEN=CFPAT-6BPdnbiZShDW0WCdGcH3EDTAP2JM-Bu9IrMKlQa_FuO', reason: 'CMA token' }],
      noMatch: [{ text: 'CFPAT-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', reason: 'placeholder' }],
    },
  },
  {
    id: 'contentful-delivery-token',
    provider: 'contentful',
    description: 'Contentful Content Delivery / Preview API key (43 chars, read-only) assigned to a Contentful-named variable',
    regex: assignment(['contentful'], '[A-Za-z0-9_-]{43}'),
    keywords: ['contentful'],
    window: { before: 64, after: 320, crossLines: true },
    severity: 'medium',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: 'https://www.contentful.com/help/api-keys/',
    samples: {
      match: [{ text: 'CONTENTFUL_ACCESS_TOKEN=5BgAUf4x3rMdotbrMtTmv7Yl1RYQeEzberD3ncgOiop', reason: 'delivery token' }],
      noMatch: [{ text: 'CONTENTFUL_SPACE_ID=a1b2c3d4e5f6', reason: 'space id' }],
    },
  },
];
