/**
 * OpenAI API keys. Key kinds and prefixes (project `sk-proj-`, service account `sk-svcacct-`, admin
 * `sk-admin-`, legacy user `sk-`): https://platform.openai.com/docs/api-reference/authentication and
 * https://platform.openai.com/docs/api-reference/admin-api-keys . Every issued key embeds the marker
 * `T3BlbkFJ` (base64 of "OpenAI") between two random halves: legacy keys are `sk-` + 20 + marker + 20
 * alphanumerics; project / service-account keys carry ~74 URL-safe characters on each side, admin keys ~58.
 * Revocation: https://platform.openai.com/api-keys (admin keys: /settings/organization/admin-keys).
 */
import type { Rule, RuleContext } from '../engine/types.js';
import { assignment, standalone } from './patterns.js';

const ROTATE = 'https://platform.openai.com/api-keys';
const MARKER = 'T3BlbkFJ';
/** URL-safe body halves around the marker (bounded on both sides). */
const HALF = '[A-Za-z0-9_-]{20,120}';
const URL_SAFE = 'A-Za-z0-9_-';

/** Other providers reuse `sk-`: never let the OpenAI fallback claim theirs. */
const NOT_OTHER_PROVIDER = '(?!ant-|or-|lf-|helicone-)';

export const rules: Rule[] = [
  {
    id: 'openai-api-key',
    provider: 'openai',
    description: 'OpenAI legacy user API key (sk-…T3BlbkFJ…)',
    regex: standalone(`sk-[A-Za-z0-9]{20}${MARKER}[A-Za-z0-9]{20}`, { tokenChars: URL_SAFE }),
    keywords: ['t3blbkfj'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: ROTATE,
    samples: {
      match: [
        { text: 'OPENAI_API_KEY=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', reason: 'dotenv assignment' },
        { text: 'openai.api_key = "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"', reason: 'python assignment' },
      ],
      noMatch: [
        { text: 'sk-8qN83ajhKeWpYcKzqIp1abcdefghkiFTmLA2GoWEkGDqeYAG', reason: 'no OpenAI marker' },
        { text: 'xsk-8qN83ajhKeWpYcKzqIp1T3BlbkFJkiFTmLA2GoWEkGDqeYAG', reason: 'glued to other token characters' },
      ],
    },
  },
  {
    id: 'openai-project-key',
    provider: 'openai',
    description: 'OpenAI project API key (sk-proj-…)',
    regex: standalone(`sk-proj-${HALF}${MARKER}${HALF}`, { tokenChars: URL_SAFE }),
    keywords: ['sk-proj-'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3.5,
    rotateUrl: ROTATE,
    samples: {
      match: [
        {
          text: '"env": { "OPENAI_API_KEY": "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" }',
          reason: 'MCP server env block',
        },
        { text: 'key: sk-proj-QYLseOtJnlWlihbzdV8TT3BlbkFJ2ftycl6ZaxSp6aF7Ez5o', reason: 'short project key' },
      ],
      noMatch: [
        { text: 'OPENAI_API_KEY=sk-proj-...', reason: 'elided example' },
        {
          text: 'sk-proj-5XxCel9mTBfCKe5WzJ0sna7ccNUMAwOAMmZz2kvAtELMoyYrO2tRqQAT4e4M4gK0IDyCy8zxIcT4BlbkFJmkdgC7vWfveU3Q8dhODk04nEWk6yh5bO6j9d0ZpFHmeMsuqpkXpGyVBRhWpaM7yRaCjYmeyfKH',
          reason: 'marker altered',
        },
      ],
    },
  },
  {
    id: 'openai-service-account-key',
    provider: 'openai',
    description: 'OpenAI service account API key (sk-svcacct-…)',
    regex: standalone(`sk-svcacct-${HALF}${MARKER}${HALF}`, { tokenChars: URL_SAFE }),
    keywords: ['sk-svcacct-'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3.5,
    rotateUrl: ROTATE,
    samples: {
      match: [
        {
          text: 'OPENAI_API_KEY="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"',
          reason: 'service account key in dotenv',
        },
      ],
      noMatch: [{ text: 'sk-svcacct-xxxxxxxxxxxxxxxxxxxxxxxxT3BlbkFJxxxxxxxxxxxxxxxxxxxxxxxx', reason: 'placeholder' }],
    },
  },
  {
    id: 'openai-admin-key',
    provider: 'openai',
    description: 'OpenAI organization admin API key (sk-admin-…): manages projects, members, keys and billing',
    regex: standalone(`sk-admin-${HALF}${MARKER}${HALF}`, { tokenChars: URL_SAFE }),
    keywords: ['sk-admin-'],
    severity: 'critical',
    lifetime: 'long-lived',
    entropy: 3.5,
    rotateUrl: 'https://platform.openai.com/settings/organization/admin-keys',
    samples: {
      match: [
        {
          text: 'OPENAI_ADMIN_KEY=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',
          reason: 'admin key',
        },
      ],
      noMatch: [{ text: 'sk-admin-JWARXiHjpLXSh6W', reason: 'truncated, no marker' }],
    },
  },
  {
    id: 'openai-api-key-assignment',
    provider: 'openai',
    description: 'OpenAI-style `sk-` key assigned to an OpenAI-named variable (no T3BlbkFJ marker)',
    regex: assignment(['openai'], `sk-${NOT_OTHER_PROVIDER}(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{32,200}`),
    keywords: ['openai'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3.5,
    generic: true,
    validate: ({ secret }: RuleContext) => /\d/.test(secret) && /[A-Za-z]{2}/.test(secret.slice(3)),
    rotateUrl: ROTATE,
    samples: {
      match: [
        {
          text: 'OPENAI_API_KEY=sk-proj-QYBJ6UuUYX5wm1eEik1NvmdXolQC5xzOpksR7J1UgHxEV2QkERzLxN9KvgWog02wQXB5JH3yJQUfTfueuiUMkZOBaLyPnvaI9YDrW94ibSD7hl4vsPZky38g',
          reason: 'project key without the marker',
        },
      ],
      noMatch: [
        { text: 'OPENAI_API_KEY=sk-ant-api03-short', reason: 'Anthropic key is not OpenAI' },
        { text: 'OPENAI_API_KEY=sk-...', reason: 'elided' },
        { text: 'openai_key = "sk-your-openai-api-key-goes-here-please"', reason: 'placeholder prose' },
      ],
    },
  },
];
