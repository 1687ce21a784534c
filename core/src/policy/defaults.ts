import type { PolicyDocument } from './schema.js';

/** Where built-in values say they came from. */
export const DEFAULTS_ORIGIN = 'built-in defaults';

/**
 * The base layer under every other: report low and above, every detector on, nothing allowlisted,
 * warn on OAuth requests riskier than medium, 1Password references.
 */
export const DEFAULT_POLICY = {
  version: 1,
  minSeverity: 'low',
  oauth: { rules: { '*': { maxRisk: 'medium', action: 'warn' } } },
  references: { provider: '1password', onePasswordVault: 'Private' },
  guardrails: { enforce: false, threshold: 'high', failClosed: false },
  verification: 'on-demand',
} as const satisfies PolicyDocument;

/**
 * What a managed policy that cannot be read or validated is replaced with (fail closed). It acts as a
 * managed layer, so the layers below can still tighten it but cannot disable detectors, allowlist
 * anything, raise the minimum severity or relax the OAuth rule; nor may the repository loosen anything.
 */
export const STRICT_POLICY = {
  version: 1,
  minSeverity: 'low',
  detectors: { locked: true },
  allowlist: { locked: true },
  oauth: { rules: { '*': { maxRisk: 'medium', action: 'warn' } } },
  repository: { mayLoosen: false },
  // Fail closed: nothing goes online under a managed policy that cannot be read.
  verification: 'off',
} as const satisfies PolicyDocument;

/** The workspace's own policy file, at the root of a repository: read by the CLI and the VS Code extension alike. */
export const WORKSPACE_POLICY_FILE = '.secret-hygiene.json';
