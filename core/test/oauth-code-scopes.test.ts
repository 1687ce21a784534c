import assert from 'node:assert/strict';
import type { Finding } from '../src/engine/types.js';
import { Scanner, builtinRules, scanDocument } from '../src/index.js';
import { scanScopes as scanScopesAlone } from '../src/oauth/code-scopes.js';

const scanner = new Scanner(builtinRules);

/**
 * Scope findings as `scanScopes` finds them on its own, checked against the path editors and the CLI
 * take (`scanDocument`: the engine's pass hands the detectors its offsets of `scope`, `auth`, …).
 */
function scanScopes(text: string, path: string): Finding[] {
  const alone = scanScopesAlone(text, path);
  const document = scanDocument(scanner, text, { path });
  const fed = document.findings.filter((f) => f.category === 'scope');
  const brief = (findings: Finding[]) => findings.map((f) => `${f.ruleId} ${f.range.join('-')} ${f.severity}`);
  if (document.omitted) {
    // Past the per-file cap (issue 17) the document scan reports a subset and counts the rest.
    const all = new Set(brief(alone));
    assert.ok(brief(fed).every((b) => all.has(b)), 'the engine-fed scope scan reports a scope the scan alone does not');
    assert.ok(fed.length + document.omitted >= alone.length, 'the capped scan lost scopes without counting them');
    return alone;
  }
  assert.deepEqual(brief(fed), brief(alone), 'the engine-fed scope scan differs from the scan alone');
  return alone;
}

/** Each finding's range must cut exactly the reported scope text out of the scanned text. */
function spans(text: string, findings: Finding[]): string[] {
  return findings.map((f) => text.slice(f.range[0], f.range[1]));
}

function only(findings: Finding[], ruleId: string): Finding[] {
  return findings.filter((f) => f.ruleId === ruleId);
}

describe('oauth scopes in code', () => {
  it('Google scope URLs in a Python SCOPES list: drive and full Gmail reported, drive.file not', () => {
    const text = [
      'from google_auth_oauthlib.flow import InstalledAppFlow',
      'SCOPES = [',
      '    "https://www.googleapis.com/auth/drive",',
      '    "https://www.googleapis.com/auth/drive.file",',
      "    'https://mail.google.com/',",
      ']',
    ].join('\n');
    const findings = scanScopes(text, 'backup/auth.py');
    assert.deepEqual(spans(text, findings), ['https://www.googleapis.com/auth/drive', 'https://mail.google.com/']);
    const [drive, gmail] = findings as [Finding, Finding];
    assert.equal(drive.ruleId, 'oauth-scope-google');
    assert.equal(drive.category, 'scope');
    assert.equal(drive.severity, 'high');
    assert.equal(drive.provider, 'google');
    assert.equal(drive.redacted, 'https://www.googleapis.com/auth/drive');
    assert.deepEqual([drive.line, drive.column, drive.endLine, drive.endColumn], [3, 6, 3, 43]);
    assert.match(drive.message, /Narrower: https:\/\/www\.googleapis\.com\/auth\/drive\.file/);
    assert.equal(gmail.severity, 'critical');
    assert.equal(gmail.line, 5);
  });

  it('a Gmail web link or a Graph API call is not a scope', () => {
    const text = 'open https://mail.google.com/mail/u/0/#inbox then GET https://graph.microsoft.com/v1.0/me/messages';
    assert.deepEqual(scanScopes(text, 'README.md'), []);
  });

  it('MSAL config: Graph permission names, offline_access (long-lived) and .default', () => {
    const text = [
      "import { PublicClientApplication } from '@azure/msal-browser';",
      'export const loginRequest = {',
      '  scopes: ["User.Read", "Mail.ReadWrite", "offline_access", "https://graph.microsoft.com/.default"],',
      '};',
    ].join('\n');
    const findings = scanScopes(text, 'src/authConfig.ts');
    assert.deepEqual(spans(text, findings), ['Mail.ReadWrite', 'offline_access', 'https://graph.microsoft.com/.default']);
    assert.deepEqual(findings.map((f) => f.ruleId), ['oauth-scope-microsoft', 'oauth-scope-microsoft', 'oauth-scope-microsoft']);
    assert.deepEqual(findings.map((f) => f.severity), ['high', 'medium', 'medium']);
    assert.equal(findings[1]!.lifetime, 'long-lived');
    assert.equal(findings[0]!.lifetime, 'unknown');
  });

  it('GitHub OAuth app: scope string and scopes array in octokit code', () => {
    const text = [
      'import { createOAuthAppAuth } from "@octokit/auth-oauth-app";',
      'const { url } = getWebFlowAuthorizationUrl({ clientId, scope: "repo,admin:org" });',
      "const auth = createOAuthAppAuth({ clientType: 'oauth-app', clientId, clientSecret, scopes: ['read:user', 'delete_repo'] });",
    ].join('\n');
    const findings = scanScopes(text, 'src/github.ts');
    assert.deepEqual(spans(text, findings), ['repo', 'admin:org', 'delete_repo']);
    assert.ok(findings.every((f) => f.ruleId === 'oauth-scope-github' && f.severity === 'critical'));
    assert.deepEqual(findings.map((f) => f.line), [2, 2, 3]);
  });

  it('GitHub App permissions in createAppAuth config: write rated by the catalog, read not reported', () => {
    const text = [
      "import { createAppAuth } from '@octokit/auth-app';",
      'const app = { appId, privateKey, permissions: { administration: "write", contents: "read", issues: "write" } };',
    ].join('\n');
    const findings = only(scanScopes(text, 'app.ts'), 'github-app-permission');
    assert.deepEqual(spans(text, findings), ['administration: "write"', 'issues: "write"']);
    assert.deepEqual(findings.map((f) => f.severity), ['critical', 'medium']);
    assert.equal(findings[0]!.redacted, 'administration: write');
  });

  it('gh auth login / refresh scopes; narrow scopes and --remove-scopes are not findings', () => {
    const text = [
      '#!/bin/sh',
      'gh auth login --hostname github.com --scopes "repo,admin:org"',
      'gh auth refresh -s delete_repo',
      'gh auth refresh --scopes=workflow',
      'gh auth login --scopes read:user',
      'gh auth refresh --remove-scopes delete_repo',
    ].join('\n');
    const findings = scanScopes(text, 'scripts/setup.sh');
    assert.deepEqual(spans(text, findings), ['repo', 'admin:org', 'delete_repo', 'workflow']);
    assert.deepEqual(findings.map((f) => f.line), [2, 2, 3, 4]);
    assert.ok(findings.every((f) => f.ruleId === 'oauth-scope-github'));
  });

  it('Slack app manifest (YAML): bot and user scopes with locations; narrow ones skipped', () => {
    const text = [
      'display_information:',
      '  name: Ops Bot',
      'oauth_config:',
      '  scopes:',
      '    bot:',
      '      - chat:write',
      '      - channels:history',
      '      - users:read',
      '    user:',
      '      - "search:read"',
    ].join('\n');
    const findings = scanScopes(text, 'manifest.yml');
    assert.deepEqual(spans(text, findings), ['chat:write', 'channels:history', 'search:read']);
    assert.ok(findings.every((f) => f.ruleId === 'oauth-scope-slack'));
    assert.deepEqual(findings[2]!.location, { fileKind: 'slack-app-manifest', path: ['oauth_config', 'scopes', 'user', 0] });
    assert.match(findings[2]!.message, /^Slack user-token OAuth scope `search:read`/);
    assert.deepEqual(findings.map((f) => f.severity), ['medium', 'high', 'high']);
  });

  it('Slack app manifest (JSON): offsets exclude the quotes', () => {
    const text = '{"display_information":{"name":"x"},"oauth_config":{"scopes":{"bot":["channels:history","commands"]}}}';
    const findings = scanScopes(text, 'slack-manifest.json');
    assert.deepEqual(spans(text, findings), ['channels:history']);
    assert.deepEqual(findings[0]!.location?.path, ['oauth_config', 'scopes', 'bot', 0]);
  });

  const workflow = [
    'name: release',
    'on: push',
    'permissions: write-all',
    'jobs:',
    '  publish:',
    '    runs-on: ubuntu-latest',
    '    permissions:',
    '      contents: write',
    '      administration: write',
    '      id-token: write',
    '      pull-requests: read',
    '    steps:',
    '      - run: echo publishing',
    '',
  ].join('\n');

  it('GitHub Actions: write-all and risky job-level write; a job\'s contents: write, id-token and read are fine', () => {
    const findings = scanScopes(workflow, '.github/workflows/release.yml');
    assert.deepEqual(spans(workflow, findings), ['write-all', 'administration: write']);
    const [all, contents] = findings as [Finding, Finding];
    assert.equal(all.ruleId, 'gha-permissions-write-all');
    assert.equal(all.severity, 'high');
    assert.equal(all.lifetime, 'short-lived');
    assert.deepEqual([all.line, all.column], [3, 14]);
    assert.equal(contents.ruleId, 'gha-permissions-write');
    assert.equal(contents.severity, 'medium');
    assert.deepEqual(contents.location, { fileKind: 'github-workflow', path: ['jobs', 'publish', 'permissions', 'administration'], client: 'github-actions' });
  });

  it('GitHub Actions: the same write grant is reported for every job (workflow level), not in one job', () => {
    const topLevel = 'on: push\npermissions:\n  contents: write\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps: []\n';
    const [finding] = scanScopes(topLevel, '.github/workflows/ci.yml');
    assert.equal(finding?.redacted, 'contents: write');
    assert.equal(finding?.severity, 'medium');
    const perJob = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    permissions:\n      contents: write\n    steps: []\n';
    assert.deepEqual(scanScopes(perJob, '.github/workflows/ci.yml'), []);
  });

  it('GitHub Actions rules apply to workflow files only, and read-all is fine', () => {
    assert.deepEqual(scanScopes(workflow, 'docs/example.yml'), []);
    assert.deepEqual(scanScopes(workflow.replace('write-all', 'read-all').replace('administration: write', 'administration: read'), '.github/workflows/ci.yaml'), []);
  });

  it('fingerprints: stable across line moves, distinct per job', () => {
    const moved = scanScopes(`# a comment\n\n${workflow}`, '.github/workflows/release.yml');
    const original = scanScopes(workflow, '.github/workflows/release.yml');
    assert.deepEqual(moved.map((f) => f.fingerprint), original.map((f) => f.fingerprint));
    const twoJobs = `${workflow}  docs:\n    runs-on: ubuntu-latest\n    permissions:\n      administration: write\n    steps: []\n`;
    const contents = only(scanScopes(twoJobs, '.github/workflows/release.yml'), 'gha-permissions-write');
    assert.equal(contents.length, 2);
    assert.notEqual(contents[0]!.fingerprint, contents[1]!.fingerprint);
  });

  it('ordinary code and scope lists without a known provider produce nothing', () => {
    const ordinary = [
      "const scope = 'global';",
      'function permissions(user) { return user.roles; }',
      "const config = { scopes: ['repo', 'admin:org'], permissions: { administration: 'write' } };",
      'let oauthScopeHint = "Mail.ReadWrite";',
    ].join('\n');
    assert.deepEqual(scanScopes(ordinary, 'src/config.ts'), []);
    assert.deepEqual(scanScopes('export const answer = 42;\n', 'src/a.ts'), []);
  });

  it('an inline secret-hygiene:allow comment with a reason suppresses the finding', () => {
    const text = 'SCOPES = ["https://www.googleapis.com/auth/drive"]  # secret-hygiene:allow backup tool needs all files\n';
    assert.deepEqual(scanScopes(text, 'backup.py'), []);
    assert.equal(scanScopes(text.replace(/ {2}#.*$/m, ''), 'backup.py').length, 1);
  });

  it('stays linear and within the call stack on ~1 MB adversarial inputs', function () {
    this.timeout(60_000);
    const size = 1 << 20;
    const run = (unit: string) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
    const context = 'import { Octokit } from "@octokit/rest"; // msal, @slack/bolt\n';
    const inputs: [string, string][] = [
      [context + run("scopes: ['"), 'a.ts'],
      [context + run('scopes: ['), 'a.ts'],
      [context + run('permissions: {'), 'a.ts'],
      [run('gh auth login -s '), 'a.sh'],
      [run('https://www.googleapis.com/auth/'), 'a.txt'],
      ['oauth_config:\n  scopes:\n    bot:\n' + run('      - channels:history\n').replace(/\n[^\n]*$/, '\n'), 'manifest.yml'],
    ];
    const counts = inputs.map(([text, path]) => scanScopes(text, path).length);
    // The manifest is valid YAML with ~45k reportable scopes: all of them must come back.
    assert.ok(counts[5]! > 40_000, `manifest findings: ${counts[5]}`);
  });
});
