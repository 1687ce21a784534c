/**
 * The `broker` block of the policy: what `secret-hygiene run` may resolve. Declared here and merged by
 * the PolicyBuilder like the rest; a workspace file may only tighten it (a cloned repository must not
 * widen what the broker hands to an agent), a managed value wins unless a lower layer chose stricter.
 */
import { z } from 'zod';
import { REFERENCE_SCHEMES, type ReferenceScheme } from '../broker/references.js';
import type { PolicyProblem, PolicySource, ProvenanceEntry } from './types.js';

// The defaults live beside the policy checks, so `run` knows them without loading zod when no policy file exists.
export { DEFAULT_MAX_TOKEN_LIFETIME_MINUTES, defaultBrokerPolicy } from '../broker/policy-check.js';

const providerName = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a provider name (kebab-case, as in findings: github, aws, slack)');

export const brokerSchema = z
  .strictObject({
    allowedSchemes: z
      .array(z.enum(REFERENCE_SCHEMES))
      .optional()
      .describe('Reference schemes `secret-hygiene run` may resolve (keychain, op, env, github-app); absent = all. Other layers may only remove schemes.'),
    requiredSchemes: z
      .partialRecord(providerName, z.enum(REFERENCE_SCHEMES))
      .optional()
      .describe('Per provider, the one scheme its credentials must come from (e.g. {"github": "github-app"}: a GitHub token held in the keychain is refused).'),
    githubApp: z
      .strictObject({
        // Numbers only: Chrome's managed_schema cannot express a number-or-string union.
        appId: z.number().int().min(1).describe("The GitHub App's numeric id."),
        installationId: z.number().int().min(1).describe("The App's numeric installation id (organisation or account)."),
        permissions: z
          .record(z.string().regex(/^[a-z][a-z_]{0,63}$/, 'expected a GitHub permission name (contents, issues, pull_requests…)'), z.enum(['read', 'write', 'admin']))
          .optional()
          .describe('The permissions a minted token is narrowed to ({"contents": "read"}); absent = all the installation has.'),
      })
      .optional()
      .describe('A GitHub App whose installation tokens (≤ 1 h) replace long-lived GitHub tokens: the quick fix and `scan --fix` write github-app://APP_ID/INSTALLATION_ID references instead of storing a PAT. User or managed policy only.'),
    maxTokenLifetimeMinutes: z
      .number()
      .int()
      .min(1)
      .max(1440)
      .optional()
      .describe('Longest lifetime of a token the broker mints (minutes); a scheme whose tokens live longer is refused. Default 60. Other layers may only lower it.'),
  })
  .describe('The JIT credential broker (`secret-hygiene run`): which references it may resolve. A workspace file may only tighten this.');

export type BrokerPolicyDocument = z.infer<typeof brokerSchema>;

export interface EffectiveBrokerPolicy {
  allowedSchemes: ReferenceScheme[];
  requiredSchemes: Record<string, ReferenceScheme>;
  maxTokenLifetimeMinutes: number;
  /** The App the JIT fix mints GitHub tokens from instead of storing a PAT (remediation/broker.ts). */
  githubApp?: BrokerPolicyDocument['githubApp'];
}

type Setter = (field: string, value: ProvenanceEntry['value']) => void;

interface MergeContext {
  source: PolicySource;
  origin: string;
  set: Setter;
  problems: PolicyProblem[];
  /** Whether a layer (not the built-in defaults) chose this field. */
  chosen: (field: string) => boolean;
}

/**
 * A workspace, user or default layer. The user's file (and the defaults) replace values; a workspace
 * file may remove schemes, add a requirement for a provider that has none, lower the lifetime.
 */
export function overrideBroker(broker: EffectiveBrokerPolicy, doc: BrokerPolicyDocument | undefined, { source, origin, set, problems }: MergeContext): void {
  if (!doc) return;
  const tightenOnly = source === 'workspace';
  const ignored = (field: string) => problems.push({ level: 'notice', source, origin, field, message: 'a workspace file may only tighten the broker policy; ignored' });
  if (doc.allowedSchemes) {
    const wanted = new Set(doc.allowedSchemes);
    const next = tightenOnly ? broker.allowedSchemes.filter((scheme) => wanted.has(scheme)) : REFERENCE_SCHEMES.filter((scheme) => wanted.has(scheme));
    if (tightenOnly && doc.allowedSchemes.some((scheme) => !broker.allowedSchemes.includes(scheme))) ignored('broker.allowedSchemes');
    set('broker.allowedSchemes', (broker.allowedSchemes = next));
  }
  for (const [provider, scheme] of Object.entries(doc.requiredSchemes ?? {}) as [string, ReferenceScheme][]) {
    const field = `broker.requiredSchemes.${provider}`;
    if (tightenOnly && broker.requiredSchemes[provider] !== undefined && broker.requiredSchemes[provider] !== scheme) ignored(field);
    else set(field, (broker.requiredSchemes[provider] = scheme));
  }
  if (doc.githubApp) {
    // A cloned repository must not choose whose App mints the tokens its servers get.
    if (tightenOnly) ignored('broker.githubApp');
    else set('broker.githubApp', `${(broker.githubApp = doc.githubApp).appId}/${doc.githubApp.installationId}`);
  }
  if (doc.maxTokenLifetimeMinutes !== undefined) {
    if (tightenOnly && doc.maxTokenLifetimeMinutes > broker.maxTokenLifetimeMinutes) ignored('broker.maxTokenLifetimeMinutes');
    else set('broker.maxTokenLifetimeMinutes', (broker.maxTokenLifetimeMinutes = doc.maxTokenLifetimeMinutes));
  }
}

/** A managed layer (or the strict defaults): its values win, except where a lower layer chose stricter. */
export function tightenBroker(broker: EffectiveBrokerPolicy, doc: BrokerPolicyDocument | undefined, { set, chosen }: MergeContext): void {
  if (!doc) return;
  if (doc.allowedSchemes) {
    const managed = new Set(doc.allowedSchemes);
    const base = chosen('broker.allowedSchemes') ? broker.allowedSchemes : REFERENCE_SCHEMES;
    set('broker.allowedSchemes', (broker.allowedSchemes = base.filter((scheme) => managed.has(scheme))));
  }
  for (const [provider, scheme] of Object.entries(doc.requiredSchemes ?? {}) as [string, ReferenceScheme][]) {
    set(`broker.requiredSchemes.${provider}`, (broker.requiredSchemes[provider] = scheme));
  }
  if (doc.githubApp) set('broker.githubApp', `${(broker.githubApp = doc.githubApp).appId}/${doc.githubApp.installationId}`);
  if (doc.maxTokenLifetimeMinutes !== undefined) {
    const lower = chosen('broker.maxTokenLifetimeMinutes') ? broker.maxTokenLifetimeMinutes : Infinity;
    if (doc.maxTokenLifetimeMinutes <= lower) set('broker.maxTokenLifetimeMinutes', (broker.maxTokenLifetimeMinutes = doc.maxTokenLifetimeMinutes));
  }
}
