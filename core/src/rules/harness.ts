/**
 * Harness personal access tokens and service-account tokens (`pat.`/`sat.` + account id + token id + secret):
 * https://developer.harness.io/docs/platform/automation/api/add-and-manage-api-keys
 */
import type { Rule } from '../engine/types.js';

export const rules: Rule[] = [
  {
    id: 'harness-api-key',
    provider: 'harness',
    description: 'Harness personal access token or service-account token',
    regex: /(?<![A-Za-z0-9_.-])(?<secret>(?:pat|sat)\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9]{24}\.[A-Za-z0-9]{20})(?![A-Za-z0-9_.-])/,
    keywords: ['pat.', 'sat.'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3.5,
    rotateUrl: 'https://app.harness.io/ng/account/profile',
    samples: {
      match: [{ text: 'HARNESS_PLATFORM_API_KEY=pat.zzkYmGzs8gQ4CP8EOLzYgf.KR0QCeXSobSmJhuuB7lKOHE8.uCixDssYw49wAva30OzW', reason: 'Terraform provider env' }],
      noMatch: [{ text: 'pat.name.first', reason: 'property access' }],
    },
  },
];
