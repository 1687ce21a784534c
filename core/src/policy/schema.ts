/**
 * The managed-policy document: one zod schema, the single source of truth for validation, the
 * TypeScript type and the generated JSON Schemas (core/schema/*.json, Chrome's managed_schema).
 * Strict everywhere: an unknown or misspelt key is an error naming its path, never silently ignored.
 */
import { z } from 'zod';
import { SEVERITIES } from '../engine/types.js';
import { OAUTH_PROVIDERS, SCOPE_RISKS } from '../oauth/types.js';
import { brokerSchema } from './broker.js';
import { verificationSchema } from './verification.js';

export const OAUTH_ACTIONS = ['warn', 'block'] as const;
export type OAuthAction = (typeof OAUTH_ACTIONS)[number];

/** Provider ids, plus `*`: a rule every provider's requests are checked against. */
export const OAUTH_RULE_KEYS = [...OAUTH_PROVIDERS, '*'] as const;
export type OAuthRuleKey = (typeof OAUTH_RULE_KEYS)[number];

export const REFERENCE_PROVIDERS = ['1password', 'doppler', 'infisical', 'env', 'keychain'] as const;
export type ReferenceProvider = (typeof REFERENCE_PROVIDERS)[number];

/** Rule ids and provider names share one spelling: kebab-case. */
const detectorName = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a rule id or provider name (kebab-case)');
const nameList = z.array(detectorName);
const severity = z.enum(SEVERITIES);
const nonEmpty = z.string().min(1, 'must not be empty');

const oauthRule = z
  .strictObject({
    blockedScopes: z.array(nonEmpty).optional().describe('Scopes that are never acceptable, exactly as requested (repo, https://www.googleapis.com/auth/drive).'),
    maxRisk: z.enum(SCOPE_RISKS).optional().describe('Highest acceptable scope risk; a riskier request triggers the action.'),
    allowedClientIds: z.array(nonEmpty).optional().describe('When set, only these OAuth client ids may be authorised.'),
    action: z.enum(OAUTH_ACTIONS).optional().describe('What a violating request gets: warn (default) or block.'),
  })
  .describe('OAuth rule for one provider (or * for all).');

/**
 * Where the team keeps secrets: the one declaration of the `references` block. Remediation's
 * `ReferenceSettings` and the effective policy's `references` are derived from it.
 */
export const referencesSchema = z.strictObject({
  provider: z.enum(REFERENCE_PROVIDERS).optional().describe('Where quick fixes store secrets and what reference they write.'),
  onePasswordVault: nonEmpty.optional().describe('1Password vault for op:// references.'),
});
export type PolicyReferences = z.infer<typeof referencesSchema>;

export const policySchema = z
  .strictObject({
    $schema: z.string().optional().describe('URL of this schema, for editors.'),
    version: z.literal(1).optional().describe('Document format version; absent means 1.'),
    detectors: z
      .strictObject({
        disabled: nameList.optional().describe('Rule ids or provider names not to report.'),
        enabled: nameList.optional().describe('Rule ids or provider names that stay on; in a managed policy, no other layer can disable them.'),
        locked: z.boolean().optional().describe('Managed policy only: other layers cannot disable any detector.'),
      })
      .optional(),
    minSeverity: severity.optional().describe('Report findings at or above this severity. Other layers may only lower it (report more).'),
    severityOverrides: z
      .record(detectorName, severity)
      .optional()
      .describe('Severity per rule id. Below a managed policy these may only raise a severity.'),
    allowlist: z
      .strictObject({
        paths: z.array(nonEmpty).optional().describe('Globs (**, *, ?) relative to the workspace root; a pattern without / matches a name at any depth.'),
        fingerprints: z
          .array(z.string().regex(/^[a-z0-9-]+:[0-9a-f]{24}$/, 'expected a finding fingerprint "<rule-id>:<24 hex>"'))
          .optional()
          .describe('Finding fingerprints that are accepted.'),
        locked: z.boolean().optional().describe('Managed policy only: allowlist entries from other layers are ignored.'),
      })
      .optional(),
    oauth: z
      .strictObject({
        rules: z.partialRecord(z.enum(OAUTH_RULE_KEYS), oauthRule).optional().describe('OAuth rules by provider id; * applies to every provider.'),
      })
      .optional(),
    references: referencesSchema.optional(),
    broker: brokerSchema.optional(),
    verification: verificationSchema.optional(),
    guardrails: z
      .strictObject({
        enforce: z.boolean().optional().describe('Agent hooks must be installed: `hooks status` reports each missing one as a finding.'),
        threshold: severity.optional().describe('Agent hooks deny a prompt, command, file read or tool call carrying a secret at or above this severity (default high). Other layers may only lower it.'),
        failClosed: z.boolean().optional().describe('Agent hooks deny when their input cannot be understood (malformed JSON, unknown event) instead of allowing with a warning.'),
      })
      .optional()
      .describe('Agent guardrails: the `secret-hygiene hook` commands that Claude Code and Cursor run before prompts and tool calls. A workspace file may only tighten these.'),
    repository: z
      .strictObject({
        mayLoosen: z
          .boolean()
          .optional()
          .describe('Whether the repository\'s own .secret-hygiene.json may loosen the policy (disable detectors, raise minSeverity, allowlist, lower severities); default true, and every loosening is reported. User or managed policy only.'),
      })
      .optional()
      .describe('What a scanned repository may change. It may always tighten.'),
    audit: z
      .strictObject({
        endpoint: z
          .url({ protocol: /^https$/ })
          .regex(/^https:\/\//, 'expected an https:// URL')
          .optional()
          .describe('HTTPS endpoint that receives audit events (never a raw secret).'),
      })
      .optional(),
  })
  .superRefine((doc, ctx) => {
    const enabled = new Set(doc.detectors?.enabled ?? []);
    doc.detectors?.disabled?.forEach((name, index) => {
      if (enabled.has(name)) ctx.addIssue({ code: 'custom', path: ['detectors', 'disabled', index], message: `"${name}" is also in detectors.enabled` });
    });
  })
  .describe('Secret Hygiene policy: defaults < workspace .secret-hygiene.json < user < managed; managed values can only be tightened.');

export type PolicyDocument = z.infer<typeof policySchema>;
export type OAuthRuleDocument = z.infer<typeof oauthRule>;

export interface PolicyIssue {
  /** Dotted path of the offending field (`oauth.rules.google.maxRisk`), `(root)` for the document itself. */
  field: string;
  message: string;
}

/** Validates a parsed document; issues name the field in the document's own spelling. */
export function validatePolicyDocument(value: unknown): { document: PolicyDocument; issues?: undefined } | { document?: undefined; issues: PolicyIssue[] } {
  // reportInput: only the input's type is ever shown, never a value (it could be a pasted secret).
  const result = policySchema.safeParse(value, { reportInput: true });
  if (result.success) return { document: result.data };
  return { issues: result.error.issues.flatMap(describeIssue) };
}

function fieldOf(path: readonly PropertyKey[]): string {
  return path.length ? path.map(String).join('.') : '(root)';
}

function describeIssue(issue: z.core.$ZodIssue): PolicyIssue[] {
  switch (issue.code) {
    case 'unrecognized_keys': {
      const underRules = issue.path.join('.') === 'oauth.rules';
      const message = underRules ? `unknown provider (expected one of ${OAUTH_RULE_KEYS.join('|')})` : 'unknown field';
      return issue.keys.map((key) => ({ field: fieldOf([...issue.path, key]), message }));
    }
    case 'invalid_value':
      return [{ field: fieldOf(issue.path), message: `expected ${issue.values.length === 1 ? 'exactly' : 'one of'} ${issue.values.map(String).join('|')}` }];
    case 'invalid_type':
      return [{ field: fieldOf(issue.path), message: `expected ${issue.expected}, got ${describeValue(issue.input)}` }];
    case 'invalid_key':
      return [{ field: fieldOf(issue.path), message: `invalid key: ${issue.issues.map((inner) => inner.message).join('; ')}` }];
    case 'invalid_format':
      return [{ field: fieldOf(issue.path), message: issue.format === 'url' ? 'expected an https:// URL' : issue.message }];
    default:
      return [{ field: fieldOf(issue.path), message: issue.message }];
  }
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}
