/**
 * Jina AI API keys (Reader, Search, Embeddings, Reranker APIs), sent as `Authorization: Bearer jina_…`.
 * https://jina.ai/embeddings/ (the key shown under "API KEY & BILLING"). Jina documents the `jina_` prefix
 * but not the body's length: a deliberately broad alphanumeric 32–96. Keys do not expire.
 */
import type { Rule } from '../engine/types.js';
import { standalone } from './patterns.js';

export const rules: Rule[] = [
  {
    id: 'jina-api-key',
    provider: 'jina',
    description: 'Jina AI API key (metered: usage is billed to the key)',
    regex: standalone('jina_[A-Za-z0-9]{32,96}'),
    keywords: ['jina_'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3.5,
    rotateUrl: 'https://jina.ai/api-dashboard/key-manager',
    reference: 'https://jina.ai/embeddings/',
    samples: {
      match: [{ text: "JINA_API_KEY = 'jina_7f2c9a4e1b8d3f6a0c5e9b2d4f7a1c3eQx8Lm2Vp9Rk4Tz7Wn1Hb5Jd3Fs'", reason: 'Python settings' }],
      noMatch: [
        { text: 'model = "jina_embeddings_v2_base_en"', reason: 'a model name' },
        { text: 'jina_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', reason: 'placeholder' },
      ],
    },
  },
];
