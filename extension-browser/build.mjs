// Builds the browser extension from one source: IIFE bundles (esbuild), then two unpacked builds
// (dist/chrome: MV3 service worker with a pinned key and managed_schema; dist/firefox: MV3 with
// background.scripts and a gecko id) and their packages (dist/secret-hygiene-{chrome,firefox}.zip).
//   node extension-browser/build.mjs          build everything and say how to load it
// The root esbuild.config.mjs imports browserBundles(common) and assembleBrowserBuilds().
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { iconPng } from './tools/icons.mjs';
import { zip } from './tools/zip.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
export const DIST = join(HERE, 'dist');
const BUNDLE_DIR = join(DIST, 'bundle');
const STATIC_DIR = join(HERE, 'src', 'static');
export const TARGETS = ['chrome', 'firefox'];

/** Output name → entry: the worker/background, the content script (banner), and each extension page. */
const ENTRIES = {
  background: 'src/background/index.ts',
  content: 'src/content/index.ts',
  popup: 'src/pages/popup.ts',
  options: 'src/pages/options.ts',
  history: 'src/pages/history.ts',
  blocked: 'src/pages/blocked.ts',
  'github-audit': 'src/pages/github-audit.ts',
  'grants-audit': 'src/pages/grants-audit.ts',
};

/** esbuild options for the extension's bundles; `common` is the root config's shared options. */
export function browserBundles(common = {}) {
  return [
    {
      ...common,
      entryPoints: Object.fromEntries(Object.entries(ENTRIES).map(([name, path]) => [name, join(HERE, path)])),
      outdir: BUNDLE_DIR,
      bundle: true,
      format: 'iife',
      platform: 'browser',
      target: ['chrome120', 'firefox142'],
      mainFields: ['browser', 'module', 'main'],
      // Shipped code is what reviewers read: readable identifiers, no source maps to fetch.
      minifyWhitespace: true,
      minifySyntax: true,
      sourcemap: false,
      legalComments: 'eof',
      charset: 'utf8',
      define: { 'process.env.NODE_ENV': '"production"' },
      logLevel: common.logLevel ?? 'warning',
    },
  ];
}

/** The manifest function and the managed schema, from TypeScript sources, through a temporary bundle. */
async function buildTimeModule() {
  const dir = mkdtempSync(join(tmpdir(), 'sh-ext-build-'));
  try {
    const outfile = join(dir, 'build-time.mjs');
    await build({ entryPoints: [join(HERE, 'src/build-time.ts')], outfile, bundle: true, format: 'esm', platform: 'node', target: 'node20', mainFields: ['module', 'main'], logLevel: 'warning' });
    return await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

/** Writes dist/chrome, dist/firefox and both zips from the bundles; returns what it wrote. */
export async function assembleBrowserBuilds() {
  const { extensionManifest, chromeManagedSchema, MANAGED_SCHEMA_FILE, ICON_SIZES, CHROME_EXTENSION_ID, GECKO_ID } = await buildTimeModule();
  const { version } = JSON.parse(readFileSync(join(HERE, 'package.json'), 'utf8'));
  const results = [];
  for (const target of TARGETS) {
    const out = join(DIST, target);
    rmSync(out, { recursive: true, force: true });
    mkdirSync(join(out, 'icons'), { recursive: true });
    for (const name of Object.keys(ENTRIES)) copyFileSync(join(BUNDLE_DIR, `${name}.js`), join(out, `${name}.js`));
    for (const file of readdirSync(STATIC_DIR)) copyFileSync(join(STATIC_DIR, file), join(out, file));
    // The licence lives once, at the repository root; every package carries a copy.
    copyFileSync(join(HERE, '..', 'LICENSE'), join(out, 'LICENSE'));
    for (const size of ICON_SIZES) writeFileSync(join(out, 'icons', `icon-${size}.png`), iconPng(size));
    writeFileSync(join(out, 'manifest.json'), `${JSON.stringify(extensionManifest(target, version), null, 2)}\n`);
    if (target === 'chrome') writeFileSync(join(out, MANAGED_SCHEMA_FILE), `${JSON.stringify(chromeManagedSchema(), null, 2)}\n`);
    const entries = filesUnder(out).map((path) => ({ name: relative(out, path).split('\\').join('/'), data: readFileSync(path) }));
    const zipPath = join(DIST, `secret-hygiene-${target}.zip`);
    writeFileSync(zipPath, zip(entries));
    results.push({ target, dir: out, zip: zipPath, zipBytes: statSync(zipPath).size, files: entries.length, id: target === 'chrome' ? CHROME_EXTENSION_ID : GECKO_ID });
  }
  return results;
}

export async function buildBrowserExtension(common = {}) {
  await Promise.all(browserBundles(common).map((options) => build(options)));
  return assembleBrowserBuilds();
}

export function howToLoad(results) {
  const cwd = process.cwd();
  const lines = results.map(({ target, dir, zip: zipPath, zipBytes, id }) => {
    const where = relative(cwd, dir) || '.';
    const size = `${(zipBytes / 1024).toFixed(1)} KiB`;
    return target === 'chrome'
      ? `Chrome/Edge (id ${id}): open chrome://extensions, turn on Developer mode, "Load unpacked" → ${where}\n  package: ${relative(cwd, zipPath)} (${size})`
      : `Firefox (id ${id}): open about:debugging#/runtime/this-firefox, "Load Temporary Add-on…" → ${join(where, 'manifest.json')} (or: npx web-ext run -s ${where})\n  package: ${relative(cwd, zipPath)} (${size})`;
  });
  return lines.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const results = await buildBrowserExtension();
  console.log(howToLoad(results));
}
