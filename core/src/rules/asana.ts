/**
 * Asana credentials.
 * Personal access tokens: `1/<user gid>:<32 hex>` and `2/<user gid>/<token gid>:<32 hex>`:
 * https://developers.asana.com/docs/personal-access-token
 * OAuth app client id (16 digits, public) and client secret (32 chars): https://developers.asana.com/docs/oauth
 */
import type { Rule } from '../engine/types.js';
import { assignment } from './patterns.js';

const ASSIGNED_WINDOW = { before: 64, after: 320, crossLines: true };

export const rules: Rule[] = [
  {
    id: 'asana-personal-access-token',
    provider: 'asana',
    description: 'Asana personal access token',
    regex: /(?<![A-Za-z0-9_/.-])(?<secret>[12]\/[0-9]{10,20}(?:\/[0-9]{10,20})?:[a-f0-9]{32})(?![A-Za-z0-9_])/,
    // The version digit and slash open the token: a short keyword, but a window of the token's own
    // length (and the character before it, for the lookbehind) keeps each hit cheap, where a search of
    // every file for `[12]/` cost more.
    keywords: ['1/', '2/'],
    window: { before: 1, after: 80 },
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: 'https://app.asana.com/0/my-apps',
    samples: {
      match: [
        { text: 'ASANA_TOKEN=2/5785335223076769/4291244498513919:59bebd2fa5880587061ce6936714122a', reason: 'v2 PAT' },
        { text: 'Authorization: Bearer 1/2034805035507:ca51d12afc8e00aa1da5204642bbdb4a', reason: 'v1 PAT' },
      ],
      noMatch: [{ text: 'ratio 1/2034805035507:ca51d12afc8e00aa1da5', reason: 'too short' }],
    },
  },
  {
    id: 'asana-client-secret',
    provider: 'asana',
    description: 'Asana OAuth client secret (32 chars) assigned to an Asana-named variable',
    regex: assignment(['asana'], '[a-z0-9]{32}'),
    keywords: ['asana'],
    window: ASSIGNED_WINDOW,
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: 'https://app.asana.com/0/my-apps',
    samples: {
      match: [{ text: 'ASANA_CLIENT_SECRET=a94gxjozfbihd86n9lqxjlk7bwp25nwy', reason: 'dotenv' }],
      noMatch: [{ text: 'ASANA_CLIENT_SECRET=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', reason: 'placeholder' }],
    },
  },
  {
    id: 'asana-client-id',
    provider: 'asana',
    description: 'Asana OAuth client id (16 digits, public identifier)',
    regex: assignment(['asana'], '[0-9]{16}'),
    keywords: ['asana'],
    window: ASSIGNED_WINDOW,
    severity: 'low',
    lifetime: 'long-lived',
    entropy: 2.2,
    samples: {
      match: [{ text: 'ASANA_CLIENT_ID=3947048784588424', reason: 'client id' }],
      noMatch: [{ text: 'ASANA_CLIENT_ID=0000000000000000', reason: 'placeholder' }],
    },
  },
];
