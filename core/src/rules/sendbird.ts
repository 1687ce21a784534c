/**
 * Sendbird Platform API credentials: application id (UUID) and API tokens (40 hex, master or secondary).
 * https://sendbird.com/docs/chat/platform-api/v3/prepare-to-use-api#2-authentication
 */
import type { Rule } from '../engine/types.js';
import { assignment } from './patterns.js';

const ASSIGNED_WINDOW = { before: 64, after: 320, crossLines: true };

export const rules: Rule[] = [
  {
    id: 'sendbird-api-token',
    provider: 'sendbird',
    description: 'Sendbird Platform API token (40 hex) assigned to a Sendbird-named variable',
    regex: assignment(['sendbird'], '[a-f0-9]{40}'),
    keywords: ['sendbird'],
    window: ASSIGNED_WINDOW,
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: 'https://dashboard.sendbird.com/',
    samples: {
      match: [{ text: 'SENDBIRD_API_TOKEN=9b9bcca0fce9594dc72aa7a6d0018f99ddceb1be', reason: 'dotenv' }],
      noMatch: [{ text: 'SENDBIRD_API_TOKEN=0000000000000000000000000000000000000000', reason: 'placeholder' }],
    },
  },
  {
    id: 'sendbird-app-id',
    provider: 'sendbird',
    description: 'Sendbird application id (UUID identifier)',
    regex: assignment(['sendbird'], '[a-fA-F0-9]{8}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{12}'),
    keywords: ['sendbird'],
    window: ASSIGNED_WINDOW,
    severity: 'low',
    lifetime: 'long-lived',
    entropy: 3,
    samples: {
      match: [{ text: "sendbirdAppId: '4E1C2A7B-93D5-4F08-B6A1-2C9E7D3F5A80'", reason: 'app id' }],
      noMatch: [{ text: "sendbirdAppId: '00000000-0000-0000-0000-000000000000'", reason: 'nil UUID' }],
    },
  },
];
