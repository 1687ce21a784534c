/**
 * `secret-hygiene run` and `store` as a user runs them: the CLI built privately, a real gnome-keyring in
 * a private session bus, the GitHub App API emulated on loopback. Children print a hash of what they
 * got, never the value; every output of the broker is checked for the value.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHash, generateKeyPairSync, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { githubAppEmulator, type GitHubAppEmulator } from '../../test/emulators/github-app.js';
import { startLoopbackServer, type LoopbackServer } from '../../test/emulators/loopback-server.js';
import { synthetic } from '../../test/emulators/synthetic-tokens.js';
import { bundleForTest } from './built-cli.js';
import { startTestKeyring, type TestKeyring } from './support/keyring.js';
import { tempDir } from './support/temp-dir.js';

interface Run {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * The CLI bundles as esbuild.config.mjs builds them, `run` through its small bundle as the bin does
 * (which hands over to the full CLI when a policy file exists).
 */
let bundles: string | undefined;
function cliEntry(args: string[], full = false): string {
  bundles ??= bundleForTest({ 'secret-hygiene': 'cli/src/main.ts', 'scan-worker': 'cli/src/walk/worker.ts', 'secret-hygiene-run': 'cli/src/broker/run-entry.ts' });
  return join(bundles, args[0] === 'run' && !full ? 'secret-hygiene-run.js' : 'secret-hygiene.js');
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** A child that prints the hash of one variable (never the value) and exits with CODE. */
const HASH_CHILD = ['node', '-e', "const v = process.env[process.argv[1]]; console.log('sha256:' + (v === undefined ? 'unset' : require('crypto').createHash('sha256').update(v).digest('hex'))); process.exit(Number(process.argv[2] || 0))"];

describe('secret-hygiene run / store (real CLI, real keyring)', function () {
  let keyring: TestKeyring;
  let server: LoopbackServer;
  let github: GitHubAppEmulator;
  let work: string;
  const appKey = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const appPem = appKey.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();

  before(async () => {
    cliEntry([]);
    keyring = await startTestKeyring();
    github = githubAppEmulator({
      appId: '4242',
      publicKey: appKey.publicKey,
      installations: { '777': { permissions: { contents: 'write', issues: 'write', metadata: 'read' }, repositories: ['alpha', 'beta'] } },
    });
    server = await startLoopbackServer(github.route);
    work = tempDir('sh-broker-run-');
  });
  after(async () => {
    await server?.close();
    await keyring?.stop();
  });

  function environment(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
    const env: NodeJS.ProcessEnv = { ...process.env, ...keyring.env, NO_COLOR: '1', SECRET_HYGIENE_POLICY: 'none', SECRET_HYGIENE_API_BASE: JSON.stringify({ github: server.baseUrl }), ...extra };
    delete env.DISPLAY;
    return env;
  }

  /** Runs the built CLI asynchronously (the emulator answers from this process). `onStart` gets the process (signals). */
  function cli(args: string[], options: { env?: NodeJS.ProcessEnv; input?: string; onStart?: (pid: number) => void; full?: boolean; hangGuardMs?: number } = {}): Promise<Run> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [cliEntry(args, options.full), ...args], { cwd: work, env: options.env ?? environment(), stdio: ['pipe', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
      // A hang guard, not a speed test.
      const guard = setTimeout(() => child.kill('SIGKILL'), options.hangGuardMs ?? 60_000);
      child.on('error', reject);
      child.on('close', (status, signal) => {
        clearTimeout(guard);
        resolve({ status, signal, stdout, stderr });
      });
      child.stdin.end(options.input ?? '');
      options.onStart?.(child.pid!);
    });
  }

  function assertNoValue(run: Run, value: string): void {
    assert.ok(!run.stdout.includes(value) && !run.stderr.includes(value), 'the value appeared in the broker\'s output');
  }

  async function store(reference: string, value: string): Promise<void> {
    const put = await cli(['store', 'put', reference], { input: `${value}\n` });
    assert.equal(put.status, 0, put.stderr);
    assertNoValue(put, value);
  }

  function writePolicy(name: string, policy: unknown): string {
    const path = join(work, name);
    writeFileSync(path, JSON.stringify(policy));
    return path;
  }

  it('store put reads stdin (one newline dropped), list prints names only, run hands the child the value and passes its exit code', async () => {
    const token = synthetic.githubClassic();
    await store('keychain://secret-hygiene/github-GITHUB_TOKEN', token);
    const list = await cli(['store', 'list']);
    assert.equal(list.status, 0, list.stderr);
    assert.ok(list.stdout.split('\n').includes('keychain://secret-hygiene/github-GITHUB_TOKEN'), list.stdout);
    assertNoValue(list, token);
    const run = await cli(['run', '-e', 'GITHUB_TOKEN=keychain://secret-hygiene/github-GITHUB_TOKEN', '--', ...HASH_CHILD, 'GITHUB_TOKEN', '3']);
    assert.equal(run.status, 3, run.stderr);
    assert.equal(run.stdout.trim(), `sha256:${sha256(token)}`);
    assertNoValue(run, token);
    // The full CLI's own `run` (secret-hygiene.js run) behaves the same.
    const full = await cli(['run', '-e', 'GITHUB_TOKEN=keychain://secret-hygiene/github-GITHUB_TOKEN', '--', ...HASH_CHILD, 'GITHUB_TOKEN', '4'], { full: true });
    assert.equal(full.status, 4, full.stderr);
    assert.equal(full.stdout.trim(), `sha256:${sha256(token)}`);
  });

  it('store put on a terminal: a prompt that does not echo what is typed', async () => {
    const typed = `typed-${randomBytes(12).toString('hex')}`;
    // A pseudo-terminal from Python's pty module (python3 is installed by .ci/run): the CLI sees a TTY.
    const driver = [
      'import os, pty, sys, time',
      'pid, fd = pty.fork()',
      'if pid == 0: os.execvp(sys.argv[1], sys.argv[1:])',
      'out = b""',
      'deadline = time.time() + 30',
      'while b"input hidden" not in out and time.time() < deadline: out += os.read(fd, 1000)',
      'os.write(fd, sys.stdin.readline().strip().encode() + b"\\r")',
      'while True:',
      '    try: chunk = os.read(fd, 1000)',
      '    except OSError: break',
      '    if not chunk: break',
      '    out += chunk',
      '_, status = os.waitpid(pid, 0)',
      'sys.stdout.write(out.decode("utf8", "replace"))',
      'sys.exit(status >> 8)',
    ].join('\n');
    const run = await new Promise<Run>((resolve) => {
      const child = spawn('python3', ['-c', driver, process.execPath, cliEntry(['store']), 'store', 'put', 'keychain://svc/typed'], { cwd: work, env: environment() });
      let stdout = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
      child.on('close', (status, signal) => resolve({ status, signal, stdout, stderr: '' }));
      child.stdin.end(`${typed}\n`);
    });
    assert.equal(run.status, 0, run.stdout);
    assert.match(run.stdout, /Value for keychain:\/\/svc\/typed \(input hidden\): /);
    assert.ok(!run.stdout.includes(typed), `the typed value was echoed: ${JSON.stringify(run.stdout)}`);
    const check = await cli(['run', '-e', 'V=keychain://svc/typed', '--', ...HASH_CHILD, 'V']);
    assert.equal(check.stdout.trim(), `sha256:${sha256(typed)}`);
  });

  it('resolves an inherited variable whose value is a reference; an env file names references', async () => {
    const value = `sk-${randomBytes(20).toString('hex')}`;
    await store('keychain://svc/inherited', value);
    const inherited = await cli(['run', '--', ...HASH_CHILD, 'API_KEY'], { env: environment({ API_KEY: 'keychain://svc/inherited' }) });
    assert.equal(inherited.status, 0, inherited.stderr);
    assert.equal(inherited.stdout.trim(), `sha256:${sha256(value)}`);
    const file = join(work, 'refs.env');
    writeFileSync(file, '# references only\nexport API_KEY="keychain://svc/inherited"\n');
    const fromFile = await cli(['run', '--env-file', file, '--', ...HASH_CHILD, 'API_KEY']);
    assert.equal(fromFile.stdout.trim(), `sha256:${sha256(value)}`);
    writeFileSync(file, 'API_KEY=plain-value-not-a-reference\n');
    const literal = await cli(['run', '--env-file', file, '--', 'true']);
    assert.equal(literal.status, 125);
    assert.match(literal.stderr, /refs\.env:1: API_KEY: the value is not a reference/);
    assert.ok(!literal.stderr.includes('plain-value-not-a-reference'));
  });

  it('bad references and commands: unknown scheme (not echoed), not found, command not found (127)', async () => {
    const unknown = await cli(['run', '-e', 'X=https://user:hunter2@example.com', '--', 'true']);
    assert.equal(unknown.status, 125);
    assert.match(unknown.stderr, /unknown scheme "https:\/\/"/);
    assert.ok(!unknown.stderr.includes('hunter2'));
    const missing = await cli(['run', '-e', 'X=keychain://svc/nothing-here', '--', 'true']);
    assert.equal(missing.status, 125);
    assert.match(missing.stderr, /keychain:\/\/svc\/nothing-here: no such keychain entry/);
    const notFound = await cli(['run', '--', 'no-such-command-secret-hygiene']);
    assert.equal(notFound.status, 127);
    assert.match(notFound.stderr, /command not found/);
  });

  it('run --help prints the usage (exit 0); --help after the command goes to the command', async () => {
    const help = await cli(['run', '--help']);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /secret-hygiene run \[-e NAME=REF\]/);
    const passed = await cli(['run', '--', 'sh', '-c', 'echo "$1"', 'sh', '--help']);
    assert.equal(passed.status, 0, passed.stderr);
    assert.equal(passed.stdout.trim(), '--help');
  });

  it('op:// through the 1Password CLI: op read --no-newline; a missing item and a missing op are clear errors', async () => {
    const value = `op-${randomBytes(12).toString('hex')}`;
    const bin = join(work, 'fake-op-bin');
    const { mkdirSync, chmodSync } = await import('node:fs');
    mkdirSync(bin, { recursive: true });
    // A stand-in for op with the documented interface: `op read [--no-newline] REFERENCE`.
    writeFileSync(
      join(bin, 'op'),
      `#!/bin/sh\n[ "$1" = read ] && [ "$2" = --no-newline ] || { echo "[ERROR] unexpected arguments" >&2; exit 2; }\nif [ "$3" = "op://Private/api/credential" ]; then printf '%s' "${value}"; exit 0; fi\necho "[ERROR] could not read secret '$3': \"missing\" isn't an item in the \"Private\" vault" >&2\nexit 1\n`,
    );
    chmodSync(join(bin, 'op'), 0o755);
    const env = environment({ PATH: `${bin}:${process.env.PATH}` });
    const ok = await cli(['run', '-e', 'API=op://Private/api/credential', '--', ...HASH_CHILD, 'API'], { env });
    assert.equal(ok.status, 0, ok.stderr);
    assert.equal(ok.stdout.trim(), `sha256:${sha256(value)}`);
    assertNoValue(ok, value);
    const missing = await cli(['run', '-e', 'API=op://Private/missing/credential', '--', 'true'], { env });
    assert.equal(missing.status, 125);
    assert.match(missing.stderr, /API: op:\/\/Private\/missing\/credential: op read failed \(exit 1\): .*isn't an item/);
    // A tool that cannot be started must not hold the broker until its 30 s tool timeout (it did).
    const noOp = await cli(['run', '-e', 'API=op://Private/api/credential', '--', 'true'], { env: environment({ PATH: '/nonexistent-bin' }), hangGuardMs: 20_000 });
    assert.equal(noOp.status, 125);
    assert.match(noOp.stderr, /the 1Password CLI \(op\) is not on PATH/);
  });

  it('a child killed by a signal: exit 128+N', async () => {
    const run = await cli(['run', '--', 'node', '-e', "process.kill(process.pid, 'SIGKILL')"]);
    assert.equal(run.status, 137);
  });

  it('github-app:// mints a narrowed token against the emulator and revokes it when the child exits', async () => {
    await store('keychain://secret-hygiene/github-app-4242', appPem);
    const before = github.minted.length;
    const run = await cli(['run', '-e', 'GH_TOKEN=github-app://4242/777?permissions=contents:read,issues:write&repositories=alpha', '--', ...HASH_CHILD, 'GH_TOKEN']);
    assert.equal(run.status, 0, run.stderr);
    const minted = github.minted[before]!;
    assert.deepEqual(minted.permissions, { contents: 'read', issues: 'write' });
    assert.deepEqual(minted.repositories, ['alpha']);
    assert.equal(run.stdout.trim(), `sha256:${sha256(minted.token)}`);
    assertNoValue(run, minted.token);
    assert.match(run.stderr, new RegExp(`GH_TOKEN: minted a token from .* that expires at ${minted.expiresAt.replace('Z', '.000Z')}; it is revoked when node exits \\(if this broker is killed first, it still expires then\\)`));
    assert.ok(github.revoked.includes(minted.token), 'the token was not revoked');
    const claims = github.jwtClaims.at(-1)!;
    assert.equal(claims.iss, '4242');
    assert.ok((claims.exp as number) - (claims.iat as number) <= 660);
    const log = readFileSync(join(keyring.env.XDG_STATE_HOME!, 'secret-hygiene', 'audit.jsonl'), 'utf8');
    assert.ok(!log.includes(minted.token) && !log.includes('BEGIN PRIVATE KEY'));
    const events = log.trim().split('\n').map((line) => JSON.parse(line) as Record<string, string>);
    assert.ok(events.some((e) => e.type === 'broker.resolution' && e.scheme === 'github-app' && e.outcome === 'resolved' && e.command === 'node' && e.variable === 'GH_TOKEN'));
    assert.ok(events.some((e) => e.type === 'broker.revocation' && e.outcome === 'revoked'));
  });

  it('the broker interrupted (SIGTERM) forwards the signal, then still revokes', async () => {
    await store('keychain://secret-hygiene/github-app-4242', appPem);
    const before = github.minted.length;
    const marker = join(work, 'child-started');
    let finished = false;
    const child = `require('fs').writeFileSync(${JSON.stringify(marker)}, ''); process.on('SIGTERM', () => { console.log('child got SIGTERM'); process.exit(7); }); setInterval(() => {}, 1000);`;
    let brokerPid = 0;
    const running = cli(['run', '-e', 'GH_TOKEN=github-app://4242/777?permissions=contents:read', '--', 'node', '-e', child], { onStart: (pid) => (brokerPid = pid) });
    void running.then(() => (finished = true));
    while (!existsSync(marker) && !finished) await new Promise((resolve) => setTimeout(resolve, 20));
    if (!finished) process.kill(brokerPid, 'SIGTERM');
    const run = await running;
    assert.equal(run.status, 7, run.stderr);
    assert.match(run.stdout, /child got SIGTERM/);
    const minted = github.minted[before]!;
    assert.ok(github.revoked.includes(minted.token));
  });

  it('the broker interrupted (SIGINT) while minting: the child never starts, the token is revoked, exit 130', async () => {
    await store('keychain://secret-hygiene/github-app-4242', appPem);
    const before = github.minted.length;
    const marker = join(work, 'never-started');
    github.delayNext(1500);
    let brokerPid = 0;
    let finished = false;
    const running = cli(['run', '-e', 'GH_TOKEN=github-app://4242/777?permissions=contents:read', '--', 'node', '-e', `require('fs').writeFileSync(${JSON.stringify(marker)}, '')`], { onStart: (pid) => (brokerPid = pid) });
    void running.then(() => (finished = true));
    // The token request has reached "GitHub": the broker is waiting for its answer.
    while (github.minted.length === before && !finished) await new Promise((resolve) => setTimeout(resolve, 20));
    if (!finished) process.kill(brokerPid, 'SIGINT');
    const run = await running;
    assert.equal(run.status, 130, run.stderr);
    assert.equal(existsSync(marker), false, 'the child was started');
    assert.ok(github.revoked.includes(github.minted[before]!.token), 'the token was not revoked');
  });

  it('GitHub faults: 401 (another key), 422 (permission not granted), 503; nothing started, no value printed', async () => {
    const marker = join(work, 'must-not-start');
    const touch = ['node', '-e', `require('fs').writeFileSync(${JSON.stringify(marker)}, '')`];
    const otherKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    await store('keychain://svc/other-app-key', otherKey);
    const unauthorized = await cli(['run', '-e', 'T=github-app://4242/777?permissions=contents:read&key=keychain://svc/other-app-key', '--', ...touch]);
    assert.equal(unauthorized.status, 125);
    assert.match(unauthorized.stderr, /GitHub rejected the App's JWT \(401/);
    const unprocessable = await cli(['run', '-e', 'T=github-app://4242/777?permissions=administration:write', '--', ...touch]);
    assert.equal(unprocessable.status, 125);
    assert.match(unprocessable.stderr, /422: The permissions requested are not granted/);
    github.failNext(503);
    const unavailable = await cli(['run', '-e', 'T=github-app://4242/777?permissions=contents:read', '--', ...touch]);
    assert.equal(unavailable.status, 125);
    assert.match(unavailable.stderr, /GitHub is unavailable \(503\)/);
    github.failNext(403);
    const forbidden = await cli(['run', '-e', 'T=github-app://4242/777?permissions=contents:read', '--', ...touch]);
    assert.equal(forbidden.status, 125);
    assert.match(forbidden.stderr, /refused the token \(403/);
    assert.equal(existsSync(marker), false);
    for (const run of [unauthorized, unprocessable, unavailable, forbidden]) assertNoValue(run, otherKey.split('\n')[1]!);
  });

  it('an App key that is not a private key: a clear error that never shows it', async () => {
    const notAKey = `not-a-key-${randomBytes(8).toString('hex')}`;
    await store('keychain://svc/broken-app-key', notAKey);
    const run = await cli(['run', '-e', 'T=github-app://4242/777?permissions=contents:read&key=keychain://svc/broken-app-key', '--', 'true']);
    assert.equal(run.status, 125);
    assert.match(run.stderr, /the App key at keychain:\/\/svc\/broken-app-key is not a PEM private key/);
    assertNoValue(run, notAKey);
  });

  it('policy refusals: scheme not allowed, provider requires github-app, token lifetime; each says why', async () => {
    const token = synthetic.githubClassic();
    await store('keychain://svc/pat', token);
    const onlyKeychain = writePolicy('only-keychain.json', { broker: { allowedSchemes: ['keychain'] } });
    const envRefused = await cli(['run', '-e', 'X=env://HOME', '--', 'true'], { env: environment({ SECRET_HYGIENE_POLICY: onlyKeychain }) });
    assert.equal(envRefused.status, 125);
    assert.match(envRefused.stderr, /refused by policy: X=env:\/\/HOME: the policy does not allow env:\/\/ references/);
    const requireApp = writePolicy('require-app.json', { broker: { requiredSchemes: { github: 'github-app' } } });
    const patRefused = await cli(['run', '-e', 'GITHUB_TOKEN=keychain://svc/pat', '--', ...HASH_CHILD, 'GITHUB_TOKEN'], { env: environment({ SECRET_HYGIENE_POLICY: requireApp }) });
    assert.equal(patRefused.status, 125);
    assert.match(patRefused.stderr, /holds a github credential; the policy requires github credentials to come from github-app:\/\/ references/);
    assert.equal(patRefused.stdout, '');
    assertNoValue(patRefused, token);
    const appAllowed = await cli(['run', '-e', 'GH=github-app://4242/777?permissions=metadata:read', '--', 'true'], { env: environment({ SECRET_HYGIENE_POLICY: requireApp }) });
    assert.equal(appAllowed.status, 0, appAllowed.stderr);
    const shortLived = writePolicy('short.json', { broker: { maxTokenLifetimeMinutes: 30 } });
    const tooLong = await cli(['run', '-e', 'GH=github-app://4242/777?permissions=metadata:read', '--', 'true'], { env: environment({ SECRET_HYGIENE_POLICY: shortLived }) });
    assert.equal(tooLong.status, 125);
    assert.match(tooLong.stderr, /live 60 minutes, longer than the policy's broker.maxTokenLifetimeMinutes \(30\)/);
  });

  it('no keyring daemon (no session bus): a clear error, exit 125', async () => {
    const env = environment({ XDG_RUNTIME_DIR: join(work, 'no-runtime') });
    delete env.DBUS_SESSION_BUS_ADDRESS;
    const run = await cli(['run', '-e', 'X=keychain://svc/inherited', '--', 'true'], { env });
    assert.equal(run.status, 125);
    assert.match(run.stderr, /X: keychain:\/\/svc\/inherited: no Secret Service keyring on the session bus .*DBUS_SESSION_BUS_ADDRESS is not set/);
    const put = await cli(['store', 'put', 'keychain://svc/x'], { env, input: 'v' });
    assert.equal(put.status, 2);
    assert.match(put.stderr, /DBUS_SESSION_BUS_ADDRESS is not set/);
  });

  it('store delete: exit 0, then 1 when nothing is left; a locked keyring is named as such', async () => {
    await store('keychain://svc/to-delete', randomBytes(16).toString('hex'));
    assert.equal((await cli(['store', 'delete', 'keychain://svc/to-delete'])).status, 0);
    const again = await cli(['store', 'delete', 'keychain://svc/to-delete']);
    assert.equal(again.status, 1);
    assert.match(again.stderr, /Nothing stored at keychain:\/\/svc\/to-delete/);
    await store('keychain://svc/behind-lock', randomBytes(16).toString('hex'));
    keyring.lock();
    const locked = await cli(['run', '-e', 'X=keychain://svc/behind-lock', '--', 'true']);
    assert.equal(locked.status, 125);
    assert.match(locked.stderr, /X: keychain:\/\/svc\/behind-lock: the keyring is locked/);
  });
});
