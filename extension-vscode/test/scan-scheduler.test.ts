import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { Scanner, builtinRules } from '../src/model/core.js';
import { nodeWorkerFactory } from '../src/node/scan-worker.js';
import { answer, runScanJob, withoutAccepted, type FromWorker, type ScanJob, type ToWorker } from '../src/model/scan-protocol.js';
import {
  CANCEL_AFTER_MS,
  INLINE_MAX_CHARS,
  INLINE_MAX_MS,
  ScanScheduler,
  type Clock,
  type ScanOutcome,
  type WorkerEvents,
  type WorkerFactory,
} from '../src/model/scan-scheduler.js';
import { githubClassicPat } from './support/tokens.js';

const scanner = new Scanner(builtinRules);
const CONFIG = { minSeverity: 'low', disabledRules: new Set<string>(), severityOverrides: {}, references: { provider: 'env' } } as const;
const job = (text: string): ScanJob => ({ text, path: '/workspace/src/app.ts', config: CONFIG });
const withToken = (seed: number) => job(`export const token = '${githubClassicPat(seed)}';\n`);
const large = (seed: number) => job(`${'// filler to make the document large\n'.repeat(Math.ceil(INLINE_MAX_CHARS / 37))}export const token = '${githubClassicPat(seed)}';\n`);

/** A clock the test moves by hand; timers fire when it passes their time. */
class FakeClock implements Clock {
  time = 0;
  private timers: { at: number; callback: () => void; handle: number }[] = [];
  private nextHandle = 1;
  now = () => this.time;
  setTimeout = (callback: () => void, ms: number) => {
    const handle = this.nextHandle++;
    this.timers.push({ at: this.time + ms, callback, handle });
    return handle;
  };
  clearTimeout = (handle: unknown) => {
    this.timers = this.timers.filter((t) => t.handle !== handle);
  };
  advance(ms: number): void {
    this.time += ms;
    for (const timer of this.timers.filter((t) => t.at <= this.time)) {
      this.timers = this.timers.filter((t) => t !== timer);
      timer.callback();
    }
  }
}

/** A worker the test drives: it answers with the real scan, when told to, and `ms` as the test says. */
class FakeWorker {
  posted: ToWorker[] = [];
  terminated = false;
  constructor(readonly events: WorkerEvents) {}
  ready(): void {
    this.events.message({ type: 'ready' });
  }
  answerNext(ms = 1): void {
    const request = this.posted.shift();
    assert.ok(request, 'the worker has a request to answer');
    const reply = answer(scanner, request, () => 0) as Extract<FromWorker, { type: 'result' }>;
    this.events.message({ ...reply, ms });
  }
}

function harness(options: { budgetMs?: number; factory?: 'ok' | 'throws' } = {}) {
  const clock = new FakeClock();
  const workers: FakeWorker[] = [];
  const createWorker: WorkerFactory = (events) => {
    if (options.factory === 'throws') throw new Error('no workers in this host');
    const worker = new FakeWorker(events);
    workers.push(worker);
    return { post: (message) => worker.posted.push(message), terminate: () => void (worker.terminated = true) };
  };
  let inline = 0;
  const scheduler = new ScanScheduler({
    createWorker,
    scanInline: (j) => {
      inline++;
      return runScanJob(scanner, j, clock.now);
    },
    budgetMs: () => options.budgetMs ?? 5000,
    clock,
  });
  return { scheduler, clock, workers, inlineScans: () => inline };
}

/** Lets resolved promises run. */
const settled = () => new Promise((resolve) => setImmediate(resolve));

function ruleIds(outcome: ScanOutcome): string[] {
  assert.equal(outcome.status, 'done', `the scan finished (${outcome.status})`);
  return (outcome as Extract<ScanOutcome, { status: 'done' }>).scan.findings.map((f) => f.ruleId);
}

describe('scan scheduler: routing', () => {
  it('sends a document never measured to the worker, then scans it inline once a scan of it measured fast', async () => {
    const { scheduler, workers, inlineScans } = harness();
    const first = scheduler.scan('a.ts', withToken(1));
    assert.equal(workers.length, 1, 'a worker started');
    workers[0]!.ready();
    assert.equal(workers[0]!.posted.length, 1, 'the scan went to the worker');
    workers[0]!.answerNext(INLINE_MAX_MS / 2);
    const outcome = await first;
    assert.deepEqual(ruleIds(outcome), ['github-classic-pat']);
    assert.equal((outcome as { route: string }).route, 'worker');

    assert.equal(scheduler.route('a.ts', 100), 'inline');
    const second = await scheduler.scan('a.ts', withToken(2));
    assert.deepEqual(ruleIds(second), ['github-classic-pat']);
    assert.equal((second as { route: string }).route, 'inline');
    assert.equal(inlineScans(), 1);
    assert.equal(workers[0]!.posted.length, 0, 'nothing more went to the worker');
  });

  it('sends large texts and documents whose last scan was slow to the worker', async () => {
    const { scheduler, workers } = harness();
    const first = scheduler.scan('a.ts', withToken(1));
    workers[0]!.ready();
    workers[0]!.answerNext(INLINE_MAX_MS);
    await first;
    assert.equal(scheduler.route('a.ts', 100), 'worker', `a last scan of ${INLINE_MAX_MS} ms is slow`);

    const fast = scheduler.scan('b.ts', withToken(2));
    workers[0]!.answerNext(0.5);
    await fast;
    assert.equal(scheduler.route('b.ts', INLINE_MAX_CHARS - 1), 'inline');
    assert.equal(scheduler.route('b.ts', INLINE_MAX_CHARS), 'worker', 'large, however fast it was');
    const big = scheduler.scan('b.ts', large(3));
    assert.equal(workers[0]!.posted.length, 1);
    workers[0]!.answerNext(0.5);
    assert.deepEqual(ruleIds(await big), ['github-classic-pat']);
  });

  it('scans inline when the host cannot start a worker, or the worker script never loads', async () => {
    const none = harness({ factory: 'throws' });
    assert.deepEqual(ruleIds(await none.scheduler.scan('a.ts', large(1))), ['github-classic-pat']);
    assert.equal(none.inlineScans(), 1);

    const broken = harness();
    const queued = broken.scheduler.scan('a.ts', withToken(2));
    broken.workers[0]!.events.failed('worker error');
    assert.deepEqual(ruleIds(await queued), ['github-classic-pat'], 'the queued scan ran inline');
    assert.equal(broken.scheduler.route('b.ts', INLINE_MAX_CHARS * 4), 'inline');
    await broken.scheduler.scan('b.ts', withToken(3));
    assert.equal(broken.workers.length, 1, 'no second attempt at a worker');
  });
});

describe('scan scheduler: cancellation on the next edit', () => {
  it('drops a queued scan of the same document without sending it', async () => {
    const { scheduler, workers } = harness();
    const older = scheduler.scan('a.ts', withToken(1));
    const newer = scheduler.scan('a.ts', withToken(2));
    assert.deepEqual(await older, { status: 'superseded' });
    workers[0]!.ready();
    assert.equal(workers[0]!.posted.length, 1, 'only the newer scan was sent');
    assert.ok(workers[0]!.posted[0]!.text.includes(githubClassicPat(2)));
    workers[0]!.answerNext();
    assert.deepEqual(ruleIds(await newer), ['github-classic-pat']);
  });

  it('ignores the answer of a scan superseded early, and lets the worker finish it', async () => {
    const { scheduler, workers, clock } = harness();
    const older = scheduler.scan('a.ts', large(1));
    workers[0]!.ready();
    clock.advance(CANCEL_AFTER_MS - 1);
    const newer = scheduler.scan('a.ts', large(2));
    assert.deepEqual(await older, { status: 'superseded' });
    assert.equal(workers[0]!.terminated, false);
    workers[0]!.answerNext(); // the stale answer
    assert.equal(workers[0]!.posted.length, 1, 'then the newer scan is sent');
    assert.ok(workers[0]!.posted[0]!.text.includes(githubClassicPat(2)));
    workers[0]!.answerNext();
    const outcome = await newer;
    assert.equal(outcome.status, 'done');
    assert.ok((outcome as Extract<ScanOutcome, { status: 'done' }>).scan.findings[0]!.redacted.startsWith('ghp_'));
  });

  it('terminates a worker still busy with a superseded scan after CANCEL_AFTER_MS and scans the new text in a fresh one', async () => {
    const { scheduler, workers, clock } = harness();
    const older = scheduler.scan('a.ts', large(1));
    workers[0]!.ready();
    clock.advance(CANCEL_AFTER_MS);
    const newer = scheduler.scan('a.ts', large(2));
    assert.deepEqual(await older, { status: 'superseded' });
    assert.equal(workers[0]!.terminated, true);
    assert.equal(workers.length, 2);
    workers[0]!.answerNext(); // a terminated worker's late answer changes nothing
    workers[1]!.ready();
    workers[1]!.answerNext();
    assert.deepEqual(ruleIds(await newer), ['github-classic-pat']);
    assert.equal(scheduler.workersStarted, 2);
  });

  it('still stops a superseded scan that then hangs, at its budget, and runs the newer one in a new worker', async () => {
    const { scheduler, workers, clock } = harness({ budgetMs: 1000 });
    const older = scheduler.scan('a.ts', large(1));
    workers[0]!.ready();
    clock.advance(10);
    const newer = scheduler.scan('a.ts', large(2));
    assert.deepEqual(await older, { status: 'superseded' });
    assert.equal(workers[0]!.terminated, false, 'superseded early: left to finish');
    clock.advance(990); // it never answers
    assert.equal(workers[0]!.terminated, true, 'the budget still applies');
    workers[1]!.ready();
    assert.ok(workers[1]!.posted[0]!.text.includes(githubClassicPat(2)));
    workers[1]!.answerNext();
    assert.deepEqual(ruleIds(await newer), ['github-classic-pat']);
  });

  it('cuts off a long-running superseded scan when the next scan of any document arrives', async () => {
    const { scheduler, workers, clock } = harness();
    void scheduler.scan('a.ts', large(1));
    workers[0]!.ready();
    clock.advance(10);
    void scheduler.scan('a.ts', large(2)); // supersedes early: a.ts's first scan keeps running, unwanted
    clock.advance(CANCEL_AFTER_MS);
    const other = scheduler.scan('b.ts', withToken(3));
    assert.equal(workers[0]!.terminated, true, 'no one waits for its answer');
    workers[1]!.ready();
    workers[1]!.answerNext();
    workers[1]!.answerNext();
    assert.equal((await other).status, 'done');
  });

  it('runs edited documents before background (workspace) scans', async () => {
    const { scheduler, workers } = harness();
    const order: string[] = [];
    const track = (name: string, p: Promise<ScanOutcome>) => p.then(() => order.push(name));
    const done = [track('background 1', scheduler.scan('scan x', withToken(1), 'background'))];
    workers[0]!.ready(); // background 1 is sent
    done.push(track('background 2', scheduler.scan('scan y', withToken(2), 'background')));
    done.push(track('edited', scheduler.scan('a.ts', withToken(3), 'interactive')));
    for (let i = 0; i < 3; i++) {
      workers[0]!.answerNext(10);
      await settled();
    }
    await Promise.all(done);
    assert.deepEqual(order, ['background 1', 'edited', 'background 2'], 'the edited document overtook the queued background scan');
  });
});

describe('scan scheduler: the time budget', () => {
  it('stops a scan at the budget, replaces the worker, and keeps that document off the host thread', async () => {
    const { scheduler, workers, clock } = harness({ budgetMs: 300 });
    const slow = scheduler.scan('slow.ts', withToken(1));
    const waiting = scheduler.scan('other.ts', withToken(2));
    workers[0]!.ready();
    clock.advance(299);
    assert.equal(workers[0]!.terminated, false);
    clock.advance(1);
    assert.deepEqual(await slow, { status: 'timeout', budgetMs: 300 });
    assert.equal(workers[0]!.terminated, true, 'the stuck worker is terminated');
    assert.equal(workers.length, 2, 'and replaced');
    workers[1]!.ready();
    workers[1]!.answerNext();
    assert.deepEqual(ruleIds(await waiting), ['github-classic-pat'], 'the next document is scanned');
    assert.equal(scheduler.route('slow.ts', 10), 'worker', 'a document that timed out never scans inline');
  });

  it('times a scan from its dispatch, not from the worker start or its wait in the queue', async () => {
    const { scheduler, workers, clock } = harness({ budgetMs: 300 });
    const first = scheduler.scan('a.ts', withToken(1));
    const second = scheduler.scan('b.ts', withToken(2));
    clock.advance(1000); // the worker takes a while to start
    workers[0]!.ready();
    clock.advance(250);
    workers[0]!.answerNext();
    assert.equal((await first).status, 'done');
    clock.advance(250); // the second was queued 1250 ms ago, dispatched 250 ms ago
    workers[0]!.answerNext();
    assert.equal((await second).status, 'done');
  });

  it('reports a worker that dies under a scan as failed, and starts a new one for the next', async () => {
    const { scheduler, workers } = harness();
    const dying = scheduler.scan('a.ts', large(1));
    workers[0]!.ready();
    workers[0]!.events.failed('ERR_WORKER_OUT_OF_MEMORY');
    assert.deepEqual(await dying, { status: 'failed', reason: 'ERR_WORKER_OUT_OF_MEMORY' });
    const next = scheduler.scan('b.ts', withToken(2));
    assert.equal(workers.length, 2);
    workers[1]!.ready();
    workers[1]!.answerNext();
    assert.deepEqual(ruleIds(await next), ['github-classic-pat']);
  });
});

describe('scan protocol', () => {
  it('applies accepted fingerprints in the host and counts them as suppressed', () => {
    const { scan } = runScanJob(scanner, job(`a = '${githubClassicPat(1)}'\nb = '${githubClassicPat(2)}'\n`), () => 0);
    assert.equal(scan.findings.length, 2);
    const filtered = withoutAccepted(scan, new Set([scan.findings[0]!.fingerprint]));
    assert.equal(filtered.findings.length, 1);
    assert.equal(filtered.suppressed, scan.suppressed + 1);
  });

  it('answers with plain data that never holds the secret', () => {
    const token = githubClassicPat(4);
    const reply = answer(scanner, { type: 'scan', id: 7, ...job(`const t = '${token}';`) }, () => 0);
    assert.equal(reply.type, 'result');
    assert.equal(structuredClone(reply).type, 'result', 'survives structured cloning (postMessage)');
    assert.ok(!JSON.stringify(reply).includes(token), 'the host slices the secret from its own text');
  });
});

describe('scan scheduler with real worker threads', () => {
  let dir: string;
  before(async function () {
    this.timeout(60_000);
    dir = mkdtempSync(join(tmpdir(), 'sh-scan-worker-'));
    // esbuild from the repository at run time (the test itself runs from a bundle elsewhere).
    const { build } = createRequire(join(process.cwd(), 'package.json'))('esbuild') as typeof import('esbuild');
    // The shipped worker entry, bundled as build.mjs bundles it (CommonJS, Node).
    await build({ entryPoints: [join(process.cwd(), 'extension-vscode/src/scan-worker/node.ts')], outfile: join(dir, 'scan-worker.cjs'), bundle: true, format: 'cjs', platform: 'node', target: 'node20', mainFields: ['module', 'main'], logLevel: 'warning', define: { navigator: 'undefined' } });
    // A worker stuck forever on one text, as a catastrophic regex would be.
    writeFileSync(
      join(dir, 'stuck-worker.cjs'),
      `const { parentPort } = require('node:worker_threads');
       parentPort.on('message', (m) => {
         if (m.text === 'stuck') for (;;) {}
         parentPort.postMessage({ type: 'result', id: m.id, ms: 0, scan: { findings: [], suppressed: 0, notices: [], providerContext: false } });
       });
       parentPort.postMessage({ type: 'ready' });`,
    );
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('the shipped worker entry scans with the real engine off the main thread', async function () {
    this.timeout(60_000);
    const scheduler = new ScanScheduler({ createWorker: nodeWorkerFactory(join(dir, 'scan-worker.cjs')), scanInline: () => assert.fail('must not scan inline'), budgetMs: () => 60_000 });
    try {
      const outcome = await scheduler.scan('a.ts', large(5));
      assert.deepEqual(ruleIds(outcome), ['github-classic-pat']);
      assert.equal((outcome as { route: string }).route, 'worker');
    } finally {
      scheduler.dispose();
    }
  });

  it('a worker stuck in a scan is terminated at the budget and the next scan runs in a new one', async function () {
    this.timeout(60_000); // a watchdog against a hang; the budget itself is 300 ms
    const scheduler = new ScanScheduler({ createWorker: nodeWorkerFactory(join(dir, 'stuck-worker.cjs')), scanInline: () => assert.fail('must not scan inline'), budgetMs: () => 300 });
    try {
      assert.deepEqual(await scheduler.scan('stuck.ts', job('stuck')), { status: 'timeout', budgetMs: 300 });
      const next = await scheduler.scan('fine.ts', job('fine'));
      assert.equal(next.status, 'done');
      assert.equal(scheduler.workersStarted, 2);
    } finally {
      scheduler.dispose();
    }
  });
});
