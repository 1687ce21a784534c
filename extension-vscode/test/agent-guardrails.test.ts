/**
 * The Agent Guardrails view's pure parts: reading the CLI's inventory (another program's output, checked
 * field by field) and what the view draws from it in a trusted and in an untrusted workspace.
 * The view in a real VS Code, with the real CLI: test/e2e-vscode/suite/agent-guardrails.e2e.ts.
 */
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CliNotFoundError } from '../src/agents/cli.js';
import { findOnPath, resolveCli } from '../src/agents/node-cli.js';
import { InventoryFormatError, parseInventory } from '../src/agents/inventory.js';
import { guardrailNodes, nodeLines } from '../src/agents/view-model.js';

const INVENTORY = {
  version: 1,
  clients: [
    {
      client: 'claude-code',
      name: 'Claude Code',
      configs: [
        {
          path: '/repo/.mcp.json',
          scope: 'project',
          servers: [
            {
              name: 'github',
              command: 'npx -y server-github',
              transport: 'stdio',
              credentials: [{ ruleId: 'github-classic-pat', severity: 'critical', lifetime: 'long-lived', redacted: 'ghp_…Zq9x', fingerprint: 'x', line: 6, field: 'mcpServers.github.env.T' }],
            },
          ],
          otherCredentials: [],
        },
        { path: '/repo/.claude/settings.json', scope: 'project', servers: [], otherCredentials: [], problem: 'a symbolic link leading out of its folder: not followed' },
      ],
      hooks: 'missing',
      score: 5,
      grade: 'F',
    },
    { client: 'zed', name: 'Zed', configs: [], hooks: 'not-supported', score: 100, grade: 'A' },
  ],
};

describe('Agent Guardrails: the CLI inventory', () => {
  it('reads the CLI’s JSON, keeping the fields the view shows', () => {
    const inventory = parseInventory(JSON.stringify(INVENTORY));
    assert.equal(inventory.clients.length, 2);
    assert.deepEqual(inventory.clients[0]!.configs[0]!.servers[0]!.credentials[0], {
      ruleId: 'github-classic-pat',
      severity: 'critical',
      lifetime: 'long-lived',
      redacted: 'ghp_…Zq9x',
      line: 6,
      field: 'mcpServers.github.env.T',
    });
  });

  it('an output that is not the inventory is an error naming the field (never a half-drawn view)', () => {
    assert.throws(() => parseInventory('Usage: secret-hygiene …'), (error: Error) => error instanceof InventoryFormatError && /not JSON/.test(error.message));
    assert.throws(() => parseInventory('{"version":2,"clients":[]}'), /not version 1/);
    const broken = structuredClone(INVENTORY);
    (broken.clients[0]!.configs[0]!.servers[0]!.credentials[0] as Record<string, unknown>).redacted = 42;
    assert.throws(() => parseInventory(JSON.stringify(broken)), /^InventoryFormatError: clients\[0\]\.configs\[0\]\.servers\[0\]\.credentials\[0\]\.redacted is not a string$/);
    const badHooks = structuredClone(INVENTORY);
    (badHooks.clients[1] as Record<string, unknown>).hooks = 'maybe';
    assert.throws(() => parseInventory(JSON.stringify(badHooks)), /clients\[1\]\.hooks is not a hook state/);
  });
});

describe('Agent Guardrails: what the view draws', () => {
  const inventory = parseInventory(JSON.stringify(INVENTORY));

  it('trusted: each client with score and hooks, its configs, servers and masked credentials; missing hooks can be installed', () => {
    const nodes = guardrailNodes({ kind: 'ready', inventory, folder: '/repo', trusted: true });
    assert.deepEqual(nodeLines(nodes), [
      'Claude Code — score 5 (F) · 1 credential · hooks not installed',
      '  Secret Hygiene hooks: not installed — click to install for this workspace',
      '  /repo/.mcp.json — project',
      '    MCP server github — [stdio] npx -y server-github',
      '      github-classic-pat ghp_…Zq9x — critical, long-lived',
      '  /repo/.claude/settings.json — project: a symbolic link leading out of its folder: not followed',
      'Zed — score 100 (A) · 0 credentials · no hooks (client has none we install)',
    ]);
    const hooks = nodes[0]!.children[0]!;
    assert.deepEqual(hooks.command, { id: 'secretHygiene.installAgentHooks', title: 'Install Hooks for This Workspace', arguments: ['claude-code'] });
    assert.equal(nodes[0]!.children[1]!.openPath, '/repo/.mcp.json');
    assert.equal(nodes[0]!.children[2]!.openPath, undefined, 'a config that was not read is not opened');
  });

  it('untrusted (Restricted Mode): read only, no install action anywhere', () => {
    const nodes = guardrailNodes({ kind: 'ready', inventory, folder: '/repo', trusted: false });
    const lines = nodeLines(nodes);
    assert.equal(lines[0], 'Restricted Mode: read only — hooks are not installed in an untrusted workspace');
    assert.ok(lines.includes('  Secret Hygiene hooks: not installed — Restricted Mode: trust the workspace to install'));
    const commands = JSON.stringify(nodes).match(/installAgentHooks/g);
    assert.equal(commands, null);
  });

  it('the web host and a missing CLI say what to do', () => {
    assert.deepEqual(nodeLines(guardrailNodes({ kind: 'unavailable', reason: 'no processes in a browser' })), ['Agent Guardrails is unavailable in this editor — no processes in a browser']);
    const missing = guardrailNodes({ kind: 'problem', reason: 'The secret-hygiene CLI is needed', openSettings: true });
    assert.deepEqual(missing[0]!.command, { id: 'workbench.action.openSettings', title: 'Open Settings', arguments: ['secretHygiene.cliPath'] });
  });
});

describe('Agent Guardrails: which program runs', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'sh-agents-cli-'));
    for (const name of ['bin/secret-hygiene', 'workspace/secret-hygiene']) {
      const path = join(dir, name);
      mkdirSync(join(path, '..'), { recursive: true });
      writeFileSync(path, '#!/bin/sh\n');
      chmodSync(path, 0o755);
    }
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('a name is looked up on the absolute PATH entries only: a relative entry (the workspace as cwd) never supplies it', () => {
    const cwd = process.cwd();
    process.chdir(join(dir, 'workspace'));
    try {
      assert.equal(findOnPath('secret-hygiene', { PATH: ['.', 'node_modules/.bin'].join(':') }), undefined);
      assert.equal(findOnPath('secret-hygiene', { PATH: ['.', join(dir, 'bin')].join(':') }), join(dir, 'bin/secret-hygiene'));
    } finally {
      process.chdir(cwd);
    }
  });

  it('a relative path is refused; an absolute one must be an executable file; a .js file needs node on PATH', () => {
    assert.throws(() => resolveCli('./tools/secret-hygiene'), (error: Error) => error instanceof CliNotFoundError && /absolute path or a command name/.test(error.message));
    assert.deepEqual(resolveCli(join(dir, 'bin/secret-hygiene')), [join(dir, 'bin/secret-hygiene')]);
    assert.throws(() => resolveCli(join(dir, 'missing')), /is not an executable file/);
    assert.throws(() => resolveCli(join(dir, 'missing.js')), /does not exist/);
  });
});
