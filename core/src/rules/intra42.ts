/**
 * 42 (École 42) intranet API application credentials: client secret `s-s4t2ud-<64 hex>` / `s-s4t2af-…`
 * and client uid `u-s4t2ud-<64 hex>`. https://api.intra.42.fr/apidoc/guides/getting_started
 * Secrets rotate on a fixed schedule set by the intranet, but stay valid for weeks: treated as long-lived.
 */
import type { Rule } from '../engine/types.js';
import { standalone } from './patterns.js';

const ROTATE = 'https://profile.intra.42.fr/oauth/applications';

export const rules: Rule[] = [
  {
    id: 'intra42-client-secret',
    provider: 'intra42',
    description: '42 intranet OAuth client secret (s-s4t2ud- / s-s4t2af-)',
    regex: standalone('s-s4t2(?:ud|af)-[a-f0-9]{64}', { tokenChars: 'A-Za-z0-9_-' }),
    keywords: ['s-s4t2ud-', 's-s4t2af-'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: ROTATE,
    samples: {
      match: [{ text: 'FT_SECRET=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', reason: 'dotenv' }],
      noMatch: [{ text: 's-s4t2ud-0000000000000000000000000000000000000000000000000000000000000000', reason: 'placeholder' }],
    },
  },
  {
    id: 'intra42-client-id',
    provider: 'intra42',
    description: '42 intranet OAuth client uid (public identifier)',
    regex: standalone('u-s4t2(?:ud|af)-[a-f0-9]{64}', { tokenChars: 'A-Za-z0-9_-' }),
    keywords: ['u-s4t2ud-', 'u-s4t2af-'],
    severity: 'low',
    lifetime: 'long-lived',
    entropy: 3,
    samples: {
      match: [{ text: 'FT_UID=u-s4t2ud-d9b1ecb19dd8b7c46b26a22eccdf03eeddf52ecf4076c19ace327203f26e16af', reason: 'client uid' }],
      noMatch: [{ text: 'u-s4t2ud-', reason: 'prefix only' }],
    },
  },
];
