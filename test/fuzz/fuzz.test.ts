/**
 * The short, bounded fuzz run of `npm test`: a fixed seed, a few hundred generated inputs, each scanned
 * on a worker thread under a hang watchdog (seconds per input: a guard against hangs, not a speed
 * assertion; speed is the long run's business, `npm run fuzz`), and every kept regression case replayed
 * under the same watchdog. A failure names the input; `npm run fuzz -- --seed 17 --only I` regenerates it.
 */
import assert from 'node:assert/strict';
import { FUZZ_PATHS, fuzzBatch, fuzzInputAt, BATCH_SIZE } from './inputs.js';
import { ddmin, minimiseText } from './minimise.js';
import { FuzzWorker, fuzzWorkerCode } from './pool.js';
import { loadRegressions } from './regressions.js';
import { runFuzz } from './run-fuzz.js';
import { describeShape } from './shape.js';

const SEED = 17;
const INPUTS = 400;
const HANG_MS = 5000;

describe('fuzz harness', function () {
  this.timeout(10 * 60 * 1000);

  it('generates the same inputs from the same seed, input by input', () => {
    assert.deepEqual(fuzzBatch(SEED, 3), fuzzBatch(SEED, 3));
    assert.deepEqual(fuzzInputAt(SEED, 3 * BATCH_SIZE + 5), fuzzBatch(SEED, 3)[5]);
    assert.notDeepEqual(fuzzBatch(SEED, 3), fuzzBatch(SEED + 1, 3));
  });

  it('covers every file kind and the shapes that backtrack', () => {
    const inputs = [0, 1, 2, 3, 4].flatMap((batch) => fuzzBatch(SEED, batch));
    const paths = new Set(inputs.map((input) => input.path));
    assert.deepEqual(FUZZ_PATHS.filter((path) => !paths.has(path)), []);
    const some = (what: string, test: (text: string) => boolean) => assert.ok(inputs.some((input) => test(input.text)), `no input with ${what}`);
    some('a PEM BEGIN marker', (text) => text.includes('-----BEGIN'));
    some('an escaped newline (\\n as two characters)', (text) => text.includes('\\n'));
    some('a unit repeated 40 times', (text) => /([\s\S]{1,12})\1{39}/.test(text.slice(0, 50_000)));
    some('an astral-plane character', (text) => /[\u{10000}-\u{10FFFF}]/u.test(text));
    some('indented YAML', (text) => /\n {4,}\S+:/.test(text));
    some('nested JSON', (text) => text.includes('{"a":[{"a":['));
    some('an input over 100 KB', (text) => text.length > 100_000);
  });

  it('minimises by lines, then characters, to a 1-minimal input', async () => {
    const fails = async (text: string) => /BEGIN[^]*\n[^]*\n[^]*\n/.test(text);
    const text = `header\n-----BEGIN KEY-----\n${'line\n'.repeat(50)}trailer\n`;
    const { text: small } = await minimiseText(text, fails, { maxTests: 5000, deadline: Infinity });
    assert.equal(small, 'BEGIN\n\n\n');
    assert.deepEqual(await ddmin([1, 2, 3, 4, 5, 6, 7, 8], async (parts) => parts.includes(3) && parts.includes(7), { maxTests: 100, deadline: Infinity }), [3, 7]);
  });

  it('describes an input without printing a token whole', () => {
    const token = 'Zq9xT4mWv8LpR2sN6kYb';
    const shape = describeShape(`token: ${token}\n${'\n'.repeat(40)}`);
    assert.ok(!shape.includes(token), shape);
    assert.match(shape, /Zq9x…\(20\)/);
    assert.match(shape, /⟨\\n⟩×41/);
  });

  it('terminates a worker that never answers, and the next scan runs on a fresh one', async () => {
    const worker = await FuzzWorker.start(await fuzzWorkerCode());
    try {
      const spin = await worker.run({ op: 'spin' }, 300);
      assert.equal(spin.hung, true);
      const after = await worker.run({ op: 'document', text: 'nothing to see', path: 'notes.txt' }, HANG_MS);
      assert.equal(after.hung, undefined);
      assert.equal(after.findings, 0);
      assert.equal(worker.restarts, 1);
    } finally {
      await worker.close();
    }
  });

  it(`no generated input hangs or throws (seed ${SEED}, ${INPUTS} inputs, ${HANG_MS / 1000} s watchdog each)`, async () => {
    const summary = await runFuzz({ seed: SEED, inputs: INPUTS, hangMs: HANG_MS, maxChars: 64 * 1024, workers: 1, minimise: 0, save: false, log: () => {} });
    assert.equal(summary.scanned, INPUTS);
    const describe = (list: typeof summary.slow) => list.map((input) => `input ${input.index} ${input.path} ${input.bytes} B: ${input.error ?? 'hung'}: ${input.shape}`).join('\n');
    assert.equal(summary.slow.filter((input) => input.hung).length, 0, describe(summary.slow.filter((input) => input.hung)));
    assert.equal(summary.failed.length, 0, describe(summary.failed));
  });

  it('replays every kept regression case without a hang or an exception', async () => {
    const cases = loadRegressions();
    assert.ok(cases.length > 0, 'no regression cases in test/fuzz/regressions');
    const worker = await FuzzWorker.start(await fuzzWorkerCode());
    try {
      const problems: string[] = [];
      for (const entry of cases) {
        const outcome = await worker.run({ op: 'document', text: entry.input, path: entry.path }, HANG_MS);
        if (outcome.hung || outcome.error) problems.push(`regressions/${entry.file} (${entry.path}, ${entry.cause ?? 'cause unknown'}): ${outcome.error ?? `no answer in ${HANG_MS} ms`}`);
      }
      assert.deepEqual(problems, []);
    } finally {
      await worker.close();
    }
  });
});
