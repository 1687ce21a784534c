/**
 * Netlify personal access tokens: current format `nfp_` + 36 alphanumerics; older tokens are 40–46 characters with
 * no prefix. https://docs.netlify.com/api/get-started/#authentication and
 * https://docs.netlify.com/user-interface/user-settings/#applications (tokens may be given an expiry).
 */
import type { Rule } from '../engine/types.js';
import { assignment, standalone } from './patterns.js';

const ROTATE = 'https://app.netlify.com/user/applications#personal-access-tokens';

export const rules: Rule[] = [
  {
    id: 'netlify-personal-access-token',
    provider: 'netlify',
    description: 'Netlify personal access token (nfp_)',
    regex: standalone('nfp_[A-Za-z0-9]{36}'),
    keywords: ['nfp_'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3.5,
    rotateUrl: ROTATE,
    samples: {
      match: [{ text: 'NETLIFY_AUTH_TOKEN=nfp_6FmJizLvFws4VuyPxlpyeqOUd5pLziNz0TWJ', reason: 'CI secret' }],
      noMatch: [{ text: 'nfp_BtrxKz32NfYYLLpGa51S7ignD8jd0c5GZbwKx', reason: 'too long' }],
    },
  },
  {
    id: 'netlify-access-token',
    provider: 'netlify',
    description: 'Netlify access token (legacy format) assigned to a Netlify-named variable',
    regex: assignment(['netlify'], '[A-Za-z0-9_=-]{40,46}'),
    keywords: ['netlify'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3.5,
    rotateUrl: ROTATE,
    samples: {
      match: [{ text: 'NETLIFY_AUTH_TOKEN: "vUwbXyiI8S86FgG7z3Qd_3PldEo-LL3ox_ywv_ifWY2"', reason: 'YAML env' }],
      noMatch: [{ text: 'netlify_site_name = "my-site"', reason: 'not a token' }],
    },
  },
];
