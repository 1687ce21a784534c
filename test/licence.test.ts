/**
 * One licence (MIT), stated once at the root and carried by every package we ship: each workspace's
 * `license` field, and a LICENSE file inside both browser packages (the .vsix is checked by the VS Code
 * e2e run, which is where it is packaged).
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = process.cwd();
const licence = readFileSync(join(ROOT, 'LICENSE'), 'utf8');

describe('licence', () => {
  it('the root LICENSE is the MIT licence', () => {
    assert.match(licence, /^MIT License\n/);
    assert.match(licence, /Permission is hereby granted, free of charge/);
  });

  it('every package declares MIT', () => {
    for (const dir of ['.', 'core', 'cli', 'extension-vscode', 'extension-browser']) {
      const { license } = JSON.parse(readFileSync(join(ROOT, dir, 'package.json'), 'utf8')) as { license?: string };
      assert.equal(license, 'MIT', `${dir}/package.json`);
    }
  });

  it('both browser packages carry the LICENSE file', () => {
    const dist = join(ROOT, 'extension-browser', 'dist');
    if (!existsSync(join(dist, 'chrome'))) assert.fail('extension-browser/dist is missing: run `npm run build` first');
    for (const target of ['chrome', 'firefox']) {
      assert.equal(readFileSync(join(dist, target, 'LICENSE'), 'utf8'), licence, `${target}/LICENSE`);
      // The zip's central directory names every entry.
      assert.ok(readFileSync(join(dist, `secret-hygiene-${target}.zip`)).includes('LICENSE'), `LICENSE in secret-hygiene-${target}.zip`);
    }
  });
});
