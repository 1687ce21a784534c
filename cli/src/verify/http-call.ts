/**
 * The CLI's `ApiCall`: one HTTPS request to one of the spec's own hosts, nothing else. Redirects are
 * never followed (a 3xx rejects, so the spec reports `unknown`), every request has a timeout, replies
 * are bounded in size, and plain http is used only for a loopback base from SECRET_HYGIENE_API_BASE
 * (validated by core's parseApiBaseOverrides). Errors name the provider and what failed, never a
 * header or a body (the credential travels in those).
 */
import type { IncomingMessage } from 'node:http';
import { createRequire } from 'node:module';
import type { ApiCall, ApiRequest, ApiResponse, VerifierSpec } from '@secret-hygiene/core';

/**
 * node:http and node:https are loaded on the first request, not with the CLI: a scan that never goes
 * online skips them, and the pre-commit hook's startup snapshot (cli/src/staged-entry.ts) could not be
 * built with them (Node 20's snapshot builder fails evaluating node:http).
 */
// Resolved when called, not at load: a CommonJS bundle (the VS Code extension imports this module) has
// its own `require`; the CLI's ESM bundles define `require` in their banner. Otherwise a require made
// anywhere loads a built-in (no import.meta, which CommonJS bundles lack).
function loadBuiltin(id: string): unknown {
  return typeof require === 'function' ? require(id) : createRequire('file:///')(id);
}
function requestFor(protocol: string): typeof import('node:http').request {
  return protocol === 'https:' ? (loadBuiltin('node:https') as typeof import('node:https')).request : (loadBuiltin('node:http') as typeof import('node:http')).request;
}

/** Largest reply read; the documented answers are a few kilobytes. */
const MAX_REPLY_BYTES = 1024 * 1024;

export class ApiCallError extends Error {
  override readonly name = 'ApiCallError' as const;
}

export interface HttpCallOptions {
  timeoutMs: number;
  /** The loopback base replacing every host of this provider (tests only), already validated. */
  base?: string;
  userAgent: string;
}

function headersOf(res: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(res.headers)) if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  return headers;
}

/** The URL a request goes to: the spec's host (or its loopback override) and the request's path. */
export function targetUrl(spec: VerifierSpec, request: ApiRequest, base?: string): URL {
  const host = request.host ?? spec.hosts[0];
  if (!host || !spec.hosts.includes(host)) throw new ApiCallError(`${spec.name}: ${host ?? 'no host'} is not one of this provider's API hosts`);
  if (!request.path.startsWith('/') || request.path.startsWith('//')) throw new ApiCallError(`${spec.name}: a request path must start with a single /`);
  const url = new URL(`${base ?? host}${request.path}`);
  if (!base && url.protocol !== 'https:') throw new ApiCallError(`${spec.name}: only HTTPS is used`);
  return url;
}

export function httpCall(spec: VerifierSpec, options: HttpCallOptions): ApiCall {
  return (request: ApiRequest) =>
    new Promise<ApiResponse>((resolve, reject) => {
      let url: URL;
      try {
        url = targetUrl(spec, request, options.base);
      } catch (error) {
        reject(error);
        return;
      }
      const send = requestFor(url.protocol);
      const headers: Record<string, string> = { 'user-agent': options.userAgent, ...request.headers };
      if (request.body !== undefined) headers['content-length'] = String(Buffer.byteLength(request.body));
      const outgoing = send(url, { method: request.method, headers, timeout: options.timeoutMs, agent: false }, (res) => {
        const status = res.statusCode ?? 0;
        if (status >= 300 && status < 400) {
          res.resume();
          outgoing.destroy();
          reject(new ApiCallError(`redirect (HTTP ${status}) not followed`));
          return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > MAX_REPLY_BYTES) {
            outgoing.destroy(new ApiCallError(`reply larger than ${MAX_REPLY_BYTES} bytes`));
            return;
          }
          chunks.push(chunk);
        });
        res.on('end', () => resolve({ status, headers: headersOf(res), body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', () => reject(new ApiCallError('connection lost while reading the reply')));
      });
      outgoing.on('timeout', () => outgoing.destroy(new ApiCallError(`timed out after ${(options.timeoutMs / 1000).toFixed(1)} s`)));
      outgoing.on('error', (error: NodeJS.ErrnoException) => {
        // Only the kind of failure: a socket error names host and port, never headers.
        reject(error instanceof ApiCallError ? error : new ApiCallError(error.code ? `network error ${error.code}` : 'network error'));
      });
      outgoing.end(request.body);
    });
}
