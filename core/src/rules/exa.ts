/**
 * Exa (search API for agents) API keys: UUIDs with no prefix, sent in the `x-api-key` header and read
 * from EXA_API_KEY (https://docs.exa.ai/reference/getting-started , keys at https://dashboard.exa.ai/api-keys).
 * Recognisable only next to an Exa-named variable.
 */
import type { Rule } from '../engine/types.js';
import { assignment } from './patterns.js';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const NAMES = ['exa_api_key', 'exaapikey', 'exa-api-key', 'exa_key', 'exa_token'];

export const rules: Rule[] = [
  {
    id: 'exa-api-key',
    provider: 'exa',
    description: 'Exa API key (UUID) assigned to EXA_API_KEY / exaApiKey',
    regex: assignment(NAMES, UUID, { flags: 'i', nameSlack: 8 }),
    keywords: NAMES,
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: 'https://dashboard.exa.ai/api-keys',
    samples: {
      match: [
        { text: 'EXA_API_KEY=d0c7e44a-2f60-4f83-9af7-47436b020fb7', reason: 'dotenv' },
        { text: '"env": { "EXA_API_KEY": "d0c7e44a-2f60-4f83-9af7-47436b020fb7" }', reason: 'MCP env' },
      ],
      noMatch: [{ text: 'EXA_API_KEY=00000000-0000-0000-0000-000000000000', reason: 'placeholder' }],
    },
  },
];
