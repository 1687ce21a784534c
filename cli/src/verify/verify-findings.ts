/**
 * `scan --verify`: every secret finding of a supported provider is checked once per run (cached by
 * fingerprint), through the scheduler's per-provider lanes, and gets `verification` and a severity
 * from the facts. The run never throws for a provider's answer: whatever goes wrong becomes `unknown`
 * with a reason on that finding.
 */
import {
  API_BASE_VARIABLE,
  parseApiBaseOverrides,
  runVerification,
  severityFromVerification,
  verifierForRule,
  verifiers,
  type ApiCall,
  type Verification,
  type VerificationStatus,
  type VerifierSpec,
} from '@secret-hygiene/core';
import type { FileFinding } from '../output/report.js';
import { credentialFor, groupByText, sameTextKey } from './credentials.js';
import { httpCall } from './http-call.js';
import { RequestScheduler, type SchedulerStats } from './scheduler.js';
import type { ScannedText } from './secret-source.js';

export interface VerifyOptions {
  texts: ScannedText;
  /** Findings companions are taken from (default: `findings` themselves); may include those below the threshold. */
  companions?: readonly FileFinding[];
  /** The scan's fingerprint salt, to check what is read back. */
  salt: string | undefined;
  timeoutMs: number;
  /** process.env.SECRET_HYGIENE_API_BASE, as is. */
  apiBase: string | undefined;
  userAgent: string;
  now: Date;
  concurrency?: number;
  /** Longest wait for one rate-limited request (Retry-After) before it is reported unknown. */
  maxRateLimitWaitMs?: number;
}

export interface VerifySummary {
  byStatus: Record<VerificationStatus, number>;
  /** Secret findings of providers that cannot be verified. */
  unsupported: number;
  /** Distinct credentials asked about (after the fingerprint cache). */
  checked: number;
  network: SchedulerStats;
  notices: string[];
}

/** One connection to each provider's API for the run: overrides parsed once, lanes shared with revoke. */
export class ProviderCalls {
  readonly notices: string[];
  readonly scheduler: RequestScheduler;
  private readonly bases: Record<string, string>;
  private readonly calls = new Map<string, ApiCall>();

  constructor(apiBase: string | undefined, private readonly options: { timeoutMs: number; userAgent: string; concurrency?: number; maxRateLimitWaitMs?: number }) {
    const overrides = parseApiBaseOverrides(apiBase, verifiers.map((spec) => spec.id));
    this.bases = overrides.bases;
    this.notices = overrides.notices;
    for (const [id, base] of Object.entries(overrides.bases)) this.notices.push(`${API_BASE_VARIABLE}: ${id} requests go to ${base} instead of the provider (tests only)`);
    this.scheduler = new RequestScheduler({ concurrency: options.concurrency ?? 8, maxWaitMs: options.maxRateLimitWaitMs ?? 10_000, retries: 3 });
  }

  for(spec: VerifierSpec): ApiCall {
    let call = this.calls.get(spec.id);
    if (!call) {
      const base = this.bases[spec.id];
      call = this.scheduler.forProvider(spec.id, httpCall(spec, { timeoutMs: this.options.timeoutMs, userAgent: this.options.userAgent, ...(base ? { base } : {}) }));
      this.calls.set(spec.id, call);
    }
    return call;
  }
}

export async function verifyFindings(findings: FileFinding[], options: VerifyOptions): Promise<VerifySummary> {
  const calls = new ProviderCalls(options.apiBase, options);
  const summary: VerifySummary = { byStatus: { live: 0, invalid: 0, unknown: 0 }, unsupported: 0, checked: 0, network: calls.scheduler.stats, notices: calls.notices };
  const groups = groupByText(options.companions ?? findings);
  const cache = new Map<string, Promise<Verification>>();
  const pending: Promise<void>[] = [];
  for (const finding of findings) {
    if (finding.category !== 'secret') continue;
    const spec = verifierForRule(finding.ruleId);
    if (!spec) {
      summary.unsupported++;
      continue;
    }
    const built = credentialFor(finding, spec, groups.get(sameTextKey(finding)) ?? [], options.texts, options.salt, options.now);
    let verification: Promise<Verification>;
    if ('error' in built) verification = Promise.resolve({ status: 'unknown', checkedAt: options.now.toISOString(), error: built.error });
    else {
      verification = cache.get(built.key) ?? runVerification(spec, built.credential, calls.for(spec));
      if (!cache.has(built.key)) summary.checked++;
      cache.set(built.key, verification);
    }
    pending.push(
      verification.then((v) => {
        finding.verification = v;
        finding.severity = severityFromVerification(finding, v, options.now).severity;
        summary.byStatus[v.status]++;
      }),
    );
  }
  await Promise.all(pending);
  return summary;
}
