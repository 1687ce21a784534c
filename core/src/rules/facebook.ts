/**
 * Meta (Facebook) credentials.
 * App secret (32 hex) and app access token (`<app id>|<app secret>` or `<app id>|<27-char hash>`):
 * https://developers.facebook.com/docs/facebook-login/guides/access-tokens#apptokens
 * User / Page access tokens (`EAA…`; short-lived ~1–2 h, long-lived 60 days, some Page tokens never expire):
 * https://developers.facebook.com/docs/facebook-login/guides/access-tokens/get-long-lived
 */
import type { Rule } from '../engine/types.js';
import { assignment } from './patterns.js';

const ROTATE = 'https://developers.facebook.com/apps';
/** `fb` + the word that follows it in app-credential names (fbAppSecret, FB_API_KEY, fb-client-token). */
const FB_NAMES = ['fb_app', 'fbapp', 'fb-app', 'fb_api', 'fbapi', 'fb-api', 'fb_secret', 'fbsecret', 'fb_client', 'fbclient'];

export const rules: Rule[] = [
  {
    id: 'facebook-app-secret',
    provider: 'facebook',
    description: 'Facebook app secret or client token (32 hex) assigned to a Facebook-named variable',
    regex: assignment(['facebook'], '[a-f0-9]{32}'),
    keywords: ['facebook'],
    window: { before: 64, after: 320, crossLines: true },
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: ROTATE,
    samples: {
      match: [{ text: 'FACEBOOK_APP_SECRET=8d3e481a65c2011bef2c328a72c5e5b7', reason: 'dotenv' }],
      noMatch: [{ text: 'FACEBOOK_APP_SECRET=00000000000000000000000000000000', reason: 'placeholder' }],
    },
  },
  {
    id: 'facebook-app-secret-fb-name',
    provider: 'facebook',
    description: 'Facebook app secret or client token (32 hex) assigned to an `fb`-prefixed app/API/secret name',
    // `fbAppSecret`, `FB_API_KEY`, `fb-client-token`: the short form of the name developers use in JS and
    // mobile configs. The app id is numeric, so a 32-hex value under such a name is the secret or client token
    // (https://developers.facebook.com/docs/facebook-login/guides/access-tokens#clienttokens).
    // Written out rather than with `assignment`: aligned config objects pad the colon with many spaces.
    regex: /(?<![A-Za-z0-9])(?:fb|FB|Fb)[_-]?(?:app|api|secret|client|App|Api|Secret|Client|APP|API|SECRET|CLIENT)[\w.-]{0,20}["']?[ \t]{0,24}(?:=|:|=>)[ \t]{0,24}["'\x60]?(?<secret>[a-f0-9]{32})(?![A-Za-z0-9_-])/,
    keywords: FB_NAMES,
    window: { before: 64, after: 320, crossLines: true },
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: ROTATE,
    samples: {
      match: [
        { text: '  fbAppSecret: "5c2e8a1f9d4b7e3a6c0f2d8b4e1a7c93",', reason: 'JS config object' },
        { text: '    fbApiKey:              "9e4b1d7a3c6f0e2b8d5a1c9f7e3b6d04",', reason: 'aligned config object' },
        { text: 'FB_CLIENT_TOKEN=2b7e9c1f4a8d3e6b0c5f9a2d7e1b4c83', reason: 'dotenv' },
      ],
      noMatch: [
        { text: '  fbAppId: "1234567890123456",', reason: 'numeric app id' },
        { text: '  fbApiKey: "${FB_API_KEY}",', reason: 'reference' },
      ],
    },
  },
  {
    id: 'facebook-app-access-token',
    provider: 'facebook',
    description: 'Facebook app access token (<app id>|<secret or hash>)',
    regex: /(?<![A-Za-z0-9_])(?<secret>[0-9]{13,17}\|(?:[a-f0-9]{32}|[A-Za-z0-9_-]{27}))(?![A-Za-z0-9_-])/,
    keywords: ['facebook', 'access_token', 'graph.facebook'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: ROTATE,
    samples: {
      match: [
        { text: '{"facebook_token": "3204508004870125|azM4n8PVGXpV9Wv4Esb7yeuCjVr"}', reason: 'hashed app token' },
        { text: 'https://graph.facebook.com/debug_token?access_token=3204508004870125|8d3e481a65c2011bef2c328a72c5e5b7', reason: 'id|secret form' },
      ],
      noMatch: [{ text: 'access_token=3204508004870125|short', reason: 'not a token' }],
    },
  },
  {
    id: 'facebook-access-token',
    provider: 'facebook',
    description: 'Facebook user / Page / system-user access token (EAA…)',
    regex: /(?<![A-Za-z0-9_])(?<secret>EAA[A-Za-z0-9]{90,400})(?![A-Za-z0-9_])/,
    keywords: ['EAA'],
    keywordsMatchCase: true,
    severity: 'high',
    lifetime: 'unknown',
    entropy: 4,
    // Token bodies mix cases; an all-uppercase-hex run starting with EAA is a hash.
    validate: ({ secret }) => /[a-z]/.test(secret) && /[G-Z]/.test(secret),
    rotateUrl: ROTATE,
    samples: {
      match: [
        {
          text: 'FB_PAGE_TOKEN=EAAXC9g77y1bOeCvu0oEhOxjvoVdlTCJ4jC3jrAApjbrK1svZkqFguD5EhjGdO5YQ7nJE1shqWmxBqp7pgysA5kd1UsjObCZGvGiCaY18HslxBc6AnrKli1lHXoTlmMf1f4MUFWrlniNQTOZmLtmaeSUHA1U6dHZwvs1O38FfaA6WEi3QrplK1x',
          reason: 'page token',
        },
      ],
      noMatch: [
        { text: 'checksum: eaac4cf978b6fbd480f1092cab8b233c9b949bcabfc9b598dd79a758f7243c28765ef7639c876fa72940dac687181b35486ea01ff7df3e65ce3', reason: 'lowercase hex hash' },
        { text: 'EAAC4CF978B6FBD480F1092CAB8B233C9B949BCABFC9B598DD79A758F7243C28765EF7639C876FA72940DAC687181B35486EA01FF7DF3E65CE3', reason: 'uppercase hex hash' },
      ],
    },
  },
];
