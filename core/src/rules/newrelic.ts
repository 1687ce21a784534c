/**
 * New Relic API keys: user keys `NRAK-` (27 upper alnum), license/ingest keys (40 chars ending `NRAL`),
 * insert keys `NRII-`, query keys `NRIQ-`, browser keys `NRJS-` (19 hex).
 * https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/
 * Admin (REST API v2) keys: https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/#admin-keys
 * The agent config file (`newrelic.yml`, `newrelic.ini`) names the key `license_key`:
 * https://docs.newrelic.com/docs/apm/agents/ruby-agent/configuration/ruby-agent-configuration/#license_key
 */
import type { Rule } from '../engine/types.js';
import { assignment, standalone } from './patterns.js';

const ROTATE = 'https://one.newrelic.com/api-keys';
const NAMES = ['newrelic', 'new-relic', 'new_relic'];

/** Values may sit on the line after their name (`<fooToken>\n  value\n</fooToken>`). */
const NEXT_LINE = { before: 32, after: 300, crossLines: true };

export const rules: Rule[] = [
  {
    id: 'new-relic-user-api-key',
    provider: 'new-relic',
    description: 'New Relic user API key',
    regex: standalone('NRAK-[A-Za-z0-9]{27}'),
    keywords: ['nrak-'],
    severity: 'critical',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: ROTATE,
    samples: {
      match: [{ text: 'NEW_RELIC_API_KEY=NRAK-IIJN67XLQOC744GXS4541VLR6EG', reason: 'user key' }],
      noMatch: [{ text: 'NRAK-AH3Q2RI19I6BNPQQ5WH6', reason: 'too short' }],
    },
  },
  {
    id: 'new-relic-admin-api-key',
    provider: 'new-relic',
    description: 'New Relic admin API key (legacy REST API v2 account administration)',
    // New Relic writes these keys as `NRAA-` + characters like its other prefixed keys but does not
    // state the body's length: a deliberately broad alphanumeric 20–64.
    regex: standalone('NRAA-[A-Za-z0-9]{20,64}'),
    keywords: ['nraa-'],
    severity: 'critical',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: ROTATE,
    reference: 'https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/',
    samples: {
      match: [{ text: 'NEW_RELIC_ADMIN_KEY=NRAA-9c1e5b7d3fa24c8e6b0d2f4a8c6e1b3d5f', reason: 'admin key' }],
      noMatch: [{ text: 'NRAA-5f2c9e1b', reason: 'too short' }],
    },
  },
  {
    id: 'new-relic-agent-config-license-key',
    provider: 'new-relic',
    description: 'New Relic license key (40 hex, legacy form) in an agent config that names New Relic',
    // `license_key` alone is too common a name; an agent config file says New Relic in its comments or
    // app settings a few lines around it.
    // The mention is the keyword: the regex runs only in the 400 characters after one.
    regex: /\blicense_key[ \t]{0,4}[:=][ \t]{0,4}['"]?(?<secret>[a-f0-9]{40})(?![A-Za-z0-9_-])/,
    keywords: ['new relic', 'newrelic', 'new_relic'],
    window: { before: 0, after: 400, crossLines: true },
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3.2,
    rotateUrl: ROTATE,
    samples: {
      match: [
        {
          text: '# Your New Relic license key.\nlicense_key: 3f9a1c7e5b2d8f4a6c0e9b1d3f5a7c2e4b6d8f0a\n',
          reason: 'newrelic.yml',
        },
      ],
      noMatch: [{ text: 'license_key: 3f9a1c7e5b2d8f4a6c0e9b1d3f5a7c2e4b6d8f0a', reason: 'no New Relic context' }],
    },
  },
  {
    id: 'new-relic-license-key',
    provider: 'new-relic',
    description: 'New Relic license (ingest) key',
    // EU-region accounts' keys start `eu01xx` (https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/#license-key).
    regex: standalone('(?:[a-fA-F0-9]{36}|eu01xx[a-fA-F0-9]{30})NRAL'),
    keywords: ['nral'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: ROTATE,
    samples: {
      match: [
        { text: "license_key: '7e88e4204db7847a4114025ec1005bad1de9NRAL'", reason: 'newrelic.yml' },
        { text: 'NEW_RELIC_LICENSE_KEY=eu01xx3c9e1b5d7f2a4c6e8b0d1f3a5c7e9bNRAL', reason: 'EU-region license key' },
      ],
      noMatch: [{ text: '62036e72d4efb3084264NRAL', reason: 'too short' }],
    },
  },
  {
    id: 'new-relic-insert-key',
    provider: 'new-relic',
    description: 'New Relic insights insert key (write-only event ingestion)',
    regex: standalone('NRII-[A-Za-z0-9_-]{32}', { tokenChars: 'A-Za-z0-9_-' }),
    keywords: ['nrii-'],
    severity: 'medium',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: ROTATE,
    samples: {
      match: [{ text: 'X-Insert-Key: NRII-vbeKPxTaCnUlUAsDm0sqBClYC5UtzGTd', reason: 'insert header' }],
      noMatch: [{ text: 'NRII-WgiO7WjL9QmG', reason: 'too short' }],
    },
  },
  {
    id: 'new-relic-query-key',
    provider: 'new-relic',
    description: 'New Relic insights query key (read event data)',
    regex: standalone('NRIQ-[A-Za-z0-9_-]{32}', { tokenChars: 'A-Za-z0-9_-' }),
    keywords: ['nriq-'],
    severity: 'medium',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: ROTATE,
    samples: {
      match: [{ text: 'X-Query-Key: NRIQ-Nu1jvCldNhtLEy4oQBb4F4bej5CRyTRg', reason: 'query header' }],
      noMatch: [{ text: 'NRIQ-XFQLsmb8HDVg', reason: 'too short' }],
    },
  },
  {
    id: 'new-relic-browser-api-token',
    provider: 'new-relic',
    description: 'New Relic browser key (embedded in web pages by design)',
    regex: standalone('NRJS-[a-f0-9]{19}'),
    keywords: ['nrjs-'],
    severity: 'low',
    lifetime: 'long-lived',
    entropy: 2.5,
    samples: {
      match: [{ text: 'licenseKey:"NRJS-5d031229d3291c558e6"', reason: 'browser agent snippet' }],
      noMatch: [{ text: 'NRJS-6748931544', reason: 'too short' }],
    },
  },
  {
    id: 'new-relic-assigned-key',
    provider: 'new-relic',
    description: 'New Relic key without a recognised prefix assigned to a New Relic variable',
    regex: assignment(NAMES, '[A-Za-z0-9]{40}|[A-Za-z0-9]{64}'),
    keywords: NAMES,
    window: NEXT_LINE,
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3.2,
    rotateUrl: ROTATE,
    samples: {
      match: [{ text: 'NEW_RELIC_LICENSE_KEY=125fff0696cb679d2fa9ea70b6fb9faa5fb71373', reason: 'legacy license key' }],
      noMatch: [{ text: 'NEW_RELIC_APP_NAME=checkout-service-production', reason: 'not a key' }],
    },
  },
];
