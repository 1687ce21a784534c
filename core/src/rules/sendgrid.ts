/**
 * Twilio SendGrid API keys: `SG.<22-char key id>.<43-char secret>` (base64url), 69 characters in all.
 * https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys
 * Keys never expire; they are deleted in Settings > API Keys.
 */
import type { Rule } from '../engine/types.js';

export const rules: Rule[] = [
  {
    id: 'sendgrid-api-key',
    provider: 'sendgrid',
    description: 'SendGrid API key (SG.<id>.<secret>)',
    // The documented layout, or any 66-char base64url body (the length of `<22>.<43>`) as some tools print it.
    regex: /(?<![A-Za-z0-9_.-])(?<secret>SG\.(?:[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}|[A-Za-z0-9_=-][A-Za-z0-9_=.-]{64}[A-Za-z0-9_=-]))(?![A-Za-z0-9_=.-])/,
    keywords: ['sg.'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3.5,
    validate: ({ secret }) => !secret.includes('..'),
    rotateUrl: 'https://app.sendgrid.com/settings/api_keys',
    samples: {
      match: [
        { text: 'SENDGRID_API_KEY=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', reason: 'dotenv' },
        { text: "sg = SendGridAPIClient('SG.C3J27XDCG2LmlZGEONYl.m5MslfY5ubiheyEd7P4zDL-ak6J0kGODKdinZnLXicaBA')", reason: 'variant id/secret split' },
      ],
      noMatch: [
        { text: 'SG.ddfrfifiUziXnFAAoeelK9..mqmALOR2HcSGKgVP8Kd0d3mS8gBlKv3azKgaS_m_x-S', reason: 'double dot' },
        { text: 'AG.ddfrfifiUziXnFAAoeelK9.mqmALOR2HcSGKgVP8Kd0d3mS8gBlKv3azKgaS_m_x-S', reason: 'not the SG. prefix' },
        { text: 'SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', reason: 'placeholder' },
      ],
    },
  },
];
