/**
 * Wise (formerly TransferWise) personal API tokens: UUIDs sent as bearer tokens; they do not expire and
 * can fund transfers: https://docs.wise.com/api-docs/features/authentication-access/personal-tokens
 * No prefix, so the value must be assigned to a Wise-named variable.
 */
import type { Rule } from '../engine/types.js';
import { anyCase, assignment } from './patterns.js';

const UUID = '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}';

/**
 * `assignment` whose provider name starts a word or a camelCase hump: `WISE_API_TOKEN`, `wiseToken`,
 * `transferwiseKey`, but not `otherwise`, `likewise` or `clockwise`.
 */
function wordAssignment(ids: string[], secret: string): RegExp {
  const re = assignment(ids, secret);
  const head = `(?:${ids.map(anyCase).join('|')})`;
  const capitalised = ids.map((id) => id[0]!.toUpperCase() + id.slice(1).toLowerCase()).join('|');
  const start = `(?:(?<![A-Za-z0-9])${head}|(?<=[a-z0-9])(?:${capitalised}))`;
  return new RegExp(start + re.source.slice(head.length), re.flags);
}

export const rules: Rule[] = [
  {
    id: 'wise-api-token',
    provider: 'wise',
    description: 'Wise (TransferWise) personal API token assigned to a Wise-named variable (can fund transfers)',
    regex: wordAssignment(['transferwise', 'wise'], UUID),
    keywords: ['wise'],
    window: { before: 32, after: 300, crossLines: true },
    severity: 'critical',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: 'https://wise.com/settings/api-tokens',
    reference: 'https://docs.wise.com/api-docs/features/authentication-access/personal-tokens',
    samples: {
      match: [
        { text: 'WISE_API_TOKEN=654704bc-9d98-4d30-a2b1-e7fc579f67ec', reason: 'dotenv' },
        { text: 'transferwise_token: "d302e7fc-579f-47ec-8a65-4704bc9d98a1"', reason: 'legacy name' },
      ],
      noMatch: [{ text: 'otherwise_id = "654704bc-9d98-4d30-a2b1-e7fc579f67ec"', reason: 'wise inside another word' }],
    },
  },
];
