/**
 * Microsoft Teams incoming webhook URLs (Office 365 connectors):
 * https://<tenant>.webhook.office.com/webhookb2/<group>@<tenant id>/IncomingWebhook/<32 chars>/<connector id>[/<signature>]
 * and the legacy https://outlook.office.com/webhook/… form.
 * https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook
 * Anyone with the URL can post into the channel until the connector is removed.
 */
import type { Rule } from '../engine/types.js';

export const rules: Rule[] = [
  {
    id: 'microsoft-teams-webhook-url',
    provider: 'microsoft-teams',
    description: 'Microsoft Teams incoming webhook URL',
    regex: /(?<secret>https:\/\/(?:[a-z0-9-]{1,64}\.webhook|outlook)\.office(?:365)?\.com\/webhook(?:b2)?\/[A-Za-z0-9-]{36}@[A-Za-z0-9-]{36}\/IncomingWebhook\/[A-Za-z0-9]{32}\/[A-Za-z0-9-]{36}(?:\/[A-Za-z0-9_-]{20,80})?)(?![A-Za-z0-9_-])/,
    keywords: ['.webhook.office.com/webhook', 'outlook.office.com/webhook', 'outlook.office365.com/webhook'],
    severity: 'medium',
    lifetime: 'long-lived',
    entropy: 3.5,
    rotateUrl: 'https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook',
    samples: {
      match: [
        {
          text: 'TEAMS_WEBHOOK=https://contoso.webhook.office.com/webhookb2/3b35183e-f833-3c47-74ec-50cd1c1bac7a@dac1a4b7-d0b3-52ad-6074-dce111881383/IncomingWebhook/HaBp8cshtwPkhdM996G5rfDLI7jChGi4/9d98729e-7c6b-e9ff-907a-76cc0b57aaf8/V2KBLhcuiS4hX4TnCt1RTrzJm8Iq0na0p-Yt1JoW56',
          reason: 'webhook with signature',
        },
      ],
      noMatch: [{ text: 'https://contoso.webhook.office.com/webhookb2/<group-id>@<tenant-id>/IncomingWebhook/<id>/<connector>', reason: 'template' }],
    },
  },
];
