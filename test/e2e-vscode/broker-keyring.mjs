// A real OS keychain for the e2e run (issue 15, suite/broker-fix.e2e.ts): the CLI tests' private
// gnome-keyring-daemon in its own session bus (cli/test/support/keyring.ts, bundled here for plain Node).
// code-server gets DBUS_SESSION_BUS_ADDRESS only: the daemon keeps its files in its own temp HOME, and the
// extension host, the CLI it starts and `secret-tool` in the tests all reach it through the bus.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Starts the keyring; `env` goes to code-server, `stop()` ends the session and removes its folder. */
export async function startBrokerKeyring(root, outDir) {
  mkdirSync(outDir, { recursive: true });
  const outfile = join(outDir, 'keyring.mjs');
  await build({ entryPoints: [join(root, 'cli/test/support/keyring.ts')], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile, logLevel: 'warning' });
  const { startTestKeyring } = await import(pathToFileURL(outfile).href);
  const keyring = await startTestKeyring();
  return { env: { DBUS_SESSION_BUS_ADDRESS: keyring.env.DBUS_SESSION_BUS_ADDRESS }, stop: () => keyring.stop() };
}
