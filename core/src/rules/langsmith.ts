/**
 * LangSmith API keys (LangChain). Personal access tokens start with `lsv2_pt_` and service keys with
 * `lsv2_sk_` (https://docs.langchain.com/langsmith/administration-overview , "Service keys are prefixed
 * with lsv2_sk_"); the body is 32 hex characters, `_`, and 10 hex characters. Keys may carry an
 * expiry chosen at creation (https://docs.langchain.com/langsmith/create-account-api-key).
 */
import type { Rule } from '../engine/types.js';
import { standalone } from './patterns.js';

const ROTATE = 'https://smith.langchain.com/settings';

export const rules: Rule[] = [
  {
    id: 'langsmith-personal-access-token',
    provider: 'langsmith',
    description: 'LangSmith personal access token (lsv2_pt_…)',
    regex: standalone('lsv2_pt_[a-f0-9]{32}_[a-f0-9]{10}'),
    keywords: ['lsv2_pt_'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: ROTATE,
    samples: {
      match: [{ text: 'LANGSMITH_API_KEY=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', reason: 'dotenv' }],
      noMatch: [{ text: 'Client(api_key="lsv2_pt_...")', reason: 'elided' }],
    },
  },
  {
    id: 'langsmith-service-key',
    provider: 'langsmith',
    description: 'LangSmith service key (lsv2_sk_…), scoped to workspaces or the whole organization',
    regex: standalone('lsv2_sk_[a-f0-9]{32}_[a-f0-9]{10}'),
    keywords: ['lsv2_sk_'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: ROTATE,
    samples: {
      match: [{ text: 'LANGCHAIN_API_KEY: "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"', reason: 'YAML' }],
      noMatch: [{ text: 'LANGCHAIN_API_KEY: "lsv2_sk_00000000000000000000000000000000_0000000000"', reason: 'placeholder' }],
    },
  },
];
