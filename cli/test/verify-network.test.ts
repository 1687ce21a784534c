/** The CLI's network layer for verification: the host allowlist, redirects, timeouts, lanes and Retry-After. */
import assert from 'node:assert/strict';
import type { ApiRequest, ApiResponse, VerifierSpec } from '@secret-hygiene/core';
import { startLoopbackServer, type LoopbackServer } from '../../test/emulators/loopback-server.js';
import { httpCall, targetUrl } from '../src/verify/http-call.js';
import { RequestScheduler, retryAfterMs } from '../src/verify/scheduler.js';

const spec: VerifierSpec = {
  id: 'example',
  name: 'Example',
  ruleIds: [],
  hosts: ['https://api.example.com', 'https://auth.example.com'],
  docs: ['https://example.com/docs'],
  verify: async () => ({ status: 'unknown' }),
};
const get = (path: string, host?: string): ApiRequest => ({ method: 'GET', path, headers: {}, ...(host ? { host } : {}) });

describe('verification: the HTTP call', () => {
  let server: LoopbackServer;
  before(async () => {
    server = await startLoopbackServer((request) => {
      if (request.url === '/redirect') return { status: 301, headers: { location: 'https://elsewhere.example/' } };
      if (request.url === '/slow') return { status: 200, body: {}, delayMs: 2000 };
      return { status: 200, body: { ok: true, ua: request.headers['user-agent'] } };
    });
  });
  after(() => server.close());

  it('only the spec\'s hosts, over HTTPS, unless a loopback base is given', () => {
    assert.equal(targetUrl(spec, get('/v1/me')).href, 'https://api.example.com/v1/me');
    assert.equal(targetUrl(spec, get('/token', 'https://auth.example.com')).href, 'https://auth.example.com/token');
    assert.throws(() => targetUrl(spec, get('/x', 'https://evil.example')), /not one of this provider's API hosts/);
    assert.throws(() => targetUrl(spec, get('//evil.example/x')), /single \//);
    assert.equal(targetUrl(spec, get('/token', 'https://auth.example.com'), 'http://127.0.0.1:9').href, 'http://127.0.0.1:9/token');
  });

  it('answers with status, lowercase headers and body; sends a User-Agent', async () => {
    const response = await httpCall(spec, { timeoutMs: 1000, base: server.baseUrl, userAgent: 'secret-hygiene/test' })(get('/ok'));
    assert.equal(response.status, 200);
    assert.match(response.headers['content-type']!, /json/);
    assert.equal(JSON.parse(response.body).ua, 'secret-hygiene/test');
  });

  it('a redirect rejects (never followed); a slow reply times out', async () => {
    const call = httpCall(spec, { timeoutMs: 200, base: server.baseUrl, userAgent: 'x' });
    await assert.rejects(call(get('/redirect')), /redirect \(HTTP 301\) not followed/);
    await assert.rejects(call(get('/slow')), /timed out after 0\.2 s/);
  });
});

describe('verification: the scheduler', () => {
  const ok: ApiResponse = { status: 200, headers: {}, body: '' };
  const limited = (retryAfter?: string): ApiResponse => ({ status: 429, headers: retryAfter === undefined ? {} : { 'retry-after': retryAfter }, body: '' });

  it('reads Retry-After as seconds or an HTTP date', () => {
    assert.equal(retryAfterMs('3', 0), 3000);
    assert.equal(retryAfterMs(new Date(10_000).toUTCString(), 4000), 6000);
    assert.equal(retryAfterMs('soon', 0), undefined);
  });

  it('waits out a 429 per Retry-After and retries, holding only that provider\'s lane', async () => {
    const slept: number[] = [];
    const scheduler = new RequestScheduler({ concurrency: 4, maxWaitMs: 10_000, retries: 3, sleep: async (ms) => void slept.push(ms) });
    const answers = [limited('2'), ok];
    const response = await scheduler.forProvider('a', async () => answers.shift()!)(get('/'));
    assert.equal(response.status, 200);
    assert.deepEqual(slept, [2000]);
    assert.deepEqual([scheduler.stats.requests, scheduler.stats.rateLimited], [2, 1]);
  });

  it('gives the 429 back when the wait would pass the bound (the spec reports unknown)', async () => {
    const slept: number[] = [];
    const scheduler = new RequestScheduler({ concurrency: 4, maxWaitMs: 5000, retries: 3, sleep: async (ms) => void slept.push(ms) });
    const response = await scheduler.forProvider('a', async () => limited('60'))(get('/'));
    assert.equal(response.status, 429);
    assert.deepEqual(slept, []);
  });

  it('one request at a time per provider, several providers at once, never more than the bound', async () => {
    const scheduler = new RequestScheduler({ concurrency: 2, maxWaitMs: 0, retries: 0 });
    let inFlight = 0;
    let most = 0;
    const perProvider = new Map<string, number>();
    let overlap = 0;
    const call = (provider: string) => async () => {
      inFlight++;
      most = Math.max(most, inFlight);
      const mine = (perProvider.get(provider) ?? 0) + 1;
      if (mine > 1) overlap++;
      perProvider.set(provider, mine);
      await new Promise((resolve) => setTimeout(resolve, 5));
      perProvider.set(provider, mine - 1);
      inFlight--;
      return ok;
    };
    const lanes = ['a', 'b', 'c'].map((p) => scheduler.forProvider(p, call(p)));
    await Promise.all(Array.from({ length: 30 }, (_, i) => lanes[i % 3]!(get('/'))));
    assert.equal(overlap, 0);
    assert.equal(most, 2);
  });
});
