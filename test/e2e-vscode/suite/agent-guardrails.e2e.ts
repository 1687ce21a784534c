/**
 * Issue 16 item 4, in a real VS Code (trusted workspace): the Agent Guardrails view shows the same
 * inventory as `secret-hygiene agents --format json` (run.mjs names a private build of this tree's CLI
 * in the user's secretHygiene.cliPath), masked, and installs the hooks for the workspace; the installed
 * hook then denies a prompt carrying a token.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'jsonc-parser';
import * as vscode from 'vscode';
import type { GuardrailsSnapshot, InstallOutcome } from '../../../extension-vscode/src/agents/guardrails.js';
import { githubClassicPat } from '../../../extension-vscode/test/support/tokens.js';
import { EXTENSION_ID } from './helpers.js';

export default function registerAgentGuardrailsTests(): void {
  describe('Agent Guardrails (issue 16)', () => {
    let folder: string;
    const token = githubClassicPat(41);
    const created: string[] = [];
    let claudeSettingsBefore: string | undefined;

    before(async () => {
      await vscode.extensions.getExtension(EXTENSION_ID)!.activate();
      folder = vscode.workspace.workspaceFolders![0]!.uri.fsPath;
      // A user-level config (the run's isolated HOME) of a client the examples do not cover, holding a token built here.
      const windsurf = join(homedir(), '.codeium/windsurf');
      mkdirSync(windsurf, { recursive: true });
      writeFileSync(join(windsurf, 'mcp_config.json'), JSON.stringify({ mcpServers: { tracker: { command: 'npx', args: ['-y', 'tracker-mcp'], env: { GITHUB_TOKEN: token } } } }, null, 2));
      created.push(join(homedir(), '.codeium'));
      const claudeSettings = join(folder, '.claude/settings.json');
      claudeSettingsBefore = existsSync(claudeSettings) ? readFileSync(claudeSettings, 'utf8') : undefined;
    });

    after(() => {
      for (const path of created) rmSync(path, { recursive: true, force: true });
      // The examples' own .claude/settings.json as it was (and no backup left for the next tests' scans).
      const claudeDir = join(folder, '.claude');
      if (claudeSettingsBefore !== undefined) writeFileSync(join(claudeDir, 'settings.json'), claudeSettingsBefore);
      for (const name of existsSync(claudeDir) ? readdirSync(claudeDir) : []) {
        if (name !== 'settings.json') rmSync(join(claudeDir, name), { force: true });
      }
    });

    it('the view shows the CLI’s inventory: clients, configs, MCP servers, masked credentials with lifetime, hooks and score', async () => {
      const snapshot = await vscode.commands.executeCommand<GuardrailsSnapshot>('secretHygiene.showAgentGuardrails');
      assert.equal(snapshot.state, 'ready', JSON.stringify(snapshot));
      assert.equal(snapshot.folder, folder);
      assert.equal(snapshot.trusted, true);
      const windsurf = snapshot.inventory!.clients.find((client) => client.client === 'windsurf');
      assert.ok(windsurf, snapshot.lines.join('\n'));
      const config = windsurf.configs.find((c) => c.path === join(homedir(), '.codeium/windsurf/mcp_config.json'))!;
      assert.equal(config.scope, 'user');
      assert.deepEqual(
        config.servers.map((s) => ({ name: s.name, transport: s.transport, rules: s.credentials.map((c) => `${c.ruleId} ${c.lifetime} ${c.field}`) })),
        [{ name: 'tracker', transport: 'stdio', rules: ['github-classic-pat long-lived mcpServers.tracker.env.GITHUB_TOKEN'] }],
      );
      assert.equal(windsurf.hooks, 'not-supported');
      assert.ok(windsurf.score < 100);

      // The examples' Claude Code config: its project .mcp.json and the token in .claude/settings.json.
      const claude = snapshot.inventory!.clients.find((client) => client.client === 'claude-code')!;
      assert.equal(claude.hooks, 'missing');
      assert.ok(claude.configs.some((c) => c.path === join(folder, '.claude/settings.json') && c.otherCredentials.some((f) => f.ruleId.startsWith('sentry'))));

      // The same inventory the CLI prints in the same folder (the view adds nothing and drops nothing).
      const cli = vscode.workspace.getConfiguration('secretHygiene').inspect<string>('cliPath')!.globalValue!;
      const direct = spawnSync('node', [cli, 'agents', '--format', 'json'], { cwd: folder, encoding: 'utf8' });
      const printed = JSON.parse(direct.stdout) as { clients: { client: string; score: number; hooks: string }[] };
      assert.deepEqual(
        snapshot.inventory!.clients.map((c) => `${c.client} ${c.score} ${c.hooks}`),
        printed.clients.map((c) => `${c.client} ${c.score} ${c.hooks}`),
      );

      // As drawn: the client line with its score and hook state, the server, the masked credential.
      const lines = snapshot.lines.join('\n');
      assert.match(lines, /^Windsurf — score \d+ \([A-F]\) · 1 credential · no hooks/m);
      assert.match(lines, /^ {4}MCP server tracker — \[stdio\] npx -y tracker-mcp$/m);
      assert.match(lines, new RegExp(`^ {6}github-classic-pat ghp_…${token.slice(-4)} — critical, long-lived$`, 'm'));
      assert.match(lines, /^ {2}Secret Hygiene hooks: not installed — click to install for this workspace$/m);
      assert.ok(!JSON.stringify(snapshot).includes(token), 'the raw token appears in the view');
    });

    it('installs the Claude Code hooks for the workspace (keeping the file’s other settings); the installed hook denies a prompt with a token', async function () {
      this.timeout(200_000);
      const outcome = await vscode.commands.executeCommand<InstallOutcome>('secretHygiene.installAgentHooks', 'claude-code');
      assert.equal(outcome.status, 'installed', JSON.stringify(outcome));
      const settingsPath = join(folder, '.claude/settings.json');
      const text = readFileSync(settingsPath, 'utf8');
      const settings = parse(text) as { env?: Record<string, string>; permissions?: unknown; hooks: Record<string, { hooks: { command: string }[] }[]> };
      assert.deepEqual(settings.permissions, (parse(claudeSettingsBefore!) as { permissions: unknown }).permissions, 'the user’s other settings stay');
      const command = settings.hooks.UserPromptSubmit![0]!.hooks[0]!.command;
      assert.match(command, /hook\.cjs" claude-code/);
      assert.ok(settings.hooks.PreToolUse!.length === 1);

      const refreshed = await vscode.commands.executeCommand<GuardrailsSnapshot>('secretHygiene.refreshAgentGuardrails');
      assert.equal(refreshed.inventory!.clients.find((c) => c.client === 'claude-code')!.hooks, 'installed');
      assert.match(refreshed.lines.join('\n'), /^ {2}Secret Hygiene hooks: installed$/m);

      // The command as Claude Code runs it (through a shell), with a prompt that carries a token.
      const prompt = JSON.stringify({ hook_event_name: 'UserPromptSubmit', session_id: 'e2e', prompt: `deploy with ${token}` });
      // No managed policy for this run (run.mjs points SECRET_HYGIENE_POLICY at a file only some tests create).
      const env = { ...process.env, SECRET_HYGIENE_POLICY: 'none' };
      const answer = spawnSync('/bin/sh', ['-c', command], { cwd: folder, input: prompt, encoding: 'utf8', timeout: 60_000, env });
      assert.equal(answer.status, 0, answer.stderr);
      assert.ok(answer.stdout.trim(), `the hook allowed the prompt: ${answer.stderr}`);
      const decision = JSON.parse(answer.stdout) as { decision: string; reason: string };
      assert.equal(decision.decision, 'block');
      assert.match(decision.reason, /github-classic-pat ghp_…/);
      assert.ok(!answer.stdout.includes(token) && !answer.stderr.includes(token));

      // Again: idempotent (nothing changes, nothing duplicated).
      const again = await vscode.commands.executeCommand<InstallOutcome>('secretHygiene.installAgentHooks', 'claude-code');
      assert.equal(again.status, 'installed');
      assert.match((again as { message: string }).message, /already has the secret-hygiene hooks; nothing changed/);
      assert.equal(readFileSync(settingsPath, 'utf8'), text);
    });
  });
}
