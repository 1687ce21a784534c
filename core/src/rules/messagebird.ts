/**
 * MessageBird (Bird) REST API access keys: 25 alphanumerics (live and test keys).
 * https://developers.messagebird.com/api/#authentication
 * Access keys do not expire; they are deleted in Developers > API access.
 */
import type { Rule } from '../engine/types.js';
import { assignment } from './patterns.js';

const IDENTIFIERS = ['messagebird', 'message-bird', 'message_bird'];
const ASSIGNED_WINDOW = { before: 64, after: 320, crossLines: true };

export const rules: Rule[] = [
  {
    id: 'messagebird-api-key',
    provider: 'messagebird',
    description: 'MessageBird API access key (25 chars) assigned to a MessageBird-named variable',
    regex: assignment(IDENTIFIERS, '[A-Za-z0-9]{25}'),
    keywords: IDENTIFIERS,
    window: ASSIGNED_WINDOW,
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: 'https://dashboard.messagebird.com/en/developers/access',
    samples: {
      match: [
        { text: 'MESSAGEBIRD_ACCESS_KEY=acm06EMXQdYG6INyNjORSSM4R', reason: 'dotenv' },
        { text: "const messageBirdKey = 'acm06EMXQdYG6INyNjORSSM4R';", reason: 'JavaScript constant' },
      ],
      noMatch: [{ text: 'MESSAGEBIRD_ACCESS_KEY=xxxxxxxxxxxxxxxxxxxxxxxxx', reason: 'placeholder' }],
    },
  },
  {
    id: 'messagebird-client-id',
    provider: 'messagebird',
    description: 'MessageBird client / workspace id (UUID identifier)',
    regex: assignment(IDENTIFIERS, '[a-fA-F0-9]{8}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{12}'),
    keywords: IDENTIFIERS,
    window: ASSIGNED_WINDOW,
    severity: 'low',
    lifetime: 'long-lived',
    entropy: 3,
    samples: {
      match: [{ text: 'messagebird_client_id: 261e5351-d30b-4989-5d1a-0d1f13dce20c', reason: 'client id' }],
      noMatch: [{ text: 'messagebird_client_id: 12345678-ABCD-ABCD-ABCD-1234567890AB', reason: 'documentation placeholder' }],
    },
  },
];
