/**
 * GitHub Actions workflows: the literal becomes `${{ secrets.NAME }}`. Secret names may hold only
 * letters, digits and `_`, must not start with a digit or with `GITHUB_`
 * (https://docs.github.com/en/actions/security-for-github-actions/security-guides/about-secrets).
 * Long-lived AWS keys should not be secrets at all: OIDC lets the job assume a role with
 * short-lived credentials (https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services,
 * https://github.com/aws-actions/configure-aws-credentials).
 */
import type { Finding } from '../engine/types.js';
import { secretName, upperSnake } from './names.js';
import type { JitPlan } from './types.js';

const AWS_KEY_RULES = /^aws-(?:temporary-)?(?:access-key-id|secret-access-key|session-token)$/;

const OIDC_SNIPPET = [
  'Better: drop the AWS keys and let the job assume a role with OpenID Connect (short-lived credentials, nothing to store):',
  '',
  'permissions:',
  '  id-token: write   # lets the job request the OIDC token',
  '  contents: read',
  'steps:',
  '  - uses: aws-actions/configure-aws-credentials@v6',
  '    with:',
  '      role-to-assume: arn:aws:iam::<ACCOUNT_ID>:role/<ROLE_NAME>',
  '      aws-region: <REGION>',
  '',
  'The role needs a trust policy for token.actions.githubusercontent.com (audience sts.amazonaws.com) limited to this repository.',
].join('\n');

/** A name GitHub accepts for a secret. */
export function githubSecretName(name: string): string {
  let safe = upperSnake(name);
  if (/^GITHUB_/.test(safe)) safe = `GH_${safe.slice('GITHUB_'.length)}`;
  return safe;
}

export function planWorkflow(finding: Finding): JitPlan {
  const key = finding.location?.path?.at(-1);
  const name = githubSecretName(secretName(finding, { key: typeof key === 'string' ? key : undefined }));
  const reference = `\${{ secrets.${name} }}`;
  const notes = [`Add ${name} as an Actions secret (repository settings, or \`gh secret set ${name}\`).`];
  if (AWS_KEY_RULES.test(finding.ruleId)) notes.push(OIDC_SNIPPET);
  if (finding.ruleId.startsWith('github-')) {
    notes.push('If the job only needs this repository, the automatic `${{ secrets.GITHUB_TOKEN }}` (expires with the job) can replace the token; grant it only the `permissions:` it needs.');
  }
  return {
    title: `Use ${reference}`,
    reference: { kind: 'github-secret', text: reference, storeAs: name },
    edits: [{ range: finding.range, newText: reference }],
    store: { kind: 'github-secret', name },
    notes,
  };
}
