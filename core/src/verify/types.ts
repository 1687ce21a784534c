/**
 * Token verification as data and pure functions: what each provider's least intrusive read-only
 * endpoint is, how to ask it, and what its answer means. Core never opens a socket: the host (CLI,
 * VS Code) passes a `call` function that performs one HTTPS request against the provider's official
 * host (or, in tests only, a loopback emulator named by SECRET_HYGIENE_API_BASE) and returns the reply.
 */

export type VerificationStatus = 'live' | 'invalid' | 'unknown';

/** What the provider said about one credential. Attached to a Finding as `verification`. */
export interface Verification {
  status: VerificationStatus;
  /** ISO time of the check. */
  checkedAt: string;
  /** Who the credential acts as (login, account id, workspace/user, key name), as the provider reports it. */
  identity?: string;
  /** What the provider calls this credential (`fine-grained PAT`, `restricted key`, `bot token`). */
  kind?: string;
  /** Scopes or permissions the credential holds, in the provider's spelling. */
  scopes?: string[];
  /** ISO expiry; `null` = the provider says it never expires; absent = not reported. */
  expiresAt?: string | null;
  /** Why the status is `unknown` (rate limited, 5xx, timeout, unexpected reply), never containing the secret. */
  error?: string;
  /**
   * The held scopes rated with the scope catalog, and the narrower credential that would do (added by
   * the host with `assessHeldScopes`, not by a spec).
   */
  overScope?: HeldScopes;
}

/** What a live credential can do, rated: the worst risk of its scopes and what to use instead. */
export interface HeldScopes {
  /** Worst risk among the held scopes; `critical` for a credential with full account access. */
  risk: 'critical' | 'high' | 'medium' | 'low';
  /** Each held scope that is rated medium or above, with why. */
  scopes: { scope: string; risk: 'critical' | 'high' | 'medium' | 'low'; reason: string }[];
  /** The credential can do everything its account can (no scopes to narrow it: a secret key, an admin key). */
  fullAccess?: boolean;
  /** The narrower credential that would do, when there is one. */
  narrower?: string;
}

/** One HTTP request, described; the host resolves `host` against the provider's allowed hosts. */
export interface ApiRequest {
  method: 'GET' | 'POST' | 'DELETE';
  /** One of the spec's `hosts` (`https://api.github.com`); the first when absent. */
  host?: string;
  /** Path and query, starting with `/`. */
  path: string;
  headers: Record<string, string>;
  body?: string;
}

/** The provider's reply; header names lowercase. */
export interface ApiResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Performs one request; rejects (with an error free of secrets) on network failure or timeout. */
export type ApiCall = (request: ApiRequest) => Promise<ApiResponse>;

/** The credential to check: the finding's secret, plus paired values found beside it. */
export interface Credential {
  /** The ruleId of the finding the secret came from. */
  ruleId: string;
  secret: string;
  /**
   * Values a provider needs besides the secret, by companion name (`accessKeyId` for an AWS secret
   * key, `accountSid` for a Twilio auth token), taken from findings of the named rules in the same file.
   */
  companions: Record<string, string>;
  now: Date;
}

export interface RevocationOutcome {
  status: 'revoked' | 'already-invalid' | 'failed';
  /** One sentence for the user (never the secret). */
  message: string;
}

/** One provider's verification (and, where the provider allows it with the credential alone, revocation). */
export interface VerifierSpec {
  /** Provider id, as used by SECRET_HYGIENE_API_BASE (`github`, `aws`, `google`). Lowercase kebab. */
  id: string;
  /** Display name. */
  name: string;
  /** Rule ids whose findings this spec checks. */
  ruleIds: readonly string[];
  /** Official API origins (`https://api.github.com`), HTTPS only; the first is the default. */
  hosts: readonly string[];
  /** Documentation of each endpoint used (cited for review). */
  docs: readonly string[];
  /** Companion values this provider needs, and which rules' findings provide them. */
  companions?: readonly { name: string; ruleIds: readonly string[]; required: boolean }[];
  /**
   * Checks the credential with read-only calls. Never throws for provider answers: 401/403 map to
   * `invalid` (or `live` with an error for "valid but forbidden"), 429/5xx/timeouts to `unknown`.
   */
  verify(credential: Credential, call: ApiCall): Promise<Omit<Verification, 'checkedAt'>>;
  /** Revokes the credential using only the credential, when the provider documents a way. */
  revoke?(credential: Credential, call: ApiCall): Promise<RevocationOutcome>;
}
