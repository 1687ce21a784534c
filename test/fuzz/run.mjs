// `npm run fuzz`: bundles test/fuzz/main.ts into a private temporary folder (nothing under .build/, which
// other builds own) and runs it with the given arguments.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const outdir = mkdtempSync(join(tmpdir(), 'sh-fuzz-'));
try {
  await build({
    entryPoints: ['test/fuzz/main.ts'],
    outfile: join(outdir, 'fuzz.mjs'),
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    mainFields: ['module', 'main'],
    logLevel: 'warning',
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  const run = spawnSync(process.execPath, [join(outdir, 'fuzz.mjs'), ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exitCode = run.status ?? 1;
} finally {
  rmSync(outdir, { recursive: true, force: true });
}
