import assert from 'node:assert/strict';
import { DEFAULT_OPTIONS, loadOptions, OPTIONS_VERSION } from '../src/model/options.js';

describe('extension options', () => {
  it('nothing stored: the defaults, to be written back', () => {
    const loaded = loadOptions(undefined);
    assert.deepEqual(loaded.options, DEFAULT_OPTIONS);
    assert.equal(loaded.migrated, true);
    assert.deepEqual(loaded.corrected, []);
  });

  it('the current version loads as stored and is not rewritten', () => {
    const stored = { version: OPTIONS_VERSION, genericDetection: true, historyLimit: 42, bannerMinRisk: 'high', userPolicy: { oauth: {} } };
    const loaded = loadOptions(stored);
    assert.deepEqual(loaded.options, stored);
    assert.equal(loaded.migrated, false);
  });

  it('migrates version 1 (showLowRisk: false) to bannerMinRisk: medium', () => {
    const loaded = loadOptions({ version: 1, showLowRisk: false, historyLimit: 100 });
    assert.equal(loaded.options.bannerMinRisk, 'medium');
    assert.equal(loaded.options.historyLimit, 100);
    assert.equal(loaded.migrated, true);
    assert.ok(!('showLowRisk' in loaded.options));
  });

  it('migrates an unversioned object through every step', () => {
    const loaded = loadOptions({ showLowRisk: true, genericDetection: true });
    assert.equal(loaded.options.version, OPTIONS_VERSION);
    assert.equal(loaded.options.bannerMinRisk, 'low');
    assert.equal(loaded.options.genericDetection, true);
  });

  it('a corrupt field falls back to its default and is named; the rest survives', () => {
    const loaded = loadOptions({ version: OPTIONS_VERSION, genericDetection: 'yes', historyLimit: 3, bannerMinRisk: 'severe', userPolicy: [1], });
    assert.deepEqual(loaded.corrected.sort(), ['bannerMinRisk', 'genericDetection', 'historyLimit', 'userPolicy']);
    assert.deepEqual(loaded.options, DEFAULT_OPTIONS);
  });

  it('a stored non-object is treated as nothing stored', () => {
    assert.deepEqual(loadOptions('garbage').options, DEFAULT_OPTIONS);
    assert.deepEqual(loadOptions([1, 2]).options, DEFAULT_OPTIONS);
  });
});
