/**
 * Google Cloud / Google APIs credentials.
 * API keys (`AIza` + 35 chars, no expiry): https://cloud.google.com/docs/authentication/api-keys
 * OAuth 2.0 access tokens (`ya29.`, 1 hour) and refresh tokens (`1//`, no expiry until revoked or unused 6 months):
 * https://developers.google.com/identity/protocols/oauth2#expiration
 * OAuth client secrets (`GOCSPX-`): https://support.google.com/cloud/answer/15549257
 * Service-account JSON keys (`"type": "service_account"`, `"private_key"`; no expiry by default):
 * https://cloud.google.com/iam/docs/keys-create-delete and https://cloud.google.com/iam/docs/service-account-creds
 */
import type { Rule } from '../engine/types.js';
import { standalone } from './patterns.js';

const CREDENTIALS = 'https://console.cloud.google.com/apis/credentials';

export const rules: Rule[] = [
  {
    id: 'gcp-api-key',
    provider: 'gcp',
    description: 'Google API key (Maps, Gemini, Firebase, Cloud APIs)',
    regex: standalone('AIza[A-Za-z0-9_-]{35}', { tokenChars: 'A-Za-z0-9_-' }),
    keywords: ['aiza'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3.5,
    rotateUrl: CREDENTIALS,
    samples: {
      match: [
        { text: 'GOOGLE_API_KEY=AIzaSyD4k9Qm2Lx7Rt0Vb5Nc8Wz3Hj6Fp1Gs-Ey', reason: 'dotenv' },
        { text: '<string name="google_maps_key">AIzaSyB7x_Qp3Km9Lt2Wv6Rz0Nc5Hd8Fj4Gs1Ua</string>', reason: 'Android resource' },
      ],
      noMatch: [
        { text: 'apiKey: "AIzaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"', reason: 'placeholder' },
        { text: 'AIzaSyD4k9Qm2Lx7Rt0Vb5Nc8Wz3Hj6Fp1Gs-Eyabc', reason: 'too long' },
      ],
    },
  },
  {
    id: 'gcp-oauth-access-token',
    provider: 'gcp',
    description: 'Google OAuth 2.0 access token (expires after 1 hour)',
    regex: standalone('ya29\\.[A-Za-z0-9_-]{30,2048}', { tokenChars: 'A-Za-z0-9_.-' }),
    keywords: ['ya29.'],
    severity: 'high',
    lifetime: 'short-lived',
    entropy: 3.5,
    rotateUrl: 'https://myaccount.google.com/permissions',
    samples: {
      match: [
        {
          text: 'Authorization: Bearer ya29.a0AfB_byC7kQ2mLx9Rt4Vb0Nc5Wz8Hj3Fp6Gs1Ey-Ua7Io2Ke9Lq4Mn0Pr5St3Uv8Wx1Yz6',
          reason: 'bearer header',
        },
      ],
      noMatch: [{ text: 'ya29.short', reason: 'too short' }],
    },
  },
  {
    id: 'gcp-oauth-refresh-token',
    provider: 'gcp',
    description: 'Google OAuth 2.0 refresh token (valid until revoked)',
    regex: standalone('1//0[A-Za-z0-9_-]{40,400}', { tokenChars: 'A-Za-z0-9_/-' }),
    keywords: ['1//0'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3.5,
    rotateUrl: 'https://myaccount.google.com/permissions',
    samples: {
      match: [
        {
          text: '"refresh_token": "1//0gK7mQ2xLr9Tb4Vn0Wc5Hz8Jf3Pd6Gs1Ey-Ua7CgYIARAAGBASNwF-L9IrXk2Qm5Ln8Rt0Vb3Wz6Hj"',
          reason: 'token.json',
        },
      ],
      noMatch: [{ text: 'x = 1//0 comment', reason: 'integer division / comment' }],
    },
  },
  {
    id: 'gcp-oauth-client-secret',
    provider: 'gcp',
    description: 'Google OAuth client secret',
    regex: standalone('GOCSPX-[A-Za-z0-9_-]{28}', { tokenChars: 'A-Za-z0-9_-' }),
    keywords: ['gocspx-'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3.5,
    rotateUrl: CREDENTIALS,
    samples: {
      match: [{ text: '"client_secret": "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"', reason: 'client_secret.json' }],
      noMatch: [{ text: 'GOCSPX-xxxxxxxxxxxxxxxxxxxxxxxxxxxx', reason: 'placeholder' }],
    },
  },
  {
    id: 'gcp-service-account-key',
    provider: 'gcp',
    description: 'Google Cloud service-account JSON key (private key)',
    regex:
      /"type"\s{0,5}:\s{0,5}"service_account"[\s\S]{0,3000}?"private_key"\s{0,5}:\s{0,5}"(?<secret>-----BEGIN[A-Z ]{0,20}PRIVATE KEY-----[A-Za-z0-9+/=\\\s]{64,8000}-----END[A-Z ]{0,20}PRIVATE KEY-{3,5}(?:\\n)?)"/,
    keywords: ['service_account'],
    window: { before: 200, after: 12000, crossLines: true },
    severity: 'critical',
    lifetime: 'long-lived',
    rotateUrl: 'https://console.cloud.google.com/iam-admin/serviceaccounts',
    samples: {
      match: [
        {
          text:
            '{\n  "type": "service_account",\n  "project_id": "demo-493021",\n  "private_key_id": "5c1e9f0b7a3d2e4f6a8b0c1d2e3f4a5b6c7d8e9f",\n' +
            '  "private_key": "-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7kQ2mLx9Rt4Vb0Nc5\\nWz8Hj3Fp6Gs1EyUa7Io2Ke9Lq4Mn0Pr5St3Uv8Wx1Yz6Ab2Cd7Ef4Gh9Ij0Kl3Mn5Op8\\n-----END PRIVATE KEY-----\\n",\n' +
            '  "client_email": "ci@demo-493021.iam.gserviceaccount.com"\n}',
          reason: 'service-account key file',
        },
      ],
      noMatch: [{ text: '{\n  "private_key_id": "DUMMY",\n  "private_key": "DUMMY"\n}', reason: 'not a key' }],
    },
  },
];
