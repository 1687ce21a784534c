/**
 * Pinecone API keys. Current keys are `pcsk_<key id>_<secret>` (a 5–6 character id shown in the console,
 * then ~63 alphanumerics): https://docs.pinecone.io/guides/projects/manage-api-keys . Keys created before
 * the 2024 format change are UUIDs, recognisable only next to a Pinecone-named variable
 * (PINECONE_API_KEY): https://docs.pinecone.io/reference/api/authentication .
 */
import type { Rule, RuleContext } from '../engine/types.js';
import { assignment, standalone } from './patterns.js';

const ROTATE = 'https://app.pinecone.io/organizations/-/projects/-/keys';
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const namesCredential = ({ match, secret }: RuleContext) => /key|token|secret|auth/i.test(match.slice(0, match.length - secret.length));

export const rules: Rule[] = [
  {
    id: 'pinecone-api-key',
    provider: 'pinecone',
    description: 'Pinecone API key (pcsk_…)',
    regex: standalone('pcsk_[A-Za-z0-9]{4,8}_[A-Za-z0-9]{50,70}', { tokenChars: 'A-Za-z0-9_-' }),
    keywords: ['pcsk_'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3.5,
    rotateUrl: ROTATE,
    samples: {
      match: [
        { text: 'PINECONE_API_KEY=pcsk_5wGI1_mfdQGeLmjTMpQrlSScRG1xQYCf4cMfZtuvSJENsRG5lxlbA2abdqCP3L4cNUriC', reason: 'dotenv' },
      ],
      noMatch: [{ text: 'PINECONE_API_KEY=pcsk_...', reason: 'elided' }],
    },
  },
  {
    id: 'pinecone-legacy-api-key',
    provider: 'pinecone',
    description: 'Pinecone legacy (UUID) API key assigned to a Pinecone-named variable',
    regex: assignment(['pinecone'], UUID, { flags: 'i' }),
    keywords: ['pinecone'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    validate: namesCredential,
    rotateUrl: ROTATE,
    samples: {
      match: [{ text: 'PINECONE_API_KEY="974a8895-1c73-4190-8dd1-b727d396390d"', reason: 'legacy key in dotenv' }],
      noMatch: [
        { text: 'PINECONE_INDEX_ID="974a8895-1c73-4190-8dd1-b727d396390d"', reason: 'not a credential name' },
        { text: 'PINECONE_API_KEY="00000000-0000-0000-0000-000000000000"', reason: 'placeholder' },
      ],
    },
  },
];
