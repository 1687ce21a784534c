/**
 * The scan command's door to verification: read the secrets back from what was scanned (files, or git
 * blobs for --git/--staged), verify, re-apply the severity threshold to the new severities, and say
 * what happened in the summary. Only reached with --verify.
 */
import { atLeast, type Severity } from '@secret-hygiene/core';
import type { ScanArgs } from '../args.js';
import type { FileFinding, VerificationStats } from '../output/report.js';
import type { WalkedFile } from '../walk/walker.js';
import { gitTexts, workingTreeTexts } from './secret-source.js';
import { verifyFindings } from './verify-findings.js';

export interface ScanVerifyContext {
  args: ScanArgs;
  files: readonly WalkedFile[];
  /** Every finding of the scan, below the threshold too: where companion values are looked up. */
  companions: readonly FileFinding[];
  salt: string | undefined;
  minSeverity: Severity;
  userAgent: string;
  onNotice: (file: string, message: string) => void;
}

/** Verifies `findings` in place (verification, severity) and drops those now below the threshold. */
export async function verifyScanFindings(findings: FileFinding[], context: ScanVerifyContext): Promise<VerificationStats> {
  const { args } = context;
  const started = performance.now();
  const texts = args.git ? gitTexts(args.git.path, false) : args.staged ? gitTexts(args.staged.path, true) : workingTreeTexts(context.files, args.maxFileSize);
  const summary = await verifyFindings(findings, {
    texts,
    companions: context.companions,
    salt: context.salt,
    timeoutMs: args.verify!.timeoutMs,
    apiBase: process.env.SECRET_HYGIENE_API_BASE,
    userAgent: context.userAgent,
    now: new Date(),
  });
  for (const notice of summary.notices) context.onNotice('verify', notice);
  let kept = 0;
  for (const finding of findings) if (atLeast(finding.severity, context.minSeverity)) findings[kept++] = finding;
  const dropped = findings.length - kept;
  findings.length = kept;
  if (dropped) context.onNotice('verify', `${dropped} finding(s) fell below the ${context.minSeverity} threshold once verified (the provider rejects them)`);
  return {
    ...summary.byStatus,
    unsupported: summary.unsupported,
    requests: summary.network.requests,
    rateLimited: summary.network.rateLimited,
    durationMs: Math.round(performance.now() - started),
  };
}
