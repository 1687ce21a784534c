/**
 * One JSON call to a provider API with the user's token: no cookies, no cache, no redirects (a redirect
 * would carry the token's request elsewhere), a timeout, and errors explained per provider. A response
 * body larger than MAX_BODY_CHARS is refused rather than parsed.
 */
import type { ApiErrorKind, ExplainedApiError } from './report.js';

export const MAX_BODY_CHARS = 2_000_000;
const TIMEOUT_MS = 15_000;

export interface ApiAnswer<T> {
  status: number;
  headers: Headers;
  data: T;
}

/** A failed call, explained; `what` names the call in the sentence. */
export class GrantsApiError extends Error {
  override readonly name = 'GrantsApiError' as const;
  constructor(readonly explained: ExplainedApiError) {
    super(explained.message);
  }
}

export interface CallOptions {
  fetch?: typeof fetch;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
}

/** Provider-specific reading of an error body and status. */
export type ErrorExplainer = (status: number, body: unknown, headers: Headers, what: string) => ExplainedApiError;

export function explained(kind: ApiErrorKind, message: string, status?: number, providerMessage?: string): ExplainedApiError {
  const out: ExplainedApiError = { kind, message };
  if (status) out.status = status;
  if (providerMessage) out.providerMessage = providerMessage.replace(/[\u0000-\u001f\u007f]+/g, ' ').slice(0, 300);
  return out;
}

export async function callJson<T>(url: string, what: string, explain: ErrorExplainer, options: CallOptions = {}): Promise<ApiAnswer<T>> {
  const doFetch = options.fetch ?? fetch;
  let response: Response;
  try {
    response = await doFetch(url, {
      method: options.method ?? 'GET',
      headers: { accept: 'application/json', ...options.headers },
      ...(options.body !== undefined ? { body: options.body } : {}),
      credentials: 'omit',
      cache: 'no-store',
      redirect: 'error',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    // The error's name only: a message may quote the request, which carries the token.
    const name = (error as Error)?.name;
    const reason = name === 'TimeoutError' || name === 'AbortError' ? `no answer within ${TIMEOUT_MS / 1000} s` : 'network error';
    throw new GrantsApiError(explained('network', `The API could not be reached while ${what} (${reason}).`));
  }
  const text = await response.text();
  if (text.length > MAX_BODY_CHARS) throw new GrantsApiError(explained('bad-answer', `The answer to ${what} was larger than ${MAX_BODY_CHARS / 1_000_000} MB and was not read.`, response.status));
  let data: unknown;
  try {
    data = text ? JSON.parse(text) : undefined;
  } catch {
    data = undefined;
  }
  if (!response.ok) throw new GrantsApiError(explain(response.status, data, response.headers, what));
  if (data === undefined) throw new GrantsApiError(explained('bad-answer', `The answer to ${what} was not JSON.`, response.status));
  return { status: response.status, headers: response.headers, data: data as T };
}

/** A retry-after header as a sentence fragment. */
export function retryAfterText(headers: Headers): string {
  const value = headers.get('retry-after');
  return value && /^\d{1,6}$/.test(value.trim()) ? `; retry after ${value.trim()} seconds` : '';
}

/** Generic status explanations, used by every provider after its own codes. */
export function explainStatus(provider: string, status: number, headers: Headers, what: string, providerMessage?: string, forbiddenHint = ''): ExplainedApiError {
  if (status === 401) return explained('unauthorized', `${provider} rejected the token while ${what} (401): it is wrong, expired or revoked.`, status, providerMessage);
  if (status === 429) return explained('rate-limited', `${provider}'s rate limit stopped ${what} (429)${retryAfterText(headers)}.`, status, providerMessage);
  if (status === 403) return explained('forbidden', `The token may not do this: ${what} was refused (403).${forbiddenHint ? ` ${forbiddenHint}` : ''}`, status, providerMessage);
  if (status === 404) return explained('not-found', `Nothing was found while ${what} (404).`, status, providerMessage);
  if (status >= 500) return explained('server', `${provider} answered ${status} while ${what}; try again later.`, status, providerMessage);
  return explained('other', `${provider} answered ${status} while ${what}.`, status, providerMessage);
}
