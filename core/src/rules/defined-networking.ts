/**
 * Defined Networking (managed Nebula) API keys (`dnkey-…`): https://docs.defined.net/guides/automatically-creating-hosts/
 * and https://docs.defined.net/api/defined-networking-api/
 */
import type { Rule } from '../engine/types.js';

export const rules: Rule[] = [
  {
    id: 'defined-networking-api-token',
    provider: 'defined-networking',
    description: 'Defined Networking API key',
    regex: /(?<![A-Za-z0-9_-])(?<secret>dnkey-[A-Za-z0-9=_-]{26}-[A-Za-z0-9=_-]{52})(?![A-Za-z0-9=_-])/,
    keywords: ['dnkey-'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3.5,
    rotateUrl: 'https://admin.defined.net/settings/api-keys',
    samples: {
      match: [{ text: 'DN_API_KEY=dnkey-tyqym3qrjsagacm3svfo3r1szo-u6tbai1bpfj0tueiwfvejdd217kv18yf3d22s70vuawilfzqema2', reason: 'env var' }],
      noMatch: [{ text: 'dnkey-short-key', reason: 'too short' }],
    },
  },
];
