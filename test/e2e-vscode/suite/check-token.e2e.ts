/**
 * Issue 14, item 4 in a real VS Code: "Check token" on a synthetic GitHub PAT, against the loopback GitHub
 * emulator that ../run.mjs starts (../check-token-emulator.mjs) and names to code-server in
 * SECRET_HYGIENE_API_BASE. Nothing reaches the emulator until the action runs (not on open, not on hover,
 * not while the policy says off); the action asks first, naming api.github.com; then the hover and the
 * findings tree show live, the scopes and the expiry, and a second check is answered from the session.
 */
import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { randomInt } from 'node:crypto';
import * as vscode from 'vscode';
import type { SecretHygieneApi } from '../../../extension-vscode/src/extension.js';
import type { CheckTokenOutcome } from '../../../extension-vscode/src/verify/check-token.js';
import { githubClassicPat } from '../../../extension-vscode/test/support/tokens.js';
import { EXTENSION_ID, codeOf, ours, quickFixes, retryCanceled, runAction, show, waitFor } from './helpers.js';

const emulator = () => process.env.SECRET_HYGIENE_E2E_EMULATOR;

async function control(path: string, body?: unknown): Promise<{ requests: string[] }> {
  const response = await fetch(`${emulator()}/__e2e/${path}`, body === undefined ? {} : { method: 'POST', body: JSON.stringify(body) });
  assert.ok(response.ok, `emulator control ${path}: HTTP ${response.status}`);
  return (await response.json()) as { requests: string[] };
}

async function hoverText(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = await retryCanceled(() => vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position));
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .filter((text) => text.includes('Secret Hygiene'))
    .join('\n')
    // Read as rendered: the card escapes Markdown in its text.
    .replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, '$1');
}

export default function registerCheckTokenTests(): void {
  describe('Check token (issue 14 item 4)', () => {
    it('checks a GitHub PAT only when asked: confirmation naming api.github.com, then live, scopes and expiry in the hover and the tree; a rejected token drops to low', async function () {
      this.timeout(90_000);
      assert.ok(emulator(), 'run.mjs starts the GitHub emulator and passes SECRET_HYGIENE_E2E_EMULATOR');
      assert.match(process.env.SECRET_HYGIENE_API_BASE ?? '', /^\{"github":"http:\/\/127\.0\.0\.1:\d+"\}$/, 'the extension host was launched with the loopback override');
      const api = (await vscode.extensions.getExtension(EXTENSION_ID)!.activate()) as SecretHygieneApi;
      const policyPath = process.env.SECRET_HYGIENE_POLICY!;

      const pat = githubClassicPat(randomInt(1, 2 ** 31));
      // 200 days out: more than 90 days counts as long-lived, so with `repo` the facts say critical.
      const expires = new Date(Date.now() + 200 * 24 * 3600_000);
      const day = expires.toISOString().slice(0, 10);
      await control('github-token', { token: pat, login: 'e2e-octocat', scopes: ['repo', 'workflow'], expiration: `${day} 00:00:00 UTC` });
      const uri = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0]!.uri, 'check-token/client.ts');
      // Line 2: a token GitHub does not know (the emulator answers 401), checked last.
      const dead = githubClassicPat(randomInt(1, 2 ** 31));
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(`export const token = "${pat}";\nexport const old = "${dead}";\n`));
      const onLine = (line: number) => () => ours(uri).find((d) => codeOf(d) === 'github-classic-pat' && d.range.start.line === line);
      try {
        const doc = await vscode.workspace.openTextDocument(uri);
        await show(doc);
        const diagnostic = await waitFor('the PAT diagnostic on line 1', onLine(0));
        const at = diagnostic.range.start.translate(0, 2);

        // Policy off (managed): no action, and the hover says why.
        writeFileSync(policyPath, JSON.stringify({ verification: 'off' }));
        await waitFor('the managed policy to apply', () => api.effectiveSettings().managed?.origin === policyPath, 15_000);
        assert.ok(!(await quickFixes(uri, diagnostic.range)).some((a) => a.title.startsWith('Check token')), 'no Check token action under verification: off');
        assert.match(await hoverText(uri, at), /checking tokens is off \(policy verification: "off", set by the managed policy/);
        rmSync(policyPath, { force: true });
        await waitFor('the managed policy to go away', () => api.effectiveSettings().managed === undefined, 15_000);

        // On demand (the default): offered in the hover and as an action; still nothing sent.
        const before = await hoverText(uri, at);
        assert.match(before, /\*\*Token:\*\* not checked · \[Check token\]\(command:secretHygiene\.checkToken\?/);
        assert.doesNotMatch(before, /\*\*live\*\*/);
        const action = (await quickFixes(uri, diagnostic.range)).find((a) => a.title === 'Check token with GitHub');
        assert.ok(action, 'the Check token action is offered');
        assert.equal(action.disabled, undefined);
        assert.deepEqual((await control('requests')).requests, [], 'nothing reached the provider before the action ran');

        const asked = api.testing!.answerTokenChecks(true);
        const outcome = await runAction<CheckTokenOutcome>(action);
        assert.equal(outcome.checked, true, outcome.reason);
        assert.equal(outcome.verification?.status, 'live', outcome.verification?.error);
        assert.deepEqual(asked.map((q) => q.message), ['Send this token to api.github.com to check it?']);
        assert.match(asked[0]!.detail, /SECRET_HYGIENE_API_BASE .*http:\/\/127\.0\.0\.1:\d+/);
        assert.deepEqual((await control('requests')).requests, ['GET /user'], 'exactly one read-only request');

        const after = await hoverText(uri, at);
        assert.match(after, /· critical \(live, expires in more than 90 days, broad access(; \w+ from the format)?\)/);
        assert.match(after, /\*\*Token:\*\* \*\*live\*\* as `e2e-octocat` \(classic PAT\)/);
        assert.ok(after.includes('**Scopes:** repo (critical), workflow (high)'), after);
        assert.match(after, /\*\*Over-scoped \(critical risk\):\*\* use /);
        assert.ok(after.includes(`**Expires:** expires ${day}T00:00:00Z (in 199 days)`), after);
        const item = api.testing!.findingsTree().find((i) => i.label.includes('github-classic-pat') && i.description.includes('live as '));
        assert.ok(item, `a tree item shows the answer: ${JSON.stringify(api.testing!.findingsTree())}`);
        assert.match(item.description, new RegExp(`^critical, live as e2e-octocat · repo \\(critical\\), workflow \\(high\\) · expires ${day}T00:00:00Z \\(in 199 days\\), line 1$`));

        // Again: answered from the session (by fingerprint), no second request and no second question.
        const again = await runAction<CheckTokenOutcome>(action);
        assert.equal(again.fromSession, true);
        assert.equal(asked.length, 1);
        assert.deepEqual((await control('requests')).requests, ['GET /user']);

        // A token GitHub rejects: invalid, and its diagnostic drops to the severity the facts give (low → information).
        const deadDiagnostic = await waitFor('the second PAT diagnostic', onLine(1));
        assert.equal(deadDiagnostic.severity, vscode.DiagnosticSeverity.Error);
        const deadAction = (await quickFixes(uri, deadDiagnostic.range)).find((a) => a.title === 'Check token with GitHub');
        assert.ok(deadAction);
        const deadOutcome = await runAction<CheckTokenOutcome>(deadAction);
        assert.equal(deadOutcome.verification?.status, 'invalid', JSON.stringify(deadOutcome));
        assert.equal(asked.length, 1, 'GitHub was agreed to once for the session');
        assert.deepEqual((await control('requests')).requests, ['GET /user', 'GET /user']);
        await waitFor('the rejected token to show as information', () => onLine(1)()?.severity === vscode.DiagnosticSeverity.Information);
        assert.equal(onLine(0)()?.severity, vscode.DiagnosticSeverity.Error, 'the live one stays an error');
        assert.match(await hoverText(uri, deadDiagnostic.range.start.translate(0, 2)), /· low \(the provider rejects it; \w+ from the format\)[\s\S]*\*\*invalid\*\*: GitHub rejects it/);
        for (const text of [before, after, JSON.stringify(api.testing!.findingsTree()), JSON.stringify(outcome), ...asked.map((q) => q.message + q.detail)]) {
          assert.ok(!text.includes(pat) && !text.includes(dead), 'the tokens are shown nowhere');
        }
        await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      } finally {
        rmSync(policyPath, { force: true });
        await vscode.workspace.fs.delete(vscode.Uri.joinPath(uri, '..'), { recursive: true });
      }
    });
  });
}
