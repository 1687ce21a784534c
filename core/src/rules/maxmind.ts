/**
 * MaxMind license keys: `<6 alnum>_<29 alnum>_mmk` (format since 2024); older keys are 12–16
 * alphanumerics with no marker.
 * https://support.maxmind.com/hc/en-us/articles/4407111582235-Generate-a-License-Key and
 * https://dev.maxmind.com/geoip/updating-databases
 */
import type { Rule } from '../engine/types.js';
import { assignment, standalone } from './patterns.js';

const ROTATE = 'https://www.maxmind.com/en/accounts/current/license-key';

/** Values may sit on the line after their name (`<fooToken>\n  value\n</fooToken>`). */
const NEXT_LINE = { before: 32, after: 300, crossLines: true };

export const rules: Rule[] = [
  {
    id: 'maxmind-license-key',
    provider: 'maxmind',
    description: 'MaxMind license key',
    regex: standalone('[A-Za-z0-9]{6}_[A-Za-z0-9]{29}_mmk'),
    keywords: ['_mmk'],
    severity: 'medium',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: ROTATE,
    samples: {
      match: [{ text: 'LicenseKey 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', reason: 'GeoIP.conf' }],
      noMatch: [{ text: 'ie15dG_SjXPsqT4Qd7QfhE42yi1_mmk', reason: 'too short' }],
    },
  },
  {
    id: 'maxmind-legacy-license-key',
    provider: 'maxmind',
    description: 'MaxMind license key (older format) assigned to a MaxMind variable',
    regex: assignment(['maxmind'], '[A-Za-z0-9]{12,16}'),
    keywords: ['maxmind'],
    window: NEXT_LINE,
    severity: 'medium',
    lifetime: 'long-lived',
    entropy: 3.2,
    rotateUrl: ROTATE,
    samples: {
      match: [{ text: 'MAXMIND_LICENSE_KEY=iOoDcKYgIovBDFqm', reason: 'dotenv' }],
      noMatch: [{ text: 'MAXMIND_ACCOUNT_ID=123456', reason: 'account id' }],
    },
  },
];
