/**
 * The broker route of the JIT fix: clients without a reference syntax (Claude Desktop, Zed, Claude
 * Code's settings.json) and the OS keychain as a store choice. Secrets are built, never pasted.
 */
import assert from 'node:assert/strict';
import { parse, type ParseError } from 'jsonc-parser';
import type { Finding } from '../src/engine/types.js';
import { Scanner, builtinRules, resolvePolicy, scanDocument } from '../src/index.js';
import { parseBrokerReference } from '../src/broker/references.js';
import { findingFor } from './support/findings.js';
import { base62, crc32 } from '../src/tokens/checksum.js';
import { applyTextEdits, isJitFixUnavailable, keychainReference, planJitFix, type JitContext, type JitFix, type JitPlan } from '../src/remediation/index.js';

/** A random classic PAT with a valid checksum (GitHub's format: 30 base62 characters + CRC32 in 6). */
function githubPat(): string {
  const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
  const body = Array.from(crypto.getRandomValues(new Uint8Array(30)), (b) => alphabet[b % 62]).join('');
  return `ghp_${body}${base62(crc32(body), 6)}`;
}

const PAT = githubPat();
const SLACK = 'xoxb-' + '1234567890-1234567890123-' + 'aB3d'.repeat(6);
const DESKTOP = 'Library/Application Support/Claude/claude_desktop_config.json';

function finding(text: string, secret: string, ruleId = 'github-classic-pat', provider = 'github', occurrence = 0): Finding {
  return findingFor(text, secret, { ruleId, provider, occurrence });
}

function fixOf(plan: JitPlan): JitFix {
  if (isJitFixUnavailable(plan)) assert.fail(`expected a fix, got: ${plan.reason}`);
  return plan;
}

function reasonOf(plan: JitPlan): string {
  assert.ok(isJitFixUnavailable(plan), 'expected the fix to be unavailable');
  return plan.reason;
}

function jsonOf(text: string): any {
  const errors: ParseError[] = [];
  const value = parse(text, errors, { allowTrailingComma: true });
  assert.deepEqual(errors, [], 'the fixed file must still parse');
  return value;
}

/** Plans, applies, and checks that nothing we hand out holds the secret. */
function fixed(text: string, secret: string, context: JitContext, f = finding(text, secret)): { fix: JitFix; result: string } {
  const fix = fixOf(planJitFix(text, f, context));
  for (const field of [fix.title, ...fix.notes, fix.store.name, fix.store.key ?? '', fix.reference.text]) assert.ok(!field.includes(secret), `the secret leaked into "${field}"`);
  const result = applyTextEdits(text, fix.edits);
  assert.ok(!result.includes(secret), 'the fixed text still holds the secret');
  return { fix, result };
}

const desktopConfig = (env: Record<string, string>, extra = '') =>
  `{\n  "mcpServers": {\n    "github": {\n      // the official server\n      "command": "npx",\n      "args": ["-y", "@modelcontextprotocol/server-github"],\n      "env": ${JSON.stringify(env)}${extra}\n    }\n  }\n}\n`;

describe('JIT fixes: the broker route (secret-hygiene run)', () => {
  it('Claude Desktop: keychain store, the entry starts through secret-hygiene run, the literal leaves env', () => {
    const text = desktopConfig({ GITHUB_PERSONAL_ACCESS_TOKEN: PAT });
    const { fix, result } = fixed(text, PAT, { path: DESKTOP });
    const reference = 'keychain://secret-hygiene/github-GITHUB_PERSONAL_ACCESS_TOKEN';
    assert.deepEqual(fix.store, { kind: 'keychain', name: 'GITHUB_PERSONAL_ACCESS_TOKEN', key: reference });
    assert.deepEqual(fix.reference, { kind: 'keychain', text: reference, storeAs: 'GITHUB_PERSONAL_ACCESS_TOKEN' });
    assert.equal(fix.title, 'Store in OS keychain and run through secret-hygiene');
    const server = jsonOf(result).mcpServers.github;
    assert.deepEqual(server, {
      command: 'secret-hygiene',
      args: ['run', '-e', `GITHUB_PERSONAL_ACCESS_TOKEN=${reference}`, '--', 'npx', '-y', '@modelcontextprotocol/server-github'],
    });
    assert.ok(result.includes('// the official server'), 'comments around the entry survive');
    assert.equal(fix.edits.length, 1);
  });

  it('keeps the other env variables, and extends an entry already wrapped instead of wrapping it twice', () => {
    const text = desktopConfig({ GITHUB_TOKEN: PAT, SLACK_BOT_TOKEN: SLACK, LOG_LEVEL: 'debug' });
    const first = fixed(text, PAT, { path: DESKTOP }).result;
    const second = fixed(first, SLACK, { path: DESKTOP }, finding(first, SLACK, 'slack-bot-token', 'slack')).result;
    const server = jsonOf(second).mcpServers.github;
    assert.deepEqual(server.env, { LOG_LEVEL: 'debug' });
    assert.equal(server.command, 'secret-hygiene');
    assert.deepEqual(server.args, [
      'run',
      '-e',
      'GITHUB_TOKEN=keychain://secret-hygiene/github-GITHUB_TOKEN',
      '-e',
      'SLACK_BOT_TOKEN=keychain://secret-hygiene/github-SLACK_BOT_TOKEN',
      '--',
      'npx',
      '-y',
      '@modelcontextprotocol/server-github',
    ]);
  });

  it('a variable wrapped before and pasted back as a literal gets its -e entry replaced, not duplicated', () => {
    const wrapped = `{ "mcpServers": { "gh": { "command": "secret-hygiene", "args": ["run", "-e", "GITHUB_TOKEN=keychain://secret-hygiene/old", "--", "gh-mcp"], "env": { "GITHUB_TOKEN": "${PAT}" } } } }`;
    const server = jsonOf(fixed(wrapped, PAT, { path: DESKTOP }).result).mcpServers.gh;
    assert.deepEqual(server.args, ['run', '-e', 'GITHUB_TOKEN=keychain://secret-hygiene/gh-GITHUB_TOKEN', '--', 'gh-mcp']);
  });

  it("keeps the wrapped entry's other run options (--env-file, other -e pairs) and the command after --", () => {
    const wrapped = `{ "mcpServers": { "gh": { "command": "/usr/local/bin/secret-hygiene", "args": ["run", "--env-file", ".env.mcp", "-e", "A=env://A", "--", "gh-mcp", "-e", "GITHUB_TOKEN=x"], "env": { "GITHUB_TOKEN": "${PAT}" } } } }`;
    const server = jsonOf(fixed(wrapped, PAT, { path: DESKTOP }).result).mcpServers.gh;
    assert.equal(server.command, '/usr/local/bin/secret-hygiene', 'a full path the user set is kept');
    assert.deepEqual(server.args, ['run', '--env-file', '.env.mcp', '-e', 'A=env://A', '-e', 'GITHUB_TOKEN=keychain://secret-hygiene/gh-GITHUB_TOKEN', '--', 'gh-mcp', '-e', 'GITHUB_TOKEN=x']);
  });

  it('Zed: both the flat and the nested `command: { path, args, env }` forms', () => {
    const flat = `{ "context_servers": { "gh": { "command": "gh-mcp", "args": ["stdio"], "env": { "GITHUB_TOKEN": "${PAT}" } } } }`;
    const a = jsonOf(fixed(flat, PAT, { path: '.zed/settings.json' }).result).context_servers.gh;
    assert.deepEqual(a, { command: 'secret-hygiene', args: ['run', '-e', 'GITHUB_TOKEN=keychain://secret-hygiene/gh-GITHUB_TOKEN', '--', 'gh-mcp', 'stdio'] });
    const nested = `{ "context_servers": { "gh": { "command": { "path": "npx", "env": { "GITHUB_TOKEN": "${PAT}" } } } } }`;
    const b = jsonOf(fixed(nested, PAT, { path: '.zed/settings.json' }).result).context_servers.gh;
    assert.deepEqual(b, { command: { path: 'secret-hygiene', args: ['run', '-e', 'GITHUB_TOKEN=keychain://secret-hygiene/gh-GITHUB_TOKEN', '--', 'npx'] } });
  });

  it('the keychain account is one path segment, whatever the server is called', () => {
    assert.equal(keychainReference('my server/v2?x', 'API_KEY'), 'keychain://secret-hygiene/my-server-v2-x-API_KEY');
    // Whatever the names, `run` and `store put` accept the reference.
    for (const [scope, variable] of [['_x', 'A'], ['../..', 'B'], ['srv', '_C'], ['ü', 'TOKEN'], ['s'.repeat(200), 'LONG_NAME']]) {
      const reference = parseBrokerReference(keychainReference(scope!, variable!));
      assert.equal(reference.scheme, 'keychain');
    }
    assert.equal(parseBrokerReference(keychainReference('github', 'GITHUB_TOKEN')).text, 'keychain://secret-hygiene/github-GITHUB_TOKEN');
    // A hostile name (a megabyte of dashes) is cut before it is cleaned.
    assert.equal(keychainReference(`a${'-'.repeat(1_000_000)}b`, 'X'), 'keychain://secret-hygiene/a-X');
    const text = desktopConfig({ GITHUB_TOKEN: PAT }).replace('"github"', '"git hub/ent"');
    assert.equal(fixOf(planJitFix(text, finding(text, PAT), { path: DESKTOP })).store.key, 'keychain://secret-hygiene/git-hub-ent-GITHUB_TOKEN');
  });

  it('unavailable, with the reason: remote servers, arguments, part of a value', () => {
    const remote = `{ "mcpServers": { "gh": { "url": "https://api.example.test/mcp", "headers": { "Authorization": "${PAT}" } } } }`;
    assert.match(reasonOf(planJitFix(remote, finding(remote, PAT), { path: DESKTOP })), /remote \(HTTP\).*stdio/);
    const typed = `{ "mcpServers": { "gh": { "type": "sse", "command": "x", "env": { "GITHUB_TOKEN": "${PAT}" } } } }`;
    assert.match(reasonOf(planJitFix(typed, finding(typed, PAT), { path: DESKTOP })), /remote \(HTTP\)/);
    const arg = `{ "mcpServers": { "gh": { "command": "gh-mcp", "args": ["--token", "${PAT}"] } } }`;
    assert.match(reasonOf(planJitFix(arg, finding(arg, PAT), { path: DESKTOP })), /environment variables only/);
    const part = `{ "mcpServers": { "gh": { "command": "gh-mcp", "env": { "AUTH": "token ${PAT}" } } } }`;
    assert.match(reasonOf(planJitFix(part, finding(part, PAT), { path: DESKTOP })), /holds more than the secret/);
    const noCommand = `{ "mcpServers": { "gh": { "env": { "GITHUB_TOKEN": "${PAT}" } } } }`;
    assert.match(reasonOf(planJitFix(noCommand, finding(noCommand, PAT), { path: DESKTOP })), /nothing to wrap/);
    // Every reason still says why Claude Desktop needs the wrapper at all.
    assert.match(reasonOf(planJitFix(arg, finding(arg, PAT), { path: DESKTOP })), /^Claude Desktop passes config values literally/);
  });

  it('a GitHub App in the policy: a github-app:// reference instead of storing the PAT', () => {
    const text = desktopConfig({ GITHUB_TOKEN: PAT });
    const context: JitContext = { path: DESKTOP, broker: { githubApp: { appId: 12345, installationId: 678, permissions: { contents: 'read', issues: 'write' } } } };
    const { fix, result } = fixed(text, PAT, context);
    const reference = 'github-app://12345/678?permissions=contents:read,issues:write';
    assert.deepEqual(fix.store, { kind: 'none', name: 'GITHUB_TOKEN' });
    assert.equal(fix.reference.text, reference);
    assert.ok(fix.notes.some((n) => n.includes('keychain://secret-hygiene/github-app-12345')));
    assert.ok(fix.notes.some((n) => /Revoke/.test(n)));
    assert.deepEqual(jsonOf(result).mcpServers.github.args.slice(0, 4), ['run', '-e', `GITHUB_TOKEN=${reference}`, '--']);
    // Other providers' secrets still go to the keychain.
    const slack = desktopConfig({ SLACK_BOT_TOKEN: SLACK });
    assert.equal(fixOf(planJitFix(slack, finding(slack, SLACK, 'slack-bot-token', 'slack'), context)).store.kind, 'keychain');
    // A client with a reference syntax takes the App route too (a one-hour token beats any reference).
    const cursor = fixOf(planJitFix(text, finding(text, PAT), { ...context, path: '.cursor/mcp.json' }));
    assert.equal(cursor.reference.kind, 'github-app');
  });

  it("never writes a reference the policy's broker block would refuse at run time", () => {
    const text = desktopConfig({ GITHUB_TOKEN: PAT });
    const requiresApp = planJitFix(text, finding(text, PAT), { path: DESKTOP, broker: { requiredSchemes: { github: 'github-app' } } });
    assert.match(reasonOf(requiresApp), /requires github-app:\/\/ references for github credentials \(broker\.requiredSchemes\); name the App in the policy \(broker\.githubApp\)/);
    const app = { appId: 1, installationId: 2 };
    assert.equal(fixOf(planJitFix(text, finding(text, PAT), { path: DESKTOP, broker: { requiredSchemes: { github: 'github-app' }, githubApp: app } })).reference.kind, 'github-app');
    const noKeychain = planJitFix(text, finding(text, PAT), { path: DESKTOP, broker: { allowedSchemes: ['op', 'env'] } });
    assert.match(reasonOf(noKeychain), /does not allow keychain:\/\/ references \(broker\.allowedSchemes: op, env\)/);
    const settings = `{ "env": { "GITHUB_TOKEN": "${PAT}" } }`;
    assert.match(reasonOf(planJitFix(settings, finding(settings, PAT), { path: '.claude/settings.json', broker: { allowedSchemes: ['env'] } })), /does not allow keychain/);
  });

  it('the keychain as the team store: Cursor wraps stdio servers, falls back to ${env:…} for remote ones', () => {
    const context: JitContext = { path: '.cursor/mcp.json', references: { provider: 'keychain' } };
    const text = desktopConfig({ GITHUB_TOKEN: PAT });
    assert.equal(jsonOf(fixed(text, PAT, context).result).mcpServers.github.command, 'secret-hygiene');
    const remote = `{ "mcpServers": { "gh": { "url": "https://api.example.test/mcp", "headers": { "X_TOKEN": "${PAT}" } } } }`;
    const { fix, result } = fixed(remote, PAT, context);
    assert.ok(result.includes('"X_TOKEN": "${env:X_TOKEN}"'));
    assert.deepEqual(fix.store, { kind: 'keychain', name: 'X_TOKEN', key: 'keychain://secret-hygiene/gh-X_TOKEN' });
    assert.ok(fix.notes.some((n) => n.includes('secret-hygiene run -e X_TOKEN=keychain://secret-hygiene/gh-X_TOKEN --')));
  });

  it('the keychain as the team store: .env lines and source code', () => {
    const env = `OPENAI_API_KEY=${'sk-proj-' + 'Q7w8'.repeat(10)}\n`;
    const secret = env.slice('OPENAI_API_KEY='.length, -1);
    const f = { ...finding(env, secret, 'openai-project-key', 'openai'), location: { fileKind: 'dotenv' as const, path: ['OPENAI_API_KEY'] } };
    const a = fixed(env, secret, { path: '.env', references: { provider: 'keychain' } }, f);
    assert.equal(a.result, 'OPENAI_API_KEY=keychain://secret-hygiene/dotenv-OPENAI_API_KEY\n');
    assert.ok(a.fix.notes.some((n) => n.includes('secret-hygiene run --env-file')));

    const code = `const token = "${PAT}";\n`;
    const b = fixed(code, PAT, { path: 'src/a.js', references: { provider: 'keychain' } });
    assert.equal(b.result, 'const token = process.env.GITHUB_TOKEN;\n');
    assert.equal(b.fix.store.kind, 'keychain');
  });

  it("Claude Code settings.json: the env entry moves to the keychain, Claude Code starts through run", () => {
    const text = `{\n  "model": "opus",\n  "env": {\n    "GITHUB_TOKEN": "${PAT}",\n    "DEBUG": "1"\n  }\n}\n`;
    const { fix, result } = fixed(text, PAT, { path: '.claude/settings.json' });
    assert.deepEqual(jsonOf(result), { model: 'opus', env: { DEBUG: '1' } });
    assert.equal(fix.store.key, 'keychain://secret-hygiene/claude-code-GITHUB_TOKEN');
    assert.ok(fix.notes.some((n) => n.includes('secret-hygiene run -e GITHUB_TOKEN=keychain://secret-hygiene/claude-code-GITHUB_TOKEN -- claude')));
  });

  it('clients with a reference syntax keep it when no broker route is chosen', () => {
    const text = desktopConfig({ GITHUB_TOKEN: PAT });
    const { result } = fixed(text, PAT, { path: '.mcp.json' });
    assert.equal(jsonOf(result).mcpServers.github.env.GITHUB_TOKEN, '${GITHUB_TOKEN}');
  });

  it('a scan of a Claude Desktop config shows the keychain reference on the finding', () => {
    const text = desktopConfig({ GITHUB_TOKEN: PAT });
    const result = scanDocument(new Scanner(builtinRules), text, { path: DESKTOP });
    const found = result.findings.find((f) => f.provider === 'github');
    assert.ok(found, 'the PAT is found');
    assert.deepEqual(found.remediation?.references.map((r) => r.text), ['keychain://secret-hygiene/github-GITHUB_TOKEN']);
  });
});

describe('policy: broker.githubApp (the App the fix mints GitHub tokens from)', () => {
  const layer = (source: 'workspace' | 'user' | 'managed', document: unknown) => ({ source, origin: `${source}.json`, text: JSON.stringify(document) });
  const app = { appId: 12345, installationId: 678, permissions: { contents: 'read' } };

  it('a user or managed policy names it; a repository cannot (ignored, with a notice)', () => {
    assert.deepEqual(resolvePolicy([layer('user', { broker: { githubApp: app } })]).policy.broker.githubApp, app);
    assert.deepEqual(resolvePolicy([layer('managed', { broker: { githubApp: app } })]).policy.broker.githubApp, app);
    const fromRepository = resolvePolicy([layer('workspace', { broker: { githubApp: app } })]);
    assert.equal(fromRepository.policy.broker.githubApp, undefined);
    assert.ok(fromRepository.problems.some((p) => p.field === 'broker.githubApp'));
  });

  it('bad ids and permission levels are errors naming the field', () => {
    const { problems } = resolvePolicy([layer('user', { broker: { githubApp: { appId: 'abc', installationId: 1, permissions: { contents: 'owner' } } } })]);
    const fields = problems.map((p) => p.field);
    assert.ok(fields.includes('broker.githubApp.appId'), fields.join(', '));
    assert.ok(fields.includes('broker.githubApp.permissions.contents'), fields.join(', '));
  });
});
