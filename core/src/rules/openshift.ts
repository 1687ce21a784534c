/**
 * OpenShift OAuth access tokens (`sha256~` + 43 base64url chars); default lifetime 24 h (accessTokenMaxAgeSeconds 86400):
 * https://docs.redhat.com/en/documentation/openshift_container_platform/4.16/html/authentication_and_authorization/configuring-oauth-clients
 */
import type { Rule } from '../engine/types.js';

export const rules: Rule[] = [
  {
    id: 'openshift-user-token',
    provider: 'openshift',
    description: 'OpenShift OAuth user access token (24 h by default)',
    regex: /(?<![A-Za-z0-9_~-])(?<secret>sha256~[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/,
    keywords: ['sha256~'],
    severity: 'high',
    lifetime: 'short-lived',
    entropy: 3.5,
    rotateUrl: 'https://docs.redhat.com/en/documentation/openshift_container_platform/4.16/html/authentication_and_authorization/managing-oauth-access-tokens',
    samples: {
      match: [{ text: 'oc login --token=sha256~06EnnEm-vCSqK-R8HcYJlEFrH9JHRUiCXi_YHHz-mgU --server=https://api.ocp.internal:6443', reason: 'oc login' }],
      noMatch: [{ text: 'token="sha256~XXXXXXXXXX_PUT_YOUR_TOKEN_HERE_XXXXXXXXXXXX"', reason: 'placeholder' }],
    },
  },
];
