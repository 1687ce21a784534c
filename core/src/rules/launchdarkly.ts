/**
 * LaunchDarkly keys: API access tokens `api-<uuid>`, server-side SDK keys `sdk-<uuid>`,
 * mobile keys `mob-<uuid>` (client-side IDs are public).
 * https://docs.launchdarkly.com/home/account/api and https://docs.launchdarkly.com/sdk/concepts/client-side-server-side#keys
 */
import type { Rule } from '../engine/types.js';
import { assignment, standalone } from './patterns.js';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const ROTATE = 'https://app.launchdarkly.com/settings/authorization';

/** Values may sit on the line after their name (`<fooToken>\n  value\n</fooToken>`). */
const NEXT_LINE = { before: 32, after: 300, crossLines: true };

export const rules: Rule[] = [
  {
    id: 'launchdarkly-api-token',
    provider: 'launchdarkly',
    description: 'LaunchDarkly API access token',
    regex: standalone(`api-${UUID}`, { tokenChars: 'A-Za-z0-9_-' }),
    keywords: ['api-'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: ROTATE,
    samples: {
      match: [{ text: 'LD_API_KEY=api-bd91b213-1914-9689-669e-6eb77bd7eaed', reason: 'REST API token' }],
      noMatch: [{ text: 'x-api-54f2c688-0069-d1e6-e8e4-8b064b9c396b', reason: 'part of a longer identifier' }],
    },
  },
  {
    id: 'launchdarkly-sdk-key',
    provider: 'launchdarkly',
    description: 'LaunchDarkly server-side SDK key',
    regex: standalone(`sdk-${UUID}`, { tokenChars: 'A-Za-z0-9_-' }),
    keywords: ['sdk-'],
    severity: 'medium',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: 'https://app.launchdarkly.com/settings/projects',
    samples: {
      match: [{ text: 'LD_SDK_KEY=sdk-f910d255-ba44-efb7-4225-c5bd8308b02c', reason: 'server SDK key' }],
      noMatch: [{ text: 'sdk-dd8549e6', reason: 'not a UUID' }],
    },
  },
  {
    id: 'launchdarkly-mobile-key',
    provider: 'launchdarkly',
    description: 'LaunchDarkly mobile key (shipped in mobile apps)',
    regex: standalone(`mob-${UUID}`, { tokenChars: 'A-Za-z0-9_-' }),
    keywords: ['mob-'],
    severity: 'low',
    lifetime: 'long-lived',
    entropy: 3,
    samples: {
      match: [{ text: 'let config = LDConfig(mobileKey: "mob-70c68e9f-ac3a-90f9-5885-8b02f07070c1")', reason: 'iOS config' }],
      noMatch: [{ text: 'mob-fa3283a0', reason: 'not a UUID' }],
    },
  },
  {
    id: 'launchdarkly-access-token',
    provider: 'launchdarkly',
    description: 'LaunchDarkly token without a recognised prefix assigned to a LaunchDarkly variable',
    regex: assignment(['launchdarkly', 'launch_darkly', 'launch-darkly'], '[A-Za-z0-9=_-]{40}'),
    keywords: ['launchdarkly', 'launch_darkly', 'launch-darkly'],
    window: NEXT_LINE,
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3.2,
    rotateUrl: ROTATE,
    samples: {
      match: [{ text: 'launchdarkly_access_token = "sC7TXAXm92cr4BuJ2k2RoCFPVF-OV5e6PUP_KXA0"', reason: 'Terraform provider token' }],
      noMatch: [{ text: 'launchdarkly_project = "9gxxzqacigrj"', reason: 'too short' }],
    },
  },
];
