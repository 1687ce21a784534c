/**
 * Alibaba Cloud AccessKey pairs (AccessKey ID `LTAI…`, 30-char AccessKey secret; no expiry until disabled):
 * https://www.alibabacloud.com/help/en/ram/user-guide/create-an-accesskey-pair
 * Credentials best practices: https://www.alibabacloud.com/help/en/sdk/developer-reference/v2-manage-access-credentials
 */
import type { Rule } from '../engine/types.js';
import { assignment, standalone } from './patterns.js';

const ROTATE = 'https://ram.console.aliyun.com/manage/ak';
const NAMES = ['alibaba', 'aliyun', 'accesskeysecret', 'access_key_secret', 'access-key-secret'];

export const rules: Rule[] = [
  {
    id: 'alibaba-access-key-id',
    provider: 'alibaba',
    description: 'Alibaba Cloud AccessKey ID',
    regex: standalone('LTAI[A-Za-z0-9]{12,20}'),
    keywords: ['ltai'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: ROTATE,
    samples: {
      match: [{ text: 'ALIBABA_CLOUD_ACCESS_KEY_ID=LTAIqfeVADf7PdCj4c6Pee6u', reason: 'dotenv' }],
      noMatch: [
        { text: 'LTAIxxxxxxxxxxxxxxxxxxxx', reason: 'placeholder' },
        { text: 'ALTAIs27p7Udx0DXxiERBwhJA', reason: 'glued' },
      ],
    },
  },
  {
    id: 'alibaba-access-key-secret',
    provider: 'alibaba',
    description: 'Alibaba Cloud AccessKey secret assigned to an Alibaba-named variable',
    regex: assignment(NAMES, '[A-Za-z0-9]{30}'),
    keywords: NAMES,
    severity: 'critical',
    lifetime: 'long-lived',
    entropy: 3.5,
    rotateUrl: ROTATE,
    samples: {
      match: [
        { text: 'ALIBABA_CLOUD_ACCESS_KEY_SECRET=H1p0YeBrZixQKXGCDUdfaZrQMTbVNj', reason: 'dotenv' },
        { text: 'accessKeySecret: "CLKcObgsljOQr5JmJTkDCw5LVcaPOI"', reason: 'SDK config' },
      ],
      noMatch: [{ text: 'alibaba_secret = "${ALIBABA_SECRET}"', reason: 'reference' }],
    },
  },
];
