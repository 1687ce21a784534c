/**
 * cli/dist/staged.cjs: `secret-hygiene scan --staged` as a bin of its own, for the pre-commit hook:
 * `node staged.cjs [scan options…]` is `secret-hygiene scan --staged [scan options…]` (same code, options,
 * output and exit codes: it calls the scan command itself).
 *
 * It is CommonJS because it is also the entry of the V8 startup snapshot that `install-hook` builds
 * (cli/src/snapshot/): the blob holds the scan command's modules already evaluated and the engine
 * already built, which is most of a plain start (docs/history.md "Speed of the pre-commit hook").
 */
import type { PolicyScanOptions } from '@secret-hygiene/core';
import { parseScanArgs } from './args.js';
import { UsageError } from './errors.js';
import { findSecretsInPaths } from './output/path-secrets.js';
import { runScan } from './scan-command.js';
import { SNAPSHOT_UNUSABLE, startWithSnapshot } from './snapshot/start.js';
import { mainThreadScanner, scanFile, type FileScanOptions } from './walk/scan-file.js';

const USAGE = `Usage: node staged.cjs [scan options…]   (what the pre-commit hook runs)

The same as \`secret-hygiene scan --staged [scan options…]\`; see \`secret-hygiene scan --help\`.
`;

async function main(argv: readonly string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(USAGE);
    return 0;
  }
  const args = parseScanArgs(['--staged', ...argv]);
  if (args.fix) throw new UsageError('--fix rewrites files in the working tree: run `secret-hygiene scan --fix`');
  const result = await runScan(args, process.stderr);
  await new Promise<void>((resolve) => process.stdout.write(result.stdout, () => resolve()));
  return result.exitCode;
}

function start(): void {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    // As the CLI's own bin reports errors (cli/src/main.ts): exit 2. A scan the snapshot cannot do is
    // the plain CLI's (the hook runs it on this status).
    (error: Error) => {
      if (error.name === 'SnapshotCannotServeError') {
        process.stderr.write(`secret-hygiene: ${error.message}\n`);
        process.exitCode = SNAPSHOT_UNUSABLE;
        return;
      }
      process.stderr.write(`secret-hygiene: ${error.name === 'UsageError' ? error.message : error.stack ?? error.message}\n`);
      process.exitCode = 2;
    },
  );
}

/**
 * What a staged scan builds lazily, built into the snapshot: the engine (rules and keyword automata) of
 * the file scan and of the pass over file names, on texts of the usual kinds.
 */
function warmUp(): void {
  const scanner = mainThreadScanner();
  // The policy's defaults (its real values are read when the hook runs, never at build time).
  const policy = (): PolicyScanOptions => ({ minSeverity: 'low', disabledRules: new Set(), severityOverrides: {} });
  const options: FileScanOptions = { maxFileSize: 10 * 1024 * 1024, scan: policy() };
  const samples: Record<string, string> = {
    'warm-up.js': 'const apiKey = "warm-up"; // token\n',
    'warm-up.env': 'API_KEY=warm-up\n',
    '.vscode/mcp.json': '{ "servers": {} }\n',
  };
  for (const [path, text] of Object.entries(samples)) scanFile(scanner, { path, display: path, content: Buffer.from(text) }, options);
  findSecretsInPaths(scanner, ['warm-up/src/index.js'], policy());
}

startWithSnapshot(start, warmUp);
