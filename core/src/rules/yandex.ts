/**
 * Yandex Cloud credentials.
 * IAM tokens (`t1.`, valid at most 12 hours): https://yandex.cloud/en/docs/iam/concepts/authorization/iam-token
 * API keys (`AQVN…`, no expiry unless set): https://yandex.cloud/en/docs/iam/concepts/authorization/api-key
 * Static access keys for the AWS-compatible APIs (key id `YCAJ…`, secret `YC…` 40 chars):
 * https://yandex.cloud/en/docs/iam/concepts/authorization/access-key
 * OAuth tokens (`y0_…`, valid one year): https://yandex.cloud/en/docs/iam/concepts/authorization/oauth-token
 */
import type { Rule } from '../engine/types.js';
import { standalone } from './patterns.js';

const ROTATE = 'https://console.yandex.cloud/iam';

export const rules: Rule[] = [
  {
    id: 'yandex-iam-token',
    provider: 'yandex',
    description: 'Yandex Cloud IAM token (valid up to 12 hours)',
    regex: /(?<![A-Za-z0-9_.-])(?<secret>t1\.[A-Za-z0-9_-]{1,60}={0,2}\.[A-Za-z0-9_-]{60,600}={0,2})(?![A-Za-z0-9_.=-])/,
    keywords: ['t1.'],
    severity: 'high',
    lifetime: 'short-lived',
    entropy: 3.5,
    rotateUrl: ROTATE,
    samples: {
      match: [{ text: 'Authorization: Bearer t1.Y-vsL7aZwyfJV-1fo0O4.HOmbjpc32aUbXdu4HpKDwEs1c2FW64PXUdLYiKneT8g_zS8bRNXgIlkwpLyJttf7XcJTyxsroRqUSlUHl1kIHl', reason: 'bearer header' }],
      noMatch: [{ text: 'let x = t1.value.length', reason: 'code' }],
    },
  },
  {
    id: 'yandex-api-key',
    provider: 'yandex',
    description: 'Yandex Cloud API key',
    regex: standalone('AQVN[A-Za-z0-9_-]{35,38}', { tokenChars: 'A-Za-z0-9_-' }),
    keywords: ['aqvn'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3.5,
    rotateUrl: ROTATE,
    samples: {
      match: [{ text: 'YC_API_KEY=AQVN_f6jZMdOGQc52DI_AtZNrqIM1iZk5PCgd-oV', reason: 'dotenv' }],
      noMatch: [{ text: 'AQVNshort', reason: 'too short' }],
    },
  },
  {
    id: 'yandex-static-access-key-secret',
    provider: 'yandex',
    description: 'Yandex Cloud static access key secret (AWS-compatible), on a Yandex-named line',
    regex: standalone('YC[A-Za-z0-9_-]{38}', { tokenChars: 'A-Za-z0-9_-' }),
    keywords: ['yandex'],
    severity: 'critical',
    lifetime: 'long-lived',
    entropy: 3.5,
    rotateUrl: ROTATE,
    samples: {
      match: [{ text: 'yandex_secret_key = "YCxzmJmamnNjw9z-npIxPXx8sjLCjQhpOumvjKIQ"', reason: 'assignment' }],
      noMatch: [{ text: 'secret_key = "YCBuZa2OnVEx3zyN-uEGL8_9nhfsvfCs9nO0jErC"', reason: 'no Yandex context' }],
    },
  },
  {
    id: 'yandex-oauth-token',
    provider: 'yandex',
    description: 'Yandex OAuth token (valid one year)',
    regex: standalone('y[0-3]_Ag[A-Za-z0-9_-]{50,100}', { tokenChars: 'A-Za-z0-9_-' }),
    keywords: ['y0_ag', 'y1_ag', 'y2_ag', 'y3_ag'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3.5,
    rotateUrl: 'https://oauth.yandex.com/',
    samples: {
      match: [{ text: 'YC_TOKEN=y0_Agv9LKXuygX1_IuARrJHYjJF3M_x0DGlYOvLi6PrLJ4xnQN2XVnzsxJx0N', reason: 'CLI token' }],
      noMatch: [{ text: 'y0_Agshort', reason: 'too short' }],
    },
  },
];
