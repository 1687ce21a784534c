/**
 * Deepgram API keys: 40 lowercase hex characters with no prefix, sent as `Authorization: Token <key>`
 * (https://developers.deepgram.com/reference/authentication , https://developers.deepgram.com/docs/create-additional-api-keys).
 * Recognisable only next to a Deepgram-named variable (DEEPGRAM_API_KEY).
 */
import type { Rule, RuleContext } from '../engine/types.js';
import { assignment } from './patterns.js';

const namesCredential = ({ match, secret }: RuleContext) => /key|token|secret|auth/i.test(match.slice(0, match.length - secret.length));

export const rules: Rule[] = [
  {
    id: 'deepgram-api-key',
    provider: 'deepgram',
    description: 'Deepgram API key assigned to a Deepgram-named variable',
    regex: assignment(['deepgram'], '[a-f0-9]{40}'),
    keywords: ['deepgram'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    validate: namesCredential,
    rotateUrl: 'https://console.deepgram.com',
    samples: {
      match: [{ text: 'DEEPGRAM_API_KEY=0224dc4ca60925d39e62a776641744a0d8410fc4', reason: 'dotenv' }],
      noMatch: [
        { text: 'deepgram_commit = "0224dc4ca60925d39e62a776641744a0d8410fc4"', reason: 'not a credential name' },
        { text: 'DEEPGRAM_API_KEY=0000000000000000000000000000000000000000', reason: 'placeholder' },
      ],
    },
  },
];
