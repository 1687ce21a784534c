/**
 * Telegram Bot API tokens: `<bot id>:<35-char secret>`, issued by @BotFather.
 * Format: https://core.telegram.org/bots/api#authorizing-your-bot (e.g. `123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11`)
 * and https://core.telegram.org/bots/tutorial#obtain-your-bot-token (real tokens: `<8–10 digits>:AA…`).
 * Tokens never expire; they are revoked with /revoke in @BotFather.
 * Telegram shows an example rather than stating a length: the standalone rule accepts the example's
 * 35-character secret give or take one, the name-bound rule a wider range.
 */
import type { Rule } from '../engine/types.js';
import { assignment } from './patterns.js';

const ROTATE = 'https://t.me/BotFather';

export const rules: Rule[] = [
  {
    id: 'telegram-bot-token',
    provider: 'telegram',
    description: 'Telegram bot token (bot id : AA… secret)',
    // Standalone, or inside a Bot API URL (`https://api.telegram.org/bot<token>/getMe`).
    regex: /(?:(?<![A-Za-z0-9_:-])|(?<=\/bot))(?<secret>[0-9]{6,12}:AA[A-Za-z0-9_-]{32,34})(?![A-Za-z0-9_-])/,
    keywords: [':aa'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: ROTATE,
    samples: {
      match: [
        { text: 'TELEGRAM_BOT_TOKEN=2761125651:AA4ffqkOkgWrdioyq_KvCiSGuPJ6sG9AHEO', reason: 'dotenv' },
        { text: 'curl https://api.telegram.org/bot503262456:AAvHogU5nGYVHWVsUQk4DwgLGNOaeCtL31U/getMe', reason: 'Bot API URL' },
        { text: '7310958264:AAk3Rz9QwLp2Xv7Tn5Hb8Jd1Fs4Gc6Ym0E', reason: 'on its own, one character shorter' },
      ],
      noMatch: [
        { text: 'foo:AAvHogU5nGYVHWVsUQk4DwgLGNOaeCtL31U', reason: 'no bot id' },
        { text: 'arn:aws:sns:us-east-1:111122223333:AAvHogU5nGYVHWVsUQk4DwgLGNOaeCtL31U', reason: 'glued to an ARN' },
        { text: '503262456:AAvHogU5nGYVHWVsUQk4DwgLGNOaeCtL31Uextra', reason: 'too long' },
      ],
    },
  },
  {
    id: 'telegram-bot-token-assigned',
    provider: 'telegram',
    description: 'Telegram bot token (id:secret) assigned to a Telegram-named variable',
    regex: assignment(['telegram'], '[0-9]{5,16}:A[A-Za-z0-9_-]{34}'),
    keywords: ['telegram'],
    window: { before: 64, after: 320, crossLines: true },
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: ROTATE,
    samples: {
      match: [{ text: 'telegram_token: "84512963:A9x_k2LmQ8vR3tYw7ZpN4bC6dF1gH5jKs0e"', reason: 'YAML config' }],
      noMatch: [
        { text: 'telegram_token = "9904:A9x_k2LmQ8vR3tYw7ZpN4bC6dF1gH5jKs0e"', reason: 'bot id too short' },
        { text: 'telegram_token = "84512963:A9x_k2LmQ8vR3tYw7ZpN4bC6dF1gH5jKs0eMORE"', reason: 'secret too long' },
      ],
    },
  },
];
