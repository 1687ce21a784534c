/**
 * GitHub API errors turned into sentences: the audit reports them per section and carries on.
 * Rate limits: https://docs.github.com/en/rest/using-the-rest-api/rate-limits-for-the-rest-api
 * (primary: 403/429 with `x-ratelimit-remaining: 0` and `x-ratelimit-reset`; secondary: 403/429 with
 * `retry-after` or a message naming the secondary rate limit). 404 is GitHub's answer for things the
 * token may not see: https://docs.github.com/en/rest/using-the-rest-api/troubleshooting-the-rest-api
 */
export interface ApiErrorLike {
  status?: number;
  message?: string;
  /** Response headers, lowercase names. */
  headers?: Record<string, string | number | undefined>;
  /** GitHub's JSON error body. */
  data?: { message?: string; documentation_url?: string } | unknown;
}

export type ApiErrorKind = 'unauthorized' | 'rate-limited' | 'secondary-rate-limit' | 'forbidden' | 'not-found' | 'network' | 'server' | 'other';

export interface ExplainedError {
  kind: ApiErrorKind;
  status?: number;
  /** One or two sentences for the report. */
  message: string;
  /** GitHub's own message, verbatim (never contains the token). */
  githubMessage?: string;
  /** When a rate limit resets (ISO). */
  resetAt?: string;
  documentationUrl?: string;
}

function header(error: ApiErrorLike, name: string): string | undefined {
  const value = error.headers?.[name];
  return value === undefined ? undefined : String(value);
}

/** `what` names the call in the sentence: "listing the installations of acme". */
export function explainGitHubError(error: ApiErrorLike, what: string): ExplainedError {
  const body = error.data && typeof error.data === 'object' ? (error.data as { message?: unknown; documentation_url?: unknown }) : {};
  const githubMessage = typeof body.message === 'string' ? body.message : undefined;
  const base = (kind: ApiErrorKind, message: string): ExplainedError => {
    const out: ExplainedError = { kind, message };
    if (error.status) out.status = error.status;
    if (githubMessage) out.githubMessage = githubMessage;
    if (typeof body.documentation_url === 'string') out.documentationUrl = body.documentation_url;
    return out;
  };
  const status = error.status;
  if (status === 401) return base('unauthorized', `GitHub rejected the token while ${what} (401): it is wrong, expired or revoked. Create a new one; nothing else was checked.`);
  if (status === 403 || status === 429) {
    const remaining = header(error, 'x-ratelimit-remaining');
    const reset = Number(header(error, 'x-ratelimit-reset'));
    if (remaining === '0') {
      const resetAt = Number.isFinite(reset) && reset > 0 ? new Date(reset * 1000).toISOString() : undefined;
      const out = base('rate-limited', `GitHub's API rate limit for this token is used up (${status}) while ${what}${resetAt ? `; it resets at ${resetAt}` : ''}. Run the audit again after that.`);
      if (resetAt) out.resetAt = resetAt;
      return out;
    }
    const retryAfter = header(error, 'retry-after');
    if (retryAfter || /secondary rate limit/i.test(githubMessage ?? '')) {
      return base('secondary-rate-limit', `GitHub's secondary rate limit stopped ${what} (${status})${retryAfter ? `; retry after ${retryAfter} seconds` : ''}.`);
    }
    return base('forbidden', `The token may not do this: ${what} was refused (${status}). It lacks the scope or permission, or an organisation policy (SSO, token restrictions) blocks it.`);
  }
  if (status === 404) return base('not-found', `Nothing visible to this token while ${what} (404). GitHub answers 404 instead of 403 for what a token cannot see: organisation installations need an organisation owner and the read:org scope.`);
  if (!status) return base('network', `GitHub could not be reached while ${what}: ${error.message ?? 'network error'}.`);
  if (status >= 500) return base('server', `GitHub answered ${status} while ${what}; try again later.`);
  return base('other', `GitHub answered ${status} while ${what}.`);
}
