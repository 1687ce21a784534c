/**
 * A call that never reached an answer (network failure, timeout) says nothing about the credential:
 * it becomes `unknown`. The host's rejection is meant to be free of secrets; the reason is still
 * scrubbed of every credential value and shortened, because it ends up in output and reports.
 */
import type { VerifyAnswer } from './answers.js';
import type { ApiCall, ApiRequest, ApiResponse, Credential } from './types.js';

export type Sent = { response: ApiResponse; answer?: undefined } | { response?: undefined; answer: VerifyAnswer };

export async function send(call: ApiCall, request: ApiRequest, provider: string, credential: Credential): Promise<Sent> {
  try {
    return { response: await call(request) };
  } catch (error) {
    return { answer: { status: 'unknown', error: `${provider} could not be reached (${failureReason(error, credential)})` } };
  }
}

function failureReason(error: unknown, credential: Credential): string {
  const name = error instanceof Error ? error.name : '';
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'TimeoutError' || name === 'AbortError' || /timed? ?out/i.test(message)) return 'timed out';
  let reason = message.slice(0, 120);
  for (const value of [credential.secret, ...Object.values(credential.companions)]) {
    if (value.length >= 8) reason = reason.split(value).join('[redacted]');
  }
  return reason === '' ? 'network error' : `network error: ${reason}`;
}
