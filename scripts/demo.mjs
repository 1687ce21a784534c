// `npm start`'s last step: scan the bundled examples/ workspace as a user would, then say what the result
// means. The findings there are planted fakes, so the CLI exits 1 (findings) and the demo exits 0; a demo
// that finds nothing, or fails, exits non-zero.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../cli/bin/secret-hygiene.js', import.meta.url));
const examples = fileURLToPath(new URL('../examples', import.meta.url));
const run = spawnSync(process.execPath, [cli, 'scan', examples], { stdio: 'inherit' });

if (run.status === 1) {
  process.stdout.write(
    [
      '',
      'Demo done. Every finding above is a planted fake in examples/ (random strings in real token formats);',
      'the CLI exits 1 when it finds something, as CI expects. Next:',
      '  npx secret-hygiene scan .              scan your own project (exit 0 clean, 1 findings, 2 error)',
      '  npx secret-hygiene scan . --help       every option; --format sarif for code scanning',
      '  code --install-extension extension-vscode/dist/secret-hygiene-*.vsix   inline findings and fixes',
      '',
    ].join('\n'),
  );
  process.exitCode = 0;
} else {
  process.stderr.write(run.status === 0 ? 'demo: expected the planted findings in examples/, found none\n' : `demo: the scan failed (exit ${run.status ?? run.signal})\n`);
  process.exitCode = run.status === 0 ? 1 : (run.status ?? 1);
}
