/**
 * ElevenLabs API keys, sent in the `xi-api-key` header (https://elevenlabs.io/docs/api-reference/authentication).
 * Current keys are `sk_` followed by 48 lowercase hex characters; keys issued before 2024 are 32 hex
 * characters. Neither shape is distinctive alone (`sk_` is shared with other services), so the line
 * must name ElevenLabs or the `xi-api-key` header.
 */
import type { Rule, RuleContext } from '../engine/types.js';
import { assignment, standalone } from './patterns.js';

const ROTATE = 'https://elevenlabs.io/app/settings/api-keys';
const CONTEXT = ['elevenlabs', 'eleven_labs', 'xi-api-key', 'xi_api_key'];
const namesCredential = ({ match, secret }: RuleContext) => /key|token|secret|auth/i.test(match.slice(0, match.length - secret.length));

export const rules: Rule[] = [
  {
    id: 'elevenlabs-api-key',
    provider: 'elevenlabs',
    description: 'ElevenLabs API key (sk_ + 48 hex) on a line naming ElevenLabs',
    regex: standalone('sk_[a-f0-9]{48}', { tokenChars: 'A-Za-z0-9_-' }),
    keywords: CONTEXT,
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: ROTATE,
    samples: {
      match: [
        { text: 'ELEVENLABS_API_KEY=sk_aac49fd07b8b19845fa2526dde1fb4031f4a78b75e828bad', reason: 'dotenv' },
        { text: "headers = {'xi-api-key': 'sk_aac49fd07b8b19845fa2526dde1fb4031f4a78b75e828bad'}", reason: 'request header' },
      ],
      noMatch: [{ text: 'sk_aac49fd07b8b19845fa2526dde1fb4031f4a78b75e828bad', reason: 'no ElevenLabs context' }],
    },
  },
  {
    id: 'elevenlabs-legacy-api-key',
    provider: 'elevenlabs',
    description: 'ElevenLabs legacy API key (32 hex) assigned to an ElevenLabs-named variable or xi-api-key header',
    regex: assignment(CONTEXT, '[a-f0-9]{32}'),
    keywords: CONTEXT,
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    validate: (ctx) => /xi[-_]api[-_]key/i.test(ctx.match) || namesCredential(ctx),
    rotateUrl: ROTATE,
    samples: {
      match: [
        { text: 'ELEVEN_LABS_API_KEY="858a545d5eb29b5c968b81bb2c8df07a"', reason: 'dotenv' },
        { text: '-H "xi-api-key: 858a545d5eb29b5c968b81bb2c8df07a"', reason: 'curl header' },
      ],
      noMatch: [{ text: 'elevenlabs_voice_id = "858a545d5eb29b5c968b81bb2c8df07a"', reason: 'voice id, not a key' }],
    },
  },
];
