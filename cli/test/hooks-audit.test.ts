/**
 * Issue 16, item 5: with `guardrails.enforce`, every denial of `secret-hygiene hook …` is an audit
 * event (time, client, event, rule ids, masked values; never the value), sent to the policy's audit
 * endpoint or, without one, appended to the local JSONL log. Allowed calls and unenforced denials
 * record nothing.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { guardrailDenialEvent, recordDenial } from '../src/hooks/audit.js';
import { runHook } from '../src/hooks/run.js';
import { makeGithubPat } from './fixtures.js';
import { tempDir } from './support/temp-dir.js';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const PAT = makeGithubPat([...randomBytes(30)].map((byte) => BASE62[byte % 62]).join(''));
const FIXTURES = resolve(process.cwd(), 'cli/test/fixtures/hooks');

function fixture(client: string, name: string): string {
  return readFileSync(join(FIXTURES, client, `${name}.json`), 'utf8').split('{{SECRET}}').join(PAT);
}

/** A home with a managed policy holding `managed` (or none), and its own XDG_STATE_HOME. */
function context(managed?: object) {
  const home = tempDir('sh-hook-audit-');
  const managedPath = join(home, 'managed-policy.json');
  if (managed) writeFileSync(managedPath, JSON.stringify(managed));
  const env = { SECRET_HYGIENE_POLICY: managed ? managedPath : 'none', XDG_CONFIG_HOME: join(home, '.config'), XDG_STATE_HOME: join(home, 'state') };
  return { cwd: home, env, platform: 'linux' as const, home, log: join(home, 'state', 'secret-hygiene', 'audit.jsonl') };
}

const logLines = (path: string) => readFileSync(path, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);

describe('guardrail denials in the audit stream', () => {
  it('enforced: a denied prompt appends one event to the local log: time, client, event, rule ids, masked values, never the value', async () => {
    const where = context({ guardrails: { enforce: true } });
    const result = await runHook('claude-code', fixture('claude-code', 'user-prompt-submit'), where);
    assert.equal(JSON.parse(result.stdout).decision, 'block');
    const [event, ...more] = logLines(where.log);
    assert.equal(more.length, 0);
    assert.deepEqual(Object.keys(event!).sort(), ['client', 'event', 'masked', 'ruleIds', 'time', 'type']);
    assert.equal(event!.type, 'guardrail.denial');
    assert.equal(event!.client, 'claude-code');
    assert.equal(event!.event, 'UserPromptSubmit');
    assert.deepEqual(event!.ruleIds, ['github-classic-pat']);
    assert.deepEqual(event!.masked, [`ghp_…${PAT.slice(-4)}`]);
    assert.ok(Math.abs(Date.parse(event!.time as string) - Date.now()) < 60 * 60_000, 'an ISO time of now');
    const raw = readFileSync(where.log, 'utf8');
    assert.ok(!raw.includes(PAT) && !raw.includes('Call the API'), 'neither the value nor the prompt is recorded');
    assert.equal(statSync(where.log).mode & 0o777, 0o600);
    assert.ok(!result.stderr.includes(PAT));
  });

  it('Cursor: a denied shell command is recorded with its event name; a second denial appends', async () => {
    const where = context({ guardrails: { enforce: true } });
    await runHook('cursor', fixture('cursor', 'before-shell-execution'), where);
    await runHook('cursor', fixture('cursor', 'before-mcp-execution'), where);
    assert.deepEqual(
      logLines(where.log).map((event) => `${event.client} ${event.event} ${(event.ruleIds as string[]).join(',')}`),
      ['cursor beforeShellExecution github-classic-pat', 'cursor beforeMCPExecution github-classic-pat'],
    );
  });

  it('records nothing for an allowed call, nor for a denial when guardrails are not enforced', async () => {
    const enforced = context({ guardrails: { enforce: true } });
    const clean = await runHook('claude-code', fixture('claude-code', 'user-prompt-submit').replace(PAT, 'nothing secret'), enforced);
    assert.deepEqual(clean, { stdout: '', stderr: '', exitCode: 0 });
    assert.ok(!existsSync(enforced.log));

    const advisory = context();
    const denied = await runHook('claude-code', fixture('claude-code', 'user-prompt-submit'), advisory);
    assert.equal(JSON.parse(denied.stdout).decision, 'block');
    assert.ok(!existsSync(advisory.log), 'without guardrails.enforce a denial is not audited');
  });

  it('a fail-closed denial (unreadable input) is recorded with its reason and no rule', async () => {
    const where = context({ guardrails: { enforce: true, failClosed: true } });
    const result = await runHook('claude-code', '{"hook_event_name": "PreToolUse"}', where);
    assert.equal(JSON.parse(result.stdout).hookSpecificOutput.permissionDecision, 'deny');
    const [event] = logLines(where.log);
    assert.equal(event!.event, 'PreToolUse');
    assert.deepEqual(event!.ruleIds, []);
    assert.match(event!.reason as string, /^fail closed: PreToolUse without tool_name and a tool_input object$/);
  });

  it('an audit endpoint that cannot be reached: the event is kept in the local log, marked undelivered, and stderr says so', async function () {
    this.timeout(30_000);
    const endpoint = 'https://127.0.0.1:1/ingest';
    const where = context({ guardrails: { enforce: true }, audit: { endpoint } });
    const result = await runHook('cursor', fixture('cursor', 'before-submit-prompt'), where);
    assert.equal(JSON.parse(result.stdout).continue, false, 'the answer stands');
    const [event] = logLines(where.log);
    assert.equal(event!.undelivered, endpoint);
    assert.equal(event!.event, 'beforeSubmitPrompt');
    assert.match(result.stderr, /audit: the endpoint unreachable; 1 event\(s\) kept in .*audit\.jsonl/);
    assertNoSecret(result.stdout, result.stderr, readFileSync(where.log, 'utf8'));
  });

  it('with an endpoint: one POST of the audit envelope holding the event, nothing in the local log', async () => {
    const where = context();
    const posts: { url: string; body: string }[] = [];
    const fakeFetch = (async (url: string, init: { body: string }) => {
      posts.push({ url, body: init.body });
      return new Response(null, { status: 202 });
    }) as unknown as typeof fetch;
    const event = guardrailDenialEvent({ client: 'cursor', event: 'beforeReadFile', denied: [{ ruleId: 'github-classic-pat', redacted: 'ghp_…abcd' }] }, new Date('2026-12-06T00:00:00Z'));
    const notices = await recordDenial(event, { endpoint: 'https://audit.example.test/ingest', env: where.env, platform: 'linux', fetch: fakeFetch });
    assert.deepEqual(notices, []);
    assert.equal(posts.length, 1);
    assert.equal(posts[0]!.url, 'https://audit.example.test/ingest');
    const body = JSON.parse(posts[0]!.body) as { schema: string; events: unknown[] };
    assert.equal(body.schema, 'secret-hygiene.audit/v1');
    assert.deepEqual(body.events, [{ type: 'guardrail.denial', time: '2026-12-06T00:00:00.000Z', client: 'cursor', event: 'beforeReadFile', ruleIds: ['github-classic-pat'], masked: ['ghp_…abcd'] }]);
    assert.ok(!existsSync(where.log));
  });

  it('an event name that is not an identifier is never echoed into the record', () => {
    const event = guardrailDenialEvent({ client: 'claude-code', event: `evil\n${PAT}`, denied: [] }, new Date());
    assert.equal(event.event, '(an unprintable name)');
  });
});

function assertNoSecret(...outputs: string[]): void {
  for (const output of outputs) assert.ok(!output.includes(PAT), 'a raw secret was written');
}

/** esbuild from the repository's node_modules, loaded at run time (bundled, it would look for its binary next to the bundle). */
function esbuild(): typeof import('esbuild') {
  return createRequire(resolve(process.cwd(), 'package.json'))('esbuild');
}

describe('guardrail denials from the hook bin as a real process', function () {
  this.timeout(300_000);

  it('hook.cjs, plain and from its startup snapshot, records each enforced denial and nothing for an allowed call', () => {
    const dir = tempDir('sh-hook-audit-build-');
    const hook = join(dir, 'hook.cjs');
    esbuild().buildSync({ bundle: true, logLevel: 'warning', target: 'node20', mainFields: ['module', 'main'], platform: 'node', entryPoints: [resolve('cli/src/hooks/entry.ts')], outfile: hook, format: 'cjs' });
    const blob = join(dir, 'hook.blob');
    const snapshot = spawnSync(process.execPath, ['--snapshot-blob', blob, '--build-snapshot', hook], { encoding: 'utf8', timeout: 240_000 });
    assert.equal(snapshot.status, 0, snapshot.stderr);

    const where = context({ guardrails: { enforce: true } });
    const env = { ...process.env, ...where.env, HOME: where.home };
    for (const args of [[hook, 'claude-code'], ['--snapshot-blob', blob, hook, 'claude-code']]) {
      const run = spawnSync(process.execPath, args, { input: fixture('claude-code', 'pre-tool-use-bash'), encoding: 'utf8', env, cwd: where.home, timeout: 120_000 });
      assert.equal(run.status, 0, run.stderr);
      assert.equal(JSON.parse(run.stdout).hookSpecificOutput.permissionDecision, 'deny');
      assertNoSecret(run.stdout, run.stderr);
    }
    const clean = spawnSync(process.execPath, [hook, 'claude-code'], { input: fixture('claude-code', 'pre-tool-use-bash').replace(PAT, 'ls'), encoding: 'utf8', env, cwd: where.home });
    assert.equal(clean.stdout, '');
    assert.deepEqual(
      logLines(where.log).map((event) => `${event.client} ${event.event} ${(event.ruleIds as string[]).join(',')}`),
      ['claude-code PreToolUse github-classic-pat', 'claude-code PreToolUse github-classic-pat'],
    );
    assertNoSecret(readFileSync(where.log, 'utf8'));
  });
});
