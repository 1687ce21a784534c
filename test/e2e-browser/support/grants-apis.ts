/**
 * The providers' APIs the grants audit calls, served over the e2e's loopback HTTPS server: Microsoft
 * Graph (graph-emulator.ts) as graph.microsoft.com, through the same Route functions the unit tests
 * run on test/emulators/loopback-server.ts.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EmulatedRequest } from '../../emulators/loopback-server.js';
import { randomOf } from '../../emulators/synthetic-tokens.js';
import { graphEmulator, type GraphEmulatorTokens } from './graph-emulator.js';

export const GRAPH_HOST = 'graph.microsoft.com';
const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';
const jwtLike = () => `eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.${randomOf(B64URL, 160)}.${randomOf(B64URL, 86)}`;

/** Synthetic Graph tokens, random per run. */
export const GRAPH_TOKENS: GraphEmulatorTokens = { good: jwtLike(), limited: jwtLike(), leaky: jwtLike() };

const graph = graphEmulator(GRAPH_TOKENS, () => `https://${GRAPH_HOST}`);

/** Every Graph request the browser made: method, path and Authorization header. */
export const graphCalls: EmulatedRequest[] = [];

/** Answers a request to an emulated API host; false when the host is not one. */
export function serveGrantsApi(host: string, req: IncomingMessage, res: ServerResponse, body: string): boolean {
  if (host !== GRAPH_HOST) return false;
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  const request: EmulatedRequest = { method: req.method ?? 'GET', url: req.url ?? '/', headers, body };
  graphCalls.push(request);
  void Promise.resolve(graph(request)).then((reply) => {
    const answer = reply ?? { status: 404, body: { error: { code: 'NotFound', message: 'not emulated' } } };
    res.writeHead(answer.status, { 'content-type': 'application/json; charset=utf-8', ...answer.headers });
    res.end(typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body ?? {}));
  });
  return true;
}
