/**
 * Slack tokens and webhooks.
 * Token types and prefixes: https://docs.slack.dev/authentication/tokens
 * Token rotation (xoxe.* access tokens expire every 12 h, xoxe- refresh tokens):
 * https://docs.slack.dev/authentication/using-token-rotation
 * App configuration tokens: https://api.slack.com/authentication/config-tokens
 * Incoming webhooks: https://docs.slack.dev/messaging/sending-messages-using-incoming-webhooks
 * Workflow webhook triggers: https://slack.com/help/articles/360041352714
 * Without rotation, bot and user tokens never expire; webhooks stay valid until the app is removed.
 */
import type { LifetimeEvidence, Rule, RuleContext } from '../engine/types.js';
import { shannonEntropy } from '../engine/entropy.js';
import { assignment, standalone } from './patterns.js';

const ROTATE = 'https://api.slack.com/apps';
/** Slack tokens are dash-separated: a token must not be glued to other token characters or dashes. */
const SLACK_CHARS = 'A-Za-z0-9_-';
/** Assigned values may sit on the next line (XML elements, YAML block scalars). */
const ASSIGNED_WINDOW = { before: 64, after: 320, crossLines: true };

/** The random part of a webhook URL (after `/services/`, `/workflows/`, `/triggers/`) must look random. */
function randomPath({ secret }: RuleContext): boolean {
  const path = secret.replace(/^.*?hooks\.slack\.com\/[a-z]+\//, '');
  return shannonEntropy(path) >= 3.5;
}

/**
 * Slack tokens carry numeric team/user ids that lower the entropy of the whole token: judge only the
 * random last segment (the part Slack generates), scaled to its length.
 */
function randomTail({ secret }: RuleContext): boolean {
  const tail = secret.slice(secret.lastIndexOf('-') + 1);
  return shannonEntropy(tail) >= Math.min(3, 0.75 * Math.log2(tail.length));
}

export const rules: Rule[] = [
  {
    id: 'slack-bot-token',
    provider: 'slack',
    description: 'Slack bot token (xoxb-); never expires unless token rotation is enabled',
    regex: standalone('xoxb-[0-9]{8,14}-[0-9]{8,14}-[A-Za-z0-9]{18,40}', { tokenChars: SLACK_CHARS }),
    keywords: ['xoxb-'],
    severity: 'high',
    lifetime: 'long-lived',
    validate: randomTail,
    rotateUrl: ROTATE,
    samples: {
      match: [
        { text: 'SLACK_BOT_TOKEN=xoxb-526018159083-0166131860913-OOL8dKLzdocJ2isAjIhKtJ0R', reason: 'dotenv' },
        { text: 'app = App(token="xoxb-21993518190-2200871631925-NnFRIBXuDL7DxtpYlSXpfKtH")', reason: 'Bolt constructor' },
      ],
      noMatch: [
        { text: 'xoxb-xxxxxxxxx-xxxxxxxxxx-xxxxxxxxxxxx', reason: 'placeholder' },
        { text: 'xoxb-12345-abcd234', reason: 'too short' },
      ],
    },
  },
  {
    id: 'slack-legacy-bot-token',
    provider: 'slack',
    description: 'Slack legacy (classic app) bot token: xoxb-<id>-<secret>',
    regex: standalone('xoxb-[0-9]{8,14}-[A-Za-z0-9]{18,40}', { tokenChars: SLACK_CHARS }),
    keywords: ['xoxb-'],
    severity: 'high',
    lifetime: 'long-lived',
    validate: randomTail,
    rotateUrl: ROTATE,
    samples: {
      match: [{ text: '"bot_token": "xoxb-21993518190-NnFRIBXuDL7DxtpYlSXpfKtH"', reason: 'JSON config' }],
      noMatch: [
        { text: 'xoxb-abcdef-abcdef', reason: 'no numeric id' },
        { text: 'xoxb-xxxxxxxxxxx-xxxxxxxxxxxxxxxxxxxxxxxx', reason: 'placeholder' },
      ],
    },
  },
  {
    id: 'slack-user-token',
    provider: 'slack',
    description: 'Slack user token (xoxp-): acts as the installing user; never expires unless token rotation is enabled',
    regex: standalone('xox[pe]-[0-9]{6,14}-[0-9]{6,14}-[0-9]{6,14}-[A-Za-z0-9]{10,64}', { tokenChars: SLACK_CHARS }),
    keywords: ['xoxp-', 'xoxe-'],
    severity: 'critical',
    lifetime: ({ secret }: RuleContext): LifetimeEvidence =>
      secret.startsWith('xoxe-')
        ? { lifetime: 'unknown', note: 'xoxe- token in user-token shape (e.g. a file access token)' }
        : { lifetime: 'long-lived' },
    validate: randomTail,
    rotateUrl: ROTATE,
    samples: {
      match: [
        { text: 'token: xoxp-757491186252-760189555979-7114710497465-0eb53f16947ccf25ec84d8dbc7425477', reason: 'modern user token' },
        { text: 'xoxp-841203-553917-270144-b2f0c9e17d4a83', reason: 'older short-id user token' },
      ],
      noMatch: [
        { text: '"token": "xoxp-1234-1234-1234-4ddbc191d40ee098cbaae6f3523ada2d"', reason: 'ids too short: documentation example' },
        { text: '"token": "xoxp-XXXXXXXXXX-XXXXXXXXXX-XXXXXXXXXXX-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"', reason: 'placeholder' },
        { text: '"token": "xoxp-1234567890"', reason: 'truncated' },
      ],
    },
  },
  {
    id: 'slack-legacy-token',
    provider: 'slack',
    description: 'Slack legacy token (xoxs- session or xoxo- legacy test token)',
    regex: standalone('xox[os]-[0-9]{6,14}-[0-9]{6,14}-[0-9]{6,14}-[A-Za-z0-9]{10,64}', { tokenChars: SLACK_CHARS }),
    keywords: ['xoxs-', 'xoxo-'],
    severity: 'high',
    lifetime: 'long-lived',
    validate: randomTail,
    rotateUrl: ROTATE,
    samples: {
      match: [{ text: 'SLACK_TOKEN="xoxs-0792440268-5995289078-6666176031-6e53a13043"', reason: 'legacy session token' }],
      noMatch: [{ text: 'https://example.org/images/2018-250-xoxo-indieweb-1.jpg', reason: 'the word xoxo in a URL' }],
    },
  },
  {
    id: 'slack-legacy-workspace-token',
    provider: 'slack',
    description: 'Slack workspace app access (xoxa-) or refresh (xoxr-) token (deprecated workspace apps)',
    regex: standalone('xox[ar]-(?:[0-9]-)?[A-Za-z0-9]{6,48}(?:-[A-Za-z0-9]{6,64}){0,4}', { tokenChars: SLACK_CHARS }),
    keywords: ['xoxa-', 'xoxr-'],
    severity: 'high',
    lifetime: 'long-lived',
    validate: randomTail,
    rotateUrl: ROTATE,
    samples: {
      match: [
        { text: 'access_token: xoxa-2-590139624595-711777741215-4728038528084-28b5b7a767c76fb008f86bebb2737f6a', reason: 'workspace token' },
        { text: 'refresh_token = "xoxr-nEN5N1aE6PwZPf1Qh6yYTWmE4lBYOvfZ8UzDzV8f"', reason: 'workspace refresh token' },
      ],
      noMatch: [{ text: 'https://github.com/xoxa-nyc/xoxa-nyc.github.io', reason: 'an organisation name' }],
    },
  },
  {
    id: 'slack-rotating-access-token',
    provider: 'slack',
    description: 'Slack expiring access token (xoxe.xoxp-/xoxe.xoxb-: rotated bot/user token or app configuration token, 12 h)',
    regex: standalone('xoxe\\.xox[bp]-[0-9]-[A-Za-z0-9]{100,300}', { tokenChars: SLACK_CHARS }),
    keywords: ['xoxe.xox'],
    severity: 'high',
    lifetime: 'short-lived',
    entropy: 3,
    rotateUrl: ROTATE,
    samples: {
      match: [
        {
          text: 'SLACK_CONFIG_TOKEN=xoxe.xoxp-1-Mi0yMjIwMjk3Mjk5NzUtMjg4MjAwMTgyNjMzLTA0MzQ4Mzk1NDg2MjAtNTc5ODY4MjgyODgwNy01MDQ1NGYzMWFmMzE3NjgxM2UwMmVhNjhlZjc4NmU0ZDNjZWEyN2QyNjkzNGI0ODRlNzNjZjU3NWRjYWQ2YmEy',
          reason: 'app configuration access token',
        },
        {
          text: '"token": "xoxe.xoxb-1-Mi01MDU4NzcwNjU4OTQtODExMzExNDQwMjQyLTY0NjI4ODk3NTE0MDItNjE0MDE0MTkzMTQxNy0wYWQ4NDE3MzU4MTU2OTk2OWU1OGIwODEwMDZmN2UzZGZjOTY3YTY0Y2IxNDAyOGQ1MTJjOTc5MWU1NThlMDhi"',
          reason: 'rotated bot token',
        },
      ],
      noMatch: [
        { text: 'xoxe.xoxp-1-SlackAppConfigurationAccessTokenHere', reason: 'too short: documentation placeholder' },
        { text: 'xoxe.xoxp-1-initial', reason: 'too short' },
      ],
    },
  },
  {
    id: 'slack-config-refresh-token',
    provider: 'slack',
    description: 'Slack refresh token (xoxe-1-…) used to mint new configuration or rotated access tokens',
    regex: standalone('xoxe-[0-9]-[A-Za-z0-9]{100,300}', { tokenChars: SLACK_CHARS }),
    keywords: ['xoxe-'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: ROTATE,
    samples: {
      match: [
        {
          text: 'refresh_token: xoxe-1-My0xLTU4NTMwNDM1MjA1Ni0xNzQ4MzM4MDE0MTI2LTkwNjA0NDMxOTgyOTYtYWY0OTQxZDQwNzIwMTRiM2NlMTA3ZjgwZTIyMmY4Mjg3NjdlZmMyZjkxNjI0YTg5NDBmMWY4MzZmOTllZWUzNg',
          reason: 'config refresh token',
        },
      ],
      noMatch: [
        { text: 'xoxe-1-xxx', reason: 'placeholder' },
        { text: 'XOxE-RROAmw, Home and Garden, 5:24', reason: 'unrelated text' },
      ],
    },
  },
  {
    id: 'slack-app-level-token',
    provider: 'slack',
    description: 'Slack app-level token (xapp-) for Socket Mode and app-wide APIs',
    regex: standalone('xapp-[0-9]-[A-Z0-9]{9,12}-[0-9]{10,14}-[A-Za-z0-9]{60,70}', { tokenChars: SLACK_CHARS }),
    keywords: ['xapp-'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: ROTATE,
    samples: {
      match: [{ text: 'SLACK_APP_TOKEN=xapp-1-ATF4BS3E62R-6331912845298-83b7ffc050fec94dbca3a0aac36098b2cc2bd818319478da6bd0c621de49f145', reason: 'Socket Mode token' }],
      noMatch: [{ text: 'xapp-1-A0000000000-0000000000000-xxxxxxxx', reason: 'placeholder' }],
    },
  },
  {
    id: 'slack-app-level-token-assigned',
    provider: 'slack',
    description: 'Slack app-level token (xapp-) in another layout, on a line that names Slack',
    // Slack documents only the `xapp-` prefix (https://docs.slack.dev/authentication/tokens#app-level),
    // not the segments after it: a token that does not follow the usual layout is still recognised
    // where the line names Slack, with a broad base64-like body.
    // The Slack name is the keyword: the regex runs only on the rest of that line.
    regex: /(?<![A-Za-z0-9/+_-])(?<secret>xapp-[A-Za-z0-9/+_-]{24,160})(?![A-Za-z0-9/+_=-])/,
    keywords: ['slack'],
    window: { before: 0, after: 120, crossLines: false },
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3.5,
    validate: ({ secret }) => /[0-9]/.test(secret.slice(5)) && /[A-Z]/.test(secret) && /[a-z]/.test(secret.slice(5)),
    rotateUrl: ROTATE,
    reference: 'https://docs.slack.dev/authentication/tokens',
    samples: {
      match: [{ text: 'ENV SLACK_APP_TOKEN="xapp-51734902816-Hq7Zr2Lk/9Vx4Tp8Wm3Nc6Bd"', reason: 'Dockerfile env' }],
      noMatch: [
        { text: 'import xapp-core-module-loader-v2', reason: 'no Slack context' },
        { text: 'slack: { package: "xapp-server-middleware-plugin" }', reason: 'a package name, not generated' },
      ],
    },
  },
  {
    id: 'slack-webhook-url',
    provider: 'slack',
    description: 'Slack incoming webhook URL (anyone holding it can post to the channel)',
    regex: standalone('(?:https?://)?hooks\\.slack\\.com/services/[A-Za-z0-9+/_-]{24,140}', { tokenChars: 'A-Za-z0-9+/_-' }),
    keywords: ['hooks.slack.com/services'],
    severity: 'medium',
    lifetime: 'long-lived',
    validate: randomPath,
    rotateUrl: ROTATE,
    samples: {
      match: [
        { text: 'SLACK_WEBHOOK=https://hooks.slack.com/services/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', reason: 'webhook in dotenv' },
        { text: "curl -X POST hooks.slack.com/services/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 -d '{}'", reason: 'without scheme' },
      ],
      noMatch: [
        { text: 'https://hooks.slack.com/services/TXXXXX/BXXXXX/XXXXXXXXXX', reason: 'documentation placeholder' },
        { text: 'see https://api.slack.com/messaging/webhooks', reason: 'documentation link' },
      ],
    },
  },
  {
    id: 'slack-workflow-webhook-url',
    provider: 'slack',
    description: 'Slack Workflow Builder webhook / trigger URL (starts a workflow with attacker-supplied variables)',
    regex: standalone('(?:https?://)?hooks\\.slack\\.com/(?:workflows|triggers)/[A-Za-z0-9+/_-]{24,160}', { tokenChars: 'A-Za-z0-9+/_-' }),
    keywords: ['hooks.slack.com/workflows', 'hooks.slack.com/triggers'],
    severity: 'medium',
    lifetime: 'long-lived',
    validate: randomPath,
    rotateUrl: ROTATE,
    samples: {
      match: [{ text: 'url: https://hooks.slack.com/workflows/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', reason: 'workflow webhook' }],
      noMatch: [{ text: 'https://hooks.slack.com/workflows/T00000000/A00000000/000000000000000000/XXXXXXXXXXXXXXXXXXXXXXXX', reason: 'placeholder' }],
    },
  },
  {
    id: 'slack-app-secret',
    provider: 'slack',
    description: 'Slack app client secret or signing secret (32 hex) assigned to a Slack-named variable',
    regex: assignment(['slack'], '[a-f0-9]{32}'),
    keywords: ['slack'],
    window: ASSIGNED_WINDOW,
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    validate: ({ match }) => /secret/i.test(match),
    rotateUrl: ROTATE,
    samples: {
      match: [
        { text: 'SLACK_SIGNING_SECRET=e210471948d33296c87009e8a7f770d9', reason: 'signing secret' },
        { text: 'slackClientSecret: "106fd287db7f1adbc60926f6967e7893"', reason: 'client secret' },
      ],
      noMatch: [
        { text: 'SLACK_CHANNEL_ID=e210471948d33296c87009e8a7f770d9', reason: 'not named a secret' },
        { text: 'SLACK_SIGNING_SECRET=00000000000000000000000000000000', reason: 'placeholder' },
      ],
    },
  },
  {
    id: 'slack-client-id',
    provider: 'slack',
    description: 'Slack app client id (public identifier)',
    regex: assignment(['slack'], '[0-9]{9,14}\\.[0-9]{9,14}', { end: '(?![A-Za-z0-9_.-])' }),
    keywords: ['slack'],
    window: ASSIGNED_WINDOW,
    severity: 'low',
    lifetime: 'long-lived',
    validate: ({ match }) => /client.?id/i.test(match),
    samples: {
      match: [{ text: 'SLACK_CLIENT_ID=979237609260.3092600267511', reason: 'client id' }],
      noMatch: [{ text: 'slack_version = 1234567890.1234567890', reason: 'not a client id name' }],
    },
  },
];
