/**
 * Azure App Configuration access keys as connection strings: `Endpoint=https://NAME.azconfig.io;Id=ID;Secret=SECRET`
 * (https://learn.microsoft.com/en-us/azure/azure-app-configuration/howto-disable-access-key-authentication,
 * https://learn.microsoft.com/en-us/rest/api/appconfiguration/stable/hmac-authentication). The secret is the
 * base64 of a 32-byte HMAC key (44 characters with its `=`), valid until the key is regenerated.
 */
import type { Rule } from '../engine/types.js';

export const rules: Rule[] = [
  {
    id: 'azure-app-configuration-connection-string',
    provider: 'azure',
    description: 'Azure App Configuration connection string with its access key secret',
    regex: /Endpoint=https:\/\/[a-z0-9-]{1,63}\.azconfig\.io\/?;Id=[^;\s"']{1,100};Secret=(?<secret>[A-Za-z0-9+/]{43}=)(?![A-Za-z0-9+/=])/i,
    keywords: ['azconfig.io'],
    severity: 'critical',
    lifetime: 'long-lived',
    entropy: 4,
    rotateUrl: 'https://learn.microsoft.com/en-us/azure/azure-app-configuration/howto-disable-access-key-authentication',
    reference: 'https://learn.microsoft.com/en-us/rest/api/appconfiguration/stable/hmac-authentication',
    samples: {
      match: [
        {
          text: 'AppConfig="Endpoint=https://contoso-settings.azconfig.io;Id=Xk3m-l0-s0:Qm7vT2xLp9ZkR4wN8cB1;Secret=Hk2pL8xWq4Rt7Yb1Nc5Ds0Fg6Js2Ku8Lm4Pq1Rt9Vw3="',
          reason: 'connection string in a setting',
        },
      ],
      noMatch: [{ text: 'Endpoint=https://contoso-settings.azconfig.io;Id=<id>;Secret=<secret>', reason: 'placeholders' }],
    },
  },
];
