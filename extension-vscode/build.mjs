// Bundles of the VS Code extension. Imported by the root esbuild.config.mjs (`vscodeBundles(common)`),
// and runnable on its own: `node extension-vscode/build.mjs [--unit] [--dev]`.
//   dist/extension.js      Node extension host (desktop, remote, code-server)   `main`
//   dist/web/extension.js  web worker extension host (vscode.dev)              `browser`
//   dist/scan-worker.js, dist/web/scan-worker.js   the scan workers each host starts (src/scan-worker)
//   .build/tests/extension-vscode/test/*.test.js   unit tests (plain mocha, no vscode)
//   .build/e2e-vscode/suite/index.cjs               in-host mocha suite (test/e2e-vscode)
import { build } from 'esbuild';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');

const defaultCommon = { bundle: true, sourcemap: 'linked', logLevel: 'warning', target: 'node20', mainFields: ['module', 'main'] };

function testFiles(dir, suffix) {
  try {
    return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return testFiles(path, suffix);
      return entry.name.endsWith(suffix) ? [path] : [];
    });
  } catch {
    return [];
  }
}

/**
 * Rule files carry `samples` (fake tokens for the rule tests). They are test data: shipping them would
 * put hundreds of token-shaped strings in the extension (vsce's secret scan refuses the package, and
 * so would any scanner a user runs over their extensions folder). The shipped bundles get
 * `samples: { match: [], noMatch: [] }` instead.
 */
export const stripRuleSamples = {
  name: 'strip-rule-samples',
  setup(b) {
    b.onLoad({ filter: /[\\/]core[\\/]src[\\/]rules[\\/][^\\/]+\.ts$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      return { contents: withoutSamples(source, args.path), loader: 'ts' };
    });
  },
};

export function withoutSamples(source, path = 'rule file') {
  let out = '';
  let from = 0;
  const key = /\bsamples\s*:\s*\{/g;
  for (let match; (match = key.exec(source)); ) {
    const open = match.index + match[0].length - 1;
    const close = matchingBrace(source, open, path);
    out += source.slice(from, match.index) + 'samples: { match: [], noMatch: [] }';
    from = close + 1;
    key.lastIndex = from;
  }
  return out + source.slice(from);
}

/** Index of the `}` closing the `{` at `open`, skipping strings, template literals and comments. */
function matchingBrace(src, open, path) {
  const stack = ['{'];
  for (let i = open + 1; i < src.length; i++) {
    const ch = src[i];
    const top = stack[stack.length - 1];
    if (top === '`') {
      if (ch === '\\') i++;
      else if (ch === '`') stack.pop();
      else if (ch === '$' && src[i + 1] === '{') {
        stack.push('{');
        i++;
      }
      continue;
    }
    if (ch === '/' && src[i + 1] === '/') i = src.indexOf('\n', i);
    else if (ch === '/' && src[i + 1] === '*') i = src.indexOf('*/', i) + 1;
    else if (ch === "'" || ch === '"') {
      for (i++; i < src.length && src[i] !== ch; i++) if (src[i] === '\\') i++;
    } else if (ch === '`') stack.push('`');
    else if (ch === '{') stack.push('{');
    else if (ch === '}') {
      stack.pop();
      if (stack.length === 0) return i;
    }
    if (i < 0) break;
  }
  throw new Error(`${path}: unbalanced samples block`);
}

/** esbuild options for every bundle of the extension; `common` is the root config's shared options. */
export function vscodeBundles(common = defaultCommon, { dev = false } = {}) {
  const production = { minify: !dev, keepNames: false, legalComments: 'none', plugins: [stripRuleSamples] };
  const bundles = [
    {
      ...common,
      ...production,
      entryPoints: [join(here, 'src/node/main.ts')],
      outfile: join(here, 'dist/extension.js'),
      format: 'cjs',
      platform: 'node',
      target: 'node20',
      external: ['vscode'],
      // zod probes `navigator` at load time; in the Node extension host that global is a deprecation
      // shim that logs a warning on every start.
      define: { navigator: 'undefined' },
    },
    {
      ...common,
      ...production,
      entryPoints: [join(here, 'src/web/main.ts')],
      outfile: join(here, 'dist/web/extension.js'),
      format: 'cjs',
      platform: 'browser',
      target: 'es2022',
      mainFields: ['browser', 'module', 'main'],
      external: ['vscode'],
      define: { 'process.env.NODE_ENV': '"production"' },
    },
    // The scan workers: core's scanner alone, no vscode (model/scan-scheduler.ts decides what runs there).
    {
      ...common,
      ...production,
      entryPoints: [join(here, 'src/scan-worker/node.ts')],
      outfile: join(here, 'dist/scan-worker.js'),
      format: 'cjs',
      platform: 'node',
      target: 'node20',
      define: { navigator: 'undefined' },
    },
    {
      ...common,
      ...production,
      entryPoints: [join(here, 'src/scan-worker/web.ts')],
      outfile: join(here, 'dist/web/scan-worker.js'),
      // A classic worker script: `new Worker(url)` without { type: 'module' }.
      format: 'iife',
      platform: 'browser',
      target: 'es2022',
      mainFields: ['browser', 'module', 'main'],
      define: { 'process.env.NODE_ENV': '"production"' },
    },
  ];
  const unit = testFiles(join(here, 'test'), '.test.ts');
  if (unit.length) {
    bundles.push({
      ...common,
      entryPoints: unit,
      outdir: join(root, '.build/tests/extension-vscode/test'),
      format: 'esm',
      platform: 'node',
      external: ['mocha', 'vscode', 'esbuild'],
      banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    });
  }
  bundles.push({
    ...common,
    entryPoints: [join(root, 'test/e2e-vscode/suite/index.ts')],
    // .cjs: the repository's package.json says "type": "module", and VS Code require()s the runner.
    outfile: join(root, '.build/e2e-vscode/suite/index.cjs'),
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    // mocha is resolved at run time from the repository's node_modules; vscode is the host's.
    external: ['vscode', 'mocha'],
  });
  return bundles;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const unitOnly = process.argv.includes('--unit');
  const dev = process.argv.includes('--dev');
  if (!unitOnly) rmSync(join(here, 'dist'), { recursive: true, force: true, maxRetries: 2 });
  rmSync(join(root, '.build/tests/extension-vscode'), { recursive: true, force: true });
  let bundles = vscodeBundles(defaultCommon, { dev });
  if (unitOnly) bundles = bundles.filter((b) => String(b.outdir ?? '').includes('.build/tests'));
  const started = Date.now();
  await Promise.all(bundles.map((options) => build(options)));
  console.log(`extension-vscode: ${bundles.length} bundles in ${Date.now() - started} ms`);
}
