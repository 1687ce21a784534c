/**
 * Cohere API keys: 40 alphanumeric characters with no prefix (trial and production keys), read by the
 * SDKs from CO_API_KEY / COHERE_API_KEY: https://docs.cohere.com/reference/about and
 * https://docs.cohere.com/docs/rate-limits (trial vs production keys). Recognisable only next to a
 * Cohere-named variable.
 */
import type { Rule, RuleContext } from '../engine/types.js';
import { anyCase } from './patterns.js';

/** Binding operators (`=`, `:`, `:=`, `=>`, `,` of `set("NAME", "value")`) with optional quotes. */
const OPERATOR = String.raw`[\s'"\x60]{0,3}(?:=|>|:{1,3}=|\|\|=?|:|=>|\?=|\.=|,)[\x60'"\s=]{0,5}`;
/** `cohere…` anywhere in the name; `CO_API_KEY` only as a whole word (not `DISCO_API_KEY`). */
const NAME = `(?:${anyCase('cohere')}|(?<![A-Za-z0-9])${anyCase('co_api_key')})`;

const namesCredential = ({ match, secret }: RuleContext) => /key|token|secret|auth/i.test(match.slice(0, match.length - secret.length));

export const rules: Rule[] = [
  {
    id: 'cohere-api-key',
    provider: 'cohere',
    description: 'Cohere API key assigned to a Cohere-named variable (COHERE_API_KEY, CO_API_KEY)',
    regex: new RegExp(String.raw`${NAME}[ \t\w.-]{0,20}?${OPERATOR}(?<secret>[A-Za-z0-9]{40})(?![A-Za-z0-9_-])`),
    keywords: ['cohere', 'co_api_key'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3.5,
    validate: namesCredential,
    rotateUrl: 'https://dashboard.cohere.com/api-keys',
    samples: {
      match: [
        { text: 'export CO_API_KEY=V2Y1RogiTgDChmeYKRVEDTIOv6twwS15gdFkg9qc', reason: 'SDK env var' },
        { text: 'cohere_api_key: "V2Y1RogiTgDChmeYKRVEDTIOv6twwS15gdFkg9qc"', reason: 'YAML' },
      ],
      noMatch: [
        { text: 'CO_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', reason: 'placeholder' },
        { text: 'DISCO_API_KEY=V2Y1RogiTgDChmeYKRVEDTIOv6twwS15gdFkg9qc', reason: 'CO_API_KEY inside another name' },
      ],
    },
  },
];
