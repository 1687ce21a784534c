import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { resolvePolicy } from '@secret-hygiene/core';
import { claudeCode } from '../src/hooks/claude-code.js';
import { cursor } from '../src/hooks/cursor.js';
import { hookStatus, installHooks, uninstallHooks } from '../src/hooks/install.js';
import type { ClientProtocol } from '../src/hooks/protocol.js';
import { runHook } from '../src/hooks/run.js';
import { makeGithubPat } from './fixtures.js';
import { tempDir } from './support/temp-dir.js';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
/** A synthetic GitHub classic PAT with a valid checksum, fresh for every run. */
function freshPat(): string {
  return makeGithubPat([...randomBytes(30)].map((byte) => BASE62[byte % 62]).join(''));
}
const PAT = freshPat();
const FIXTURES = resolve(process.cwd(), 'cli/test/fixtures/hooks');

function fixture(client: string, name: string, values: Record<string, string> = {}): string {
  let text = readFileSync(join(FIXTURES, client, `${name}.json`), 'utf8');
  for (const [key, value] of Object.entries({ SECRET: PAT, ...values })) text = text.split(`{{${key}}}`).join(value);
  return text;
}


/** A policy context with no policy files at all, or with a managed file holding `managed`. */
function context(managed?: object) {
  const home = tempDir('sh-hook-home-');
  const managedPath = join(home, 'managed-policy.json');
  if (managed) writeFileSync(managedPath, JSON.stringify(managed));
  return { cwd: home, env: { SECRET_HYGIENE_POLICY: managed ? managedPath : 'none', XDG_CONFIG_HOME: join(home, '.config') }, platform: 'linux' as const, home };
}

function assertMasked(...outputs: string[]): void {
  for (const output of outputs) assert.ok(!output.includes(PAT), 'a raw secret was printed');
}

describe('hook protocols (documented input shapes)', () => {
  const deny = (protocol: ClientProtocol, text: string) => runHook(protocol.id, text, context());

  it('Claude Code UserPromptSubmit: blocks with decision/reason naming the rule and the masked value', async () => {
    const result = await deny(claudeCode, fixture('claude-code', 'user-prompt-submit'));
    const answer = JSON.parse(result.stdout);
    assert.equal(result.exitCode, 0);
    assert.equal(answer.decision, 'block');
    assert.match(answer.reason, /github-classic-pat ghp_…/);
    assert.match(answer.reason, /secret-hygiene run/);
    assertMasked(result.stdout, result.stderr);
  });

  for (const name of ['pre-tool-use-bash', 'pre-tool-use-write', 'pre-tool-use-edit', 'pre-tool-use-mcp']) {
    it(`Claude Code PreToolUse (${name}): permissionDecision deny with a reason`, async () => {
      const result = await deny(claudeCode, fixture('claude-code', name));
      const output = JSON.parse(result.stdout).hookSpecificOutput;
      assert.deepEqual(Object.keys(output).sort(), ['hookEventName', 'permissionDecision', 'permissionDecisionReason']);
      assert.equal(output.hookEventName, 'PreToolUse');
      assert.equal(output.permissionDecision, 'deny');
      assert.match(output.permissionDecisionReason, /github-classic-pat/);
      assertMasked(result.stdout, result.stderr);
    });
  }

  it('Claude Code PreToolUse Read: scans the file on disk, denies a .env with a token, allows a clean file', async () => {
    const dir = tempDir('sh-hook-read-');
    writeFileSync(join(dir, '.env'), `GITHUB_TOKEN=${PAT}\n`);
    writeFileSync(join(dir, 'clean.ts'), 'export const answer = 42;\n');
    const denied = await deny(claudeCode, fixture('claude-code', 'pre-tool-use-read', { FILE: join(dir, '.env') }));
    assert.equal(JSON.parse(denied.stdout).hookSpecificOutput.permissionDecision, 'deny');
    assert.match(JSON.parse(denied.stdout).hookSpecificOutput.permissionDecisionReason, /file .*\.env carries/);
    const allowed = await deny(claudeCode, fixture('claude-code', 'pre-tool-use-read', { FILE: join(dir, 'clean.ts') }));
    assert.deepEqual(allowed, { stdout: '', stderr: '', exitCode: 0 });
    // A file over the cap: its beginning (what the agent's read returns first) is still scanned.
    writeFileSync(join(dir, 'big.log'), `GITHUB_TOKEN=${PAT}\n${'x'.repeat(80)}\n`.repeat(1) + `${'log line\n'.repeat(300_000)}`);
    const big = await deny(claudeCode, fixture('claude-code', 'pre-tool-use-read', { FILE: join(dir, 'big.log') }));
    assert.equal(JSON.parse(big.stdout).hookSpecificOutput.permissionDecision, 'deny');
    assert.match(big.stderr, /only its first 2 MB were scanned/);
  });

  it('Claude Code allows a clean prompt by printing nothing (an "allow" would skip the user\'s permission prompt)', async () => {
    const clean = fixture('claude-code', 'user-prompt-submit').replace(PAT, 'the staging server');
    assert.deepEqual(await deny(claudeCode, clean), { stdout: '', stderr: '', exitCode: 0 });
  });

  it('Cursor beforeSubmitPrompt: continue false with the message; continue true when clean', async () => {
    const result = await deny(cursor, fixture('cursor', 'before-submit-prompt'));
    const answer = JSON.parse(result.stdout);
    assert.equal(answer.continue, false);
    assert.match(answer.user_message, /github-classic-pat ghp_…/);
    assertMasked(result.stdout, result.stderr);
    const clean = await deny(cursor, fixture('cursor', 'before-submit-prompt').replace(PAT, 'staging'));
    assert.deepEqual(JSON.parse(clean.stdout), { continue: true });
  });

  for (const name of ['before-shell-execution', 'before-mcp-execution', 'before-read-file']) {
    it(`Cursor ${name}: permission deny with user and agent messages`, async () => {
      const result = await deny(cursor, fixture('cursor', name));
      const answer = JSON.parse(result.stdout);
      assert.equal(answer.permission, 'deny');
      assert.match(answer.agent_message, /github-classic-pat/);
      assert.equal(answer.userMessage, answer.user_message);
      assertMasked(result.stdout, result.stderr);
      const clean = await deny(cursor, fixture('cursor', name).replace(PAT, '${GITHUB_TOKEN}'));
      assert.deepEqual(JSON.parse(clean.stdout), { permission: 'allow' });
    });
  }

  it('unknown events and malformed input: allow with a warning on stderr, exit 0', async () => {
    const stop = await deny(claudeCode, fixture('claude-code', 'stop'));
    assert.deepEqual([stop.stdout, stop.exitCode], ['', 0]);
    assert.match(stop.stderr, /"Stop" is not one secret-hygiene guards; allowed/);
    const odd = await deny(claudeCode, JSON.stringify({ hook_event_name: `x${PAT}\u001b[2J` }));
    assert.match(odd.stderr, /event "\(an unprintable name\)" is not one/);
    assertMasked(odd.stderr);
    const edit = await deny(cursor, fixture('cursor', 'after-file-edit'));
    assert.deepEqual(JSON.parse(edit.stdout), { permission: 'allow' });
    for (const input of ['not json', '', '[1,2]', '{"hook_event_name":"PreToolUse","tool_name":"Bash"}']) {
      const result = await deny(claudeCode, input);
      assert.deepEqual([result.stdout, result.exitCode], ['', 0], input);
      assert.match(result.stderr, /allowed/);
    }
  });

  it('fail closed (managed guardrails.failClosed): malformed input is denied in the client\'s protocol', async () => {
    const ctx = context({ guardrails: { failClosed: true } });
    const claude = await runHook('claude-code', '{"hook_event_name":"PreToolUse","tool_name":"Bash"}', ctx);
    assert.equal(JSON.parse(claude.stdout).hookSpecificOutput.permissionDecision, 'deny');
    const unknown = await runHook('claude-code', 'garbage', ctx);
    assert.equal(JSON.parse(unknown.stdout).continue, false);
    const cursorPrompt = await runHook('cursor', '{"hook_event_name":"beforeSubmitPrompt"}', ctx);
    assert.equal(JSON.parse(cursorPrompt.stdout).continue, false);
  });

  it('threshold: a managed threshold of critical lets a high finding through; the default (high) denies it', async () => {
    // A GitHub PAT with a broken checksum is reported below critical.
    const broken = `${PAT.slice(0, -1)}${PAT.endsWith('A') ? 'B' : 'A'}`;
    const input = JSON.stringify({ hook_event_name: 'UserPromptSubmit', prompt: `token ${broken}` });
    const strictOnly = await runHook('claude-code', input, context({ guardrails: { threshold: 'critical' } }));
    const byDefault = await runHook('claude-code', JSON.stringify({ hook_event_name: 'UserPromptSubmit', prompt: `token ${PAT}` }), context({ guardrails: { threshold: 'critical' } }));
    assert.equal(strictOnly.stdout, '');
    assert.equal(JSON.parse(byDefault.stdout).decision, 'block');
  });
});

describe('guardrails policy layering', () => {
  const layer = (source: 'workspace' | 'user' | 'managed', document: object) => ({ source, origin: `${source}.json`, document });

  it('defaults: not enforced, threshold high, fail open', () => {
    assert.deepEqual(resolvePolicy([]).policy.guardrails, { enforce: false, threshold: 'high', failClosed: false });
  });

  it('a workspace file may only tighten', () => {
    const tightened = resolvePolicy([layer('workspace', { guardrails: { threshold: 'medium', failClosed: true } })]);
    assert.deepEqual(tightened.policy.guardrails, { enforce: false, threshold: 'medium', failClosed: true });
    const loosened = resolvePolicy([layer('user', { guardrails: { failClosed: true, threshold: 'medium' } }), layer('workspace', { guardrails: { failClosed: false, threshold: 'critical' } })]);
    assert.deepEqual(loosened.policy.guardrails, { enforce: false, threshold: 'medium', failClosed: true });
    assert.ok(loosened.problems.some((problem) => problem.field === 'guardrails.threshold' && /only tighten/.test(problem.message)));
  });

  it('managed wins over looser lower layers; a stricter lower choice stands', () => {
    const resolved = resolvePolicy([
      layer('user', { guardrails: { threshold: 'critical', failClosed: true } }),
      layer('managed', { guardrails: { enforce: true, threshold: 'high', failClosed: false } }),
    ]);
    assert.deepEqual(resolved.policy.guardrails, { enforce: true, threshold: 'high', failClosed: true });
    assert.equal(resolved.provenance['guardrails.enforce']?.source, 'managed');
  });

  it('an unknown guardrails field is an error naming it', () => {
    const resolved = resolvePolicy([layer('user', { guardrails: { failclosed: true } })]);
    assert.ok(resolved.problems.some((problem) => problem.field === 'guardrails.failclosed'));
  });
});

describe('hooks install / uninstall / status (settings files)', () => {
  const COMMAND = '"/usr/bin/node" "/opt/sh/dist/hook.cjs" claude-code';
  const CLAUDE_SETTINGS = `// my settings
{
    "model": "opus", // keep this comment
    "hooks": {
        "PreToolUse": [
            { "matcher": "Bash", "hooks": [ { "type": "command", "command": "my-linter" } ] }
        ]
    }
}
`;

  function place(home: string, relative: string, text: string): string {
    const path = join(home, relative);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, text);
    return path;
  }

  it('Claude Code: adds our entries, keeps comments, formatting and other hooks, backs up; a second install changes nothing', () => {
    const home = tempDir('sh-install-');
    const path = place(home, '.claude/settings.json', CLAUDE_SETTINGS);
    const first = installHooks('claude-code', 'user', { home, project: home }, COMMAND);
    assert.equal(first.changed, true);
    assert.equal(readFileSync(first.backup!, 'utf8'), CLAUDE_SETTINGS);
    const text = readFileSync(path, 'utf8');
    assert.ok(text.startsWith('// my settings\n{\n    "model": "opus", // keep this comment'));
    assert.ok(text.includes('"command": "my-linter"'));
    const parsed = JSON.parse(text.replace(/\/\/.*$/gm, ''));
    assert.equal(parsed.hooks.PreToolUse.length, 2);
    assert.equal(parsed.hooks.PreToolUse[1].hooks[0].command, COMMAND);
    assert.match(parsed.hooks.PreToolUse[1].matcher, /Bash\|Read\|Write\|Edit.*mcp__/);
    assert.equal(parsed.hooks.UserPromptSubmit[0].hooks[0].command, COMMAND);

    const second = installHooks('claude-code', 'user', { home, project: home }, COMMAND);
    assert.equal(second.changed, false);
    assert.equal(readFileSync(path, 'utf8'), text);

    const removed = uninstallHooks('claude-code', 'user', { home, project: home });
    assert.equal(removed.changed, true);
    const after = JSON.parse(readFileSync(path, 'utf8').replace(/\/\/.*$/gm, ''));
    assert.deepEqual(after.hooks.PreToolUse, [{ matcher: 'Bash', hooks: [{ type: 'command', command: 'my-linter' }] }]);
    assert.deepEqual(after.hooks.UserPromptSubmit, []);
    assert.ok(readFileSync(path, 'utf8').includes('// keep this comment'));
  });

  it('an updated command replaces ours instead of adding a second entry', () => {
    const home = tempDir('sh-install-');
    installHooks('claude-code', 'user', { home, project: home }, COMMAND);
    installHooks('claude-code', 'user', { home, project: home }, COMMAND.replace('/opt/sh', '/opt/sh2'));
    const parsed = JSON.parse(readFileSync(join(home, '.claude/settings.json'), 'utf8'));
    assert.equal(parsed.hooks.UserPromptSubmit.length, 1);
    assert.match(parsed.hooks.UserPromptSubmit[0].hooks[0].command, /sh2/);
  });

  it('Cursor project scope: version 1 and one entry per event, next to the user\'s own hooks', () => {
    const project = tempDir('sh-project-');
    const path = place(project, '.cursor/hooks.json', '{\n  "version": 1,\n  "hooks": { "afterFileEdit": [ { "command": "./format.sh" } ] }\n}\n');
    const command = COMMAND.replace('claude-code', 'cursor');
    installHooks('cursor', 'project', { home: tempDir('sh-home-'), project }, command);
    const parsed = JSON.parse(readFileSync(path, 'utf8'));
    assert.equal(parsed.version, 1);
    assert.deepEqual(parsed.hooks.afterFileEdit, [{ command: './format.sh' }]);
    for (const event of ['beforeSubmitPrompt', 'beforeShellExecution', 'beforeMCPExecution', 'beforeReadFile']) assert.deepEqual(parsed.hooks[event], [{ command }]);
    const status = hookStatus({ home: tempDir('sh-home-'), project }).find((s) => s.client === 'cursor' && s.scope === 'project')!;
    assert.deepEqual(status.missing, []);
    assert.equal(status.installed.length, 4);
  });

  it('refuses to write through a symlink and leaves malformed settings untouched', () => {
    const home = tempDir('sh-install-');
    const real = place(home, 'elsewhere.json', '{}');
    mkdirSync(join(home, '.claude'));
    symlinkSync(real, join(home, '.claude/settings.json'));
    assert.throws(() => installHooks('claude-code', 'user', { home, project: home }, COMMAND), /symbolic link/);
    assert.equal(readFileSync(real, 'utf8'), '{}');
    const broken = place(home, '.cursor/hooks.json', '{ "hooks": ');
    assert.throws(() => installHooks('cursor', 'user', { home, project: home }, COMMAND), /not valid JSON/);
    assert.equal(readFileSync(broken, 'utf8'), '{ "hooks": ');
  });
});

/** esbuild from the repository's node_modules, loaded at run time (as cli/test/built-cli.ts does). */
function esbuild(): typeof import('esbuild') {
  const name = 'esbuild';
  return createRequire(resolve(process.cwd(), 'package.json'))(name);
}

let builtDir: string | undefined;
/** The CLI and the hook bin, built from this tree into a private folder, as esbuild.config.mjs builds them. */
function built(): string {
  if (builtDir) return builtDir;
  const dir = tempDir('sh-hook-build-');
  const common = { bundle: true, logLevel: 'warning' as const, target: 'node20', mainFields: ['module', 'main'], platform: 'node' as const };
  esbuild().buildSync({
    ...common,
    entryPoints: { 'secret-hygiene': resolve('cli/src/main.ts'), 'scan-worker': resolve('cli/src/walk/worker.ts') },
    outdir: dir,
    format: 'esm',
    banner: { js: "#!/usr/bin/env node\nimport { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  esbuild().buildSync({ ...common, entryPoints: [resolve('cli/src/hooks/entry.ts')], outfile: join(dir, 'hook.cjs'), format: 'cjs' });
  return (builtDir = dir);
}

describe('the hook as a real process', function () {
  this.timeout(300_000);
  const env = (home: string, extra: NodeJS.ProcessEnv = {}) => ({
    ...process.env,
    HOME: home,
    XDG_CONFIG_HOME: join(home, '.config'),
    SECRET_HYGIENE_POLICY: existsSync(join(home, 'managed.json')) ? join(home, 'managed.json') : 'none',
    SECRET_HYGIENE_CACHE_DIR: join(home, 'cache'),
    ...extra,
  });
  const run = (args: string[], input: string, home: string) =>
    spawnSync(process.execPath, args, { input, encoding: 'utf8', env: env(home), cwd: home, timeout: 120_000 });

  it('hook.cjs denies a prompt with a token, allows a clean one, and allows malformed input with a warning', () => {
    const home = tempDir('sh-proc-');
    const hook = join(built(), 'hook.cjs');
    const denied = run([hook, 'claude-code'], fixture('claude-code', 'user-prompt-submit'), home);
    assert.equal(denied.status, 0);
    assert.equal(JSON.parse(denied.stdout).decision, 'block');
    assertMasked(denied.stdout, denied.stderr);
    const clean = run([hook, 'cursor'], fixture('cursor', 'before-shell-execution').replace(PAT, 'x'), home);
    assert.deepEqual([clean.status, JSON.parse(clean.stdout)], [0, { permission: 'allow' }]);
    const malformed = run([hook, 'cursor'], '{not json', home);
    assert.deepEqual([malformed.status, malformed.stdout], [0, '{"permission":"allow"}\n']);
    assert.match(malformed.stderr, /not valid JSON; allowed/);
  });

  it('fail closed from the managed policy file', () => {
    const home = tempDir('sh-proc-');
    writeFileSync(join(home, 'managed.json'), JSON.stringify({ guardrails: { failClosed: true } }));
    const result = run([join(built(), 'hook.cjs'), 'claude-code'], 'garbage', home);
    assert.equal(result.status, 0);
    assert.equal(JSON.parse(result.stdout).continue, false);
    assert.match(result.stderr, /denied \(fail closed\)/);
  });

  it('the main CLI answers `hook` the same way', () => {
    const home = tempDir('sh-proc-');
    const result = run([join(built(), 'secret-hygiene.js'), 'hook', 'claude-code'], fixture('claude-code', 'pre-tool-use-bash'), home);
    assert.equal(JSON.parse(result.stdout).hookSpecificOutput.permissionDecision, 'deny');
    assertMasked(result.stdout, result.stderr);
  });

  it('hooks install builds the startup snapshot; the installed command denies, and still works when the blob is gone', () => {
    const home = tempDir('sh-proc-');
    const cli = join(built(), 'secret-hygiene.js');
    const installed = run([cli, 'hooks', 'install', '--client', 'claude-code'], '', home);
    assert.equal(installed.status, 0, installed.stderr);
    assert.match(installed.stdout, /hooks installed in .*\.claude\/settings\.json/);
    const blobs = readdirSync(join(home, 'cache')).filter((name) => name.endsWith('.blob'));
    assert.equal(blobs.length, 1);
    const settings = JSON.parse(readFileSync(join(home, '.claude/settings.json'), 'utf8'));
    const command: string = settings.hooks.UserPromptSubmit[0].hooks[0].command;
    assert.match(command, /--snapshot-blob .* \|\| /);
    const viaShell = (input: string) => spawnSync('/bin/sh', ['-c', command], { input, encoding: 'utf8', env: env(home), cwd: home, timeout: 120_000 });
    const denied = viaShell(fixture('claude-code', 'user-prompt-submit'));
    assert.equal(JSON.parse(denied.stdout).decision, 'block');
    assert.equal(denied.stderr, '');
    rmSync(join(home, 'cache'), { recursive: true });
    const fallback = viaShell(fixture('claude-code', 'user-prompt-submit'));
    assert.equal(JSON.parse(fallback.stdout).decision, 'block');
    const again = run([cli, 'hooks', 'install', '--client', 'claude-code'], '', home);
    assert.match(again.stdout, /nothing changed/);
    assert.ok(existsSync(join(home, 'cache')), 'the blob is rebuilt');
  });

  it('hooks status: a missing hook is a finding (exit 1) when the managed policy enforces them', () => {
    const home = tempDir('sh-proc-');
    const cli = join(built(), 'secret-hygiene.js');
    const relaxed = run([cli, 'hooks', 'status', '--format', 'json'], '', home);
    assert.equal(relaxed.status, 0);
    assert.deepEqual(JSON.parse(relaxed.stdout).findings, []);
    writeFileSync(join(home, 'managed.json'), JSON.stringify({ guardrails: { enforce: true } }));
    run([cli, 'hooks', 'install', '--client', 'cursor', '--no-snapshot'], '', home);
    const enforced = run([cli, 'hooks', 'status'], '', home);
    assert.equal(enforced.status, 1);
    assert.match(enforced.stdout, /✓ Cursor \(user\): beforeSubmitPrompt/);
    assert.match(enforced.stdout, /✗ Claude Code: no secret-hygiene hook for UserPromptSubmit, PreToolUse/);
  });
});
