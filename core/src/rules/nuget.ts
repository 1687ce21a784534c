/**
 * NuGet credentials.
 * nuget.config `packageSourceCredentials` with `ClearTextPassword`:
 * https://learn.microsoft.com/en-us/nuget/reference/nuget-config-file#packagesourcecredentials
 * nuget.org API keys (`oy2` + 43 lowercase alphanumerics):
 * https://learn.microsoft.com/en-us/nuget/nuget-org/scoped-api-keys
 */
import type { Rule } from '../engine/types.js';
import { standalone } from './patterns.js';

/** The example passwords printed in the nuget.config reference page (copied into countless READMEs). */
const DOCUMENTED_EXAMPLES = new Set(['33f!!lloppa', 'hal+9ooo_da!sY']);

export const rules: Rule[] = [
  {
    id: 'nuget-api-key',
    provider: 'nuget',
    description: 'nuget.org API key',
    regex: standalone('oy2[a-z0-9]{43}'),
    keywords: ['oy2'],
    severity: 'critical',
    lifetime: 'long-lived',
    entropy: 3.5,
    rotateUrl: 'https://www.nuget.org/account/apikeys',
    samples: {
      match: [{ text: 'dotnet nuget push pkg.nupkg --api-key oy2q481rh39dembah5dzbmxz4ockpvb6hpi8f92pptngrn --source https://api.nuget.org/v3/index.json', reason: 'push command' }],
      noMatch: [{ text: 'oy2feeupuurgi3hbtkcrwa7', reason: 'too short' }],
    },
  },
  {
    id: 'nuget-config-password',
    provider: 'nuget',
    description: 'Clear-text password in nuget.config packageSourceCredentials',
    regex: /<add\s{1,10}key\s{0,3}=\s{0,3}"ClearTextPassword"\s{1,10}value\s{0,3}=\s{0,3}"(?<secret>[^"\s]{4,300})"/i,
    keywords: ['cleartextpassword'],
    severity: 'high',
    lifetime: 'long-lived',
    validate: ({ secret }) => !DOCUMENTED_EXAMPLES.has(secret),
    samples: {
      match: [{ text: '<add key="ClearTextPassword" value="zHwgj5W3mcBE3flT1x" />', reason: 'feed credential' }],
      noMatch: [
        { text: '<add key="ClearTextPassword" value="%FEED_PASSWORD%" />', reason: 'environment reference' },
        { text: '<add key="ClearTextPassword" value="33f!!lloppa" />', reason: 'documented example' },
      ],
    },
  },
];
