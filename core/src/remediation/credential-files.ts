/**
 * Tool credential files. npm expands `${NAME}` in `.npmrc` values
 * (https://docs.npmjs.com/cli/v10/configuring-npm/npmrc, "Environment variables can be replaced using
 * ${VARIABLE_NAME}") and Yarn in `.yarnrc.yml` (https://yarnpkg.com/configuration/yarnrc). The other
 * files have no reference syntax; their tools have a better home for the credential, which the reason names.
 */
import type { Finding } from '../engine/types.js';
import { upperSnake } from './names.js';
import type { PlanningText } from './planning-text.js';
import { environmentStore } from './store.js';
import { unavailable, type JitContext, type JitPlan } from './types.js';
import { stripTrailing, WHITESPACE } from '../engine/trim.js';

const NO_REFERENCE: Record<string, string> = {
  pypirc:
    '.pypirc has no variable syntax. Remove the password and let twine read TWINE_PASSWORD from the environment (or a keyring); for CI prefer PyPI trusted publishing.',
  'docker-config': 'Docker config has no variable syntax. Configure a credential store (`credsStore`/`credHelpers`), then `docker logout` and `docker login` again.',
  netrc: '.netrc has no variable syntax. Use a git credential helper (Git Credential Manager, osxkeychain, libsecret) instead.',
  'git-credentials': '.git-credentials stores plain text by design. Switch to a credential helper that uses the OS keychain (Git Credential Manager, osxkeychain, libsecret).',
  'aws-credentials': 'AWS credential files have no variable syntax. Prefer IAM Identity Center (`aws configure sso`) or a `credential_process` backed by your secret manager.',
  kubeconfig: 'kubeconfig has no variable syntax for tokens. Use an exec credential plugin (`users[].user.exec`) that fetches short-lived tokens.',
  'jetbrains-xml': "JetBrains IDEs keep passwords in their own password safe; re-enter the value in the IDE's settings so it is saved there, not in .idea.",
};

export function planCredentialFile(doc: PlanningText, finding: Finding, context: JitContext, fileKind: string): JitPlan {
  if (fileKind === 'npmrc' || fileKind === 'yarnrc') {
    const name = packageManagerVariable(doc, finding);
    const reference = `\${${name}}`;
    const runner = fileKind === 'npmrc' ? 'npm' : 'Yarn';
    const stored = environmentStore(name, context.references, runner);
    if (typeof stored === 'string') return unavailable(stored);
    return {
      title: `Use ${reference} (${runner} reads it from the environment)`,
      reference: { kind: 'env', text: reference, storeAs: name },
      edits: [{ range: finding.range, newText: reference }],
      store: stored.store,
      notes: [`Add ${name} to your environment (and to CI secrets): ${runner} fails when it is unset.`, ...stored.notes],
    };
  }
  return unavailable(NO_REFERENCE[fileKind] ?? `no reference syntax is known for ${fileKind} files`);
}

const KEY_LOOKBACK = 256;

/** `//registry.npmjs.org/:_authToken` → NPM_TOKEN; `:_password` → NPM_PASSWORD; other registries get their provider's prefix. */
function packageManagerVariable(doc: PlanningText, finding: Finding): string {
  const pathKey = finding.location?.path?.at(-1);
  const line = doc.lineAt(finding.range[0]);
  // The key just left of the value; a bounded look back, not the whole (possibly huge) line.
  const written = typeof pathKey === 'string' ? pathKey : line.text.slice(Math.max(0, finding.range[0] - line.start - KEY_LOOKBACK), Math.max(0, finding.range[0] - line.start));
  const key = stripTrailing(written, `${WHITESPACE}:="'`);
  const suffix = /_password$/i.test(key) ? 'PASSWORD' : /(?:^|:)_auth$|npmAuthIdent$/i.test(key) ? 'AUTH' : 'TOKEN';
  const prefix = finding.provider && !['npm', 'generic'].includes(finding.provider) ? `${upperSnake(finding.provider)}_` : '';
  return `${prefix}NPM_${suffix}`;
}
