/**
 * Mistral AI API keys: 32 alphanumeric characters with no prefix, created in La Plateforme
 * (https://docs.mistral.ai/getting-started/quickstart/ , "Account > API keys") and sent as a bearer token
 * (https://docs.mistral.ai/api/). Without a prefix the key is only recognisable next to a Mistral-named
 * variable (MISTRAL_API_KEY, mistralApiKey …).
 */
import type { Rule, RuleContext } from '../engine/types.js';
import { assignment } from './patterns.js';

/** The variable must name a credential (`MISTRAL_API_KEY`), not a model or endpoint. */
const namesCredential = ({ match, secret }: RuleContext) => /key|token|secret|auth/i.test(match.slice(0, match.length - secret.length));

export const rules: Rule[] = [
  {
    id: 'mistral-api-key',
    provider: 'mistral',
    description: 'Mistral AI API key assigned to a Mistral-named variable',
    regex: assignment(['mistral'], '[A-Za-z0-9]{32}'),
    keywords: ['mistral'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3.5,
    validate: namesCredential,
    rotateUrl: 'https://console.mistral.ai/api-keys',
    samples: {
      match: [
        { text: 'MISTRAL_API_KEY=hSbZOmLoi6aTAhJjNoS6leKUnvlkMxY0', reason: 'dotenv' },
        { text: '"env": { "MISTRAL_API_KEY": "hSbZOmLoi6aTAhJjNoS6leKUnvlkMxY0" }', reason: 'MCP env block' },
      ],
      noMatch: [
        { text: 'MISTRAL_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', reason: 'placeholder' },
        { text: 'mistral_model = "hSbZOmLoi6aTAhJjNoS6leKUnvlkMxY0"', reason: 'not a credential name' },
      ],
    },
  },
];
