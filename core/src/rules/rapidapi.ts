/**
 * RapidAPI application keys (50 characters), sent as `X-RapidAPI-Key`.
 * https://docs.rapidapi.com/docs/keys-and-key-rotation
 */
import type { Rule } from '../engine/types.js';
import { assignment } from './patterns.js';

/** Values may sit on the line after their name (`<fooToken>\n  value\n</fooToken>`). */
const NEXT_LINE = { before: 32, after: 300, crossLines: true };

export const rules: Rule[] = [
  {
    id: 'rapidapi-access-token',
    provider: 'rapidapi',
    description: 'RapidAPI application key',
    regex: assignment(['rapidapi', 'rapid_api', 'rapid-api'], '[A-Za-z0-9_-]{50}'),
    keywords: ['rapidapi', 'rapid_api', 'rapid-api'],
    window: NEXT_LINE,
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3.2,
    rotateUrl: 'https://rapidapi.com/developer/apps',
    samples: {
      match: [{ text: "headers: { 'X-RapidAPI-Key': 'Ajppnryx6zAW4bfvelz3ty5t0YyhxsTq_pkqTpcVoFxqinvxBG' }", reason: 'request header' }],
      noMatch: [{ text: "'X-RapidAPI-Host': 'weatherapi-com.p.rapidapi.com'", reason: 'host header' }],
    },
  },
];
