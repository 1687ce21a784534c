/**
 * One verification, end to end, for any host: the spec's answer with its time, a rejected call (network
 * failure, timeout) as `unknown`, a missing companion value as `unknown`, and the held scopes rated. No
 * error text that reaches the result can hold the credential: every value is scrubbed out.
 */
import { redact } from '../engine/mask.js';
import { assessHeldScopes } from './over-scope.js';
import type { ApiCall, Credential, RevocationOutcome, Verification, VerifierSpec } from './types.js';

/** Replaces every credential value in `text` with its masked form (errors come from parsers and sockets). */
export function scrubCredential(text: string, credential: Pick<Credential, 'secret' | 'companions'>): string {
  let out = text;
  for (const value of [credential.secret, ...Object.values(credential.companions)]) {
    if (value.length >= 6) out = out.split(value).join(redact(value));
  }
  return out;
}

function failure(error: unknown, credential: Credential): string {
  const message = error instanceof Error ? error.message : String(error);
  return scrubCredential(message, credential).slice(0, 160) || 'network error';
}

/** The companion values the spec requires and the credential lacks. */
export function missingCompanions(spec: VerifierSpec, credential: Pick<Credential, 'companions'>): string[] {
  return (spec.companions ?? []).filter((c) => c.required && !credential.companions[c.name]).map((c) => c.name);
}

export async function runVerification(spec: VerifierSpec, credential: Credential, call: ApiCall): Promise<Verification> {
  const checkedAt = credential.now.toISOString();
  const missing = missingCompanions(spec, credential);
  if (missing.length) return { status: 'unknown', checkedAt, error: `${spec.name} needs ${missing.join(' and ')} from the same file to check this credential, and none was found` };
  let verification: Verification;
  try {
    const answer = await spec.verify(credential, call);
    verification = { ...answer, checkedAt };
    if (answer.error) verification.error = scrubCredential(answer.error, credential);
    if (answer.identity) verification.identity = scrubCredential(answer.identity, credential);
  } catch (error) {
    return { status: 'unknown', checkedAt, error: `${spec.name} could not be reached (${failure(error, credential)})` };
  }
  const overScope = assessHeldScopes(spec.id, credential.ruleId, verification);
  if (overScope) verification.overScope = overScope;
  return verification;
}

export async function runRevocation(spec: VerifierSpec, credential: Credential, call: ApiCall): Promise<RevocationOutcome> {
  if (!spec.revoke) return { status: 'failed', message: `${spec.name} offers no way to revoke a credential with the credential alone: rotate it in the provider's console` };
  try {
    const outcome = await spec.revoke(credential, call);
    return { ...outcome, message: scrubCredential(outcome.message, credential) };
  } catch (error) {
    return { status: 'failed', message: `${spec.name} could not be reached (${failure(error, credential)})` };
  }
}
