/**
 * Azure DevOps personal access tokens (https://learn.microsoft.com/en-us/azure/devops/organizations/accounts/use-personal-access-tokens-to-authenticate).
 * Tokens issued since Microsoft's 2024 format change are 84 alphanumerics carrying the fixed signature
 * `AZDO` at offset 76, which makes them recognisable alone. Older tokens (52 characters of base32:
 * `a-z2-7`) have no signature and are only reported when bound to an Azure DevOps name.
 */
import type { Rule } from '../engine/types.js';
import { assignment, standalone } from './patterns.js';

const ROTATE = 'https://learn.microsoft.com/en-us/azure/devops/organizations/accounts/use-personal-access-tokens-to-authenticate#revoke-a-pat';
const REFERENCE = 'https://learn.microsoft.com/en-us/azure/devops/organizations/accounts/use-personal-access-tokens-to-authenticate';

export const rules: Rule[] = [
  {
    id: 'azure-devops-pat',
    provider: 'azure',
    description: 'Azure DevOps personal access token (84 characters with the AZDO signature)',
    regex: standalone('[A-Za-z0-9]{76}AZDO[A-Za-z0-9]{4}'),
    keywords: ['AZDO'],
    keywordsMatchCase: true,
    severity: 'critical',
    lifetime: 'long-lived',
    entropy: 4,
    rotateUrl: ROTATE,
    reference: REFERENCE,
    samples: {
      match: [{ text: 'AZURE_DEVOPS_EXT_PAT=Qm7vT2xLp9ZkR4wN8cB1yH6dF3sJ0gAb7Cd9Ef1Gh3Ij5Kl7Mn9Op1Qr3JQQJ99BFACAAAAAQm7vAZDO3eqU', reason: 'new-format PAT' }],
      noMatch: [{ text: 'value: Qm7vT2xLp9ZkR4wN8cB1yH6dF3sJ0gAb7Cd9Ef1Gh3Ij5Kl7Mn9Op1Qr3JQQJ99BFACAAAAAQm7vT2xLAZD', reason: 'no signature at offset 76' }],
    },
  },
  {
    id: 'azure-devops-legacy-pat',
    provider: 'azure',
    description: 'Azure DevOps personal access token in the older 52-character base32 format, bound to an Azure DevOps name',
    regex: assignment(['azure_devops', 'azuredevops', 'azure-devops', 'ado_pat', 'ado_token', 'azdo_pat', 'azdo_token', 'vsts_pat', 'vsts_token'], '[a-z2-7]{52}'),
    keywords: ['azure_devops', 'azuredevops', 'azure-devops', 'ado_pat', 'ado_token', 'azdo_pat', 'azdo_token', 'vsts_pat', 'vsts_token'],
    severity: 'critical',
    lifetime: 'long-lived',
    entropy: 3.8,
    rotateUrl: ROTATE,
    reference: REFERENCE,
    samples: {
      match: [{ text: 'AZURE_DEVOPS_PAT="q7vxm2lpzk4wn3cbyh6df5sjgab7ce2fgh3ij5kl7mn4op6qr3tu"', reason: 'base32 PAT under an Azure DevOps name' }],
      noMatch: [{ text: 'AZURE_DEVOPS_ORG="contoso-engineering-platform-team-shared-build-agents"', reason: 'an organisation name' }],
    },
  },
];
