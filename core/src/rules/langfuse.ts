/**
 * Langfuse (LLM observability) project API keys: a secret key `sk-lf-<uuid>` and a public key
 * `pk-lf-<uuid>`, used together as Basic auth (https://langfuse.com/docs/api-and-data-platform/features/public-api ,
 * https://langfuse.com/faq/all/where-are-langfuse-api-keys). The public key identifies the project and is
 * meant to ship in client code; the secret key reads and writes all traces (prompts included).
 */
import type { Rule } from '../engine/types.js';
import { standalone } from './patterns.js';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const ROTATE = 'https://cloud.langfuse.com';

export const rules: Rule[] = [
  {
    id: 'langfuse-secret-key',
    provider: 'langfuse',
    description: 'Langfuse secret API key (sk-lf-…)',
    regex: standalone(`sk-lf-${UUID}`, { tokenChars: 'A-Za-z0-9_-' }),
    keywords: ['sk-lf-'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: ROTATE,
    samples: {
      match: [{ text: 'LANGFUSE_SECRET_KEY="sk-lf-85403739-55be-46d2-8b20-cbf54696db23"', reason: 'dotenv' }],
      noMatch: [{ text: 'LANGFUSE_SECRET_KEY="sk-lf-..."', reason: 'elided' }],
    },
  },
  {
    id: 'langfuse-public-key',
    provider: 'langfuse',
    description: 'Langfuse public API key (pk-lf-…): identifies a project, harmless alone',
    regex: standalone(`pk-lf-${UUID}`, { tokenChars: 'A-Za-z0-9_-' }),
    keywords: ['pk-lf-'],
    severity: 'low',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: ROTATE,
    samples: {
      match: [{ text: 'LANGFUSE_PUBLIC_KEY=pk-lf-5f5d2256-4644-4e2c-858f-596ea99b6491', reason: 'dotenv' }],
      noMatch: [{ text: 'LANGFUSE_PUBLIC_KEY=pk-lf-00000000-0000-0000-0000-000000000000', reason: 'placeholder' }],
    },
  },
];
