/**
 * Discord credentials.
 * Bot token = base64(user id) . base64(timestamp) . HMAC: https://discord.com/developers/docs/reference#authentication
 * OAuth2 client id / secret: https://discord.com/developers/docs/topics/oauth2
 * Webhooks (https://discord.com/api/webhooks/<id>/<token>): https://discord.com/developers/docs/resources/webhook
 */
import type { LifetimeEvidence, Rule, RuleContext } from '../engine/types.js';
import { assignment } from './patterns.js';

const ROTATE = 'https://discord.com/developers/applications';
const IDENTIFIERS = ['discord'];
const ASSIGNED_WINDOW = { before: 64, after: 320, crossLines: true };

/**
 * The first segment of a bot token is the bot's user id (a decimal snowflake) in base64. A token
 * whose first segment does not decode to digits is still reported, at low severity: it was never issued.
 */
function botTokenEvidence({ secret }: RuleContext): LifetimeEvidence {
  const head = secret.slice(0, secret.indexOf('.')).replace(/-/g, '+').replace(/_/g, '/');
  let decoded = '';
  try {
    decoded = atob(head + '='.repeat((4 - (head.length % 4)) % 4));
  } catch {
    decoded = '';
  }
  return /^[0-9]{15,21}$/.test(decoded)
    ? { lifetime: 'long-lived' }
    : { lifetime: 'long-lived', severity: 'low', note: 'first segment is not a base64 user id: likely a test token' };
}

const DOT = 46;

/**
 * Where a bot token's first dot can be: a `.` with another `.` seven characters on (the 6-character
 * middle segment between them). A native `indexOf` per dot, where the regex alone tried every offset.
 */
function botTokenDots(text: string): number[] {
  const dots: number[] = [];
  for (let at = text.indexOf('.'); at !== -1; at = text.indexOf('.', at + 1)) {
    if (text.charCodeAt(at + 7) === DOT && at >= 24) dots.push(at);
  }
  return dots;
}

/** The first segment is 24 to 26 characters long: the token starts that far before its first dot. */
function botTokenStarts(_text: string, dot: number): number[] {
  return [dot - 26, dot - 25, dot - 24].filter((start) => start >= 0);
}

export const rules: Rule[] = [
  {
    id: 'discord-bot-token',
    provider: 'discord',
    description: 'Discord bot token (base64 user id . timestamp . HMAC)',
    regex: /(?<![A-Za-z0-9_-])(?<secret>[MNO][A-Za-z0-9_-]{23,25}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,38})(?![A-Za-z0-9_-])/,
    keywords: [],
    keywordless:
      'Bot tokens have no fixed literal prefix (they start with the base64 of a user id); the rule finds the two dots around the 6-char middle segment itself.',
    locate: botTokenDots,
    anchored: { starts: botTokenStarts },
    severity: 'critical',
    lifetime: botTokenEvidence,
    entropy: 3.5,
    rotateUrl: ROTATE,
    samples: {
      match: [
        { text: 'DISCORD_TOKEN=MjkwOTYyNzA2NzcxOTM4MDE4.GQyx7e.NWVQ4vnakJkS1pAWTN3lg8zV5yPU8d0FZfWe7i', reason: 'current format' },
        { text: "client.login('Mzk2MzE5MjIxNDcwNTU5NDMw.XyiRUI.QfHOJMaidDn87XG3-q-xbMtEPO6')", reason: 'older 27-char HMAC' },
        { text: 'bot.run("MTE4OTQ3MjgzMDU2OTEyMzQ1Ng.GhT4Rq.pX9vK2mL7wQ4zN8bY3cF6hJ1dS5gA0eR-tUiOk")', reason: '19-digit user id: a 26-char first segment' },
      ],
      noMatch: [
        { text: 'MjkwOTYyNzA2NzcxOTM.GQyx7e.NWVQ4vnakJkS1pAWTN3lg8zV5yPU8d0FZfWe7i', reason: 'first segment too short' },
        { text: 'PjkwOTYyNzA2NzcxOTM4MDE4.GQyx7e.NWVQ4vnakJkS1pAWTN3lg8zV5yPU8d0FZfWe7i', reason: 'cannot be a base64 user id' },
        { text: 'MjkwOTYyNzA2NzcxOTM4MDE4.GQyx7.NWVQ4vnakJkS1pAWTN3lg8zV5yPU8d0FZfWe7i', reason: 'middle segment too short' },
      ],
    },
  },
  {
    id: 'discord-webhook-url',
    provider: 'discord',
    description: 'Discord webhook URL (anyone holding it can post to the channel)',
    regex: /(?<secret>https?:\/\/(?:(?:ptb|canary)\.)?discord(?:app)?\.com\/api\/(?:v\d{1,2}\/)?webhooks\/[0-9]{17,20}\/[A-Za-z0-9_-]{60,72})(?![A-Za-z0-9_-])/,
    keywords: ['discord.com/api/', 'discordapp.com/api/'],
    severity: 'medium',
    lifetime: 'long-lived',
    entropy: 3.5,
    rotateUrl: 'https://support.discord.com/hc/en-us/articles/228383668',
    samples: {
      match: [
        {
          text: 'webhook: https://discord.com/api/webhooks/4956605366306261169/U6uqbgsYlVvsSKuvinX_zMqf9OgXluCZz8xBfZuXTptFyfePpX6N1NF2XV54wca_7E56',
          reason: 'webhook URL',
        },
      ],
      noMatch: [{ text: 'https://discord.com/api/webhooks/{webhook.id}/{webhook.token}', reason: 'documentation template' }],
    },
  },
  {
    id: 'discord-client-secret',
    provider: 'discord',
    description: 'Discord OAuth2 client secret (32 chars) assigned to a Discord-named variable',
    regex: assignment(IDENTIFIERS, '[A-Za-z0-9_=-]{32}'),
    keywords: ['discord'],
    window: ASSIGNED_WINDOW,
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 2.8,
    rotateUrl: ROTATE,
    samples: {
      match: [{ text: 'DISCORD_CLIENT_SECRET=jHkAm1-5wDr16EpLLJIVGHz4FxFEtKyP', reason: 'dotenv' }],
      noMatch: [{ text: 'discord=00000000000000000000000000000000', reason: 'placeholder' }],
    },
  },
  {
    id: 'discord-api-key',
    provider: 'discord',
    description: 'Discord 64-hex key assigned to a Discord-named variable (application key material)',
    regex: assignment(IDENTIFIERS, '[a-fA-F0-9]{64}'),
    keywords: ['discord'],
    window: ASSIGNED_WINDOW,
    severity: 'medium',
    lifetime: 'unknown',
    entropy: 3,
    rotateUrl: ROTATE,
    samples: {
      match: [{ text: 'discord_key = "2c8773e130f7eb19731662b5e803b61ba4168160adb59261ff2d3c425c8d99d1"', reason: 'hex key' }],
      noMatch: [{ text: 'discord_key = "0000000000000000000000000000000000000000000000000000000000000000"', reason: 'placeholder' }],
    },
  },
  {
    id: 'discord-client-id',
    provider: 'discord',
    description: 'Discord application / client id (public snowflake identifier)',
    regex: assignment(IDENTIFIERS, '[0-9]{17,20}'),
    keywords: ['discord'],
    window: ASSIGNED_WINDOW,
    severity: 'low',
    lifetime: 'long-lived',
    entropy: 2.2,
    samples: {
      match: [{ text: 'DISCORD_CLIENT_ID=591836236107885261', reason: 'client id' }],
      noMatch: [{ text: 'discord=000000000000000000', reason: 'placeholder' }],
    },
  },
];
