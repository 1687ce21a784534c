/**
 * The `verification` field: whether surfaces may call provider APIs about a found credential
 * (`scan --verify`, `verify`, `revoke`, VS Code's "Check token"). Modes, strictest first:
 * `off` < `on-demand` (default) < `allowed` (core/src/verify/mode.ts says what each permits).
 * A workspace file may only tighten it (a cloned repository must not switch on network calls); the
 * user's file may set it; a managed value wins unless a lower layer chose something stricter.
 */
import { z } from 'zod';
import { VERIFICATION_MODES, type VerificationMode } from '../verify/mode.js';
import type { PolicyProblem, PolicySource, ProvenanceEntry } from './types.js';

export const verificationSchema = z
  .enum(VERIFICATION_MODES)
  .describe(
    'Whether credentials found may be checked with (or revoked at) their provider\'s API: off (never), on-demand (default: only when the user asks, e.g. scan --verify), allowed (surfaces may also check without being asked each time). A workspace file may only tighten it.',
  );

export const DEFAULT_VERIFICATION: VerificationMode = 'on-demand';

const strictness = (mode: VerificationMode) => VERIFICATION_MODES.indexOf(mode);

interface MergeContext {
  source: PolicySource;
  origin: string;
  set: (field: string, value: ProvenanceEntry['value']) => void;
  problems: PolicyProblem[];
  chosen: (field: string) => boolean;
}

export function overrideVerification(policy: { verification: VerificationMode }, mode: VerificationMode | undefined, { source, origin, set, problems }: MergeContext): void {
  if (!mode) return;
  if (source === 'workspace' && strictness(mode) > strictness(policy.verification)) {
    problems.push({ level: 'notice', source, origin, field: 'verification', message: `a workspace file may only tighten verification (it is "${policy.verification}"); ignored` });
    return;
  }
  set('verification', (policy.verification = mode));
}

export function tightenVerification(policy: { verification: VerificationMode }, mode: VerificationMode | undefined, { source, origin, set, problems, chosen }: MergeContext): void {
  if (!mode) return;
  // A lower layer's stricter choice stands.
  if (chosen('verification') && strictness(policy.verification) <= strictness(mode)) return;
  if (chosen('verification')) {
    problems.push({ level: 'notice', source, origin, field: 'verification', message: `"${policy.verification}" set below is overruled by the ${source === 'managed' ? 'managed value' : 'strict defaults'} "${mode}"` });
  }
  set('verification', (policy.verification = mode));
}
