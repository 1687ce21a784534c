/**
 * IBM Cloud credentials.
 * IAM API keys (44 chars, no expiry): https://cloud.ibm.com/docs/account?topic=account-userapikey
 * Cloud Object Storage HMAC credentials (`access_key_id` 32 hex, `secret_access_key` 48 hex):
 * https://cloud.ibm.com/docs/cloud-object-storage?topic=cloud-object-storage-uhc-hmac-credentials-main
 * SoftLayer (IBM Cloud classic infrastructure) API keys (64 hex, `SL_API_KEY`):
 * https://cloud.ibm.com/docs/account?topic=account-classic_keys and https://sldn.softlayer.com/article/authenticating-softlayer-api/
 * Cloudant legacy credentials (24-char API key / 64-hex password, also in `https://user:pass@acct.cloudant.com`):
 * https://cloud.ibm.com/docs/Cloudant?topic=Cloudant-work-with-your-account
 */
import type { Rule } from '../engine/types.js';

const OP = String.raw`["'\x60]?[ \t]{0,3}(?::{1,3}=|=>|:|=)[ \t]{0,3}["'\x60]?`;

export const rules: Rule[] = [
  {
    id: 'ibm-cloud-iam-api-key',
    provider: 'ibm',
    description: 'IBM Cloud IAM API key',
    regex: new RegExp(
      String.raw`(?:ibm|iam|cloud)[\w.-]{0,20}?(?:api[_-]?key|apikey|key|pwd|passw(?:or)?d|pass|token)${OP}(?<secret>[A-Za-z0-9_-]{44})(?![A-Za-z0-9_-])`,
      'i',
    ),
    keywords: ['ibm', 'iam', 'cloud'],
    severity: 'critical',
    lifetime: 'long-lived',
    entropy: 3.5,
    rotateUrl: 'https://cloud.ibm.com/iam/apikeys',
    samples: {
      match: [
        { text: 'IBMCLOUD_API_KEY=WiHaKlShmpiVcL4a06uw0ANDtHJiLzaB0AOWHrjOxy3M', reason: 'CLI env var' },
        { text: '"iam_apikey": "Eev4b5Wkd9SAaX2h--cosup27UN2TLoTBwKwGvb5anjN"', reason: 'service credentials JSON' },
      ],
      noMatch: [
        { text: 'ibm-cloud-pwd = VRpP2XMeBfcSCvFE3oEiMmFy5T-wF7Mx8qWACpcROCMsextra', reason: 'longer than an API key' },
        { text: 'CLOUD_APIKEY: "insert_key_here"', reason: 'placeholder' },
      ],
    },
  },
  {
    id: 'ibm-cos-hmac-secret-key',
    provider: 'ibm',
    description: 'IBM Cloud Object Storage HMAC secret access key',
    regex: new RegExp(
      String.raw`(?:secret[_-]?access[_-]?key|cos[_-]?(?:hmac[_-]?)?secret[_-]?(?:access[_-]?)?key|coshmac[_-]?secret[_-]?key)${OP}(?<secret>[a-f0-9]{48})(?![A-Za-z0-9_-])`,
      'i',
    ),
    keywords: ['secret_access_key', 'secretaccesskey', 'secret-access-key', 'cos_secret', 'cos-secret', 'cos_hmac', 'cos-hmac', 'coshmac'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: 'https://cloud.ibm.com/objectstorage',
    samples: {
      match: [{ text: '"secret_access_key": "a685f62b28d29bb985c936aa83793ca473d1d9bea44f8f84"', reason: 'cos_hmac_keys JSON' }],
      noMatch: [{ text: 'secret_access_key=2e026e659746a1134eaf32434261a9d079db9d870d139740extra', reason: 'too long' }],
    },
  },
  {
    id: 'softlayer-api-key',
    provider: 'ibm',
    description: 'IBM SoftLayer (classic infrastructure) API key',
    regex: new RegExp(
      String.raw`(?:(?:softlayer|(?<![A-Za-z0-9])sl)[_-]?(?:api)?[_-]?(?:key|pwd|password|pass)${OP}|--softlayer-api-key[ =]["']?|api\.softlayer\.com/(?:soap|rest|xmlrpc)/v3(?:\.1)?/)(?<secret>[a-f0-9]{64})(?![A-Za-z0-9_-])`,
      'i',
    ),
    keywords: ['softlayer', 'sl_api', 'sl-api', 'slapi', 'sl_key', 'sl-key', 'sl_pass', 'sl-pass', 'sl_pwd'],
    severity: 'critical',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: 'https://cloud.ibm.com/iam/apikeys',
    samples: {
      match: [
        { text: 'export SL_API_KEY=479a7137d5b25fc85deccf954f8d0f2d3e42f207e3d8254c30130c185518e156', reason: 'CLI env var' },
        { text: 'https://api.softlayer.com/soap/v3.1/dabd0a1b3bb7ebaa545234ae3506b49287e59900f2ac4bdd2176574ae9a1df56', reason: 'endpoint URL' },
      ],
      noMatch: [{ text: 'softlayer_api_key="%s" % SL_API_KEY_ENV', reason: 'format string' }],
    },
  },
  {
    id: 'cloudant-credentials-url',
    provider: 'ibm',
    description: 'IBM Cloudant credentials embedded in a URL',
    regex: /https?:\/\/[\w.-]{1,64}:(?<secret>[A-Za-z0-9_-]{24,64})@[\w.-]{1,64}\.cloudant(?:nosqldb\.appdomain)?\.com/,
    keywords: ['cloudant'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: 'https://cloud.ibm.com/resources',
    samples: {
      match: [{ text: 'COUCH_URL=https://acme-bluemix:173f12cfadf7e4a9733102ffbc95f49f1706f4d2d55d3502408ef25ce0223600@acme-bluemix.cloudant.com', reason: 'connection URL' }],
      noMatch: [{ text: 'https://acme-bluemix:819146ab3d0d1010e24e9f7a55668524063f67e74baa73697ea2f884e74b8ffe.cloudant.com', reason: 'no credentials separator' }],
    },
  },
  {
    id: 'cloudant-password',
    provider: 'ibm',
    description: 'IBM Cloudant legacy API key or password assigned to a Cloudant-named variable',
    regex: new RegExp(
      String.raw`cloudant[\w.-]{0,12}?(?:api[_-]?key|key|password|pwd|pw|pass|secret)${OP}(?<secret>[a-f0-9]{64}|[a-z]{24})(?![A-Za-z0-9_-])`,
      'i',
    ),
    keywords: ['cloudant'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: 'https://cloud.ibm.com/resources',
    samples: {
      match: [
        { text: "cloudant_password='ac382ab210e1399a7da1fee9df1ced2780423af33a3dc99e3382c9a7648fa12a'", reason: 'password' },
        { text: 'CLOUDANT_APIKEY = "xqbzrtmkwhdlfnpgvjycseoa"', reason: 'legacy API key' },
      ],
      noMatch: [{ text: 'cloudant_password = "a-fake-tooshort-key"', reason: 'not the format' }],
    },
  },
];
