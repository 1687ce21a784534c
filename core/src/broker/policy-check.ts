/**
 * What the managed policy's `broker` block allows, asked before anything is resolved (the scheme) and
 * after (the provider of the value: a GitHub token fetched from the keychain when GitHub tokens must
 * come from `github-app://`). Answers are reasons to print, never containing a value.
 */
import type { EffectiveBrokerPolicy } from '../policy/broker.js';
import { REFERENCE_SCHEMES, type BrokerReference, type ReferenceScheme } from './references.js';

/** GitHub installation tokens live one hour; a longer limit would promise nothing more. */
export const DEFAULT_MAX_TOKEN_LIFETIME_MINUTES = 60;

/** Every scheme, no requirement, GitHub's own hour: the base layer, and what `run` applies when no policy file exists. */
export function defaultBrokerPolicy(): EffectiveBrokerPolicy {
  return { allowedSchemes: [...REFERENCE_SCHEMES], requiredSchemes: {}, maxTokenLifetimeMinutes: DEFAULT_MAX_TOKEN_LIFETIME_MINUTES };
}

/** GitHub installation access tokens "expire one hour from the time you create them" (docs: generating-an-installation-access-token-for-a-github-app). */
export const GITHUB_INSTALLATION_TOKEN_MINUTES = 60;

/** Why the policy refuses `reference` for `variable` before it is resolved, or undefined. */
export function schemeRefusal(policy: EffectiveBrokerPolicy, variable: string, reference: BrokerReference): string | undefined {
  const refuse = (scheme: ReferenceScheme): string | undefined =>
    policy.allowedSchemes.includes(scheme)
      ? undefined
      : `${variable}=${reference.text}: the policy does not allow ${scheme}:// references (broker.allowedSchemes: ${policy.allowedSchemes.join(', ') || 'none'})`;
  const own = refuse(reference.scheme);
  if (own) return own;
  if (reference.scheme !== 'github-app') return undefined;
  const key = refuse(reference.key.scheme);
  if (key) return `${key} (the App's private key is read through ${reference.key.text})`;
  if (GITHUB_INSTALLATION_TOKEN_MINUTES > policy.maxTokenLifetimeMinutes) {
    return `${variable}=${reference.text}: GitHub installation tokens live ${GITHUB_INSTALLATION_TOKEN_MINUTES} minutes, longer than the policy's broker.maxTokenLifetimeMinutes (${policy.maxTokenLifetimeMinutes}); a token cannot be minted shorter, and revoking it early would not hold if the broker were killed`;
  }
  return undefined;
}

/** Why the policy refuses a resolved value of these `providers` (from the scanner's findings), or undefined. */
export function providerRefusal(policy: EffectiveBrokerPolicy, variable: string, reference: BrokerReference, providers: readonly string[]): string | undefined {
  for (const provider of providers) {
    const required = policy.requiredSchemes[provider];
    if (required !== undefined && required !== reference.scheme) {
      return `${variable}=${reference.text} holds a ${provider} credential; the policy requires ${provider} credentials to come from ${required}:// references (broker.requiredSchemes.${provider})`;
    }
  }
  return undefined;
}

/** Whether any value needs its provider identified (the scan costs a few milliseconds; skipped when nothing is required). */
export function needsProviderCheck(policy: EffectiveBrokerPolicy): boolean {
  return Object.keys(policy.requiredSchemes).length > 0;
}
