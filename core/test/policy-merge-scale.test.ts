/**
 * Layering long lists (issue 17: a managed allowlist of 100,000 fingerprints took 14 s to merge, and
 * 1,000,000 over 300 s, because every added member searched the list). Correctness at scale only; the
 * time is measured in the benchmark, never asserted here.
 */
import assert from 'node:assert/strict';
import { resolvePolicy, type PolicyLayer } from '../src/policy/index.js';

const fingerprint = (i: number) => `github-classic-pat:${i.toString(16).padStart(24, '0')}`;
const range = (from: number, to: number) => Array.from({ length: to - from }, (_, k) => fingerprint(from + k));

describe('policy merge at scale', () => {
  it('200,000 managed fingerprints with duplicates and overlapping lower layers: deduplicated, in first-seen order', function () {
    this.timeout(120_000);
    const N = 200_000;
    const workspace = range(N - 1000, N + 1000); // 1,000 shared with managed, 1,000 of its own
    const user = [...range(0, 10), ...range(0, 10)]; // duplicates within one layer
    const managed = [...range(0, N), ...range(0, 5000)]; // 5,000 repeated
    const layers: PolicyLayer[] = [
      { source: 'workspace', origin: 'w.json', document: { allowlist: { fingerprints: workspace } } },
      { source: 'user', origin: 'u.json', document: { allowlist: { fingerprints: user } } },
      { source: 'managed', origin: 'm.json', document: { allowlist: { fingerprints: managed } } },
    ];
    const { policy, provenance, problems } = resolvePolicy(layers);
    const merged = policy.allowlist.fingerprints;
    assert.equal(new Set(merged).size, merged.length, 'no duplicates');
    assert.equal(merged.length, N + 1000);
    // Lower layers first (workspace, then user), then what only the managed layer adds, in its order.
    assert.deepEqual(merged.slice(0, 2000), workspace);
    assert.deepEqual(merged.slice(2000, 2010), range(0, 10));
    assert.equal(merged[2010], fingerprint(10));
    assert.equal(merged.at(-1), fingerprint(N - 1001));
    // The managed layer is recorded as the source of every member it names, the workspace of its own.
    assert.equal(provenance[`allowlist.fingerprints[${fingerprint(N - 1)}]`]?.source, 'managed');
    assert.equal(provenance[`allowlist.fingerprints[${fingerprint(N + 999)}]`]?.source, 'workspace');
    assert.deepEqual(problems, []);
  });

  it('a locked managed allowlist drops 100,000 lower-layer fingerprints in one pass, one notice each', function () {
    this.timeout(120_000);
    const lower = range(0, 100_000);
    const kept = range(50_000, 150_000);
    const { policy, provenance, problems } = resolvePolicy([
      { source: 'workspace', origin: 'w.json', document: { allowlist: { fingerprints: lower } } },
      { source: 'managed', origin: 'm.json', document: { allowlist: { locked: true, fingerprints: kept } } },
    ]);
    // Every lower member goes (the lock drops what the workspace set); the managed list is then added whole.
    assert.deepEqual(policy.allowlist.fingerprints, kept);
    assert.equal(problems.length, 100_000);
    assert.ok(problems.every((p) => p.source === 'workspace' && p.message === 'ignored: the allowlist is locked by the managed policy'));
    assert.equal(provenance[`allowlist.fingerprints[${fingerprint(0)}]`], undefined);
    assert.equal(provenance[`allowlist.fingerprints[${fingerprint(60_000)}]`]?.source, 'managed');
  });

  it('detectors: long lists disabled by one layer, re-enabled by the next, then the managed layer: same meaning as item by item', () => {
    const names = Array.from({ length: 20_000 }, (_, i) => `rule-${i}`);
    const { policy, problems } = resolvePolicy([
      { source: 'workspace', origin: 'w.json', document: { detectors: { disabled: names } } },
      { source: 'user', origin: 'u.json', document: { detectors: { enabled: names.slice(15_000) } } },
      { source: 'managed', origin: 'm.json', document: { detectors: { enabled: ['rule-10000'], disabled: ['rule-0', 'rule-19999', 'extra'] } } },
    ]);
    // The managed layer keeps rule-10000 enabled (dropping the workspace's disable, with a notice); its
    // own disable of rule-19999 yields to the user's enable (reporting more is tightening).
    assert.deepEqual(policy.detectors.disabled, [...names.slice(0, 10_000), ...names.slice(10_001, 15_000), 'extra']);
    assert.deepEqual(policy.detectors.enabled, [...names.slice(15_000), 'rule-10000']);
    assert.deepEqual(
      problems.map((p) => `${p.source} ${p.field}: ${p.message}`),
      ['workspace detectors.disabled[rule-10000]: ignored: the managed policy keeps this detector enabled'],
    );
  });
});
