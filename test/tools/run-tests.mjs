// Bundles and runs only the given test files, in a private output folder, so several people (or
// helpers) can run their own tests without clobbering .build/tests. Usage:
//   node test/tools/run-tests.mjs core/test/oauth-catalog.test.ts [more.test.ts…] [-- mocha args]
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const split = process.argv.indexOf('--');
const files = process.argv.slice(2, split === -1 ? undefined : split);
const mochaArgs = split === -1 ? [] : process.argv.slice(split + 1);
if (!files.length) {
  console.error('usage: node test/tools/run-tests.mjs FILE.test.ts… [-- mocha args]');
  process.exit(2);
}
const outdir = mkdtempSync(join(tmpdir(), 'sh-tests-'));
try {
  await build({
    entryPoints: files,
    outdir,
    outbase: '.',
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    sourcemap: 'inline',
    external: ['mocha'],
    mainFields: ['module', 'main'],
    logLevel: 'warning',
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  const specs = files.map((f) => join(outdir, f.replace(/\.ts$/, '.js')));
  const run = spawnSync('npx', ['mocha', '--no-config', '--timeout', '600000', ...mochaArgs, ...specs], { stdio: 'inherit' });
  process.exitCode = run.status ?? 1;
} finally {
  rmSync(outdir, { recursive: true, force: true });
}
