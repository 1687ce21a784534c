/**
 * A loopback HTTP server for provider API emulators (token verification, revocation, the JIT broker's
 * GitHub App tokens). Each emulator is a route function that checks the request exactly as the real
 * API would (header names, signature, body) and answers as the provider documents it. Tests point the
 * CLI at it through SECRET_HYGIENE_API_BASE (`{"github": server.baseUrl}`).
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface EmulatedRequest {
  method: string;
  /** Path and query as received. */
  url: string;
  /** Lowercase header names. */
  headers: Record<string, string>;
  body: string;
}

export interface EmulatedReply {
  status: number;
  headers?: Record<string, string>;
  /** A string is sent as is; anything else as JSON. */
  body?: unknown;
  /** Hold the reply this long (to exercise the client's timeout). */
  delayMs?: number;
}

/** Answers one request, or `undefined` to pass it to the next route (404 when none answers). */
export type Route = (request: EmulatedRequest) => EmulatedReply | undefined | Promise<EmulatedReply | undefined>;

export interface LoopbackServer {
  /** `http://127.0.0.1:PORT` */
  baseUrl: string;
  /** Every request received, in order (tests assert what reached "the provider"). */
  requests: EmulatedRequest[];
  close(): Promise<void>;
}

function headersOf(req: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

export async function startLoopbackServer(...routes: Route[]): Promise<LoopbackServer> {
  const requests: EmulatedRequest[] = [];
  const pending = new Set<NodeJS.Timeout>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const request: EmulatedRequest = { method: req.method ?? 'GET', url: req.url ?? '/', headers: headersOf(req), body: Buffer.concat(chunks).toString('utf8') };
      requests.push(request);
      void (async () => {
        let reply: EmulatedReply | undefined;
        try {
          for (const route of routes) {
            reply = await route(request);
            if (reply) break;
          }
        } catch (error) {
          reply = { status: 500, body: { message: `emulator error: ${(error as Error).message}` } };
        }
        reply ??= { status: 404, body: { message: `no emulated endpoint for ${request.method} ${request.url}` } };
        const send = (): void => {
          const body = typeof reply!.body === 'string' ? reply!.body : reply!.body === undefined ? '' : JSON.stringify(reply!.body);
          const type = typeof reply!.body === 'string' || reply!.body === undefined ? 'text/plain' : 'application/json; charset=utf-8';
          if (res.destroyed) return;
          res.writeHead(reply!.status, { 'content-type': type, ...reply!.headers });
          res.end(body);
        };
        if (reply.delayMs) {
          const timer = setTimeout(() => {
            pending.delete(timer);
            send();
          }, reply.delayMs);
          pending.add(timer);
        } else send();
      })();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of pending) clearTimeout(timer);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** `Authorization: Bearer X` → X (undefined when absent or another scheme). */
export function bearerToken(request: EmulatedRequest): string | undefined {
  const match = /^Bearer (\S+)$/.exec(request.headers.authorization ?? '');
  return match?.[1];
}
