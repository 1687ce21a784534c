/**
 * One document's scan as the extension runs it: core's document scan (secrets, over-scoped grants,
 * structured locations, suggested references) under the effective severity policy, minus accepted
 * fingerprints. Pure, so the benchmark and the unit tests run exactly what the editor runs.
 */
import { scanDocument, type Finding, type Notice, type ReferenceSettings, type Scanner, type Severity } from './core.js';

export interface ScanConfig {
  minSeverity: Severity;
  disabledRules: ReadonlySet<string>;
  severityOverrides: Readonly<Record<string, Severity>>;
  /** Fingerprints accepted by the policy allowlist or the workspace baseline. */
  acceptedFingerprints: ReadonlySet<string>;
  references?: ReferenceSettings;
  /** The salt guessable secrets are fingerprinted with (the folder's baseline's, as the CLI does); undefined = unsalted (a version-1 baseline). */
  fingerprintSalt?: string;
}

export interface TextScan {
  findings: Finding[];
  /** Findings dropped by inline `secret-hygiene:allow` comments or accepted fingerprints. */
  suppressed: number;
  notices: Notice[];
  /** The text names a provider SDK or endpoint: scope verdicts depend on the whole file (see incremental.ts). */
  providerContext: boolean;
}

/**
 * `path` is the document's path (absolute or workspace-relative), used for file-kind detection and
 * language rules; `undefined` for untitled documents. A failure is a notice, never an exception.
 */
export function scanText(scanner: Scanner, text: string, path: string | undefined, config: ScanConfig): TextScan {
  try {
    const result = scanDocument(scanner, text, {
      minSeverity: config.minSeverity,
      disabledRules: config.disabledRules,
      severityOverrides: config.severityOverrides,
      ...(path === undefined ? {} : { path }),
      ...(config.references ? { references: config.references } : {}),
      ...(config.fingerprintSalt === undefined ? {} : { fingerprintSalt: config.fingerprintSalt }),
    });
    const findings = result.findings.filter((f) => !config.acceptedFingerprints.has(f.fingerprint));
    return { findings, suppressed: result.suppressed + result.findings.length - findings.length, notices: result.notices, providerContext: result.providerContext };
  } catch (error) {
    return { findings: [], suppressed: 0, notices: [{ level: 'error', message: `scan failed: ${(error as Error).message}` }], providerContext: true };
  }
}
