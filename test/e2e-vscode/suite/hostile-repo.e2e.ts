/**
 * Issue 18, in a real VS Code: the hostile repository (../untrusted-workspace.mjs, after
 * cli/test/hostile-repo.test.ts) opened as an UNTRUSTED workspace (Restricted Mode). Every loosening
 * it tries has no effect or is reported: restricted settings, its .secret-hygiene.json and its baseline
 * only tighten; directives outside comments are ignored; symlinks out of the root are not followed; the
 * CLI it names is never run and no hooks are installed. run.mjs checks afterwards that nothing outside
 * the repository changed.
 */
import assert from 'node:assert/strict';
import { existsSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { GuardrailsSnapshot, InstallOutcome } from '../../../extension-vscode/src/agents/guardrails.js';
import type { SecretHygieneApi } from '../../../extension-vscode/src/extension.js';
import type { ScanSummary } from '../../../extension-vscode/src/workspace-scan.js';
import { EXTENSION_ID, codeOf, diagnosticFor, ours, show } from './helpers.js';

export default function registerHostileRepoTests(): void {
  describe('hostile repository in an untrusted workspace (issue 18)', () => {
    let api: SecretHygieneApi;
    let root: vscode.Uri;
    const outside = process.env.SECRET_HYGIENE_E2E_OUTSIDE!;
    const file = (path: string) => vscode.Uri.joinPath(root, path);
    const open = async (path: string) => show(await vscode.workspace.openTextDocument(file(path)));

    before(async () => {
      api = await vscode.extensions.getExtension<SecretHygieneApi>(EXTENSION_ID)!.activate();
      root = vscode.workspace.workspaceFolders![0]!.uri;
    });

    afterEach(async () => {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    });

    it('the workspace is untrusted (Restricted Mode) and the outside folder exists: the checks below are not vacuous', () => {
      assert.equal(vscode.workspace.isTrusted, false);
      assert.ok(outside && existsSync(join(outside, 'secrets/stolen.env')), outside);
    });

    it('restricted settings and the repository policy cannot loosen: each loosening is withheld or reported as ignored, the finding stays', async () => {
      const settings = api.effectiveSettings();
      assert.equal(settings.minSeverity, 'low');
      const problems = settings.problems.join('\n');
      // Restricted settings: VS Code may withhold a restricted key's workspace value itself (then it has no
      // effect), or hand it over, and then the extension must say it ignored it.
      const config = vscode.workspace.getConfiguration('secretHygiene');
      for (const [key, reported] of [['minSeverity', ['minSeverity']], ['rules', ['rules.github', 'rules.generic']], ['exclude', ['exclude']], ['cliPath', []]] as const) {
        const inspected = config.inspect(key);
        const seen = inspected?.workspaceValue ?? inspected?.workspaceFolderValue;
        console.log(`[e2e]      secretHygiene.${key}: the workspace's value is ${seen === undefined ? 'withheld by VS Code' : 'visible to the extension'} in Restricted Mode`);
        if (seen === undefined) continue;
        for (const name of reported) {
          assert.ok(problems.includes(`untrusted workspace: secretHygiene.${name} from the workspace's settings is ignored`), `secretHygiene.${name} not reported:\n${problems}`);
        }
      }
      // The .secret-hygiene.json loosenings, each named, refused by Restricted Mode.
      for (const field of ['minSeverity', 'detectors.disabled', 'allowlist.paths']) {
        assert.match(problems, new RegExp(`${field.replace('.', '\\.')}.*an untrusted workspace \\(Restricted Mode\\)`), `${field} not reported:\n${problems}`);
      }
      assert.match(problems, /severityOverrides\.github-classic-pat: would lower github-classic-pat from critical to info; ignored/, `the lowering override is not reported:\n${problems}`);
      await open('app.env');
      const diagnostic = await diagnosticFor(file('app.env'), 'github-classic-pat');
      // Its severityOverrides (github-classic-pat: info) has no effect: the finding keeps its own severity.
      assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Error, 'the severity override (info) is not applied');
      assert.equal(api.findings(file('app.env')).find((f) => f.ruleId === 'github-classic-pat')?.severity, 'critical');
    });

    it('the committed baseline is not applied', async () => {
      await open('baselined.env');
      await diagnosticFor(file('baselined.env'), 'github-classic-pat');
    });

    it('a directive in a string literal or far away on a long line is ignored; one in a comment above applies', async () => {
      await open('in-string.js');
      await diagnosticFor(file('in-string.js'), 'github-classic-pat');
      await open('far.js');
      await diagnosticFor(file('far.js'), 'github-classic-pat');
      const doc = (await open('comment.js')).document;
      // The control token (line 4, no directive) proves the file was scanned; the allowed one (line 2) is not reported.
      const control = await diagnosticFor(file('comment.js'), 'github-classic-pat');
      assert.deepEqual(
        [...new Set(ours(file('comment.js')).map((d) => d.range.start.line))],
        [3],
        `only the control token: ${doc.getText().length} chars, ${ours(file('comment.js')).length} diagnostics`,
      );
      assert.equal(codeOf(control), 'github-classic-pat');
    });

    it('Scan Workspace follows no symlink out of the root (a linked folder, a linked .mcp.json), and the repository’s exclude ["**"] does not hide its files', async function () {
      this.timeout(60_000);
      const summary = await vscode.commands.executeCommand<ScanSummary>('secretHygiene.scanWorkspace');
      // The repository's nine files are all taken (none hidden by its exclude); the two links are not.
      assert.equal(summary.files, 9, JSON.stringify(summary));
      assert.equal(summary.skipped.ignored, 0, JSON.stringify(summary));
      assert.equal(summary.skipped.symlink, 2, JSON.stringify(summary));
      const outsideReal = realpathSync(outside);
      const leaked = vscode.languages
        .getDiagnostics()
        .filter(([uri, diagnostics]) => diagnostics.some((d) => d.source === 'Secret Hygiene') && (uri.fsPath.includes('/linked-out/') || uri.fsPath.startsWith(outsideReal) || uri.fsPath === join(root.fsPath, '.mcp.json')))
        .map(([uri]) => uri.fsPath);
      assert.deepEqual(leaked, [], 'files reached through the link out of the root were scanned');
    });

    it('Agent Guardrails: read only; the CLI the workspace names is not run; the .mcp.json link out of the root is not read; no hooks are installed', async function () {
      this.timeout(90_000);
      const snapshot = await vscode.commands.executeCommand<GuardrailsSnapshot>('secretHygiene.refreshAgentGuardrails');
      assert.equal(snapshot.state, 'ready', JSON.stringify(snapshot));
      assert.equal(snapshot.trusted, false);
      assert.ok(!existsSync(join(outside, 'pwned')), 'the workspace-chosen secretHygiene.cliPath ran');
      const lines = snapshot.lines.join('\n');
      assert.match(lines, /^Restricted Mode: read only/m);
      const claude = snapshot.inventory!.clients.find((client) => client.client === 'claude-code');
      assert.ok(claude, lines);
      const linked = claude.configs.find((config) => config.path.endsWith('.mcp.json'))!;
      assert.equal(linked.problem, 'a symbolic link leading out of its folder: not followed');
      assert.deepEqual(linked.servers, []);
      assert.match(lines, /Secret Hygiene hooks: not installed — Restricted Mode: trust the workspace to install/);

      const outcome = await vscode.commands.executeCommand<InstallOutcome>('secretHygiene.installAgentHooks', 'claude-code');
      assert.equal(outcome.status, 'untrusted');
      assert.ok(!existsSync(join(root.fsPath, '.claude')), 'hooks were written into the untrusted workspace');
    });
  });
}
