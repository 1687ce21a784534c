/**
 * Private AI (private-ai.com, PII redaction API) API keys, sent in the `x-api-key` header
 * (https://docs.private-ai.com/). The key format is not documented; keys seen in the wild are 32
 * alphanumeric characters with no prefix (gitleaks' `privateai-api-token` rule assumes the same), so the
 * key is only recognisable next to a Private-AI-named variable.
 */
import type { Rule, RuleContext } from '../engine/types.js';
import { assignment } from './patterns.js';

const namesCredential = ({ match, secret }: RuleContext) => /key|token|secret|auth/i.test(match.slice(0, match.length - secret.length));

export const rules: Rule[] = [
  {
    id: 'privateai-api-key',
    provider: 'privateai',
    description: 'Private AI API key assigned to a Private-AI-named variable',
    regex: assignment(['privateai', 'private_ai', 'private-ai'], '[A-Za-z0-9]{32}'),
    keywords: ['privateai', 'private_ai', 'private-ai'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    validate: namesCredential,
    rotateUrl: 'https://portal.private-ai.com',
    samples: {
      match: [{ text: 'PRIVATE_AI_API_KEY="uxi5o4gpqzcqok40w0ohupnv50q8tno8"', reason: 'dotenv' }],
      noMatch: [
        { text: 'const privateaiToken = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";', reason: 'placeholder' },
        { text: 'privateai_model_id = "uxi5o4gpqzcqok40w0ohupnv50q8tno8"', reason: 'not a credential name' },
      ],
    },
  },
];
