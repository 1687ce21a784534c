/**
 * `secret-hygiene run` as a small bundle of its own (cli/dist/secret-hygiene-run.js, which the bin uses
 * for `run`): a broker wrapping an MCP server or a build step should add as little as possible to its
 * child's start, and the full CLI (every rule, the OAuth catalogs, the policy engine) takes several times
 * longer to load than `run` needs. When any policy file exists, the full CLI runs instead, so the policy
 * is applied by the one engine every command uses; without one, the built-in defaults allow every scheme
 * and require none, which needs neither the engine nor the scanner.
 */
import { defaultBrokerPolicy } from '@secret-hygiene/core';
import { defaultPolicyContext, loadPolicyLayers } from '../policy/sources.js';
import { VERSION } from '../version.js';
import { runBrokerCommand } from './run-command.js';

async function hasPolicyFiles(): Promise<boolean> {
  try {
    return (await loadPolicyLayers(defaultPolicyContext())).layers.length > 0;
  } catch {
    // A policy variable naming a missing file and the like: the full CLI says what is wrong.
    return true;
  }
}

if (await hasPolicyFiles()) {
  // Not a literal specifier, so esbuild leaves the full bundle next to this one as it is.
  const fullCli = new URL('./secret-hygiene.js', import.meta.url).href;
  await import(fullCli);
} else {
  runBrokerCommand(process.argv.slice(3), { version: VERSION, loadPolicy: async () => ({ broker: defaultBrokerPolicy(), problems: [] }) }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: Error) => {
      process.stderr.write(`secret-hygiene run: ${error.stack ?? error.message}\n`);
      process.exitCode = 125;
    },
  );
}
