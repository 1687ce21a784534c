import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { withoutSamples } from '../build.mjs';

/** The repository root, from wherever this test was bundled to. */
function repoRoot(): string {
  for (let dir = dirname(fileURLToPath(import.meta.url)); dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, 'core/src/rules/github.ts'))) return dir;
  }
  throw new Error('repository root not found');
}

describe('shipped bundles drop rule samples', () => {
  it('removes nested samples blocks (strings with braces, templates, comments) and keeps the rest', () => {
    const source = [
      "export const rules = [{ id: 'a', regex: /x{2}/, samples: { match: [{ text: 'tok}en{', reason: '} in a string' }, { text: `t${'}'}`, reason: 'template' }], // }",
      "  noMatch: [/* { */] }, severity: 'high' }, { id: 'b', samples: {match: [], noMatch: []} }];",
    ].join('\n');
    const stripped = withoutSamples(source);
    assert.equal(stripped, "export const rules = [{ id: 'a', regex: /x{2}/, samples: { match: [], noMatch: [] }, severity: 'high' }, { id: 'b', samples: { match: [], noMatch: [] } }];");
  });

  it('works on a real rule file: no sample text left, the rules still there', () => {
    const path = join(repoRoot(), 'core/src/rules/github.ts');
    const source = readFileSync(path, 'utf8');
    const stripped = withoutSamples(source, path);
    assert.ok(source.includes('ghp_') && !/text: '[^']*ghp_/.test(stripped));
    assert.equal((stripped.match(/samples: \{ match: \[\], noMatch: \[\] \}/g) ?? []).length, (source.match(/\bsamples\s*:/g) ?? []).length);
    assert.ok(stripped.includes("id: 'github-classic-pat'"));
  });
});
