/**
 * The user's stored options: one versioned object with defaults, migrations from older versions and
 * safe coercion of bad values (a corrupt field falls back to its default; the rest survives).
 * The user's own policy rules live here as a policy document; core's zod schema validates them.
 */
import { SCOPE_RISKS, type ScopeRisk } from '../core-api.js';

export const OPTIONS_VERSION = 2;

export interface ExtensionOptions {
  version: typeof OPTIONS_VERSION;
  /** Recognise OAuth/OIDC requests on any host (needs the optional host permission as well). */
  genericDetection: boolean;
  /** How many requests the history keeps (oldest dropped first). */
  historyLimit: number;
  /** Show the on-page banner for requests at or above this risk (the history records every request). */
  bannerMinRisk: ScopeRisk;
  /** The user's own policy document (the `user` layer under any managed policy), or null. */
  userPolicy: Record<string, unknown> | null;
}

export const DEFAULT_OPTIONS: Readonly<ExtensionOptions> = Object.freeze({
  version: OPTIONS_VERSION,
  genericDetection: false,
  historyLimit: 500,
  bannerMinRisk: 'low',
  userPolicy: null,
});

export const HISTORY_LIMIT_RANGE = { min: 10, max: 5000 } as const;

type Raw = Record<string, unknown>;

/**
 * Ordered migrations: MIGRATIONS[n] turns a version-n object into version n+1. Version 0 is anything
 * stored without a version. Version 1 kept `showLowRisk: boolean`; version 2 generalised it to
 * `bannerMinRisk`.
 */
const MIGRATIONS: ((raw: Raw) => Raw)[] = [
  (raw) => ({ ...raw, version: 1 }),
  ({ showLowRisk, ...raw }) => ({ ...raw, version: 2, ...(showLowRisk === false ? { bannerMinRisk: 'medium' } : {}) }),
];

export interface LoadedOptions {
  options: ExtensionOptions;
  /** Fields that were invalid and fell back to their default (shown on the options page). */
  corrected: string[];
  /** The stored object was older (or absent) and should be written back. */
  migrated: boolean;
}

export function loadOptions(stored: unknown): LoadedOptions {
  let raw: Raw = stored && typeof stored === 'object' && !Array.isArray(stored) ? { ...(stored as Raw) } : {};
  const from = typeof raw.version === 'number' && Number.isInteger(raw.version) ? raw.version : 0;
  const migrated = stored === undefined || from < OPTIONS_VERSION;
  for (let version = Math.max(0, from); version < OPTIONS_VERSION; version++) raw = MIGRATIONS[version]!(raw);
  return { ...coerce(raw), migrated };
}

function coerce(raw: Raw): { options: ExtensionOptions; corrected: string[] } {
  const corrected: string[] = [];
  const pick = <K extends keyof ExtensionOptions>(key: K, valid: (value: unknown) => boolean): ExtensionOptions[K] => {
    if (!(key in raw)) return DEFAULT_OPTIONS[key];
    if (valid(raw[key])) return raw[key] as ExtensionOptions[K];
    corrected.push(key);
    return DEFAULT_OPTIONS[key];
  };
  const options: ExtensionOptions = {
    version: OPTIONS_VERSION,
    genericDetection: pick('genericDetection', (v) => typeof v === 'boolean'),
    historyLimit: pick('historyLimit', (v) => Number.isInteger(v) && (v as number) >= HISTORY_LIMIT_RANGE.min && (v as number) <= HISTORY_LIMIT_RANGE.max),
    bannerMinRisk: pick('bannerMinRisk', (v) => (SCOPE_RISKS as readonly unknown[]).includes(v)),
    userPolicy: pick('userPolicy', (v) => v === null || (typeof v === 'object' && !Array.isArray(v))),
  };
  return { options, corrected };
}
