import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { formatText } from '../src/agents/command.js';
import { takeInventory } from '../src/agents/inventory.js';
import { installHooks } from '../src/hooks/install.js';
import { makeGithubPat } from './fixtures.js';
import { tempDir } from './support/temp-dir.js';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const PAT = makeGithubPat([...randomBytes(30)].map((byte) => BASE62[byte % 62]).join(''));


function write(root: string, relative: string, text: string): void {
  mkdirSync(dirname(join(root, relative)), { recursive: true });
  writeFileSync(join(root, relative), text);
}

/** A Linux home holding one config per client, in each client's documented place and shape. */
function fakeHome(): { home: string; project: string } {
  const home = tempDir('sh-agents-home-');
  const project = tempDir('sh-agents-project-');
  const stdio = (name: string) => ({ command: 'npx', args: ['-y', `@example/${name}-mcp`] });
  write(home, '.config/Code/User/mcp.json', JSON.stringify({ servers: { github: { type: 'http', url: 'https://api.githubcopilot.com/mcp/' } }, inputs: [] }));
  write(home, '.cursor/mcp.json', JSON.stringify({ mcpServers: { github: { ...stdio('github'), env: { GITHUB_PERSONAL_ACCESS_TOKEN: PAT } } } }));
  write(home, '.claude.json', JSON.stringify({ mcpServers: { fs: stdio('fs') }, projects: { '/work/app': { mcpServers: { sentry: { type: 'sse', url: 'https://mcp.sentry.dev/sse' } } } } }));
  write(home, '.config/Claude/claude_desktop_config.json', JSON.stringify({ mcpServers: { notes: stdio('notes') } }));
  write(home, '.codeium/windsurf/mcp_config.json', JSON.stringify({ mcpServers: { linear: { serverUrl: 'https://mcp.linear.app/sse' } } }));
  write(home, '.continue/config.yaml', 'name: local\nversion: 1.0.0\nmcpServers:\n  - name: sqlite\n    command: uvx\n    args: [mcp-server-sqlite]\n');
  write(home, '.config/zed/settings.json', '// Zed settings\n{ "context_servers": { "postgres": { "command": "postgres-mcp", "args": ["--token=placeholder-not-shown"] } } }');
  write(home, '.config/Code/User/globalStorage/saoudrizwan.claude-dev/settings/cline_mcp_settings.json', JSON.stringify({ mcpServers: { browser: stdio('browser') } }));
  write(home, '.codex/config.toml', '[mcp_servers.docs]\ncommand = "npx"\nargs = ["-y", "docs-mcp"]\n\n[mcp_servers.docs.env]\nAPI_KEY = "x"\n');
  write(home, '.gemini/settings.json', JSON.stringify({ mcpServers: { weather: { httpUrl: 'https://weather.example.com/mcp?key=abc' } } }));
  write(project, '.mcp.json', JSON.stringify({ mcpServers: { local: stdio('local') } }));
  return { home, project };
}

describe('agents inventory', () => {
  it('finds every client\'s config, its MCP servers and transports, and the credential a server gets (masked)', () => {
    const { home, project } = fakeHome();
    const inventory = takeInventory({ home, project, platform: 'linux', env: {} });
    const byClient = Object.fromEntries(inventory.clients.map((client) => [client.client, client]));
    assert.deepEqual(Object.keys(byClient).sort(), ['claude-code', 'claude-desktop', 'cline', 'codex', 'continue', 'cursor', 'gemini', 'vscode', 'windsurf', 'zed']);
    const servers = (client: string) => byClient[client]!.configs.flatMap((config) => config.servers.map((server) => `${server.name}:${server.transport}`));
    assert.deepEqual(servers('vscode'), ['github:http']);
    assert.deepEqual(servers('claude-code').sort(), ['fs:stdio', 'local:stdio', 'sentry:sse']);
    assert.deepEqual(servers('windsurf'), ['linear:sse']);
    assert.deepEqual(servers('continue'), ['sqlite:stdio']);
    assert.deepEqual(servers('zed'), ['postgres:stdio']);
    assert.deepEqual(servers('codex'), ['docs:stdio']);
    assert.deepEqual(servers('gemini'), ['weather:http']);

    const github = byClient.cursor!.configs[0]!.servers[0]!;
    assert.equal(github.command, 'npx -y @example/github-mcp');
    assert.equal(github.credentials.length, 1);
    assert.equal(github.credentials[0]!.ruleId, 'github-classic-pat');
    assert.equal(github.credentials[0]!.lifetime, 'long-lived');
    assert.equal(github.credentials[0]!.field, 'mcpServers.github.env.GITHUB_PERSONAL_ACCESS_TOKEN');
    assert.ok(byClient.cursor!.score < byClient.vscode!.score, 'a client handing out a long-lived token scores lower');
    assert.equal(byClient.cursor!.hooks, 'missing');
    assert.equal(byClient.windsurf!.hooks, 'not-supported');

    // Arguments and URLs are shown without what could be a token.
    assert.equal(byClient.zed!.configs[0]!.servers[0]!.command, 'postgres-mcp --token=…');
    assert.equal(byClient.gemini!.configs[0]!.servers[0]!.url, 'https://weather.example.com/mcp?…');

    const json = JSON.stringify(inventory);
    const text = formatText(inventory);
    for (const output of [json, text]) {
      assert.ok(!output.includes(PAT), 'a raw secret was printed');
      assert.ok(!output.includes('placeholder-not-shown'));
      assert.ok(!output.includes('key=abc'));
    }
    assert.match(text, /Cursor: score \d+ \([A-F]\), secret-hygiene hooks missing/);
    assert.match(text, /✗ github-classic-pat ghp_…/);
  });

  it('reports our hooks once installed', () => {
    const { home, project } = fakeHome();
    installHooks('cursor', 'user', { home, project }, '"/usr/bin/node" "/opt/hook.cjs" cursor');
    const cursor = takeInventory({ home, project, platform: 'linux', env: {} }).clients.find((client) => client.client === 'cursor')!;
    assert.equal(cursor.hooks, 'installed');
  });

  it('does not follow a symlink out of the home, and says so', () => {
    const home = tempDir('sh-agents-home-');
    const outside = tempDir('sh-agents-outside-');
    write(outside, 'mcp.json', JSON.stringify({ mcpServers: { leak: { command: 'x', env: { TOKEN: PAT } } } }));
    mkdirSync(join(home, '.cursor'));
    symlinkSync(join(outside, 'mcp.json'), join(home, '.cursor/mcp.json'));
    const cursor = takeInventory({ home, project: tempDir('sh-agents-project-'), platform: 'linux', env: {} }).clients.find((client) => client.client === 'cursor')!;
    assert.equal(cursor.configs.length, 1);
    assert.deepEqual(cursor.configs[0]!.servers, []);
    assert.match(cursor.configs[0]!.problem!, /symbolic link leading out/);
  });

  it('uses the per-OS locations: macOS Application Support, Windows %APPDATA%', () => {
    const home = tempDir('sh-agents-home-');
    write(home, 'Library/Application Support/Claude/claude_desktop_config.json', JSON.stringify({ mcpServers: { mac: { command: 'a' } } }));
    const mac = takeInventory({ home, project: tempDir('sh-agents-project-'), platform: 'darwin', env: {} });
    assert.deepEqual(mac.clients.map((client) => client.client), ['claude-desktop']);
    const appData = tempDir('sh-agents-appdata-');
    write(appData, 'Claude/claude_desktop_config.json', JSON.stringify({ mcpServers: { win: { command: 'a' } } }));
    const windows = takeInventory({ home, project: tempDir('sh-agents-project-'), platform: 'win32', env: { APPDATA: appData } });
    assert.equal(windows.clients.find((client) => client.client === 'claude-desktop')!.configs[0]!.servers[0]!.name, 'win');
  });
});
