// The GitHub API emulator for the "Check token" e2e (suite/check-token.e2e.ts, issue 14 item 4): the
// loopback emulator the CLI tests use (test/emulators/github.ts on loopback-server.ts), bundled for plain
// Node as broker-keyring.mjs does, started before code-server so the extension host gets
// SECRET_HYGIENE_API_BASE in its environment at launch, as a user's editor would have it.
// Two test-only routes under /__e2e/ let the in-host suite plant its synthetic token and read which
// requests reached "GitHub" (method and path only: never headers, which carry the token).
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const CONTROL = '/__e2e/';

export async function startCheckTokenEmulator(root, outDir) {
  mkdirSync(outDir, { recursive: true });
  const outfile = join(outDir, 'github-emulator.mjs');
  await build({
    stdin: {
      contents: "export { githubEmulator } from './test/emulators/github.ts';\nexport { startLoopbackServer } from './test/emulators/loopback-server.ts';\n",
      resolveDir: root,
      sourcefile: 'check-token-emulator-entry.ts',
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'warning',
  });
  const { githubEmulator, startLoopbackServer } = await import(pathToFileURL(outfile).href);
  const tokens = new Map();
  const control = (request) => {
    if (!request.url.startsWith(CONTROL)) return undefined;
    if (request.method === 'POST' && request.url === `${CONTROL}github-token`) {
      const { token, ...state } = JSON.parse(request.body);
      tokens.set(token, state);
      return { status: 201, body: {} };
    }
    if (request.method === 'GET' && request.url === `${CONTROL}requests`) {
      const seen = server.requests.filter((r) => !r.url.startsWith(CONTROL)).map((r) => `${r.method} ${r.url}`);
      return { status: 200, body: { requests: seen } };
    }
    return { status: 404, body: { message: 'no such control route' } };
  };
  const server = await startLoopbackServer(control, githubEmulator(tokens));
  return {
    env: { SECRET_HYGIENE_API_BASE: JSON.stringify({ github: server.baseUrl }), SECRET_HYGIENE_E2E_EMULATOR: server.baseUrl },
    stop: () => server.close(),
  };
}
