// `npm run package`: writes dist/secret-hygiene-<version>.vsix with @vscode/vsce from the bundles in
// dist/ (build first). No node_modules go in (--no-dependencies; .vscodeignore keeps only the bundles).
import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const { version } = JSON.parse(readFileSync(join(here, 'package.json'), 'utf8'));
const out = join(here, 'dist', `secret-hygiene-${version}.vsix`);
// The licence lives once, at the repository root; vsce ships the LICENSE beside package.json.
copyFileSync(join(here, '..', 'LICENSE'), join(here, 'LICENSE'));
const vsce = join(dirname(createRequire(import.meta.url).resolve('@vscode/vsce/package.json')), 'vsce');

const result = spawnSync(process.execPath, [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--out', out], {
  cwd: here,
  stdio: 'inherit',
});
if (result.status !== 0) process.exit(result.status ?? 1);
const kb = statSync(out).size / 1024;
console.log(`${out} (${kb.toFixed(0)} KB)`);
console.log(`Install it with:  code --install-extension ${out}   (or, in VS Code: Extensions view › … › Install from VSIX…)`);
// The budget: 1 MB until the rule table grew to 1,426 providers (2026-12-06); the four bundles (extension
// host and scan worker, Node and web) each carry it, which took the package to 1.06 MB.
const BUDGET_KB = 1536;
if (kb >= BUDGET_KB) {
  console.error(`the package must stay under ${BUDGET_KB / 1024} MB`);
  process.exit(1);
}
