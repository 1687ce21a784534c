/**
 * Cloudflare API credentials.
 * Scannable formats (`cfut_` user API token, `cfat_` account API token, `cfk_` Global API Key; 40 chars + checksum):
 * https://developers.cloudflare.com/fundamentals/api/get-started/token-formats/
 * Legacy API tokens (40 chars) and Global API Keys (37 hex): https://developers.cloudflare.com/fundamentals/api/get-started/keys/
 * Origin CA keys (`v1.0-…`): https://developers.cloudflare.com/ssl/origin-configuration/origin-ca/#api-calls
 */
import type { Rule } from '../engine/types.js';
import { assignment, standalone } from './patterns.js';

const TOKENS = 'https://dash.cloudflare.com/profile/api-tokens';

export const rules: Rule[] = [
  {
    id: 'cloudflare-api-token',
    provider: 'cloudflare',
    description: 'Cloudflare user or account API token (cfut_/cfat_)',
    regex: standalone('cf(?:ut|at)_[A-Za-z0-9]{48}'),
    keywords: ['cfut_', 'cfat_'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3.5,
    rotateUrl: TOKENS,
    samples: {
      match: [{ text: 'CLOUDFLARE_API_TOKEN=cfat_GefdNpAtYOWvM3SpDTbhZnGMZaSOfZWj1QH1pDHHd37d3096', reason: 'account token' }],
      noMatch: [
        { text: 'cfat_tooshort', reason: 'too short' },
        { text: 'xcfat_N8D3atfpGfCMPJ2IFDL0EcLPIHyfFcApDRwv5A3N713c9ede', reason: 'glued' },
      ],
    },
  },
  {
    id: 'cloudflare-global-api-key',
    provider: 'cloudflare',
    description: 'Cloudflare Global API Key (cfk_, full account access)',
    regex: standalone('cfk_[A-Za-z0-9]{48}'),
    keywords: ['cfk_'],
    severity: 'critical',
    lifetime: 'long-lived',
    entropy: 3.5,
    rotateUrl: TOKENS,
    samples: {
      match: [{ text: 'CLOUDFLARE_API_KEY=cfk_wtDs9tBAE4dxzIuaoZzTeVXWAo5U3kXVzqo1CTjWdfaa9843', reason: 'global key' }],
      noMatch: [{ text: 'cfk_v6q0yMt1sB1LkArc3czDkXopXx45TSQsbRUweHAAe06b23dbZ', reason: 'too long' }],
    },
  },
  {
    id: 'cloudflare-legacy-api-token',
    provider: 'cloudflare',
    description: 'Cloudflare API token (legacy unprefixed format) assigned to a Cloudflare-named variable',
    regex: assignment(['cloudflare'], '[A-Za-z0-9_-]{40}'),
    keywords: ['cloudflare'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3.5,
    rotateUrl: TOKENS,
    samples: {
      match: [{ text: 'cloudflare_api_token = "oIJZfU0yyxvMkZxJeD3j_0wAq_RM8lCny7y39m5x"', reason: 'assignment' }],
      noMatch: [{ text: 'cloudflare_zone = "example.com"', reason: 'not a token' }],
    },
  },
  {
    id: 'cloudflare-legacy-global-api-key',
    provider: 'cloudflare',
    description: 'Cloudflare Global API Key (legacy 37-hex format) assigned to a Cloudflare-named variable',
    regex: assignment(['cloudflare'], '[a-f0-9]{37}'),
    keywords: ['cloudflare'],
    severity: 'critical',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: TOKENS,
    samples: {
      match: [{ text: 'CLOUDFLARE_GLOBAL_API_KEY: d48e981bdeef1af4b9451fe8a4d82457a3250', reason: 'YAML' }],
      noMatch: [{ text: 'CLOUDFLARE_ACCOUNT_ID: 8d8f20f32752a4dd0732dea05ac58bdd', reason: 'account id (32 hex)' }],
    },
  },
  {
    id: 'cloudflare-origin-ca-key',
    provider: 'cloudflare',
    description: 'Cloudflare Origin CA key',
    // Cloudflare: "The key value always starts with v1.0-" and may vary in length
    // (https://developers.cloudflare.com/fundamentals/api/get-started/ca-keys/): two hex groups of broad length.
    regex: standalone('v1\\.0-[a-f0-9]{16,96}-[a-f0-9]{64,400}'),
    keywords: ['v1.0-'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: TOKENS,
    samples: {
      match: [
        { text: 'CLOUDFLARE_ORIGIN_CA_KEY=v1.0-f94b57483a286efce433af7b-ce9074bd83d44b3c4bfcb09ec73e3c3ca8f2f9b1b1c7534752b9f290640a402a0951fc62212a2a772bf8b34f8e4ef8649a1c1bac07543997394b0fea7e4b7038fc8cc48049fc29ceb1', reason: 'dotenv' },
        { text: 'X-Auth-User-Service-Key: v1.0-b6dac3347cfc64944e3b4d35c19fde2f3fe5a61cb0bf666dc2b1df1357a1bc8a-8acd2702ad88de2f6f682241c7669ad52bb85bd8f964240ef0eb43c819fd485e87df4a7ca60228ee7e2e35673bb17d68f93ed73327872d221872cdffc27545c78eab397ff4e906c93c789cc1ee0c1460', reason: 'longer key (the length varies)' },
      ],
      noMatch: [{ text: 'version: v1.0-beta', reason: 'version string' }],
    },
  },
];
