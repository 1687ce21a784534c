/**
 * Notion integration tokens: `ntn_` + 11 digits + 35 alphanumerics (since September 2024), and the
 * older `secret_` + 43 alphanumerics.
 * https://developers.notion.com/docs/authorization and
 * https://developers.notion.com/page/changelog (token format change, 2024-09)
 */
import type { Rule } from '../engine/types.js';
import { standalone } from './patterns.js';

const ROTATE = 'https://www.notion.so/profile/integrations';

export const rules: Rule[] = [
  {
    id: 'notion-api-token',
    provider: 'notion',
    description: 'Notion integration token',
    regex: standalone('ntn_[0-9]{11}[A-Za-z0-9]{35}'),
    keywords: ['ntn_'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: ROTATE,
    samples: {
      match: [{ text: 'NOTION_TOKEN=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', reason: 'dotenv' }],
      noMatch: [
        { text: 'ntn_5989555957f4z8OPbavzKxnuvaBUc4yZkLSdUdbEUlnHx4', reason: 'only 10 digits' },
        { text: 'ntn_452579071769664679559331453418358853882674349484509507635552', reason: 'digits only' },
      ],
    },
  },
  {
    id: 'notion-legacy-token',
    provider: 'notion',
    description: 'Notion integration token (legacy secret_ format)',
    regex: standalone('secret_[A-Za-z0-9]{43}'),
    keywords: ['secret_'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3.5,
    rotateUrl: ROTATE,
    samples: {
      match: [{ text: 'const notion = new Client({ auth: "secret_HrAk8cT7tyHdLUI50SVSyScgSLOCNWeiViqOiYRbRLe" })', reason: 'SDK client' }],
      noMatch: [
        { text: 'client_secret_HENEGhkdVSYq4ChYkGhBCUIJElaPKjIUDPfY2EJocyR', reason: 'part of a longer identifier' },
        { text: 'secret_abc123', reason: 'too short' },
      ],
    },
  },
];
