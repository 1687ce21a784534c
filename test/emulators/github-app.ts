/**
 * GitHub App installation tokens, emulated as GitHub documents them, for the JIT broker's
 * `github-app://` references:
 * - POST /app/installations/{id}/access_tokens, authenticated with the App's JWT: RS256 verified with
 *   the App's public key; `iss` the App id, `iat` not in the future (60 s of drift), `exp` after now and
 *   at most 10 minutes ahead; body `permissions` each granted to the installation at that level or
 *   higher, `repositories` each accessible to it (422 otherwise); 201 with `token` and `expires_at` (1 h).
 *   https://docs.github.com/en/apps/creating-github-apps/authenticating-with-a-github-app/generating-a-json-web-token-jwt-for-a-github-app
 *   https://docs.github.com/en/rest/apps/apps#create-an-installation-access-token-for-an-app
 * - DELETE /installation/token, authenticated with the installation token: 204, recorded; 401 for a
 *   token it did not mint or already revoked. https://docs.github.com/en/rest/apps/installations#revoke-an-installation-access-token
 * Faults on demand: `failNext(status)` answers the next token request with that status.
 */
import { verify, type KeyObject } from 'node:crypto';
import { bearerToken, type EmulatedReply, type EmulatedRequest, type Route } from './loopback-server.js';
import { synthetic } from './synthetic-tokens.js';

const LEVELS = ['read', 'write', 'admin'];

export interface EmulatedInstallation {
  permissions: Record<string, 'read' | 'write' | 'admin'>;
  repositories: string[];
}

export interface GitHubAppEmulatorOptions {
  appId: string;
  publicKey: KeyObject;
  installations: Record<string, EmulatedInstallation>;
  /** Lifetime of minted tokens (GitHub: 60 minutes). */
  lifetimeMinutes?: number;
  now?: () => Date;
}

export interface MintedToken {
  token: string;
  installationId: string;
  permissions: Record<string, string>;
  repositories?: string[];
  expiresAt: string;
}

export interface GitHubAppEmulator {
  route: Route;
  minted: MintedToken[];
  /** Tokens revoked through DELETE /installation/token, in order. */
  revoked: string[];
  /** JWT claims of every accepted token request. */
  jwtClaims: Record<string, unknown>[];
  failNext(status: number, message?: string): void;
  /** Holds the next token answer this long (a slow GitHub, to interrupt the broker while it waits). */
  delayNext(ms: number): void;
}

const json = (status: number, body: unknown): EmulatedReply => ({ status, body });
const message = (status: number, text: string): EmulatedReply => json(status, { message: text, documentation_url: 'https://docs.github.com/rest', status: String(status) });

function decodePart(part: string): Record<string, unknown> | undefined {
  try {
    const value = JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as unknown;
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

export function githubAppEmulator(options: GitHubAppEmulatorOptions): GitHubAppEmulator {
  const minted: MintedToken[] = [];
  const revoked: string[] = [];
  const jwtClaims: Record<string, unknown>[] = [];
  const live = new Set<string>();
  let forced: { status: number; message: string } | undefined;
  let delay = 0;
  const now = () => options.now?.() ?? new Date();

  /** The JWT's claims when GitHub would accept it, else the 401 GitHub answers. */
  const checkJwt = (request: EmulatedRequest): Record<string, unknown> | EmulatedReply => {
    const jwt = bearerToken(request);
    const parts = jwt?.split('.');
    if (!jwt || parts?.length !== 3) return message(401, 'A JSON web token could not be decoded');
    const [header, payload, signature] = parts as [string, string, string];
    const head = decodePart(header);
    const claims = decodePart(payload);
    if (!head || !claims || head.alg !== 'RS256') return message(401, 'A JSON web token could not be decoded');
    if (!verify('RSA-SHA256', Buffer.from(`${header}.${payload}`), options.publicKey, Buffer.from(signature, 'base64url'))) {
      return message(401, 'A JSON web token could not be decoded');
    }
    const seconds = Math.floor(now().getTime() / 1000);
    if (String(claims.iss) !== options.appId) return message(401, "'Issuer' claim ('iss') must be an Integer");
    if (typeof claims.iat !== 'number' || claims.iat > seconds + 60) return message(401, "'Issued at' claim ('iat') must be an Integer representing a time in the past");
    if (typeof claims.exp !== 'number' || claims.exp <= seconds) return message(401, "'Expiration time' claim ('exp') must be a numeric value representing the future time at which the assertion expires");
    if (claims.exp > seconds + 600) return message(401, "'Expiration time' claim ('exp') is too far in the future");
    return claims;
  };

  const mint = (request: EmulatedRequest, installationId: string): EmulatedReply => {
    const claims = checkJwt(request);
    if ('status' in claims && typeof claims.status === 'number') return claims as EmulatedReply;
    if (forced) {
      const { status, message: text } = forced;
      forced = undefined;
      return message(status, text);
    }
    const installation = options.installations[installationId];
    if (!installation) return message(404, 'Not Found');
    let body: { permissions?: Record<string, string>; repositories?: string[] };
    try {
      body = request.body ? (JSON.parse(request.body) as typeof body) : {};
    } catch {
      return message(400, 'Problems parsing JSON');
    }
    const permissions = body.permissions ?? installation.permissions;
    for (const [name, level] of Object.entries(permissions)) {
      const granted = installation.permissions[name];
      if (!LEVELS.includes(level) || granted === undefined || LEVELS.indexOf(level) > LEVELS.indexOf(granted)) {
        return message(422, 'The permissions requested are not granted to this installation.');
      }
    }
    if (body.repositories?.some((name) => !installation.repositories.includes(name))) {
      return message(422, 'There is at least one repository that does not exist or is not accessible to the parent installation.');
    }
    jwtClaims.push(claims as Record<string, unknown>);
    const token = synthetic.githubInstallation();
    const expiresAt = new Date(now().getTime() + (options.lifetimeMinutes ?? 60) * 60_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
    minted.push({ token, installationId, permissions, ...(body.repositories ? { repositories: body.repositories } : {}), expiresAt });
    live.add(token);
    const delayMs = delay;
    delay = 0;
    return { ...(delayMs ? { delayMs } : {}), ...json(201, {
      token,
      expires_at: expiresAt,
      permissions,
      repository_selection: body.repositories ? 'selected' : 'all',
      ...(body.repositories ? { repositories: body.repositories.map((name, id) => ({ id: id + 1, name })) } : {}),
    }) };
  };

  const route: Route = (request) => {
    const path = request.url.split('?')[0]!;
    const tokenRequest = /^\/app\/installations\/(\d+)\/access_tokens$/.exec(path);
    if (tokenRequest && request.method === 'POST') return mint(request, tokenRequest[1]!);
    if (path === '/installation/token' && request.method === 'DELETE') {
      const token = bearerToken(request);
      if (!token || !live.has(token)) return message(401, 'Bad credentials');
      live.delete(token);
      revoked.push(token);
      return { status: 204 };
    }
    return undefined;
  };

  return {
    route,
    minted,
    revoked,
    jwtClaims,
    failNext(status, text = status >= 500 ? 'Server Error' : status === 403 ? 'Resource not accessible by integration' : 'Validation Failed') {
      forced = { status, message: text };
    },
    delayNext(ms) {
      delay = ms;
    },
  };
}
