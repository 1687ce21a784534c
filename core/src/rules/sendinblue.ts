/**
 * Brevo (formerly Sendinblue) keys: API v3 keys `xkeysib-<64 hex>-<16 alnum>` and SMTP keys
 * `xsmtpsib-<64 hex>-<16 alnum>`. https://help.brevo.com/hc/en-us/articles/209467485
 * and https://developers.brevo.com/docs/getting-started . Keys do not expire.
 */
import type { Rule } from '../engine/types.js';
import { standalone } from './patterns.js';

const ROTATE = 'https://app.brevo.com/settings/keys/api';
const CHARS = 'A-Za-z0-9_-';

export const rules: Rule[] = [
  {
    id: 'sendinblue-api-key',
    provider: 'sendinblue',
    description: 'Brevo / Sendinblue API v3 key (xkeysib-)',
    regex: standalone('xkeysib-[a-f0-9]{64}-[A-Za-z0-9]{16}', { tokenChars: CHARS }),
    keywords: ['xkeysib-'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: ROTATE,
    samples: {
      match: [
        {
          text: 'BREVO_API_KEY=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',
          reason: 'dotenv',
        },
      ],
      noMatch: [{ text: 'xkeysib-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-xxxxxxxxxxxxxxxx', reason: 'placeholder' }],
    },
  },
  {
    id: 'sendinblue-smtp-key',
    provider: 'sendinblue',
    description: 'Brevo / Sendinblue SMTP relay key (xsmtpsib-)',
    regex: standalone('xsmtpsib-[a-f0-9]{64}-[A-Za-z0-9]{16}', { tokenChars: CHARS }),
    keywords: ['xsmtpsib-'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: 'https://app.brevo.com/settings/keys/smtp',
    samples: {
      match: [
        {
          text: 'smtp_password: xsmtpsib-10cd79e048c07dd7753eda83d7c58dfe0d5a0cf318656b3e6f0bade65c3b188c-zdaeA6AOSRwLqgot',
          reason: 'SMTP password',
        },
      ],
      noMatch: [{ text: 'xsmtpsib-10cd79e048c07dd7', reason: 'truncated' }],
    },
  },
];
