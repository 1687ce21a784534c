/**
 * Supabase credentials. Personal access tokens `sbp_` + 40 hex (Management API):
 * https://supabase.com/docs/reference/api/introduction ; API keys `sb_secret_…` (bypass Row Level Security) and
 * `sb_publishable_…` (safe to expose), plus the legacy `service_role` JWT:
 * https://supabase.com/docs/guides/api/api-keys
 */
import type { Rule } from '../engine/types.js';
import { parseJwt, jwtLifetime } from '../tokens/jwt.js';
import { assignment, standalone } from './patterns.js';

const API_KEYS = 'https://supabase.com/dashboard/project/_/settings/api-keys';
const JWT = 'eyJ[A-Za-z0-9_-]{10,300}\\.eyJ[A-Za-z0-9_-]{10,2000}\\.[A-Za-z0-9_-]{20,600}';

export const rules: Rule[] = [
  {
    id: 'supabase-personal-access-token',
    provider: 'supabase',
    description: 'Supabase personal access token (Management API)',
    // Issued as 40 hex; the `sbp_` prefix alone identifies Supabase, so the body is read as alphanumeric.
    regex: standalone('sbp_[A-Za-z0-9]{40}'),
    keywords: ['sbp_'],
    severity: 'critical',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: 'https://supabase.com/dashboard/account/tokens',
    samples: {
      match: [{ text: 'SUPABASE_ACCESS_TOKEN=sbp_7604ba26299d4d86d2e36b1286ee2407636e5574', reason: 'CLI token' }],
      noMatch: [{ text: 'sbp_2312db89f5e729687a2a613653e6e4c6fd3ceee70', reason: 'too long' }],
    },
  },
  {
    id: 'supabase-secret-key',
    provider: 'supabase',
    description: 'Supabase secret API key (bypasses Row Level Security)',
    regex: standalone('sb_secret_[A-Za-z0-9_-]{31,64}', { tokenChars: 'A-Za-z0-9_-' }),
    keywords: ['sb_secret_'],
    severity: 'critical',
    lifetime: 'long-lived',
    entropy: 3.5,
    rotateUrl: API_KEYS,
    samples: {
      match: [{ text: 'SUPABASE_SECRET_KEY=sb_secret_nx_FhenWltAXNajajtt-l91A4C-WAlRf', reason: 'server env' }],
      noMatch: [{ text: 'sb_secret_short', reason: 'too short' }],
    },
  },
  {
    id: 'supabase-publishable-key',
    provider: 'supabase',
    description: 'Supabase publishable API key (meant for clients; public)',
    regex: standalone('sb_publishable_[A-Za-z0-9_-]{20,64}', { tokenChars: 'A-Za-z0-9_-' }),
    keywords: ['sb_publishable_'],
    severity: 'low',
    lifetime: 'long-lived',
    entropy: 3.5,
    rotateUrl: API_KEYS,
    samples: {
      match: [{ text: 'NEXT_PUBLIC_SUPABASE_KEY=sb_publishable_R12wmaToE6UmRm-R1M6s1x4quDJPmZ', reason: 'client env' }],
      noMatch: [{ text: 'sb_publishable_x', reason: 'too short' }],
    },
  },
  {
    id: 'supabase-service-role-key',
    provider: 'supabase',
    description: 'Supabase legacy service_role JWT (bypasses Row Level Security)',
    regex: assignment(['supabase', 'service_role', 'servicerole', 'service-role'], JWT, { end: '(?![A-Za-z0-9_.-])' }),
    keywords: ['supabase', 'service_role', 'servicerole', 'service-role'],
    severity: 'critical',
    lifetime: ({ secret, now }) => jwtLifetime(secret, now),
    validate: ({ secret }) => parseJwt(secret)?.payload.role === 'service_role',
    rotateUrl: API_KEYS,
    samples: {
      match: [
        {
          text: 'SUPABASE_SERVICE_ROLE_KEY=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6Imtxd3ZtenRwYnJsaGRjeWZqbm9hIiwicm9sZSI6InNlcnZpY2Vfcm9sZSIsImlhdCI6MTcwMDAwMDAwMCwiZXhwIjoyMDE1NTc2MDAwfQ.9StL-0uEecnn0GI4AXMBmN9o3cM_ucTT5Bib0uwZTrx',
          reason: 'service_role JWT',
        },
      ],
      noMatch: [
        {
          text: 'SUPABASE_ANON_KEY=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6Imtxd3ZtenRwYnJsaGRjeWZqbm9hIiwicm9sZSI6ImFub24iLCJpYXQiOjE3MDAwMDAwMDAsImV4cCI6MjAxNTU3NjAwMH0.m-XeGwhzObt9P41is8c10R6nzkmeoPzvngNRFlu6zYj',
          reason: 'anon key (public)',
        },
      ],
    },
  },
];
