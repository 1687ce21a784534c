import assert from 'node:assert/strict';
import { benchmarkNavigationClassification } from '../src/bench.js';

describe('classifying one navigation (benchmark)', () => {
  it('stays within 1 ms per authorization request on average', function () {
    this.timeout(30_000);
    const result = benchmarkNavigationClassification(600);
    assert.equal(result.navigations, 600);
    // A generous bound for a shared CI machine; `npm run bench` reports the real figure.
    assert.ok(result.meanMs < 1, `mean ${result.meanMs.toFixed(3)} ms`);
    assert.ok(result.otherMeanMs < result.meanMs, 'ordinary pages are cheaper than authorization requests');
  });
});
