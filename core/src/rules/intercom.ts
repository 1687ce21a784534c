/**
 * Intercom access tokens. Tokens are base64 of `tok:<uuid>:<n>:<n>`, hence the `dG9rOj` prefix;
 * older integrations carry 60-char tokens. https://developers.intercom.com/docs/build-an-integration/learn-more/authentication
 * Access tokens do not expire; they are regenerated in the Developer Hub.
 */
import type { Rule } from '../engine/types.js';
import { assignment } from './patterns.js';

const ROTATE = 'https://app.intercom.com/a/apps/_/developer-hub';

export const rules: Rule[] = [
  {
    id: 'intercom-access-token',
    provider: 'intercom',
    description: 'Intercom access token (base64 "tok:…")',
    regex: /(?<![A-Za-z0-9+/])(?<secret>dG9rOj[A-Za-z0-9+/]{40,120}={0,2})(?![A-Za-z0-9+/=])/,
    keywords: ['dg9roj'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3.5,
    rotateUrl: ROTATE,
    samples: {
      match: [{ text: 'Authorization: Bearer dG9rOjAyNzNkYmM0XzZkZmNfZWEyNV9iYWIyXzk1MzlhZDU5NjZkNToxOjA=', reason: 'bearer header' }],
      noMatch: [{ text: 'dG9rOjA=', reason: 'too short' }],
    },
  },
  {
    id: 'intercom-api-key',
    provider: 'intercom',
    description: 'Intercom access token (60 chars) assigned to an Intercom-named variable',
    regex: assignment(['intercom'], '[A-Za-z0-9_=-]{60}'),
    keywords: ['intercom'],
    window: { before: 64, after: 320, crossLines: true },
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3.5,
    rotateUrl: ROTATE,
    samples: {
      match: [{ text: 'INTERCOM_ACCESS_TOKEN=hnTf0baNaMYmbdzw-Isz0psundmjv_73hbPsETJveImiSy5XcgCYf4gEFCfu', reason: 'dotenv' }],
      noMatch: [{ text: 'INTERCOM_ACCESS_TOKEN=hnTf0baNaMYmbdzw', reason: 'too short' }],
    },
  },
];
