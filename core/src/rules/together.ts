/**
 * Together AI API keys. Current keys are `tgp_v1_` followed by 43 URL-safe characters; older keys are
 * 64 lowercase hex characters with no prefix (https://docs.together.ai/reference/authentication-1 ,
 * https://docs.together.ai/docs/quickstart). The legacy shape is only recognisable next to a
 * Together-named variable (TOGETHER_API_KEY).
 */
import type { Rule, RuleContext } from '../engine/types.js';
import { assignment, standalone } from './patterns.js';

const ROTATE = 'https://api.together.ai/settings/api-keys';
const namesCredential = ({ match, secret }: RuleContext) => /key|token|secret|auth/i.test(match.slice(0, match.length - secret.length));

export const rules: Rule[] = [
  {
    id: 'together-api-key',
    provider: 'together',
    description: 'Together AI API key (tgp_v1_…)',
    regex: standalone('tgp_v1_[A-Za-z0-9_-]{43}', { tokenChars: 'A-Za-z0-9_-' }),
    keywords: ['tgp_v1_'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3.5,
    rotateUrl: ROTATE,
    samples: {
      match: [{ text: 'TOGETHER_API_KEY=tgp_v1_zxdH-mNWsbOmGxBGd4DrE7d631_4GrRUbuBlo3Drowt', reason: 'dotenv' }],
      noMatch: [{ text: 'TOGETHER_API_KEY=tgp_v1_...', reason: 'elided' }],
    },
  },
  {
    id: 'together-legacy-api-key',
    provider: 'together',
    description: 'Together AI legacy API key (64 hex) assigned to a Together-named variable',
    regex: assignment(['together'], '[a-f0-9]{64}'),
    keywords: ['together'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    validate: namesCredential,
    rotateUrl: ROTATE,
    samples: {
      match: [
        { text: "TOGETHER_API_KEY = '9fa634a03566f4e555a414706755910c4e70d759048b17dc2521b993c84d1fcb'", reason: 'python constant' },
      ],
      noMatch: [
        { text: 'together_commit_sha = "9fa634a03566f4e555a414706755910c4e70d759048b17dc2521b993c84d1fcb"', reason: 'not a credential name' },
      ],
    },
  },
];
