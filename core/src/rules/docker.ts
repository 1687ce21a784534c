/**
 * Docker credentials.
 * Docker Hub personal access tokens (`dckr_pat_`): https://docs.docker.com/security/for-developers/access-tokens/
 * Organization access tokens (`dckr_oat_`): https://docs.docker.com/security/for-admins/access-tokens/
 * `~/.docker/config.json` `auths.<registry>.auth` = base64 `user:password`:
 * https://docs.docker.com/reference/cli/docker/login/#credential-stores
 */
import type { Rule, RuleContext } from '../engine/types.js';
import { standalone } from './patterns.js';

function isUserPassword({ secret }: RuleContext): boolean {
  try {
    const decoded = atob(secret);
    const colon = decoded.indexOf(':');
    return colon > 0 && colon < decoded.length - 1 && /^[\x20-\x7e]+$/.test(decoded);
  } catch {
    return false;
  }
}

export const rules: Rule[] = [
  {
    id: 'docker-hub-pat',
    provider: 'docker',
    description: 'Docker Hub personal access token',
    regex: standalone('dckr_pat_[A-Za-z0-9_-]{27}', { tokenChars: 'A-Za-z0-9_-' }),
    keywords: ['dckr_pat_'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: 'https://app.docker.com/settings/personal-access-tokens',
    samples: {
      match: [{ text: 'echo dckr_pat_jaL4Ni1CxsIWH0Te2KGl2WMh8rC | docker login -u ci-bot --password-stdin', reason: 'login' }],
      noMatch: [{ text: 'dckr_pat_tooshort', reason: 'too short' }],
    },
  },
  {
    id: 'docker-hub-org-access-token',
    provider: 'docker',
    description: 'Docker Hub organization access token',
    regex: standalone('dckr_oat_[A-Za-z0-9_-]{27,40}', { tokenChars: 'A-Za-z0-9_-' }),
    keywords: ['dckr_oat_'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    samples: {
      match: [{ text: 'DOCKERHUB_TOKEN=dckr_oat_MaydhwVzwtjN9FO7V3q8TpH3mjL7_3yG', reason: 'CI secret' }],
      noMatch: [{ text: 'dckr_oat_f5UMBh9zEg', reason: 'too short' }],
    },
  },
  {
    id: 'docker-config-auth',
    provider: 'docker',
    description: 'Registry credentials (base64 user:password) in a Docker config.json',
    regex: /"auth"\s{0,5}:\s{0,5}"(?<secret>[A-Za-z0-9+/]{8,1000}={0,2})"/,
    keywords: ['"auth"'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    validate: isUserPassword,
    samples: {
      match: [{ text: '{"auths":{"https://index.docker.io/v1/":{"auth":"eWlwbGp5ZWY6SGpuWEpmNXVraXAhWjQyZw=="}}}', reason: 'config.json' }],
      noMatch: [
        { text: '"auth": "bm90IGEgcGFpcg=="', reason: 'decodes to text without a colon' },
        { text: '"auth": ""', reason: 'empty (credential helper in use)' },
      ],
    },
  },
];
