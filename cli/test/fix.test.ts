/**
 * `scan --fix` as a user runs it: this tree's CLI built privately, a real gnome-keyring-daemon in a
 * private session bus (support/keyring.ts), a Claude Desktop config holding synthetic tokens.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'jsonc-parser';
import { base62, crc32 } from '../../core/src/tokens/checksum.js';
import { runBuiltCli } from './built-cli.js';
import { startTestKeyring, type TestKeyring } from './support/keyring.js';
import { tempDir } from './support/temp-dir.js';

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** A random classic PAT with a valid checksum (30 base62 characters + their CRC32 in 6). */
function githubPat(): string {
  const body = Array.from(crypto.getRandomValues(new Uint8Array(30)), (b) => ALPHABET[b % 62]).join('');
  return `ghp_${body}${base62(crc32(body), 6)}`;
}

function desktopConfig(token: string, remoteToken: string): string {
  return `{
  // Claude Desktop's servers
  "mcpServers": {
    "github": {
      "command": "npx",
      "args": ["-y", "@modelcontextprotocol/server-github"],
      "env": { "GITHUB_PERSONAL_ACCESS_TOKEN": "${token}", "LOG_LEVEL": "info" }
    },
    "remote": { "url": "https://mcp.example.test/sse", "headers": { "Authorization": "${remoteToken}" } }
  }
}
`;
}

/** A project folder with the config at Claude Desktop's Linux path, and no policy from the machine. */
function project(text: string): { dir: string; config: string } {
  const dir = tempDir('sh-fix-');
  mkdirSync(join(dir, '.config/Claude'), { recursive: true });
  const config = join(dir, '.config/Claude/claude_desktop_config.json');
  writeFileSync(config, text);
  return { dir, config };
}

describe('scan --fix (built CLI, real test keyring)', () => {
  let keyring: TestKeyring;
  before(async () => {
    keyring = await startTestKeyring();
  });
  after(async () => keyring?.stop());

  const cli = (args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) =>
    runBuiltCli(args, { cwd, env: { ...keyring.env, SECRET_HYGIENE_POLICY: 'none', ...env }, timeoutMs: 120_000 });
  const lookup = (account: string) =>
    spawnSync('secret-tool', ['lookup', 'service', 'secret-hygiene', 'account', account], { env: { ...process.env, ...keyring.env }, encoding: 'utf8' });

  it('stores the token in the keychain, wraps the server with secret-hygiene run, backs the file up, prints nothing unmasked', () => {
    const token = githubPat();
    const remote = githubPat();
    const original = desktopConfig(token, remote);
    const { dir, config } = project(original);
    const run = cli(['scan', '--fix', '.'], dir);
    assert.equal(run.status, 1, `one finding is left (the remote server): ${run.stdout}${run.stderr}`);
    for (const output of [run.stdout, run.stderr]) for (const secret of [token, remote]) assert.ok(!output.includes(secret), `unmasked in output: ${output}`);

    const reference = 'keychain://secret-hygiene/github-GITHUB_PERSONAL_ACCESS_TOKEN';
    assert.match(run.stdout, new RegExp(`^fixed  .*claude_desktop_config\\.json:\\d+:\\d+ github-classic-pat ghp_.*→ ${reference.replace(/[/.]/g, '\\$&')} \\(stored in the OS keychain\\)$`, 'm'));
    assert.match(run.stdout, /^left   .*remote \(HTTP\) server/m);
    assert.match(run.stdout, /^backup .*claude_desktop_config\.json\.secret-hygiene\.bak/m);

    const stored = lookup('github-GITHUB_PERSONAL_ACCESS_TOKEN');
    assert.equal(stored.status, 0, stored.stderr);
    assert.equal(stored.stdout, token, 'the keyring holds the value');

    const rewritten = readFileSync(config, 'utf8');
    assert.ok(!rewritten.includes(token), 'the literal left the file');
    assert.ok(rewritten.includes('// Claude Desktop'), 'comments survive');
    const server = parse(rewritten).mcpServers.github;
    assert.deepEqual(server, {
      command: 'secret-hygiene',
      args: ['run', '-e', `GITHUB_PERSONAL_ACCESS_TOKEN=${reference}`, '--', 'npx', '-y', '@modelcontextprotocol/server-github'],
      env: { LOG_LEVEL: 'info' },
    });
    const backup = `${config}.secret-hygiene.bak`;
    assert.equal(readFileSync(backup, 'utf8'), original);
    assert.equal(statSync(backup).mode & 0o777, 0o600, 'the backup holds the old values: owner only');

    // Idempotent: a second run fixes nothing more, writes no second backup, leaves the file as it was.
    const again = cli(['scan', '--fix', '.'], dir);
    assert.equal(again.status, 1);
    assert.match(again.stdout, /0 fixed, 1 left/);
    assert.equal(readFileSync(config, 'utf8'), rewritten);
    assert.ok(!existsSync(`${config}.secret-hygiene.1.bak`));
  });

  it('a second secret of an entry already wrapped extends its -e list', () => {
    const { dir, config } = project(desktopConfig(githubPat(), githubPat()));
    assert.equal(cli(['scan', '--fix', '.'], dir).status, 1);
    const slack = 'xoxb-' + '2234567890-2234567890123-' + Array.from(crypto.getRandomValues(new Uint8Array(24)), (b) => ALPHABET[b % 62]).join('');
    const text = readFileSync(config, 'utf8').replace('"LOG_LEVEL": "info"', `"LOG_LEVEL": "info", "SLACK_BOT_TOKEN": "${slack}"`);
    writeFileSync(config, text);
    const run = cli(['scan', '--fix', '.'], dir);
    assert.ok(!run.stdout.includes(slack));
    const args: string[] = parse(readFileSync(config, 'utf8')).mcpServers.github.args;
    assert.deepEqual(args.filter((a) => a === 'run' || a === '--'), ['run', '--'], 'wrapped once');
    assert.ok(args.includes('SLACK_BOT_TOKEN=keychain://secret-hygiene/github-SLACK_BOT_TOKEN'), args.join(' '));
    assert.equal(lookup('github-SLACK_BOT_TOKEN').stdout, slack);
    assert.ok(existsSync(`${config}.secret-hygiene.1.bak`), 'an earlier backup is never overwritten');
  });

  it('the rewritten entry runs: `secret-hygiene run` hands its child the value and prints none', () => {
    const token = githubPat();
    const printHash = "process.stdout.write(require('node:crypto').createHash('sha256').update(process.env.GITHUB_TOKEN ?? '').digest('hex'))";
    const { dir, config } = project(`${JSON.stringify({ mcpServers: { gh: { command: process.execPath, args: ['-e', printHash], env: { GITHUB_TOKEN: token } } } }, null, 2)}\n`);
    assert.equal(cli(['scan', '--fix', '.'], dir).status, 0);
    const server = parse(readFileSync(config, 'utf8')).mcpServers.gh;
    assert.equal(server.command, 'secret-hygiene');
    // As the client starts it, this tree's CLI standing for `secret-hygiene` on PATH.
    const run = cli(server.args, dir);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stdout, createHash('sha256').update(token).digest('hex'));
    assert.ok(!run.stdout.includes(token) && !run.stderr.includes(token));
  });

  it("VS Code's mcp.json: a stdio server is wrapped, an input's default is left for the editor's quick fix", () => {
    const dir = tempDir('sh-fix-vscode-');
    mkdirSync(join(dir, '.vscode'));
    const [a, b] = [githubPat(), githubPat()];
    const text = JSON.stringify({ inputs: [{ type: 'promptString', id: 'gh', password: true, default: b }], servers: { gh: { type: 'stdio', command: 'gh-mcp', env: { GITHUB_TOKEN: a } } } }, null, 2);
    writeFileSync(join(dir, '.vscode/mcp.json'), text);
    const run = cli(['scan', '--fix', '.'], dir);
    assert.equal(run.status, 1, run.stdout + run.stderr);
    assert.match(run.stdout, /^left   .*mcp\.json.*stored in vscode-secret-storage, which --fix does not write/m);
    const fixed = parse(readFileSync(join(dir, '.vscode/mcp.json'), 'utf8'));
    assert.equal(fixed.servers.gh.command, 'secret-hygiene');
    assert.equal(fixed.inputs[0].default, b, 'left as it was');
    assert.equal(lookup('gh-GITHUB_TOKEN').stdout, a);
  });

  it('a locked keychain: exit 2, the file unchanged, no backup', () => {
    const token = githubPat();
    const original = desktopConfig(token, githubPat());
    const { dir, config } = project(original);
    keyring.lock();
    const run = cli(['scan', '--fix', '.'], dir);
    assert.equal(run.status, 2, run.stdout + run.stderr);
    assert.match(run.stderr, /claude_desktop_config\.json: the OS keychain cannot be used .*this file was not changed/);
    assert.ok(!run.stdout.includes(token) && !run.stderr.includes(token));
    assert.equal(readFileSync(config, 'utf8'), original);
    assert.ok(!existsSync(`${config}.secret-hygiene.bak`));
  });

  it('no keychain at all (no session bus): exit 2, the file unchanged', () => {
    const original = desktopConfig(githubPat(), githubPat());
    const { dir, config } = project(original);
    const run = cli(['scan', '--fix', '.'], dir, { DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/bus' });
    assert.equal(run.status, 2, run.stdout + run.stderr);
    assert.match(run.stderr, /the OS keychain cannot be used/);
    assert.equal(readFileSync(config, 'utf8'), original);
    assert.ok(!existsSync(`${config}.secret-hygiene.bak`));
  });

  it('only agent configs are touched, and --fix refuses history and other formats', () => {
    const dir = tempDir('sh-fix-src-');
    const source = `const token = "${githubPat()}";\n`;
    writeFileSync(join(dir, 'app.js'), source);
    const run = cli(['scan', '--fix', '.'], dir);
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.equal(readFileSync(join(dir, 'app.js'), 'utf8'), source);
    assert.equal(cli(['scan', '--fix', '--git', '.'], dir).status, 2);
    assert.match(cli(['scan', '--fix', '--format', 'json', '.'], dir).stderr, /--fix prints what it did as text/);
  });
});
