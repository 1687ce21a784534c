// Builds every bundle of the repository. `node esbuild.config.mjs` = production build;
// test files are bundled too (mocha runs plain JS, no loader hooks).
import { build } from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { assembleBrowserBuilds, browserBundles } from './extension-browser/build.mjs';
import { vscodeBundles } from './extension-vscode/build.mjs';

/** Test files under the given roots (Node 20 has no fs.globSync). */
function findTests(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name === 'dist' ? [] : findTests(path);
    return entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

// Prefer packages' ESM entry points: jsonc-parser's UMD main hides its requires from the bundler.
const common = { bundle: true, sourcemap: 'linked', logLevel: 'warning', target: 'node20', mainFields: ['module', 'main'] };

const bundles = [
  // The core as a library: platform-neutral ESM (browsers, VS Code web, Node).
  { ...common, entryPoints: ['core/src/index.ts'], outfile: 'core/dist/index.js', format: 'esm', platform: 'neutral', target: 'es2022' },
  // The CLI: one file with a shebang, plus its worker, plus `run` on its own (a small bundle: docs/broker.md).
  {
    ...common,
    entryPoints: { 'secret-hygiene': 'cli/src/main.ts', 'scan-worker': 'cli/src/walk/worker.ts', 'secret-hygiene-run': 'cli/src/broker/run-entry.ts' },
    outdir: 'cli/dist',
    format: 'esm',
    platform: 'node',
    banner: { js: "#!/usr/bin/env node\nimport { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  },
];

// The agent hook's own small bin (docs/guardrails.md): CommonJS, because the same file is the entry of
// the V8 startup snapshot that `hooks install` builds, and a snapshot entry must be a single CJS script.
bundles.push({ ...common, entryPoints: ['cli/src/hooks/entry.ts'], outfile: 'cli/dist/hook.cjs', format: 'cjs', platform: 'node' });
// The pre-commit hook's `scan --staged` bin (docs/history.md): CommonJS for the same reason (`install-hook`
// builds its snapshot). Its modules find the scan worker next to them through import.meta.url, which a
// CJS bundle lacks: it is this file's own URL.
bundles.push({
  ...common,
  entryPoints: ['cli/src/staged-entry.ts'],
  outfile: 'cli/dist/staged.cjs',
  format: 'cjs',
  platform: 'node',
  define: { 'import.meta.url': '__bundle_url' },
  banner: { js: "const __bundle_url = require('node:url').pathToFileURL(__filename).href;" },
});

// The VS Code extension: node + web entries, its in-host e2e suite and its unit tests.
bundles.push(...vscodeBundles(common));

// The browser extension: one source, Chrome (MV3 service worker) and Firefox builds assembled below.
bundles.push(...browserBundles(common));

// The benchmark runner (npm run bench).
bundles.push({
  ...common,
  entryPoints: { run: 'test/bench/run.ts', parts: 'test/bench/parts.ts' },
  outdir: '.build/bench',
  format: 'esm',
  platform: 'node',
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
});

const testEntries = ['core', 'cli', 'test', 'extension-browser'].flatMap(findTests);
if (testEntries.length) {
  rmSync('.build/tests', { recursive: true, force: true });
  bundles.push({
    ...common,
    entryPoints: testEntries,
    outdir: '.build/tests',
    outbase: '.',
    format: 'esm',
    platform: 'node',
    external: ['mocha'],
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
}

await Promise.all(bundles.map((options) => build(options)));
await assembleBrowserBuilds();

// The policy JSON Schemas (core/schema/*.json) are generated from the zod schema in core/src/policy and
// checked in; a test compares them with this output. Written only when changed, so builds stay quiet.
{
  const { mkdirSync, readFileSync, writeFileSync } = await import('node:fs');
  const { pathToFileURL } = await import('node:url');
  const outfile = '.build/policy-schema.mjs';
  await build({ ...common, sourcemap: false, entryPoints: ['core/src/policy/json-schema.ts'], outfile, format: 'esm', platform: 'node' });
  const { policySchemaFiles } = await import(`${pathToFileURL(outfile).href}?${Date.now()}`);
  mkdirSync('core/schema', { recursive: true });
  for (const [name, text] of Object.entries(policySchemaFiles())) {
    const path = join('core/schema', name);
    let current;
    try {
      current = readFileSync(path, 'utf8');
    } catch {}
    if (current !== text) writeFileSync(path, text);
  }
}
