/**
 * Grafana credentials.
 * Grafana Cloud access policy tokens (`glc_` + base64 JSON): https://grafana.com/docs/grafana-cloud/account-management/authentication-and-permissions/access-policies/
 * Service account tokens (`glsa_` + 32 alnum + `_` + 8 hex checksum): https://grafana.com/docs/grafana/latest/administration/service-accounts/
 * Legacy API keys (base64 JSON starting `{"k":"`): https://grafana.com/docs/grafana/latest/administration/api-keys/
 */
import type { Rule } from '../engine/types.js';
import { decodeBase64Lossy } from '../tokens/jwt.js';
import { standalone } from './patterns.js';

/** True when the base64 decodes to a Power BI embed code's JSON: `{"k":"<GUID>",…`. */
function isPowerBiEmbedJson(secret: string): boolean {
  const json = decodeBase64Lossy(secret);
  return json !== undefined && /^\{"k":"[0-9a-f]{8}-[0-9a-f]{4}-/i.test(json);
}

export const rules: Rule[] = [
  {
    id: 'grafana-cloud-api-token',
    provider: 'grafana',
    description: 'Grafana Cloud access policy token',
    regex: /(?<![A-Za-z0-9_])(?<secret>glc_[A-Za-z0-9+/]{32,400}={0,2})(?![A-Za-z0-9_+/=])/,
    keywords: ['glc_'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: 'https://grafana.com/orgs/',
    samples: {
      match: [{ text: 'GRAFANA_CLOUD_TOKEN=glc_eyJvIjoiNTc2MTM3IiwibiI6InN0YWNrLWNyZDQ4My1sb2dzLXdyaXRlIiwiayI6IjQxZGZIbUpCY0NrNXR4ak9yMUV5eTdSQyIsIm0iOnsiciI6InVzIn19', reason: 'access policy token' }],
      noMatch: [
        { text: 'GLC_CreateLightmapTextureArray(void);', reason: 'C identifier' },
        { text: 'glc_WETmqujrh0vX', reason: 'too short' },
      ],
    },
  },
  {
    id: 'grafana-service-account-token',
    provider: 'grafana',
    description: 'Grafana service account token',
    regex: standalone('glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}'),
    keywords: ['glsa_'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    samples: {
      match: [{ text: "headers: { Authorization: 'Bearer glsa_cjkBG6vQB17iNoeIPw4ATc5p7HoxzFT5_a4875ffe' }", reason: 'bearer header' }],
      noMatch: [{ text: 'glsa_0eLfm7BLJWgm6iTCstNrO5HFeBtBzow1', reason: 'no checksum part' }],
    },
  },
  {
    id: 'grafana-api-key',
    provider: 'grafana',
    description: 'Grafana API key (legacy, base64 JSON)',
    regex: /(?<![A-Za-z0-9+/_])(?<secret>eyJrIjoi[A-Za-z0-9+/]{40,400}={0,2})(?![A-Za-z0-9_+/=])/,
    keywords: ['eyjrijoi'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    // The key is base64 of {"k":"<random key>","n":"<name>","id":<org id>}. Power BI "publish to web" links
    // carry base64 JSON that starts the same way but whose "k" is a GUID
    // (https://learn.microsoft.com/en-us/power-bi/collaborate-share/service-publish-to-web).
    validate: ({ secret }) => !isPowerBiEmbedJson(secret),
    samples: {
      match: [{ text: 'grafana_api_key = "eyJrIjoiWHhRMXZCOGFwak1ZSUxTTGlxaVVac1hOY21KR0VHZXUiLCJuIjoic2NpamlvdHIiLCJpZCI6NzB9"', reason: 'legacy API key' }],
      noMatch: [
        { text: 'eyJrIjoi1qykXTAeE7', reason: 'too short' },
        {
          text: 'https://app.powerbi.com/view?r=eyJrIjoiZjNhMmI0YzEtOWQ4ZS00YjdhLWExZjMtMmM1ZTZkN2I4YTkwIiwidCI6IjRiMWMyZDNlLTVmNmEtNDdiOC05YzBkLTFlMmYzYTRiNWM2ZCIsImMiOjN9',
          reason: 'Power BI report link',
        },
      ],
    },
  },
];
