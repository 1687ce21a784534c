/**
 * Frame.io developer tokens: `fio-u-` + 64 URL-safe characters.
 * https://developer.frame.io/docs/getting-started/authentication
 */
import type { Rule } from '../engine/types.js';
import { standalone } from './patterns.js';

export const rules: Rule[] = [
  {
    id: 'frameio-api-token',
    provider: 'frameio',
    description: 'Frame.io developer token',
    regex: /(?<![A-Za-z0-9_-])(?<secret>fio-u-[A-Za-z0-9_=-]{64})(?![A-Za-z0-9_=-])/,
    keywords: ['fio-u-'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: 'https://developer.frame.io/app/tokens',
    samples: {
      match: [{ text: 'FRAMEIO_TOKEN=fio-u-Vb_s3KJgqAvKrHisx-DbVVepYGF-6wrqBKXsYNJAJ-M6GoVbbRaigOyde47_TqDx', reason: 'dotenv' }],
      noMatch: [{ text: 'fio-u-nmUrrt2OKCHGugMoxk8CDs0nrzevj5', reason: 'too short' }],
    },
  },
];
