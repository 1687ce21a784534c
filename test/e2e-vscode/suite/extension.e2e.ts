/**
 * The extension in a real VS Code (issue 4, "Tests — in a real VS Code", items 1–7; item 8, the UI
 * check, runs from ../run.mjs in Chromium). The workspace is a fresh git-committed copy of examples/.
 * Tokens the tests add are built in code (extension-vscode/test/support/tokens.ts).
 */
import assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'jsonc-parser';
import * as vscode from 'vscode';
import type { AllowOutcome } from '../../../extension-vscode/src/commands/allow.js';
import type { JitFixOutcome } from '../../../extension-vscode/src/commands/jit-fix.js';
import type { SecretHygieneApi } from '../../../extension-vscode/src/extension.js';
import type { ScanSummary } from '../../../extension-vscode/src/workspace-scan.js';
import { githubClassicPat } from '../../../extension-vscode/test/support/tokens.js';
import { EXTENSION_ID, codeOf, diagnosticFor, ours, quickFixes, readText, runAction, save, show, waitFor, writeText } from './helpers.js';

const GITHUB_PAT = /ghp_[A-Za-z0-9]{36}/;

export default function registerExtensionTests(): void {
  let api: SecretHygieneApi;
  let root: vscode.Uri;
  const file = (path: string) => vscode.Uri.joinPath(root, path);

  before(async () => {
    const extension = vscode.extensions.getExtension<SecretHygieneApi>(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is installed`);
    const started = Date.now();
    api = await extension.activate();
    console.log(`[e2e] activation: ${api.activationMs.toFixed(1)} ms inside activate(), ${Date.now() - started} ms until ext.activate() resolved`);
    root = vscode.workspace.workspaceFolders![0]!.uri;
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('1. flags the token in .vscode/mcp.json at its exact range, code = rule id, severity Error', async () => {
    const uri = file('.vscode/mcp.json');
    const doc = await vscode.workspace.openTextDocument(uri);
    await show(doc);
    const diagnostic = await diagnosticFor(uri, 'github-classic-pat');
    const token = GITHUB_PAT.exec(doc.getText())!;
    assert.ok(diagnostic.range.isEqual(new vscode.Range(doc.positionAt(token.index), doc.positionAt(token.index + token[0].length))), 'range is the token');
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(codeOf(diagnostic), 'github-classic-pat');
    const target = (diagnostic.code as { target: vscode.Uri }).target;
    assert.match(target.toString(true), /docs\/rules\.md/);
    assert.match(diagnostic.message, /MCP server "github" in VS Code's config/);
    assert.ok(!diagnostic.message.includes(token[0]), 'the message shows the masked value only');
  });

  it('2. the JIT fix writes ${input:…} + a password input, keeps comments, stores the value, and undoes as one edit', async () => {
    const uri = file('.vscode/mcp.json');
    const doc = await vscode.workspace.openTextDocument(uri);
    await show(doc);
    const original = doc.getText();
    const secret = GITHUB_PAT.exec(original)![0];
    const diagnostic = await diagnosticFor(uri, 'github-classic-pat');

    const fix = (await quickFixes(uri, diagnostic.range)).find((a) => a.title.startsWith('Use ${input:'));
    assert.ok(fix, 'a "Use ${input:…}" quick fix is offered');
    assert.equal(fix.disabled, undefined);
    const outcome = await runAction<JitFixOutcome>(fix);
    assert.equal(outcome.applied, true, outcome.reason);

    const text = doc.getText();
    const id = /^\$\{input:([^}]+)\}$/.exec(outcome.reference!)![1]!;
    assert.ok(text.includes(`"GITHUB_PERSONAL_ACCESS_TOKEN": "\${input:${id}}"`), 'the literal is replaced by the reference');
    assert.ok(!text.includes(secret), 'the secret is gone from the document');
    assert.ok(text.includes('// MCP servers for this workspace (VS Code)'), 'comments survive');
    const inputs = (parse(text) as { inputs: { id: string; type: string; password?: boolean; description?: string }[] }).inputs;
    const input = inputs.find((entry) => entry.id === id);
    assert.equal(input?.type, 'promptString');
    assert.equal(input?.password, true);
    assert.match(input?.description ?? '', /github/);
    assert.ok(inputs.some((input) => input.id === 'memory-key'), 'existing inputs are kept');
    assert.equal(await api.testing!.storedSecret(id, uri), secret, 'the value is in SecretStorage');

    await show(doc);
    await vscode.commands.executeCommand('undo');
    await waitFor('undo to restore the original text', () => doc.getText() === original);
    await diagnosticFor(uri, 'github-classic-pat');
  });

  it('3. a source-file fix writes process.env.X and puts the value in a git-ignored .env', async () => {
    const uri = file('src/github-client.ts');
    const doc = await vscode.workspace.openTextDocument(uri);
    await show(doc);
    const secret = GITHUB_PAT.exec(doc.getText())![0];
    const envBefore = (await readText(file('.env'))) ?? '';
    const diagnostic = await diagnosticFor(uri, 'github-classic-pat');

    const fix = (await quickFixes(uri, diagnostic.range)).find((a) => a.title.startsWith('Use process.env.'));
    assert.ok(fix, 'a "Use process.env.…" quick fix is offered');
    const outcome = await runAction<JitFixOutcome>(fix);
    assert.equal(outcome.applied, true, outcome.reason);
    const variable = /^process\.env\.(\w+)$/.exec(outcome.reference!)![1]!;

    assert.ok(doc.getText().includes(`const octokit = new Octokit({ auth: process.env.${variable} });`), 'the literal (with its quotes) became the lookup');
    assert.ok(!doc.getText().includes(secret));
    await save(doc);
    const env = (await readText(file('.env')))!;
    assert.ok(env.startsWith(envBefore), 'existing .env lines are kept');
    assert.ok(env.split(/\r?\n/).includes(`${variable}=${secret}`), '.env holds the value');
    assert.match((await readText(file('.gitignore'))) ?? '', /^\.env$/m, '.env is git-ignored');
    assert.equal(outcome.trackedByGit, true, 'the workspace copy is a git repository tracking the file');
    assert.match(outcome.message!, /tracked by git.*exposed.*rotate it \(https:\/\/github\.com\/settings\/tokens\)/);
    await waitFor('the diagnostic to go', () => !ours(uri).some((d) => codeOf(d) === 'github-classic-pat'));
  });

  it('3b. when the configured store cannot take the secret (no 1Password CLI here), nothing is edited and the user is told why', async () => {
    const config = vscode.workspace.getConfiguration('secretHygiene');
    await config.update('referenceProvider', '1password', vscode.ConfigurationTarget.Workspace);
    try {
      await waitFor('the provider to apply', () => vscode.workspace.getConfiguration('secretHygiene').get('referenceProvider') === '1password');
      const uri = file('.env');
      const doc = await vscode.workspace.openTextDocument(uri);
      await show(doc);
      const finding = await waitFor('a secret in .env', () => api.findings(uri).find((f) => f.category === 'secret' && f.remediation?.references[0]?.text.startsWith('op://')));
      const before = doc.getText();
      const outcome = await vscode.commands.executeCommand<JitFixOutcome>('secretHygiene.applyJitFix', uri, finding.fingerprint, finding.range[0]);
      assert.equal(outcome.applied, false);
      assert.match(outcome.reason!, /nothing was changed: the secret could not be stored \(the 1password CLI is not installed or not on PATH\)/);
      assert.equal(doc.getText(), before, 'the .env file is untouched');
      assert.ok(!doc.isDirty);
    } finally {
      await config.update('referenceProvider', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('4a. "allow with a reason" inserts a secret-hygiene:allow comment that suppresses the finding', async () => {
    const uri = file('src/fixtures.ts');
    await writeText(uri, `export const fixtureToken = '${githubClassicPat(4)}';\n`);
    const doc = await vscode.workspace.openTextDocument(uri);
    await show(doc);
    const diagnostic = await diagnosticFor(uri, 'github-classic-pat');

    const allow = (await quickFixes(uri, diagnostic.range)).find((a) => a.title.startsWith('Allow github-classic-pat'));
    assert.ok(allow, 'an allow action is offered');
    const outcome = await runAction<AllowOutcome>(allow, 'revoked token kept as a test fixture');
    assert.deepEqual(outcome, { applied: true, via: 'comment' });
    assert.ok(doc.getText().startsWith('// secret-hygiene:allow revoked token kept as a test fixture\nexport const fixtureToken'));
    await waitFor('the finding to be suppressed', () => ours(uri).length === 0);
    await save(doc);
  });

  it('4b. in strict JSON (.mcp.json, read by Claude Code with JSON.parse) it records the fingerprint in the baseline', async () => {
    const uri = file('.mcp.json');
    const doc = await vscode.workspace.openTextDocument(uri);
    await show(doc);
    const before = doc.getText();
    const diagnostic = await waitFor('a diagnostic on .mcp.json', () => ours(uri)[0]);
    const ruleId = codeOf(diagnostic);
    const fingerprint = api.findings(uri).find((f) => f.ruleId === ruleId)!.fingerprint;

    const allow = (await quickFixes(uri, diagnostic.range)).find((a) => a.title.startsWith(`Allow ${ruleId}`));
    assert.ok(allow);
    const outcome = await runAction<AllowOutcome>(allow, 'read-only demo token');
    assert.deepEqual(outcome, { applied: true, via: 'baseline' });
    assert.equal(doc.getText(), before, 'the JSON file is not edited');
    const baseline = JSON.parse((await readText(file('.secret-hygiene-baseline.json')))!);
    assert.equal(baseline.version, 2, 'a new baseline is salted, as the CLI writes it');
    assert.match(baseline.salt, /^[0-9a-f]{32}$/);
    // A high-entropy token's fingerprint does not depend on the salt: the one the editor showed.
    assert.deepEqual(
      baseline.findings.map((e: { fingerprint: string; reason: string; file: string }) => [e.fingerprint, e.reason, e.file]),
      [[fingerprint, 'read-only demo token', '.mcp.json']],
    );
    await waitFor('the finding to be suppressed', () => !ours(uri).some((d) => codeOf(d) === ruleId));
  });

  it('5. a managed policy raising the minimum severity removes lower findings live and shows the lock', async () => {
    const policyPath = process.env.SECRET_HYGIENE_POLICY;
    assert.ok(policyPath, 'SECRET_HYGIENE_POLICY is set for the extension host');
    const yaml = file('config/app.yaml');
    const mcp = file('.vscode/mcp.json');
    await show(await vscode.workspace.openTextDocument(yaml), { preview: false });
    await show(await vscode.workspace.openTextDocument(mcp), { preview: false });
    const medium = await waitFor('a medium finding in config/app.yaml', () => ours(yaml).find((d) => d.severity === vscode.DiagnosticSeverity.Warning));
    await diagnosticFor(mcp, 'github-classic-pat');
    assert.doesNotMatch(api.statusBar().text, /\$\(lock\)/);

    try {
      writeFileSync(policyPath, JSON.stringify({ minSeverity: 'high' }));
      await waitFor('the medium finding to disappear', () => !ours(yaml).some((d) => codeOf(d) === codeOf(medium)));
      assert.ok(ours(mcp).some((d) => codeOf(d) === 'github-classic-pat'), 'critical findings stay');
      assert.match(api.statusBar().text, /^\$\(shield\) \d+ \$\(lock\)$/);
      assert.match(api.statusBar().tooltip, new RegExp(`Managed policy in force: ${policyPath.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
      assert.deepEqual(api.effectiveSettings().locked, ['minSeverity']);

      // A malformed managed policy fails closed: strict defaults (everything reported), flagged as broken.
      writeFileSync(policyPath, '{ "minSeverity": "high", ');
      await waitFor('strict defaults after a malformed policy', () => api.effectiveSettings().managed?.broken === true);
      await waitFor('the medium finding to come back under strict defaults', () => ours(yaml).some((d) => codeOf(d) === codeOf(medium)));
    } finally {
      rmSync(policyPath, { force: true });
    }
    await waitFor('the lock to go', () => !/\$\(lock\)/.test(api.statusBar().text));
    await waitFor('the medium finding to stay back', () => ours(yaml).some((d) => codeOf(d) === codeOf(medium)));
  });

  it('6. typing a token into an untitled document produces a diagnostic', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'typescript', content: '' });
    const editor = await show(doc);
    const typed = `const token = "${githubClassicPat(6)}";`;
    for (let i = 0; i < typed.length; i += 7) {
      const chunk = typed.slice(i, i + 7);
      await editor.edit((edit) => edit.insert(doc.positionAt(doc.getText().length), chunk));
    }
    const diagnostic = await diagnosticFor(doc.uri, 'github-classic-pat', 5_000);
    assert.equal(doc.getText().slice(doc.offsetAt(diagnostic.range.start), doc.offsetAt(diagnostic.range.end)), githubClassicPat(6));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('7. "Scan Workspace" reports findings in files that are not open, and honours .gitignore', async () => {
    await writeText(file('.gitignore'), `${(await readText(file('.gitignore'))) ?? ''}generated/\n`);
    await writeText(file('generated/client.ts'), `export const token = '${githubClassicPat(7)}';\n`);
    const charge = file('services/billing/charge.py');
    assert.ok(!vscode.workspace.textDocuments.some((doc) => doc.uri.toString() === charge.toString()), 'charge.py is not open');
    assert.equal(ours(charge).length, 0);

    const summary = await vscode.commands.executeCommand<ScanSummary>('secretHygiene.scanWorkspace');
    assert.ok(summary.scanned > 5 && summary.findings > 0, JSON.stringify(summary));
    assert.ok(ours(charge).some((d) => codeOf(d) === 'aws-access-key-id'), 'charge.py (never opened) has its finding');
    assert.ok(ours(file('.cursor/mcp.json')).length > 0, 'agent configs are scanned too');
    assert.equal(ours(file('generated/client.ts')).length, 0, 'git-ignored files are skipped');
    assert.ok(summary.skipped.ignored > 0);
  });

  it('7c. "Scan My Agent Configs" reports user-level configs outside the workspace (the isolated HOME)', async () => {
    // The host runs with HOME set to the run's own folder (run.mjs), never the real one.
    const home = homedir();
    assert.ok(home.includes('home') && !vscode.workspace.workspaceFolders!.some((f) => f.uri.fsPath.startsWith(home)), home);
    const cursor = join(home, '.cursor/mcp.json');
    const gitCredentials = join(home, '.git-credentials');
    mkdirSync(join(home, '.cursor'), { recursive: true });
    writeFileSync(cursor, JSON.stringify({ mcpServers: { github: { command: 'npx', env: { GITHUB_PERSONAL_ACCESS_TOKEN: githubClassicPat(11) } } } }, null, 2));
    writeFileSync(gitCredentials, `https://octocat:${githubClassicPat(12)}@github.com\n`);
    try {
      const summary = await vscode.commands.executeCommand<ScanSummary>('secretHygiene.scanAgentConfigs');
      assert.ok(summary && summary.scanned >= 2 && summary.findings >= 2, JSON.stringify(summary));
      const inCursor = api.findings(vscode.Uri.file(cursor));
      assert.ok(inCursor.some((f) => f.ruleId === 'github-classic-pat' && f.location?.client === 'cursor'), JSON.stringify(inCursor.map((f) => [f.ruleId, f.location])));
      assert.ok(ours(vscode.Uri.file(cursor)).some((d) => codeOf(d) === 'github-classic-pat' && d.message.includes('Cursor')), 'a diagnostic naming the client');
      assert.ok(ours(vscode.Uri.file(gitCredentials)).length > 0, '~/.git-credentials has its finding');
      assert.ok(!JSON.stringify(summary).includes(githubClassicPat(11)), 'the summary never holds a secret');
    } finally {
      rmSync(join(home, '.cursor'), { recursive: true, force: true });
      rmSync(gitCredentials, { force: true });
    }
  });

  it('7d. a read-only document (files.readonlyInclude) gets no JIT edit, says why, and allowing goes to the baseline', async () => {
    const files = vscode.workspace.getConfiguration('files');
    await files.update('readonlyInclude', { 'vendor/**': true }, vscode.ConfigurationTarget.Workspace);
    const uri = file('vendor/client.ts');
    await writeText(uri, `export const vendorToken = '${githubClassicPat(13)}';\n`);
    try {
      const doc = await vscode.workspace.openTextDocument(uri);
      await show(doc);
      const diagnostic = await diagnosticFor(uri, 'github-classic-pat');
      // The JIT action is offered disabled (greyed, with the reason, in the light-bulb menu);
      // vscode.executeCodeActionProvider returns only the enabled ones.
      const actions = await quickFixes(uri, diagnostic.range);
      assert.ok(!actions.some((a) => a.isPreferred || a.command?.command === 'secretHygiene.applyJitFix'), actions.map((a) => a.title).join(' | '));
      const finding = api.findings(uri).find((f) => f.ruleId === 'github-classic-pat')!;
      const refused = await vscode.commands.executeCommand<JitFixOutcome>('secretHygiene.applyJitFix', uri, finding.fingerprint, finding.range[0]);
      assert.deepEqual(refused, { applied: false, reason: 'the document is read-only' });

      const before = doc.getText();
      const allow = actions.find((a) => a.title.startsWith('Allow github-classic-pat'));
      assert.ok(allow);
      const outcome = await runAction<AllowOutcome>(allow, 'vendored test fixture');
      assert.deepEqual(outcome, { applied: true, via: 'baseline' });
      assert.equal(doc.getText(), before, 'the read-only document is not edited');
      await waitFor('the finding to be suppressed', () => ours(uri).length === 0);
    } finally {
      await files.update('readonlyInclude', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('extra: a document above secretHygiene.maxFileSizeKB is scanned on save only', async () => {
    const config = vscode.workspace.getConfiguration('secretHygiene');
    await config.update('maxFileSizeKB', 1, vscode.ConfigurationTarget.Workspace);
    try {
      await waitFor('the setting to apply', () => vscode.workspace.getConfiguration('secretHygiene').get('maxFileSizeKB') === 1);
      const uri = file('src/large.ts');
      await writeText(uri, `${'// filler line to make the document large\n'.repeat(40)}export const token = '${githubClassicPat(9)}';\n`);
      const doc = await vscode.workspace.openTextDocument(uri);
      const editor = await show(doc);
      await new Promise((resolve) => setTimeout(resolve, 800));
      assert.equal(ours(uri).length, 0, 'not scanned on open');
      await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), '// edited\n'));
      await new Promise((resolve) => setTimeout(resolve, 800));
      assert.deepEqual(ours(uri).map((d) => `${codeOf(d)}: ${d.message}`), [], 'not scanned as you type');
      await save(doc);
      await diagnosticFor(uri, 'github-classic-pat', 5_000);
    } finally {
      await config.update('maxFileSizeKB', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('7b. scan results of closed files follow a policy change too', async () => {
    const policyPath = process.env.SECRET_HYGIENE_POLICY!;
    const open = vscode.workspace.textDocuments.map((doc) => doc.uri.toString());
    const target = [file('.cursor/mcp.json'), file('.npmrc'), file('scripts/deploy.sh'), file('config/app.yaml')].find(
      (uri) => !open.includes(uri.toString()) && api.findings(uri).some((f) => f.severity !== 'critical'),
    );
    assert.ok(target, 'a closed, scanned file with a finding below critical');
    const charge = file('services/billing/charge.py');
    try {
      writeFileSync(policyPath, JSON.stringify({ minSeverity: 'critical' }));
      await waitFor('below-critical scan results to go', () => api.findings(target).every((f) => f.severity === 'critical'));
      assert.ok(api.findings(charge).some((f) => f.ruleId === 'aws-access-key-id'), 'critical scan results stay');
    } finally {
      rmSync(policyPath, { force: true });
    }
    await waitFor('them to come back', () => api.findings(target).some((f) => f.severity !== 'critical'));
  });

  it("7e. the workspace's .secret-hygiene.json applies live, as the CLI reads it", async () => {
    const policy = file('.secret-hygiene.json');
    const target = [file('.cursor/mcp.json'), file('.npmrc'), file('scripts/deploy.sh'), file('config/app.yaml')].find((uri) =>
      api.findings(uri).some((f) => f.severity !== 'critical'),
    );
    assert.ok(target, 'a scanned file with a finding below critical');
    try {
      await writeText(policy, JSON.stringify({ minSeverity: 'critical' }));
      await waitFor('below-critical findings to go', () => api.findings(target).every((f) => f.severity === 'critical'));
      assert.equal(api.effectiveSettings().minSeverity, 'critical');
    } finally {
      await vscode.workspace.fs.delete(policy);
    }
    await waitFor('them to come back', () => api.findings(target).some((f) => f.severity !== 'critical'));
  });

  it('extra: typing in a large document rescans only around the edit, and findings elsewhere keep their exact ranges', async () => {
    const uri = file('src/generated-large.ts');
    const filler = Array.from({ length: 9000 }, (_, i) => `export const value${i} = compute(${i}); // line ${i}`).join('\n');
    await writeText(uri, `export const early = '${githubClassicPat(21)}';\n${filler}\nexport const late = '${githubClassicPat(22)}';\n`);
    const doc = await vscode.workspace.openTextDocument(uri);
    const editor = await show(doc);
    assert.ok(doc.getText().length > 300_000, `a large document (${doc.getText().length} characters)`);
    await waitFor('both tokens found', () => ours(uri).filter((d) => codeOf(d) === 'github-classic-pat').length === 2);

    // Three lines in the middle, the third with a token: the late token moves down three lines.
    const middle = new vscode.Position(4500, 0);
    await editor.edit((edit) => edit.insert(middle, `// a\n// b\nconst typed = '${githubClassicPat(23)}';\n`));
    await waitFor('the typed token found', () => ours(uri).filter((d) => codeOf(d) === 'github-classic-pat').length === 3);
    assert.equal(api.lastScanIncremental(), true, 'the rescan was incremental');
    const found = ours(uri)
      .filter((d) => codeOf(d) === 'github-classic-pat')
      .map((d) => doc.getText(d.range));
    assert.deepEqual(found, [githubClassicPat(21), githubClassicPat(23), githubClassicPat(22)]);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
}
