/**
 * Box platform credentials: OAuth / JWT app client secret (32 chars), developer tokens (32 chars,
 * valid 60 minutes), and the app settings JSON downloaded from the developer console
 * (`boxAppSettings.clientSecret`, private key passphrase).
 * https://developer.box.com/guides/authentication/tokens/developer-tokens/ ,
 * https://developer.box.com/guides/authentication/jwt/jwt-setup/#app-settings
 * `box` alone is far too common (CSS, checkbox), so names are matched in full.
 */
import type { Rule } from '../engine/types.js';
import { assignment } from './patterns.js';

const ROTATE = 'https://app.box.com/developers/console';
const SEPARATORS = ['', '_', '-', '.'];
/** `box_client_secret`, `boxClientSecret`, `BOX-CLIENT-SECRET`… (matched case-insensitively). */
function names(...words: [string, string][]): string[] {
  const out: string[] = [];
  for (const [a, b] of words) for (const s1 of SEPARATORS) for (const s2 of SEPARATORS) out.push(`box${s1}${a}${s2}${b}`);
  return out;
}
const SECRET_NAMES = names(['client', 'secret'], ['app', 'secret']);
const DEV_TOKEN_NAMES = names(['developer', 'token'], ['dev', 'token'], ['access', 'token']);
const ASSIGNED_WINDOW = { before: 64, after: 320, crossLines: true };

export const rules: Rule[] = [
  {
    id: 'box-client-secret',
    provider: 'box',
    description: 'Box app client secret (32 chars)',
    regex: assignment(SECRET_NAMES, '[A-Za-z0-9]{32}', { nameSlack: 8 }),
    keywords: [...new Set(SECRET_NAMES)],
    window: ASSIGNED_WINDOW,
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3.5,
    rotateUrl: ROTATE,
    samples: {
      match: [{ text: 'BOX_CLIENT_SECRET=sWo3LZuTJUjt6quJ1nj8ZQozcuyjPsoP', reason: 'dotenv' }],
      noMatch: [{ text: 'checkbox_client_secret_hint = "sWo3LZuTJUjt6quJ1nj8"', reason: 'wrong length' }],
    },
  },
  {
    id: 'box-developer-token',
    provider: 'box',
    description: 'Box developer / access token (32 chars, developer tokens expire after 60 minutes)',
    regex: assignment(DEV_TOKEN_NAMES, '[A-Za-z0-9]{32}', { nameSlack: 8 }),
    keywords: [...new Set(DEV_TOKEN_NAMES)],
    window: ASSIGNED_WINDOW,
    severity: 'high',
    lifetime: 'short-lived',
    entropy: 3.5,
    rotateUrl: ROTATE,
    samples: {
      match: [{ text: "client = Client(OAuth2(access_token=None)) # box_developer_token = '8fm3jl1vzhcwhn77es5wb5fm5rt8fmi4'", reason: 'developer token' }],
      noMatch: [{ text: 'BOX_DEVELOPER_TOKEN=', reason: 'empty' }],
    },
  },
  {
    id: 'box-app-settings-secret',
    provider: 'box',
    description: 'Box app settings JSON (boxAppSettings) with a client secret',
    regex: /[bB]oxAppSettings"\s{0,3}:\s{0,3}\{[^{}]{0,300}?"clientSecret"\s{0,3}:\s{0,3}"(?<secret>[A-Za-z0-9]{32})"/,
    keywords: ['boxappsettings'],
    window: { before: 0, after: 800, crossLines: true },
    severity: 'critical',
    lifetime: 'long-lived',
    entropy: 3.5,
    rotateUrl: ROTATE,
    samples: {
      match: [
        {
          text: '{\n  "boxAppSettings": {\n    "clientID": "8fm3jl1vzhcwhn77es5wb5fm5rt8fmi4",\n    "clientSecret": "sWo3LZuTJUjt6quJ1nj8ZQozcuyjPsoP",\n    "appAuth": {}\n  }\n}',
          reason: 'config.json from the developer console',
        },
      ],
      noMatch: [{ text: '{ "boxAppSettings": { "clientID": "", "clientSecret": "" } }', reason: 'empty template' }],
    },
  },
];
