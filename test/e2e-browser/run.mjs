// The browser extension's end-to-end tests (npm run test:browser): builds the extension as it ships,
// bundles the *.e2e.ts files and runs them with mocha in real Chromium (and Firefox, when installed).
//   node test/e2e-browser/run.mjs [-- mocha args]
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBrowserExtension } from '../../extension-browser/build.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '../..');
process.chdir(ROOT);

const split = process.argv.indexOf('--');
const mochaArgs = split === -1 ? [] : process.argv.slice(split + 1);

const started = Date.now();
await buildBrowserExtension();
const specs = readdirSync(HERE).filter((name) => name.endsWith('.e2e.ts')).map((name) => join(HERE, name));
// Inside the repository (git-ignored .build/) so the bundle resolves playwright-core and mocha.
const outdir = join(ROOT, '.build', `e2e-browser-${process.pid}`);
try {
  await build({
    entryPoints: specs,
    outdir,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    sourcemap: 'inline',
    external: ['mocha', 'playwright-core'],
    mainFields: ['module', 'main'],
    logLevel: 'warning',
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  const bundled = specs.map((spec) => join(outdir, relative(HERE, spec).replace(/\.ts$/, '.js')));
  console.log(`e2e: extension built in ${Date.now() - started} ms; running ${specs.map((s) => relative(ROOT, s)).join(', ')}`);
  // WebDriver BiDi (Firefox) needs WebSocket, built into Node 22+ and behind a flag in Node 20.
  const env = { ...process.env };
  if (typeof WebSocket === 'undefined') env.NODE_OPTIONS = `${env.NODE_OPTIONS ?? ''} --experimental-websocket`.trim();
  const run = spawnSync('npx', ['mocha', '--no-config', '--timeout', '120000', '--reporter', 'spec', ...mochaArgs, ...bundled], { stdio: 'inherit', cwd: ROOT, env });
  process.exitCode = run.status ?? 1;
} finally {
  rmSync(outdir, { recursive: true, force: true });
}
