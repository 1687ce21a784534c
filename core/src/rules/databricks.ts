/**
 * Databricks personal access tokens (`dapi` + 32 hex, optional `-N` suffix; lifetime set at creation, up to 730 days):
 * https://docs.databricks.com/aws/en/dev-tools/auth/pat
 * Service-principal OAuth secrets (`dose` + 32 hex, up to 730 days): https://docs.databricks.com/aws/en/dev-tools/auth/oauth-m2m
 */
import type { Rule } from '../engine/types.js';
import { standalone } from './patterns.js';

export const rules: Rule[] = [
  {
    id: 'databricks-api-token',
    provider: 'databricks',
    description: 'Databricks personal access token',
    regex: standalone('dapi[a-fA-F0-9]{32}(?:-[0-9]{1,2})?', { tokenChars: 'A-Za-z0-9_-' }),
    keywords: ['dapi'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: 'https://docs.databricks.com/aws/en/dev-tools/auth/pat#revoke-a-personal-access-token',
    samples: {
      match: [
        { text: 'DATABRICKS_TOKEN=dapi436a6b38295689a6e6738c61a5646312', reason: 'env var' },
        { text: 'token = dapi7686a9d09d1b65d21c6ae5192c6a2b34-2', reason: 'with suffix' },
      ],
      noMatch: [
        { text: 'mydapie48859393849d13f2ab4594feeb25845', reason: 'glued' },
        { text: 'DATABRICKS_TOKEN=dapi123456789012345678a9bc01234defg5', reason: 'not hex' },
      ],
    },
  },
  {
    id: 'databricks-oauth-secret',
    provider: 'databricks',
    description: 'Databricks service-principal OAuth secret',
    regex: standalone('dose[a-f0-9]{32}', { tokenChars: 'A-Za-z0-9_-' }),
    keywords: ['dose'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: 'https://docs.databricks.com/aws/en/dev-tools/auth/oauth-m2m',
    samples: {
      match: [{ text: 'DATABRICKS_CLIENT_SECRET=dose7879e5ef9dd4fa965f3642882902da3c', reason: 'env var' }],
      noMatch: [{ text: 'the dose was 5mg', reason: 'prose' }],
    },
  },
];
