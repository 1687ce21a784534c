import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ScanPool } from '../src/walk/pool.js';
import type { WalkedFile } from '../src/walk/walker.js';
import { bundleForTest } from './built-cli.js';
import { makeGithubPat, tree } from './fixtures.js';

const PAT = makeGithubPat('m3Nq8Rt2Vw7Yz1Bc6Df4Gh9Jk5Lp0S');

describe('scan pool watchdog', () => {
  let workerUrl: URL;
  before(function () {
    this.timeout(120_000);
    workerUrl = pathToFileURL(join(bundleForTest({ 'stalling-worker': 'cli/test/support/stalling-worker.ts' }), 'stalling-worker.js'));
  });

  it('a worker stuck in an endless loop or crashing on a file is replaced; every other file is scanned, in order', async function () {
    this.timeout(120_000);
    const names: string[] = [];
    const files: Record<string, string> = {};
    for (let i = 0; i < 60; i++) {
      // Two stalls in one batch (files 16–31) and one crash: each replacement must resume after the last.
      const name = i === 18 || i === 20 ? `f${i}-stall.env` : i === 41 ? `f${i}-crash.env` : `f${i}.env`;
      names.push(name);
      files[name] = i % 3 === 0 ? `T=${PAT}\n` : 'nothing\n';
    }
    const root = tree(files);
    const pool = new ScanPool(workerUrl, { maxFileSize: 1024 * 1024, scan: {} }, { fileTimeoutMs: 1000, size: 2 });
    let results;
    try {
      for (const name of names) pool.add({ path: join(root, name), display: name } satisfies WalkedFile);
      results = await pool.drain();
    } finally {
      await pool.close();
    }
    assert.deepEqual(
      results.map((r) => r.display),
      names,
      'one result per file, in submission order',
    );
    const byName = new Map(results.map((r) => [r.display, r]));
    assert.equal(byName.get('f18-stall.env')!.unread, 'exceeded its 1 s time budget (--file-timeout)');
    assert.equal(byName.get('f20-stall.env')!.unread, 'exceeded its 1 s time budget (--file-timeout)');
    assert.match(byName.get('f41-crash.env')!.unread!, /^the scanner crashed on this file/);
    for (const [i, name] of names.entries()) {
      const result = byName.get(name)!;
      if (/stall|crash/.test(name)) {
        assert.equal(result.scanned, false);
        assert.deepEqual(result.findings, []);
        continue;
      }
      assert.equal(result.scanned, true, `${name}: ${result.notices.join('; ')}`);
      assert.equal(result.findings.length, i % 3 === 0 ? 1 : 0, name);
    }
  });
});
