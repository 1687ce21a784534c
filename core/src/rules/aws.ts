/**
 * Amazon Web Services credentials.
 * Access key id prefixes (AKIA long-term IAM user key, ASIA temporary STS key, ABIA STS service bearer token,
 * ACCA context-specific credential): https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-unique-ids
 * Secret access key (40 chars) and session tokens: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html
 * Temporary credentials lifetime (15 min – 36 h): https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_request.html
 * Amazon Bedrock API keys (long-term `ABSK…` service-specific credential; short-term `bedrock-api-key-…` pre-signed
 * SigV4 URL valid ≤ 12 h): https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_bedrock.html
 * and https://docs.aws.amazon.com/bedrock/latest/userguide/api-keys-how.html
 */
import type { LifetimeEvidence, Rule, RuleContext } from '../engine/types.js';
import { assignment, standalone } from './patterns.js';

const ROTATE = 'https://console.aws.amazon.com/iam/home#/security_credentials';
const HOUR_MS = 60 * 60 * 1000;

/** AWS secret keys are random base64: mixed case plus a digit or symbol. */
function looksRandom({ secret }: RuleContext): boolean {
  return /[a-z]/.test(secret) && /[A-Z]/.test(secret) && /[0-9+/]/.test(secret);
}

/**
 * A short-term Bedrock key is `bedrock-api-key-` + base64 of a pre-signed URL; its `X-Amz-Date` and
 * `X-Amz-Expires` query parameters give the exact expiry.
 */
export function bedrockShortTermLifetime({ secret, now }: RuleContext): LifetimeEvidence {
  let url = '';
  try {
    const body = secret.slice('bedrock-api-key-'.length);
    url = decodeURIComponent(atob(body + '='.repeat((4 - (body.length % 4)) % 4)));
  } catch {
    return { lifetime: 'short-lived', note: 'pre-signed URL valid for at most 12 hours' };
  }
  const date = /X-Amz-Date=(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z/.exec(url);
  const expires = /X-Amz-Expires=(\d{1,6})/.exec(url);
  if (!date || !expires) return { lifetime: 'short-lived', note: 'pre-signed URL valid for at most 12 hours' };
  const signed = Date.UTC(+date[1]!, +date[2]! - 1, +date[3]!, +date[4]!, +date[5]!, +date[6]!);
  const expiresAt = new Date(signed + Math.min(+expires[1]!, 12 * 3600) * 1000);
  if (Number.isNaN(expiresAt.getTime())) return { lifetime: 'short-lived' };
  if (expiresAt.getTime() <= now.getTime())
    return { lifetime: 'short-lived', expiresAt: expiresAt.toISOString(), severity: 'low', note: 'expired' };
  return { lifetime: 'short-lived', expiresAt: expiresAt.toISOString() };
}

export const rules: Rule[] = [
  {
    id: 'aws-access-key-id',
    provider: 'aws',
    description: 'AWS long-term access key id (IAM user, AKIA…)',
    regex: standalone('(?:AKIA|ACCA|A3T[A-Z0-9])[A-Z2-7]{16}'),
    keywords: ['AKIA', 'ACCA', 'A3T'],
    keywordsMatchCase: true,
    severity: 'critical',
    lifetime: 'long-lived',
    entropy: 2.5,
    rotateUrl: ROTATE,
    reference: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-unique-ids',
    samples: {
      match: [
        { text: 'aws_access_key_id = AKIAW7QX3LPNR5TZ2KVD', reason: 'credentials file' },
        { text: '"accessKeyId": "AKIA4HB6UNMQ2FXCJ7EL"', reason: 'JSON' },
      ],
      noMatch: [
        { text: 'aws_access_key_id = AKIAIOSFODNN7EXAMPLE', reason: 'documented AWS example key' },
        { text: 'XAKIAW7QX3LPNR5TZ2KVDQ', reason: 'glued to other token characters' },
        { text: 'akiaw7qx3lpnr5tz2kvd', reason: 'lowercase is not an access key id' },
      ],
    },
  },
  {
    id: 'aws-temporary-access-key-id',
    provider: 'aws',
    description: 'AWS temporary (STS) access key id (ASIA…/ABIA…), valid 15 minutes to 36 hours',
    regex: standalone('(?:ASIA|ABIA)[A-Z2-7]{16}'),
    keywords: ['ASIA', 'ABIA'],
    keywordsMatchCase: true,
    severity: 'high',
    lifetime: 'short-lived',
    entropy: 2.5,
    rotateUrl: ROTATE,
    samples: {
      match: [{ text: 'export AWS_ACCESS_KEY_ID=ASIAZ3M7KQ2WXD5HLP4R', reason: 'STS key in a shell export' }],
      noMatch: [
        { text: 'TODAYINASIAASACKOFRICEFELLOVER', reason: 'prose in capitals' },
        { text: 'ASIAIOSFODNN7EXAMPLE', reason: 'documented example' },
      ],
    },
  },
  {
    id: 'aws-secret-access-key',
    provider: 'aws',
    description: 'AWS secret access key assigned to an AWS-named variable',
    regex: assignment(
      ['aws_secret', 'awssecret', 'aws-secret', 'aws.secret', 'secret_access_key', 'secretaccesskey', 'secret-access-key'],
      // Captures 30–60 characters though AWS secrets are exactly 40: a value of another length under an
      // AWS secret name is then judged (and rejected) here, so generic rules do not report it either.
      '[A-Za-z0-9/+]{30,60}',
      { end: '(?![A-Za-z0-9/+=])' },
    ),
    keywords: ['aws_secret', 'awssecret', 'aws-secret', 'aws.secret', 'secret_access_key', 'secretaccesskey', 'secret-access-key'],
    severity: 'critical',
    lifetime: 'long-lived',
    entropy: 3.5,
    validate: (ctx) => ctx.secret.length === 40 && looksRandom(ctx),
    rotateUrl: ROTATE,
    samples: {
      match: [
        { text: 'aws_secret_access_key = q7Zk2Vb9XwLmT4pR8sNc1Fh6Jd3Gy0Ue5Ai/Ko+W', reason: 'credentials file' },
        { text: 'AWS_SECRET_ACCESS_KEY: "Hn3Rt8Lq0Wz5Xc2Vb7Mk4Jp9Sd1Fg6Ah/Ty+Ue3I"', reason: 'YAML env' },
      ],
      noMatch: [
        { text: 'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', reason: 'documented example' },
        { text: 'AWS_SECRET_ACCESS_KEY = R6WCNd0erkAuZyD+Fe8C4IwjpYQtniKqnHAzE7Pk5fPrBRpwOnuYxB==', reason: 'longer blob (encrypted)' },
        { text: 'AWS_SECRET_ACCESS_KEY=9f3b7c1e5a2d8f4b6c0e9a1d3f5b7c2e4a6d8f0b1c', reason: '42 characters: not an AWS secret length' },
      ],
    },
  },
  {
    id: 'aws-session-token',
    provider: 'aws',
    description: 'AWS STS session token (temporary credentials)',
    regex: assignment(
      ['aws_session_token', 'awssessiontoken', 'aws-session-token', 'aws_security_token', 'awssecuritytoken', 'x-amz-security-token'],
      '[A-Za-z0-9+/]{100,2000}={0,2}',
      { end: '(?![A-Za-z0-9+/=])' },
    ),
    keywords: ['aws_session_token', 'awssessiontoken', 'aws-session-token', 'aws_security_token', 'awssecuritytoken', 'x-amz-security-token'],
    severity: 'high',
    lifetime: 'short-lived',
    entropy: 4,
    rotateUrl: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_control-access_disable-perms.html',
    samples: {
      match: [
        {
          text: 'aws_session_token = IQoJb3JpZ2luX2VjEHsaCXVzLWVhc3QtMSJHMEUCIQD3kz9Lm0Qx8RvT2uWnYp4aHc7bJf5sKdE6gN1oPiMqBwIgV8yZrXe3Lt0Fu9Ws2Ck7Hj4Ga1Pn6Dm5Qb0Rc8Sx3TkqmQIIq',
          reason: 'credentials file',
        },
      ],
      noMatch: [{ text: 'aws_session_token = ${AWS_SESSION_TOKEN}', reason: 'reference' }],
    },
  },
  {
    id: 'aws-bedrock-api-key',
    provider: 'aws',
    description: 'Amazon Bedrock long-term API key (IAM service-specific credential)',
    regex: /(?<![A-Za-z0-9_+/])(?<secret>ABSKQmVkcm9ja0FQSUtleS[A-Za-z0-9+/]{40,600}={0,2})(?![A-Za-z0-9_+/=])/,
    keywords: ['absk'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3.5,
    rotateUrl: 'https://console.aws.amazon.com/bedrock/home#/api-keys',
    samples: {
      match: [
        {
          text: 'AWS_BEARER_TOKEN_BEDROCK=ABSKQmVkcm9ja0FQSUtleS1wN2xrZTRkOS1hdC00MTgyNzM2NDUwOTE6SHNrdzhacVYzTG0wblg1dFIyeUI3Y0YxZ0o0YUs5ZE02cFE4c1czdlkwZVQ1dUkyb043cUU0aEcxZkQ4akMzaw==',
          reason: 'env var documented by Bedrock',
        },
      ],
      noMatch: [{ text: 'ABSKQmVkcm9ja0FQSUtleS1short', reason: 'truncated' }],
    },
  },
  {
    id: 'aws-bedrock-short-term-api-key',
    provider: 'aws',
    description: 'Amazon Bedrock short-term API key (pre-signed URL, valid up to 12 hours)',
    regex: /(?<![A-Za-z0-9_+/-])(?<secret>bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t[A-Za-z0-9+/]{0,4000}={0,2})(?![A-Za-z0-9_+/=])/,
    keywords: ['bedrock-api-key-'],
    severity: 'high',
    lifetime: bedrockShortTermLifetime,
    rotateUrl: 'https://docs.aws.amazon.com/bedrock/latest/userguide/api-keys-revoke.html',
    samples: {
      match: [
        {
          text: 'export AWS_BEARER_TOKEN_BEDROCK=bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29tLz9BY3Rpb249Q2FsbFdpdGhCZWFyZXJUb2tlbiZYLUFtei1BbGdvcml0aG09QVdTNC1ITUFDLVNIQTI1NiZYLUFtei1DcmVkZW50aWFsPUFTSUFaM003S1EyV1hENUhMUDRSJTJGMjAyNTEyMzElMkZ1cy1lYXN0LTElMkZiZWRyb2NrJTJGYXdzNF9yZXF1ZXN0JlgtQW16LURhdGU9MjAyNTEyMzFUMjAwMDAwWiZYLUFtei1FeHBpcmVzPTQzMjAwJlgtQW16LVNpZ25lZEhlYWRlcnM9aG9zdCZYLUFtei1TaWduYXR1cmU9OWYyYzdiMWU4ZDRhNjA1MyZWZXJzaW9uPTE=',
          reason: 'short-term key with X-Amz-Date/X-Amz-Expires',
        },
      ],
      noMatch: [{ text: 'bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29x', reason: 'different host prefix' }],
    },
  },
];
