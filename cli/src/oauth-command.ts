import { parseArgs } from 'node:util';
import { formatAuthorizationRequestJson, parseAuthorizationRequest, type AuthorizationRequest } from '@secret-hygiene/core';
import { UsageError } from './errors.js';
import { escapeForTerminal } from './output/escape.js';
import { maskUrl, maskUrlsIn } from './output/mask-url.js';

export const OAUTH_HELP = `Usage:
  secret-hygiene oauth URL [--format text|json]

Rates an OAuth 2.0 / OpenID Connect authorization URL (the address of a consent screen): every requested
scope with its risk, what it grants and a narrower alternative, whether the grant outlives the session
(refresh tokens) and what the flow itself says (admin consent, bot permissions, implicit grant, no PKCE,
forced re-consent, redirect targets), each with its risk and id.

Options (oauth):
  -f, --format text|json         output format (default text); json prints
                                 {"provider","clientId","scopes":[{"scope","risk","reason","narrower"?}],"risk",...}

Exit codes: 0 overall risk low or medium, 1 overall risk high or critical,
            2 error (not an authorization URL, bad flag; message on stderr).
`;

type OauthFormat = 'text' | 'json';

function parseOauthArgs(argv: string[]): { url: string; format: OauthFormat } {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { format: { type: 'string', short: 'f', default: 'text' } } });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const format = parsed.values.format!;
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format: expected text or json, got "${format}"`);
  if (parsed.positionals.length !== 1) {
    throw new UsageError(`oauth: expected exactly one authorization URL, got ${parsed.positionals.length} (try: secret-hygiene oauth --help)`);
  }
  return { url: parsed.positionals[0]!, format };
}

function formatText(request: AuthorizationRequest): string {
  const lines = [
    `Provider:      ${request.providerName} (${request.provider}${request.generic ? ', recognised by its OAuth parameters' : ''})`,
    `Client ID:     ${request.clientId ?? '(none)'}`,
    `Redirect URI:  ${request.redirectUri ?? '(none)'}`,
  ];
  if (request.responseType) lines.push(`Response type: ${request.responseType}`);
  lines.push('', request.scopes.length ? 'Scopes:' : 'Scopes: none in the URL');
  const width = Math.min(48, Math.max(0, ...request.scopes.map((s) => s.scope.length)));
  for (const scope of request.scopes) {
    const who = scope.userToken ? ' [user token]' : '';
    lines.push(`  ${scope.risk.padEnd(8)} ${scope.scope.padEnd(width)}${who}  ${scope.reason}`);
    if (scope.narrower) lines.push(`  ${''.padEnd(8)} ${''.padEnd(width)}  narrower: ${scope.narrower}`);
  }
  if (request.longLivedSignals.length) lines.push('', 'Long-lived grant:', ...request.longLivedSignals.map((s) => `  - ${s}`));
  // Each flow finding: its sentence, then its risk and id (policy and scripts key on the id).
  if (request.flows.length) lines.push('', 'Flow warnings:', ...request.flows.map((f) => `  - ${f.message} [${f.risk}: ${f.id}]`));
  if (request.notes.length) lines.push('', 'Notes:', ...request.notes.map((s) => `  - ${s}`));
  lines.push('', `Overall risk: ${request.risk}`);
  // Values come from the URL (client id, redirect URI, scopes): none may drive the terminal.
  return `${lines.map(escapeForTerminal).join('\n')}\n`;
}

/** `secret-hygiene oauth URL [--format text|json]`: exit 1 when the overall risk is high or critical. */
export function runOauth(argv: string[]): { stdout: string; exitCode: 0 | 1 | 2 } {
  if (argv.includes('--help') || argv.includes('-h')) return { stdout: OAUTH_HELP, exitCode: 0 };
  const { url, format } = parseOauthArgs(argv);
  const request = parseAuthorizationRequest(url);
  if (!request) {
    throw new UsageError(`oauth: not an OAuth authorization URL (expected a known provider's authorize endpoint, or client_id, response_type and redirect_uri parameters): ${escapeForTerminal(maskUrl(url.slice(0, 200)))}`);
  }
  // redirect_uri may carry a token or a password: printed with userinfo and query values masked.
  const stdout = maskUrlsIn(format === 'json' ? formatAuthorizationRequestJson(request) : formatText(request));
  return { stdout, exitCode: request.risk === 'high' || request.risk === 'critical' ? 1 : 0 };
}
