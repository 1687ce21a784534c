/**
 * Settings as data: coercion of raw `secretHygiene.*` values (a bad value falls back to its default and
 * says so) and the effective settings once the managed policy is layered on top. No vscode import: the
 * settings module (src/settings.ts) reads the raw values and the policy file and calls into here.
 */
import {
  REFERENCE_PROVIDERS,
  SEVERITIES,
  formatPolicyProblem,
  ignoredSeverityOverrides,
  provenanceOf,
  isSeverity,
  resolvePolicy,
  scanOptionsFromPolicy,
  type PolicyDocument,
  type PolicyLayer,
  type PolicySource,
  type ReferenceProvider,
  type ReferenceSettings,
  type ResolvedPolicy,
  type RuleIdentity,
  type Severity,
  type VerificationMode,
} from './core.js';

/** Rule ids and provider names are kebab-case (the policy schema rejects anything else). */
const DETECTOR_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_FILE_SIZE_KB = 100 * 1024;
/** Bounds of secretHygiene.scanTimeoutMs: under 50 ms even small documents would stop; over 10 minutes is no watchdog. */
export const SCAN_TIMEOUT_RANGE_MS = { min: 50, max: 600_000, default: 5000 } as const;

/**
 * What the user set. Policy-relevant values are undefined when the user did not set them, so that a
 * default never counts as a choice a managed policy has to respect.
 */
export interface UserSettings {
  minSeverity?: Severity;
  rules: Record<string, boolean>;
  referenceProvider?: ReferenceProvider;
  onePasswordVault?: string;
  scanOnType: boolean;
  maxFileSizeKB: number;
  /** How long one document's scan may run (in the scan worker) before it is stopped with a notice. */
  scanTimeoutMs: number;
  exclude: string[];
}

export type SettingKey = keyof UserSettings;

export const DEFAULT_EXCLUDE = ['**/node_modules/**', '**/.git/**', '**/*.min.js', '**/*.map'];
/** The extension writes environment references to a git-ignored .env unless told otherwise. */
export const DEFAULT_REFERENCE_PROVIDER: ReferenceProvider = 'env';

/**
 * `read(key)` returns the user's explicit value (undefined when unset). Never throws: every bad value
 * becomes a problem naming the setting, and the default applies.
 */
export function coerceSettings(read: (key: SettingKey) => unknown): { settings: UserSettings; problems: string[] } {
  const problems: string[] = [];
  const bad = (key: SettingKey, expected: string, value: unknown, fallback: string) =>
    problems.push(`secretHygiene.${key}: expected ${expected}, got ${describe(value)}; using ${fallback}`);

  const settings: UserSettings = { rules: {}, scanOnType: true, maxFileSizeKB: 5120, scanTimeoutMs: SCAN_TIMEOUT_RANGE_MS.default, exclude: [...DEFAULT_EXCLUDE] };

  const minSeverity = read('minSeverity');
  if (isSeverity(minSeverity)) settings.minSeverity = minSeverity;
  else if (minSeverity !== undefined) bad('minSeverity', `one of ${SEVERITIES.join('|')}`, minSeverity, 'the default');

  const rules = read('rules');
  if (isRecord(rules)) {
    for (const [name, on] of Object.entries(rules)) {
      if (!DETECTOR_NAME.test(name)) problems.push(`secretHygiene.rules: "${name}" is not a rule id or provider name (kebab-case); ignored`);
      else if (typeof on !== 'boolean') problems.push(`secretHygiene.rules.${name}: expected true or false, got ${describe(on)}; ignored`);
      else settings.rules[name] = on;
    }
  } else if (rules !== undefined) bad('rules', 'an object of rule ids to true/false', rules, 'no overrides');

  const provider = read('referenceProvider');
  if (typeof provider === 'string' && (REFERENCE_PROVIDERS as readonly string[]).includes(provider)) settings.referenceProvider = provider as ReferenceProvider;
  else if (provider !== undefined) bad('referenceProvider', `one of ${REFERENCE_PROVIDERS.join('|')}`, provider, `"${DEFAULT_REFERENCE_PROVIDER}"`);

  const vault = read('onePasswordVault');
  if (typeof vault === 'string' && vault.trim()) settings.onePasswordVault = vault.trim();
  else if (vault !== undefined) bad('onePasswordVault', 'a vault name', vault, 'the default vault');

  const scanOnType = read('scanOnType');
  if (typeof scanOnType === 'boolean') settings.scanOnType = scanOnType;
  else if (scanOnType !== undefined) bad('scanOnType', 'true or false', scanOnType, 'true');

  const maxSize = read('maxFileSizeKB');
  if (typeof maxSize === 'number' && Number.isFinite(maxSize) && maxSize >= 1) settings.maxFileSizeKB = Math.min(Math.floor(maxSize), MAX_FILE_SIZE_KB);
  else if (maxSize !== undefined) bad('maxFileSizeKB', 'a number of kilobytes ≥ 1', maxSize, String(settings.maxFileSizeKB));

  const timeout = read('scanTimeoutMs');
  const { min, max } = SCAN_TIMEOUT_RANGE_MS;
  if (typeof timeout === 'number' && Number.isFinite(timeout) && timeout >= min) settings.scanTimeoutMs = Math.min(Math.floor(timeout), max);
  else if (timeout !== undefined) bad('scanTimeoutMs', `a number of milliseconds ≥ ${min}`, timeout, String(settings.scanTimeoutMs));

  const exclude = read('exclude');
  if (Array.isArray(exclude)) {
    settings.exclude = exclude.filter((glob): glob is string => typeof glob === 'string' && glob.trim() !== '');
    if (settings.exclude.length !== exclude.length) problems.push('secretHygiene.exclude: entries that are not non-empty strings are ignored');
  } else if (exclude !== undefined) bad('exclude', 'an array of globs', exclude, 'the default globs');

  return { settings, problems };
}

/** The settings a scan and a quick fix use, after the managed policy. */
export interface EffectiveSettings {
  scan: { minSeverity: Severity; disabledRules: Set<string>; severityOverrides: Record<string, Severity> };
  allowlist: { fingerprints: Set<string>; paths: string[] };
  references: ReferenceSettings;
  scanOnType: boolean;
  maxFileBytes: number;
  scanTimeoutMs: number;
  exclude: string[];
  /** Present when a managed policy file is in force (also when it is broken and strict defaults replace it). */
  managed?: { origin: string; broken: boolean };
  /** Settings the managed policy holds: the user's value for these has no effect. */
  locked: SettingKey[];
  /** Problems with the settings or a policy layer, each naming its source; shown to the user once. */
  problems: string[];
  /** Errors that mean a managed policy could not be used (fail closed). */
  policyErrors: string[];
  /** The policy's broker block: its GitHub App (the quick fix mints GitHub tokens from it instead of storing a PAT) and the schemes `run` accepts. */
  broker: Pick<ResolvedPolicy['policy']['broker'], 'githubApp' | 'allowedSchemes' | 'requiredSchemes'>;
  /** The policy's `verification` mode ("Check token"), and the layer that set it. */
  verification: { mode: VerificationMode; setBy?: { source: PolicySource; origin: string } };
}

const MANAGED_SOURCES = new Set(['managed', 'strict-default']);

/**
 * Layers the policy as the CLI does (defaults < the workspace's .secret-hygiene.json < user settings <
 * managed), so the editor and CI judge a repository alike.
 */
export function effectiveSettings(
  user: UserSettings,
  managed: PolicyLayer | undefined,
  rules: readonly RuleIdentity[],
  workspace?: PolicyLayer,
  /** False in an untrusted workspace: its `.secret-hygiene.json` may only tighten (docs/policy.md "Trust"). */
  trustRepository = true,
): EffectiveSettings {
  const layers: PolicyLayer[] = [];
  if (workspace) layers.push(workspace);
  layers.push({ source: 'user', origin: 'VS Code settings (secretHygiene.*)', document: userPolicyDocument(user) });
  if (managed) layers.push(managed);
  const resolved = resolvePolicy(layers, { trustRepository, untrustedBecause: 'an untrusted workspace (Restricted Mode)' });
  const { policy } = resolved;
  const scan = scanOptionsFromPolicy(policy, rules);

  // Single lookups (provenanceOf), never the whole record: a managed allowlist may hold a million entries.
  const heldBy = (field: string) => MANAGED_SOURCES.has(provenanceOf(resolved, field)?.source ?? '');
  const locked: SettingKey[] = [];
  if (heldBy('minSeverity')) locked.push('minSeverity');
  const detectorFields = (['disabled', 'enabled'] as const).flatMap((list) => policy.detectors[list].map((name) => `detectors.${list}[${name}]`));
  if (policy.detectors.locked || detectorFields.some(heldBy)) locked.push('rules');
  if (heldBy('references.provider')) locked.push('referenceProvider');
  if (heldBy('references.onePasswordVault')) locked.push('onePasswordVault');

  const problems = [...resolved.problems, ...ignoredSeverityOverrides(resolved, rules)].map(formatPolicyProblem);
  const policyErrors = resolved.problems.filter((p) => p.level === 'error' && p.source === 'managed').map(formatPolicyProblem);
  const verificationFrom = provenanceOf(resolved, 'verification');
  const effective: EffectiveSettings = {
    scan,
    allowlist: { fingerprints: new Set(policy.allowlist.fingerprints), paths: [...policy.allowlist.paths] },
    references: { provider: policy.references.provider, onePasswordVault: policy.references.onePasswordVault },
    scanOnType: user.scanOnType,
    maxFileBytes: user.maxFileSizeKB * 1024,
    scanTimeoutMs: user.scanTimeoutMs,
    exclude: user.exclude,
    locked,
    problems,
    policyErrors,
    broker: { allowedSchemes: policy.broker.allowedSchemes, requiredSchemes: policy.broker.requiredSchemes, ...(policy.broker.githubApp ? { githubApp: policy.broker.githubApp } : {}) },
    verification: { mode: policy.verification, ...(verificationFrom ? { setBy: { source: verificationFrom.source, origin: verificationFrom.origin } } : {}) },
  };
  if (managed) effective.managed = { origin: managed.origin, broken: policyErrors.length > 0 };
  return effective;
}

/** The user's explicit choices as a policy layer; unset values stay out so defaults and managed values apply. */
export function userPolicyDocument(user: UserSettings): PolicyDocument {
  const disabled = Object.keys(user.rules).filter((name) => user.rules[name] === false);
  const enabled = Object.keys(user.rules).filter((name) => user.rules[name] === true);
  const doc: PolicyDocument = {
    references: { provider: user.referenceProvider ?? DEFAULT_REFERENCE_PROVIDER, ...(user.onePasswordVault ? { onePasswordVault: user.onePasswordVault } : {}) },
  };
  if (user.minSeverity) doc.minSeverity = user.minSeverity;
  if (disabled.length || enabled.length) doc.detectors = { ...(disabled.length ? { disabled } : {}), ...(enabled.length ? { enabled } : {}) };
  return doc;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A value's type only: a setting could hold a pasted secret, so values are never echoed. */
function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}
