/**
 * Issue 15, item 4 in a real VS Code: the quick fix on a Claude Desktop config stores the token in the OS
 * keychain (a real gnome-keyring-daemon, started by ../broker-keyring.mjs, whose session bus code-server
 * inherits) through the CLI named by secretHygiene.cliPath, and rewrites the entry to start through
 * `secret-hygiene run`; that run then hands the value to its child, and only to it.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { parse } from 'jsonc-parser';
import * as vscode from 'vscode';
import type { JitFixOutcome } from '../../../extension-vscode/src/commands/jit-fix.js';
import { githubClassicPat } from '../../../extension-vscode/test/support/tokens.js';
import { EXTENSION_ID, diagnosticFor, quickFixes, runAction, save, show, waitFor } from './helpers.js';

const TITLE = 'Store in OS keychain and run through secret-hygiene';
const VARIABLE = 'GITHUB_PERSONAL_ACCESS_TOKEN';
const ACCOUNT = `github-${VARIABLE}`;

/**
 * The fix on the document's PAT. Polled: right after activation the first scans are republished (the
 * policy files load), and a code-action request that lands in between sees no diagnostics.
 */
async function offeredFix(uri: vscode.Uri): Promise<vscode.CodeAction> {
  let seen = '';
  try {
    return await waitFor(`the quick fix "${TITLE}"`, async () => {
      const diagnostic = await diagnosticFor(uri, 'github-classic-pat');
      const offered = await quickFixes(uri, diagnostic.range);
      seen = offered.map((a) => `${a.title}${a.disabled ? ` (disabled: ${a.disabled.reason})` : ''}`).join(' | ');
      return offered.find((a) => a.title === TITLE);
    }, 15_000);
  } catch (error) {
    throw new Error(`${(error as Error).message}; offered: ${seen || 'nothing'}`);
  }
}

export default function registerBrokerFixTests(): void {
  describe('broker fix: Claude Desktop config → OS keychain + secret-hygiene run (issue 15)', () => {
    it('stores the PAT in the test keyring, rewrites the entry, and `secret-hygiene run` gives the child the value', async function () {
      this.timeout(60_000);
      assert.ok(process.env.DBUS_SESSION_BUS_ADDRESS, 'code-server runs inside the test keyring session (run.mjs starts it)');
      const cli = vscode.workspace.getConfiguration('secretHygiene').inspect<string>('cliPath')?.globalValue;
      assert.ok(cli && cli.endsWith('.js'), 'run.mjs names the privately built CLI in secretHygiene.cliPath');
      await vscode.extensions.getExtension(EXTENSION_ID)!.activate();

      // The server's program prints a hash of the variable: what `run` hands it can be checked, never shown.
      const pat = githubClassicPat(15);
      const printHash = `process.stdout.write(require('node:crypto').createHash('sha256').update(process.env.${VARIABLE} ?? '').digest('hex'))`;
      const config = { mcpServers: { github: { command: process.execPath, args: ['-e', printHash], env: { [VARIABLE]: pat } } } };
      const uri = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0]!.uri, 'claude-desktop/claude_desktop_config.json');
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(`${JSON.stringify(config, null, 2)}\n`));

      const doc = await vscode.workspace.openTextDocument(uri);
      await show(doc);
      const fix = await offeredFix(uri);
      assert.equal(fix.disabled, undefined, fix.disabled?.reason);
      const outcome = await runAction<JitFixOutcome>(fix);
      assert.equal(outcome.applied, true, outcome.reason);
      assert.ok(!outcome.message?.includes(pat), 'the notice shows no value');
      await save(doc);

      const env = { ...process.env };
      const stored = spawnSync('secret-tool', ['lookup', 'service', 'secret-hygiene', 'account', ACCOUNT], { env, encoding: 'utf8' });
      assert.equal(stored.status, 0, `secret-tool lookup: ${stored.stderr}`);
      assert.ok(stored.stdout === pat, 'the keyring holds the token');

      const saved = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      assert.ok(!saved.includes(pat), 'the literal left the file');
      const server = parse(saved).mcpServers.github;
      const reference = `keychain://secret-hygiene/${ACCOUNT}`;
      assert.deepEqual(server, { command: 'secret-hygiene', args: ['run', '-e', `${VARIABLE}=${reference}`, '--', process.execPath, '-e', printHash] });

      // As Claude Desktop would start it, with this tree's CLI standing for `secret-hygiene` on PATH (and
      // no managed policy: the suite's own policy file comes and goes with other tests).
      const run = spawnSync(process.execPath, [cli, ...server.args], { env: { ...env, SECRET_HYGIENE_POLICY: 'none' }, encoding: 'utf8', timeout: 30_000 });
      assert.equal(run.status, 0, `secret-hygiene run: ${run.stderr}`);
      assert.equal(run.stdout, createHash('sha256').update(pat).digest('hex'), "the child saw the token in its environment");
      assert.ok(!run.stdout.includes(pat) && !run.stderr.includes(pat), 'run prints no value');
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(uri, '..'), { recursive: true });
    });

    it('a missing CLI, then a locked keychain: the fix says why, and the file is unchanged', async function () {
      this.timeout(60_000);
      const config = vscode.workspace.getConfiguration('secretHygiene');
      const cli = config.inspect<string>('cliPath')?.globalValue;
      const pat = githubClassicPat(16);
      const text = `${JSON.stringify({ mcpServers: { github: { command: 'npx', args: ['-y', 'server-github'], env: { GITHUB_TOKEN: pat } } } }, null, 2)}\n`;
      const uri = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0]!.uri, 'claude-desktop-locked/claude_desktop_config.json');
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
      const doc = await vscode.workspace.openTextDocument(uri);
      await show(doc);
      const attempt = async () => {
        const fix = await offeredFix(uri);
        const outcome = await runAction<JitFixOutcome>(fix);
        assert.equal(outcome.applied, false, 'nothing may change when the value could not be stored');
        assert.equal(doc.getText(), text, 'the document is unchanged');
        assert.ok(!outcome.reason?.includes(pat));
        return outcome.reason ?? '';
      };
      try {
        await config.update('cliPath', '/nonexistent/secret-hygiene.js', vscode.ConfigurationTarget.Global);
        assert.match(await attempt(), /secret-hygiene CLI is needed .*\/nonexistent\/secret-hygiene\.js does not exist/);
      } finally {
        await config.update('cliPath', cli, vscode.ConfigurationTarget.Global);
      }
      // Locked as a screen lock would (the Secret Service's Lock method): the CLI's own message comes through.
      const lock = spawnSync('dbus-send', ['--session', '--print-reply', '--dest=org.freedesktop.secrets', '/org/freedesktop/secrets', 'org.freedesktop.Secret.Service.Lock', 'array:objpath:/org/freedesktop/secrets/collection/login'], { encoding: 'utf8' });
      assert.equal(lock.status, 0, lock.stderr);
      assert.match(await attempt(), /nothing was changed: the secret could not be stored \(secret-hygiene store put failed \(exit 2\): .*locked/i);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(uri, '..'), { recursive: true });
    });
  });
}
