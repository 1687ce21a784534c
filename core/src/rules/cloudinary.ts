/**
 * Cloudinary. The API secret: 27 URL-safe characters, bound to a Cloudinary name (the long-tail matcher,
 * from its table line here: https://cloudinary.com/documentation/finding_your_credentials_tutorial). The
 * SDKs also read all three credentials from one URL, `CLOUDINARY_URL=cloudinary://<api_key>:<api_secret>@<cloud_name>`
 * (https://cloudinary.com/documentation/node_integration#setting_the_cloudinary_url), which is how the
 * secret is usually pasted: the API key is 15 digits, the secret follows the colon.
 */
import type { Rule } from '../engine/types.js';
import { longTailRule } from './long-tail/matcher.js';

const ROTATE = 'https://console.cloudinary.com/settings/api-keys';

export const rules: Rule[] = [
  longTailRule({
    id: 'cloudinary',
    name: 'Cloudinary',
    names: ['cloudinary'],
    credential: 'API secret',
    token: { alphabet: 'base64url', length: 27 },
    doc: 'https://cloudinary.com/documentation/finding_your_credentials_tutorial',
    rotateUrl: ROTATE,
  }),
  {
    id: 'cloudinary-url',
    provider: 'cloudinary',
    description: 'Cloudinary URL with the API secret (cloudinary://key:secret@cloud)',
    regex: /(?<![A-Za-z0-9+.-])cloudinary:\/\/[0-9]{10,20}:(?<secret>[A-Za-z0-9_-]{20,40})@[A-Za-z0-9][A-Za-z0-9_-]{0,63}(?![A-Za-z0-9_-])/,
    keywords: ['cloudinary://'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: ROTATE,
    samples: {
      match: [
        { text: 'CLOUDINARY_URL=cloudinary://781346251987340:Jq7vK2mXw9LpT4rN8cY3bH6dZs0@acme-media', reason: 'the SDK environment variable' },
        { text: "cloudinary.config({ url: 'cloudinary://913572846102938:Wm4zQ8tLx2Rk7Vp9Nb3Yc6Hd1Fs@shop-assets' })", reason: 'in code' },
      ],
      noMatch: [
        { text: 'CLOUDINARY_URL=cloudinary://<api_key>:<api_secret>@<cloud_name>', reason: "the documentation's template" },
        { text: 'CLOUDINARY_URL=cloudinary://123456789012345:abcdefghijklmnopqrstuvwxyz@demo', reason: 'a made-up secret' },
      ],
    },
  },
];
