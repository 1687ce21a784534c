/**
 * Finicity (Mastercard Open Banking) partner credentials: a 32-hex-character App Key sent as
 * `Finicity-App-Key` and a 20-character Partner Secret exchanged for short-lived app tokens:
 * https://developer.mastercard.com/open-banking-us/documentation/quick-start-guide/ and
 * https://developer.mastercard.com/open-banking-us/documentation/api-reference/ (Authentication).
 * Neither carries a prefix, so values must be assigned to a Finicity-named variable.
 */
import type { Rule } from '../engine/types.js';
import { assignment } from './patterns.js';

const ROTATE = 'https://developer.mastercard.com/dashboard';
const NEXT_LINE = { before: 32, after: 300, crossLines: true };

export const rules: Rule[] = [
  {
    id: 'finicity-app-key',
    provider: 'finicity',
    description: 'Finicity App Key (32 hex characters) assigned to a Finicity-named variable',
    regex: assignment(['finicity'], '[a-f0-9]{32}'),
    keywords: ['finicity'],
    window: NEXT_LINE,
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: ROTATE,
    reference: 'https://developer.mastercard.com/open-banking-us/documentation/quick-start-guide/',
    samples: {
      match: [{ text: 'FINICITY_APP_KEY=3c44837d53230d8e6caf6cf1f98caba2', reason: 'dotenv' }],
      noMatch: [{ text: 'FINICITY_APP_KEY=00000000000000000000000000000000', reason: 'placeholder' }],
    },
  },
  {
    id: 'finicity-partner-secret',
    provider: 'finicity',
    description: 'Finicity Partner Secret (20 characters) assigned to a Finicity-named variable',
    regex: assignment(['finicity'], '[A-Za-z0-9]{20}'),
    keywords: ['finicity'],
    window: NEXT_LINE,
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: ROTATE,
    reference: 'https://developer.mastercard.com/open-banking-us/documentation/quick-start-guide/',
    samples: {
      match: [{ text: 'finicity_partner_secret: "4f7MGCzPAKx1hNHLlCU9"', reason: 'yaml' }],
      noMatch: [{ text: 'finicity_partner_secret: "partnerSecretValue1"', reason: 'not 20 random characters' }],
    },
  },
];
