/**
 * The in-host test runner (VS Code's extensionTestsPath contract): `run()` runs mocha inside the
 * extension host of a real VS Code (code-server, see ../run.mjs) and rejects when a test fails.
 * mocha comes from the repository's node_modules at run time; the tests are bundled in.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import registerAgentGuardrailsTests from './agent-guardrails.e2e.js';
import registerBrokerFixTests from './broker-fix.e2e.js';
import registerCheckTokenTests from './check-token.e2e.js';
import registerExtensionTests from './extension.e2e.js';
import registerHostileRepoTests from './hostile-repo.e2e.js';
import registerScanWorkerTests from './scan-worker.e2e.js';

export function run(): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Mocha = require('mocha') as typeof import('mocha');
  const grep = process.env.SECRET_HYGIENE_E2E_GREP;
  const mocha = new Mocha({ ui: 'bdd', timeout: 30_000, color: false, reporter: LineReporter as never, ...(grep ? { grep } : {}) });
  // Defines describe/it on globalThis, as `mocha` does before loading a spec file.
  mocha.suite.emit('pre-require', globalThis, 'extension.e2e', mocha);
  // run.mjs opens the hostile repository in a second, untrusted window (SECRET_HYGIENE_E2E_SUITE=untrusted).
  if (process.env.SECRET_HYGIENE_E2E_SUITE === 'untrusted') registerHostileRepoTests();
  else {
    registerExtensionTests();
    registerScanWorkerTests();
    registerAgentGuardrailsTests();
    registerBrokerFixTests();
    registerCheckTokenTests();
  }
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures ? reject(new Error(`${failures} e2e test(s) failed`)) : resolve()));
  });
}

/** Prints one line per test to the host console and writes them to $SECRET_HYGIENE_E2E_OUT/results.txt. */
function LineReporter(this: unknown, runner: Mocha.Runner): void {
  const lines: string[] = [];
  const out = (line: string) => {
    lines.push(line);
    console.log(`[e2e] ${line}`);
  };
  runner.on('pass', (test) => out(`ok   ${test.fullTitle()} (${test.duration ?? 0} ms)`));
  runner.on('fail', (test, error) => out(`FAIL ${test.fullTitle()}\n     ${String((error as Error).stack ?? error).split('\n').slice(0, 6).join('\n     ')}`));
  runner.on('pending', (test) => out(`SKIP ${test.fullTitle()}`));
  runner.on('end', () => {
    const stats = runner.stats;
    out(`${stats?.passes ?? 0} passing, ${stats?.failures ?? 0} failing, ${stats?.pending ?? 0} pending`);
    const dir = process.env.SECRET_HYGIENE_E2E_OUT;
    if (dir) {
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'results.txt'), `${lines.join('\n')}\n`);
    }
  });
}
