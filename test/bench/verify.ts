/**
 * `scan --verify` at scale (issue 14): 100 secret findings across the nine group-A providers, verified
 * by the CLI against loopback emulators that enforce a rate limit of their own (10 requests a second
 * per provider, then 429 with Retry-After until the window ends). Reported: wall time of the whole
 * process, requests sent, 429s received, and whether every limit was honoured — no request to a
 * provider inside a Retry-After window it was given, never two requests in flight to one provider.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { anthropicEmulator, type AnthropicKey } from '../emulators/anthropic.js';
import { githubEmulator, type GitHubToken } from '../emulators/github.js';
import { gitlabEmulator, type GitLabToken } from '../emulators/gitlab.js';
import { googleEmulator, type GoogleApiKey } from '../emulators/google.js';
import { huggingfaceEmulator, type HuggingFaceToken } from '../emulators/huggingface.js';
import { startLoopbackServer, type EmulatedRequest, type LoopbackServer, type Route } from '../emulators/loopback-server.js';
import { npmEmulator, type NpmToken } from '../emulators/npm.js';
import { openaiEmulator, type OpenAIKey } from '../emulators/openai.js';
import { slackEmulator, type SlackToken } from '../emulators/slack.js';
import { stripeEmulator, type StripeKey } from '../emulators/stripe.js';
import { synthetic } from '../emulators/synthetic-tokens.js';

const FINDINGS = 100;
const PER_SECOND = 10;

interface LimitLog {
  requests: number;
  limited: number;
  /** Requests that arrived while a Retry-After given to this provider had not yet run out. */
  early: number;
  maxInFlight: number;
}

/** A provider's limit: PER_SECOND requests per one-second window, then 429 + Retry-After to the window's end. */
function limited(route: Route, log: LimitLog): Route {
  let windowStart = 0;
  let count = 0;
  let blockedUntil = 0;
  let inFlight = 0;
  return async (request: EmulatedRequest) => {
    const now = Date.now();
    log.requests++;
    if (now < blockedUntil - 20) log.early++;
    if (now - windowStart >= 1000) {
      windowStart = now;
      count = 0;
    }
    if (++count > PER_SECOND) {
      log.limited++;
      const seconds = Math.max(1, Math.ceil((windowStart + 1000 - now) / 1000));
      blockedUntil = now + seconds * 1000;
      return { status: 429, headers: { 'retry-after': String(seconds) }, body: { message: 'rate limited' } };
    }
    inFlight++;
    log.maxInFlight = Math.max(log.maxInFlight, inFlight);
    try {
      return await route(request);
    } finally {
      inFlight--;
    }
  };
}

function run(cli: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<{ status: number | null; stdout: string; stderr: string; seconds: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd, env: { ...process.env, NO_COLOR: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    const guard = setTimeout(() => child.kill('SIGKILL'), 120_000);
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(guard);
      resolve({ status, stdout, stderr, seconds: (performance.now() - started) / 1000 });
    });
  });
}

export async function verifyBenchLine(cli: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'sh-bench-verify-'));
  const servers: Record<string, LoopbackServer> = {};
  const logs: Record<string, LimitLog> = {};
  try {
    const maps = {
      github: new Map<string, GitHubToken>(),
      gitlab: new Map<string, GitLabToken>(),
      slack: new Map<string, SlackToken>(),
      npm: new Map<string, NpmToken>(),
      huggingface: new Map<string, HuggingFaceToken>(),
      openai: new Map<string, OpenAIKey>(),
      anthropic: new Map<string, AnthropicKey>(),
      stripe: new Map<string, StripeKey>(),
      google: new Map<string, GoogleApiKey>(),
    };
    const mint: Record<keyof typeof maps, () => string> = {
      github: () => (maps.github.set((t = synthetic.githubClassic()), { login: 'bench', scopes: ['repo'] }), t),
      gitlab: () => (maps.gitlab.set((t = synthetic.gitlab()), { id: 1, name: 'bench', userId: 1, scopes: ['api'], expiresAt: null }), t),
      slack: () => (maps.slack.set((t = synthetic.slackBot()), { team: 'bench', user: 'bot', scopes: ['chat:write'] }), t),
      npm: () => (maps.npm.set((t = synthetic.npm()), { username: 'bench' }), t),
      huggingface: () => (maps.huggingface.set((t = synthetic.huggingface()), { name: 'bench', role: 'write' }), t),
      openai: () => (maps.openai.set((t = synthetic.openaiProject()), { organization: 'org-bench' }), t),
      anthropic: () => (maps.anthropic.set((t = synthetic.anthropic()), { organization: 'Bench' }), t),
      stripe: () => (maps.stripe.set((t = synthetic.stripeLive()), { account: 'acct_bench' }), t),
      google: () => (maps.google.set((t = synthetic.googleApiKey()), {}), t),
    };
    let t = '';
    const routes: Record<keyof typeof maps, Route> = {
      github: githubEmulator(maps.github),
      gitlab: gitlabEmulator(maps.gitlab),
      slack: slackEmulator(maps.slack),
      npm: npmEmulator(maps.npm),
      huggingface: huggingfaceEmulator(maps.huggingface),
      openai: openaiEmulator(maps.openai),
      anthropic: anthropicEmulator(maps.anthropic),
      stripe: stripeEmulator(maps.stripe),
      google: googleEmulator(maps.google, new Map()),
    };
    const providers = Object.keys(routes) as (keyof typeof maps)[];
    for (const id of providers) {
      logs[id] = { requests: 0, limited: 0, early: 0, maxInFlight: 0 };
      servers[id] = await startLoopbackServer(limited(routes[id], logs[id]!));
    }
    // 100 findings, one file per ten, the providers in turn.
    for (let file = 0; file < FINDINGS / 10; file++) {
      const lines = Array.from({ length: 10 }, (_, i) => {
        const id = providers[(file * 10 + i) % providers.length]!;
        return `${id.toUpperCase()}_TOKEN_${i}=${mint[id]()}`;
      });
      writeFileSync(join(dir, `service-${file}.env`), `${lines.join('\n')}\n`);
    }
    const apiBase = JSON.stringify(Object.fromEntries(providers.map((id) => [id, servers[id]!.baseUrl])));
    const env = { SECRET_HYGIENE_POLICY: 'none', XDG_CONFIG_HOME: join(dir, '.config'), SECRET_HYGIENE_API_BASE: apiBase };
    const plain = await run(cli, ['scan', '.', '--format', 'json'], dir, env);
    const result = await run(cli, ['verify', '.', '--format', 'json'], dir, env);
    const report = JSON.parse(result.stdout) as { findings: { verification?: { status: string } }[]; stats: { verification?: { requests: number; rateLimited: number; durationMs: number } } };
    const live = report.findings.filter((f) => f.verification?.status === 'live').length;
    const all = Object.values(logs);
    const sum = (pick: (l: LimitLog) => number) => all.reduce((n, l) => n + pick(l), 0);
    const honoured = sum((l) => l.early) === 0 && Math.max(...all.map((l) => l.maxInFlight)) <= 1;
    return (
      `- verify: ${report.findings.length} findings across ${providers.length} providers against rate-limited loopback emulators (${PER_SECOND}/s each): ` +
      `${result.seconds.toFixed(2)} s wall (scan alone ${plain.seconds.toFixed(2)} s; the verification phase ${((report.stats.verification?.durationMs ?? NaN) / 1000).toFixed(2)} s, of which ≥ 1 s is a Retry-After wait), ${live}/${report.findings.length} live, ` +
      `${sum((l) => l.requests)} requests, ${sum((l) => l.limited)} answered 429 and waited out; limits honoured: ${honoured ? 'yes' : 'NO'} ` +
      `(requests inside a Retry-After window: ${sum((l) => l.early)}, most in flight to one provider: ${Math.max(...all.map((l) => l.maxInFlight))}) (test/bench/verify.ts)`
    );
  } finally {
    await Promise.all(Object.values(servers).map((s) => s.close()));
    rmSync(dir, { recursive: true, force: true });
  }
}
