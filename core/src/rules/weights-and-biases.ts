/**
 * Weights & Biases API keys (https://docs.wandb.ai/guides/track/environment-variables , WANDB_API_KEY;
 * keys at https://wandb.ai/authorize). New keys are `wandb_v1_` followed by ~77 URL-safe characters;
 * older keys are 40 lowercase hex characters with no prefix (self-hosted servers prepend `local-`), only
 * recognisable next to a W&B-named variable or in `wandb.login(key=…)`.
 */
import type { Rule, RuleContext } from '../engine/types.js';
import { anyCase, standalone } from './patterns.js';

const ROTATE = 'https://wandb.ai/authorize';
const OPERATOR = String.raw`[\s'"\x60]{0,3}(?:=|>|:{1,3}=|\|\|=?|:|=>|\?=|\.=|,)[\x60'"\s=]{0,5}`;
const NAME = `(?:${['wandb', 'weightsandbiases', 'weights_and_biases'].map(anyCase).join('|')})`;
const namesCredential = ({ match, secret }: RuleContext) => /key|token|secret|auth/i.test(match.slice(0, match.length - secret.length));

export const rules: Rule[] = [
  {
    id: 'wandb-api-key',
    provider: 'weights-and-biases',
    description: 'Weights & Biases API key (wandb_v1_…)',
    regex: standalone('wandb_v1_[A-Za-z0-9_]{60,100}', { tokenChars: 'A-Za-z0-9_-' }),
    keywords: ['wandb_v1_'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3.5,
    rotateUrl: ROTATE,
    samples: {
      match: [
        {
          text: 'export WANDB_API_KEY="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"',
          reason: 'shell export',
        },
      ],
      noMatch: [{ text: 'WANDB_API_KEY=wandb_v1_xxxxx', reason: 'placeholder' }],
    },
  },
  {
    id: 'wandb-legacy-api-key',
    provider: 'weights-and-biases',
    description: 'Weights & Biases legacy API key (40 hex) assigned to a W&B-named variable or passed to wandb.login',
    regex: new RegExp(
      String.raw`${NAME}(?:[ \t\w.-]{0,20}?${OPERATOR}|\.login\(\s{0,3}(?:key\s{0,3}=\s{0,3})?["'])(?<secret>(?:local-)?[a-f0-9]{40})(?![A-Za-z0-9_-])`,
    ),
    keywords: ['wandb', 'weightsandbiases', 'weights_and_biases'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    validate: (ctx) => /\.login\(/.test(ctx.match) || namesCredential(ctx),
    rotateUrl: ROTATE,
    samples: {
      match: [
        { text: 'WANDB_API_KEY=4db3f81ee6b25793576a7f0d6e0d220453c57be4', reason: 'dotenv' },
        { text: 'wandb.login(key="4db3f81ee6b25793576a7f0d6e0d220453c57be4")', reason: 'login call' },
      ],
      noMatch: [
        { text: 'wandb_run_commit = "4db3f81ee6b25793576a7f0d6e0d220453c57be4"', reason: 'not a credential name' },
        { text: 'wandb.login(key="your-api-key-here")', reason: 'placeholder' },
      ],
    },
  },
];
