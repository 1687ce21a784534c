/**
 * Finnhub API key (20 lowercase alphanumerics, passed as `token=` or `X-Finnhub-Token`; does not
 * expire): https://finnhub.io/docs/api/authentication
 * No prefix, so the value must be assigned to a Finnhub-named variable or header.
 */
import type { Rule } from '../engine/types.js';
import { assignment } from './patterns.js';

export const rules: Rule[] = [
  {
    id: 'finnhub-api-key',
    provider: 'finnhub',
    description: 'Finnhub market-data API key (read-only data access, billed quota)',
    regex: assignment(['finnhub'], '[a-z0-9]{20}'),
    keywords: ['finnhub'],
    window: { before: 32, after: 300, crossLines: true },
    severity: 'medium',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: 'https://finnhub.io/dashboard',
    reference: 'https://finnhub.io/docs/api/authentication',
    samples: {
      match: [
        { text: 'FINNHUB_API_KEY=5i8uuva5ofjdhtq9e8lg', reason: 'dotenv' },
        { text: "headers: { 'X-Finnhub-Token': '5i8uuva5ofjdhtq9e8lg' }", reason: 'header' },
      ],
      noMatch: [{ text: 'FINNHUB_API_KEY=aaaaaaaaaaaaaaaaaaaa', reason: 'placeholder' }],
    },
  },
];
