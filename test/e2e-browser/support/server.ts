/**
 * One loopback HTTPS server standing in for the real hosts the browser is pointed at: providers'
 * consent pages (with hostile page CSS), the GitHub REST API emulator, and an audit-event collector.
 */
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Certificate } from './tls.js';
import { githubEmulator, type GitHubCall } from './github-emulator.js';
import { serveConsentVariant } from './consent-pages.js';
import { serveGrantsApi } from './grants-apis.js';

export const COLLECTOR_HOST = 'audit.collector.test';
export const GITHUB_API_HOST = 'api.github.com';

export interface CollectedBatch {
  at: number;
  status: number;
  body: string;
}

export interface E2EServer {
  port: number;
  /** Every POST the collector received, including the refused first one. */
  batches: CollectedBatch[];
  githubCalls: GitHubCall[];
  /** Every request, as host + path (to prove the browser really reached "the provider"). */
  requests: { host: string; path: string }[];
  close(): Promise<void>;
}

/** Consent pages: an app name in the heading, an Allow button, and CSS that would wreck an unshielded banner. */
function consentPage(res: ServerResponse, host: string, app: string): void {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "default-src 'self'; style-src 'unsafe-inline'" });
  res.end(`<!doctype html><html><head><meta charset="utf-8"><title>${app} wants to access your account</title>
<style>* { color: rgb(255, 0, 0) !important; font-family: serif !important; } section, ul, li, details { display: inline !important; border: 0 !important; }</style></head>
<body><h1>${app} wants to access your account</h1><p>Consent page served for ${host}.</p><form><button id="allow" type="button">Allow</button></form></body></html>`);
}

const APPS: Record<string, string> = {
  'accounts.google.com': 'Drive Sync Pro',
  'github.com': 'Acme CI',
  'login.microsoftonline.com': 'Contoso Mailer',
  'slack.com': 'Standup Bot',
  'auth.atlassian.com': 'Jira Reporter',
  'www.dropbox.com': 'Backup Buddy',
};

function collector(batches: CollectedBatch[]) {
  let posts = 0;
  return (req: IncomingMessage, res: ServerResponse, body: string): void => {
    const cors = { 'access-control-allow-origin': '*', 'access-control-allow-headers': 'content-type', 'access-control-allow-methods': 'POST' };
    if (req.method === 'OPTIONS') {
      res.writeHead(204, cors);
      return void res.end();
    }
    if (req.method !== 'POST' || !req.url?.startsWith('/events')) {
      res.writeHead(404, cors);
      return void res.end();
    }
    // The first delivery fails as an overloaded collector would, so the retry path runs every time.
    const status = posts++ === 0 ? 503 : 204;
    batches.push({ at: Date.now(), status, body });
    res.writeHead(status, { ...cors, ...(status === 503 ? { 'retry-after': '1' } : {}) });
    res.end();
  };
}

export async function startServer(certificate: Certificate, port = 0): Promise<E2EServer> {
  const batches: CollectedBatch[] = [];
  const githubCalls: GitHubCall[] = [];
  const requests: E2EServer['requests'] = [];
  const github = githubEmulator(githubCalls);
  const collect = collector(batches);
  const server: Server = createServer({ key: certificate.key, cert: certificate.cert }, (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const url = new URL(req.url ?? '/', `https://${host}`);
    requests.push({ host, path: url.pathname });
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      if (host === GITHUB_API_HOST) return github(req, res);
      if (host === COLLECTOR_HOST) return collect(req, res, Buffer.concat(chunks).toString('utf8'));
      if (serveGrantsApi(host, req, res, Buffer.concat(chunks).toString('utf8')) || serveConsentVariant(host, url, res)) return;
      // Google moves the request off the URL during sign-in: the consent page has no OAuth parameters.
      if (host === 'accounts.google.com' && url.pathname === '/o/oauth2/v2/auth') {
        res.writeHead(302, { location: '/signin/oauth/consent?authuser=0&part=AJi8hAM&flowName=GeneralOAuthFlow' });
        return void res.end();
      }
      if (url.pathname === '/favicon.ico') {
        res.writeHead(404);
        return void res.end();
      }
      consentPage(res, host, APPS[host] ?? 'Example App');
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return {
    port: (server.address() as AddressInfo).port,
    batches,
    githubCalls,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
