/**
 * Mailchimp Marketing API keys: 32 lowercase hex + `-<datacenter>` (e.g. `-us6`).
 * https://mailchimp.com/developer/marketing/guides/quick-start/#generate-your-api-key
 * https://mailchimp.com/help/about-api-keys/ . Keys do not expire.
 */
import type { Rule } from '../engine/types.js';

export const rules: Rule[] = [
  {
    id: 'mailchimp-api-key',
    provider: 'mailchimp',
    description: 'Mailchimp API key (32 hex + datacenter suffix)',
    regex: /(?<![A-Za-z0-9_-])(?<secret>[0-9a-f]{32}-us[0-9]{1,2})(?![A-Za-z0-9_-])/,
    keywords: ['-us'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: 'https://us1.admin.mailchimp.com/account/api/',
    samples: {
      match: [
        { text: 'MAILCHIMP_API_KEY=c7ce65426f74bde94fb78c8d5f08b79a-us16', reason: 'dotenv' },
        { text: "client.setConfig({ apiKey: '5b1e0a9c7d3f42e8a6c4b2d09f8e7a61-us2', server: 'us2' })", reason: 'SDK config' },
      ],
      noMatch: [
        { text: '5B1E0A9C7D3F42E8A6C4B2D09F8E7A61-us2', reason: 'uppercase hex' },
        { text: '5b1e0a9c7d3f42e8a6c4b2d09f8e7a61-al32', reason: 'not a datacenter' },
        { text: '3a5633e829d3c71-us2', reason: 'too short' },
      ],
    },
  },
];
