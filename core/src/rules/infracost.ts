/**
 * Infracost API keys (`ico-` + 32 alphanumerics): https://www.infracost.io/docs/features/environment_variables/
 * and https://www.infracost.io/docs/faq/#how-do-i-get-an-api-key
 */
import type { Rule } from '../engine/types.js';

export const rules: Rule[] = [
  {
    id: 'infracost-api-token',
    provider: 'infracost',
    description: 'Infracost API key',
    regex: /(?<![A-Za-z0-9_./-])(?<secret>ico-[A-Za-z0-9]{32})(?![A-Za-z0-9_-])/,
    keywords: ['ico-'],
    severity: 'medium',
    lifetime: 'long-lived',
    entropy: 3.5,
    rotateUrl: 'https://dashboard.infracost.io/',
    samples: {
      match: [{ text: 'INFRACOST_API_KEY=ico-bJ5MGU660IFADMjYgQe4cdUZFCYV2ms5', reason: 'CI secret' }],
      noMatch: [{ text: 'http://cdn.example.com/video_box.ico-2ca26951cd38615e19fcb8646a0d3eb4.png', reason: 'file name' }],
    },
  },
];
