/**
 * Fireworks AI API keys: `fw_` followed by ~24 alphanumeric characters, created with `firectl create
 * api-key` or in the dashboard (https://docs.fireworks.ai/api-reference/introduction ,
 * https://docs.fireworks.ai/getting-started/quickstart). `fw_` alone is too common a prefix (firmware
 * identifiers), so the line must name Fireworks (FIREWORKS_API_KEY, api.fireworks.ai …).
 */
import type { Rule, RuleContext } from '../engine/types.js';
import { standalone } from './patterns.js';

/** A random key body mixes digits and both cases; identifiers do not. */
const mixed = ({ secret }: RuleContext) => /\d/.test(secret) && /[A-Z]/.test(secret) && /[a-z]/.test(secret.slice(3));

export const rules: Rule[] = [
  {
    id: 'fireworks-api-key',
    provider: 'fireworks',
    description: 'Fireworks AI API key (fw_…) on a line naming Fireworks',
    regex: standalone('fw_[A-Za-z0-9]{20,40}', { tokenChars: 'A-Za-z0-9_-' }),
    keywords: ['fireworks'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3.5,
    validate: mixed,
    rotateUrl: 'https://fireworks.ai/account/api-keys',
    samples: {
      match: [
        { text: 'FIREWORKS_API_KEY=fw_ishGCSt5RiRN87Jer5sB4GJx', reason: 'dotenv' },
        { text: 'OpenAI(base_url="https://api.fireworks.ai/inference/v1", api_key="fw_ishGCSt5RiRN87Jer5sB4GJx")', reason: 'OpenAI SDK pointed at Fireworks' },
      ],
      noMatch: [
        { text: 'FIREWORKS_API_KEY=fw_...', reason: 'elided' },
        { text: 'fw_ishGCSt5RiRN87Jer5sB4GJx', reason: 'no Fireworks context' },
      ],
    },
  },
];
