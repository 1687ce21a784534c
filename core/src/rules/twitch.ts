/**
 * Twitch API credentials: OAuth access tokens, app client secrets and client ids are 30 lowercase
 * alphanumerics. https://dev.twitch.tv/docs/authentication/
 * User access tokens expire (~4 h) but app client secrets do not; the shape alone cannot tell them apart.
 */
import type { Rule } from '../engine/types.js';
import { assignment, standalone } from './patterns.js';

export const rules: Rule[] = [
  {
    id: 'twitch-api-token',
    provider: 'twitch',
    description: 'Twitch OAuth token or client secret (30 chars) assigned to a Twitch-named variable',
    regex: assignment(['twitch'], '(?:oauth:)?[a-z0-9]{30}'),
    keywords: ['twitch'],
    window: { before: 64, after: 320, crossLines: true },
    severity: 'high',
    lifetime: 'unknown',
    entropy: 3,
    rotateUrl: 'https://dev.twitch.tv/console/apps',
    samples: {
      match: [
        { text: 'TWITCH_CLIENT_SECRET=dsg526b78ibpfolkgtq9bbgmqb37p2', reason: 'client secret' },
        { text: "twitch_irc_password: 'oauth:k3v9q0m2x8c1z7w5t4y6u2i0o8p1l3'", reason: 'IRC oauth password' },
      ],
      noMatch: [{ text: 'TWITCH_CLIENT_SECRET=DSG526B78IBPFOLKGTQ9BBGMQB37P2', reason: 'uppercase: not this format' }],
    },
  },
  {
    // A stream key lets anyone broadcast on the channel: `live_`, the channel's numeric user id, `_`, then
    // 30 random alphanumerics (https://help.twitch.tv/s/article/twitch-stream-key-faq). Valid until reset.
    id: 'twitch-stream-key',
    provider: 'twitch',
    description: 'Twitch stream key (live_<user id>_<30 chars>)',
    regex: standalone('live_[0-9]{4,12}_[A-Za-z0-9]{30}'),
    keywords: ['live_'],
    keywordsMatchCase: true,
    severity: 'high',
    lifetime: 'long-lived',
    validate: ({ secret }) => {
      const body = secret.slice(secret.lastIndexOf('_') + 1);
      return /[a-z]/.test(body) && /[A-Z]/.test(body) && /[0-9]/.test(body);
    },
    rotateUrl: 'https://dashboard.twitch.tv/settings/stream',
    reference: 'https://help.twitch.tv/s/article/twitch-stream-key-faq',
    samples: {
      match: [{ text: 'STREAM_KEY=live_48151623_Qm7vT2xLp9ZkR4wN8cB1yH6dF3sJ0g', reason: 'stream key in an env file' }],
      noMatch: [{ text: 'live_48151623_abcdefghijklmnopqrstuvwxyzabcd', reason: 'not random (one letter case)' }],
    },
  },
];
