/**
 * Helicone (LLM gateway / observability) API keys: `sk-helicone-` (write) and `pk-helicone-` (read)
 * followed by four dash-separated groups of 7 lowercase base32 characters; EU-region keys insert `eu-`
 * and proxy keys `proxy-` (https://docs.helicone.ai/helicone-headers/helicone-auth ,
 * https://docs.helicone.ai/getting-started/quick-start). A read key exposes every logged prompt and
 * completion, so it is not treated as public.
 */
import type { Rule } from '../engine/types.js';
import { standalone } from './patterns.js';

const BODY = '(?:eu-)?(?:proxy-)?[a-z0-9]{7}(?:-[a-z0-9]{7}){3}';
const ROTATE = 'https://us.helicone.ai/settings/api-keys';

export const rules: Rule[] = [
  {
    id: 'helicone-api-key',
    provider: 'helicone',
    description: 'Helicone write API key (sk-helicone-…)',
    regex: standalone(`sk-helicone-${BODY}`, { tokenChars: 'A-Za-z0-9_-' }),
    keywords: ['sk-helicone-'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: ROTATE,
    samples: {
      match: [{ text: 'HELICONE_API_KEY=sk-helicone-mx8ojhl-82ktd4f-yniy34k-inm5tou', reason: 'dotenv' }],
      noMatch: [{ text: 'HELICONE_API_KEY=sk-helicone-...', reason: 'elided' }],
    },
  },
  {
    id: 'helicone-read-key',
    provider: 'helicone',
    description: 'Helicone read-only API key (pk-helicone-…): reads logged requests',
    regex: standalone(`pk-helicone-${BODY}`, { tokenChars: 'A-Za-z0-9_-' }),
    keywords: ['pk-helicone-'],
    severity: 'medium',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: ROTATE,
    samples: {
      match: [{ text: 'helicone_read_key: pk-helicone-kq4dqtv-x5ltnt6-bn8cuwv-tlhuyek', reason: 'YAML' }],
      noMatch: [{ text: 'pk-helicone-…', reason: 'elided' }],
    },
  },
];
