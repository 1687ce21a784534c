/**
 * `scan --verify`, `verify` and `revoke` as a user runs them: the CLI built privately, in its own
 * process, pointed at loopback emulators through SECRET_HYGIENE_API_BASE. Live, invalid and unknown per
 * provider; no secret in stdout, stderr or JSON; a non-loopback override ignored with a notice;
 * redirects not followed; rate limits waited out; policy `off`; revoke with --yes, refused without a TTY.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { anthropicEmulator, type AnthropicKey } from '../../test/emulators/anthropic.js';
import { awsStsEmulator, type AwsEmulatorState } from '../../test/emulators/aws-sts.js';
import { problems } from '../../test/emulators/faults.js';
import { githubEmulator, type GitHubToken } from '../../test/emulators/github.js';
import { gitlabEmulator, type GitLabToken } from '../../test/emulators/gitlab.js';
import { googleEmulator, type GoogleAccessToken, type GoogleApiKey } from '../../test/emulators/google.js';
import { huggingfaceEmulator, type HuggingFaceToken } from '../../test/emulators/huggingface.js';
import { startLoopbackServer, type LoopbackServer, type Route } from '../../test/emulators/loopback-server.js';
import { npmEmulator, type NpmToken } from '../../test/emulators/npm.js';
import { openaiEmulator, type OpenAIKey } from '../../test/emulators/openai.js';
import { slackEmulator, type SlackToken } from '../../test/emulators/slack.js';
import { stripeEmulator, type StripeKey } from '../../test/emulators/stripe.js';
import { synthetic } from '../../test/emulators/synthetic-tokens.js';
import { randomOf } from '../../test/emulators/synthetic-tokens.js';
import { fingerprintOf } from '@secret-hygiene/core';
import type { FileFinding } from '../src/output/report.js';
import { secretAt } from '../src/verify/secret-source.js';
import { builtCli } from './built-cli.js';
import { commitAll, git, initRepo, write } from './support/git-repo.js';
import { tempDir } from './support/temp-dir.js';

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Async, so the in-process emulators can answer while the CLI runs. `timeoutMs` only catches a hang. */
function runCli(args: string[], options: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs?: number }): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [builtCli(), ...args], { cwd: options.cwd, env: { ...process.env, NO_COLOR: '1', ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    const guard = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(guard);
      resolve({ status, stdout, stderr });
    });
  });
}

const github = new Map<string, GitHubToken>();
const gitlab = new Map<string, GitLabToken>();
const slack = new Map<string, SlackToken>();
const npm = new Map<string, NpmToken>();
const hf = new Map<string, HuggingFaceToken>();
const openai = new Map<string, OpenAIKey>();
const anthropic = new Map<string, AnthropicKey>();
const stripe = new Map<string, StripeKey>();
const googleKeys = new Map<string, GoogleApiKey>();
const googleTokens = new Map<string, GoogleAccessToken>();
const aws: AwsEmulatorState = { keys: {} };
const githubRoute = githubEmulator(github);
const slackRoute = slackEmulator(slack);
const gitlabRoute = gitlabEmulator(gitlab);

const servers: Record<string, LoopbackServer> = {};
let elsewhere: LoopbackServer;
let home = '';

function apiBase(overrides: Record<string, string> = {}): string {
  return JSON.stringify({ ...Object.fromEntries(Object.entries(servers).map(([id, s]) => [id, s.baseUrl])), ...overrides });
}

function env(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return { SECRET_HYGIENE_POLICY: 'none', XDG_CONFIG_HOME: join(home, '.config'), HOME: home, SECRET_HYGIENE_API_BASE: apiBase(), ...extra };
}

function requestCount(): number {
  return Object.values(servers).reduce((n, s) => n + s.requests.length, 0);
}

/** Every secret value the tests planted: none may appear in any output. */
const planted: string[] = [];
function plant<T>(map: Map<string, T>, token: string, state: T): string {
  map.set(token, state);
  planted.push(token);
  return token;
}
function assertNoSecret(...outputs: string[]): void {
  for (const output of outputs) for (const secret of planted) assert.ok(!output.includes(secret), `a secret (${secret.slice(0, 6)}…) leaked into the output`);
}

before(async () => {
  const routes: Record<string, Route> = {
    github: githubRoute,
    gitlab: gitlabRoute,
    slack: slackRoute,
    npm: npmEmulator(npm),
    huggingface: huggingfaceEmulator(hf),
    openai: openaiEmulator(openai),
    anthropic: anthropicEmulator(anthropic),
    stripe: stripeEmulator(stripe),
    google: googleEmulator(googleKeys, googleTokens),
    aws: awsStsEmulator(aws),
  };
  for (const [id, route] of Object.entries(routes)) servers[id] = await startLoopbackServer(route);
  elsewhere = await startLoopbackServer(() => ({ status: 200, body: { login: 'should-never-be-asked' } }));
  home = tempDir('sh-verify-home-');
  builtCli();
});

after(async () => {
  await Promise.all([...Object.values(servers), elsewhere].map((s) => s.close()));
});

afterEach(() => {
  assert.deepEqual(problems.splice(0), [], 'every request must be one the real API accepts');
});

describe('scan --verify / verify (built CLI against emulators)', () => {
  it('live, invalid and unknown for every group-A provider, in JSON, with no secret anywhere', async () => {
    const dir = tempDir('sh-verify-');
    const live = {
      github: plant(github, synthetic.githubClassic(), { login: 'octo-dev', scopes: ['repo', 'workflow'] }),
      gitlab: plant(gitlab, synthetic.gitlab(), { id: 1, name: 'ci', userId: 42, scopes: ['read_api'], expiresAt: '2027-03-01' }),
      slack: plant(slack, synthetic.slackBot(), { team: 'acme', user: 'deploy-bot', scopes: ['chat:write'] }),
      npm: plant(npm, synthetic.npm(), { username: 'publisher' }),
      huggingface: plant(hf, synthetic.huggingface(), { name: 'ml-dev', role: 'read' }),
      openai: plant(openai, synthetic.openaiProject(), { organization: 'org-acme' }),
      anthropic: plant(anthropic, synthetic.anthropic(), { organization: 'Acme' }),
      stripe: plant(stripe, synthetic.stripeLive(), { account: 'acct_1Acme' }),
      google: plant(googleKeys, synthetic.googleApiKey(), {}),
    };
    const dead = { github: synthetic.githubClassic(), slack: synthetic.slackUser(), stripe: synthetic.stripeLive(), google: synthetic.googleApiKey() };
    planted.push(...Object.values(dead));
    const unknown = {
      gitlab: plant(gitlab, synthetic.gitlab(), { id: 2, name: 'x', userId: 1, scopes: [], expiresAt: null, fault: { kind: 'server-error' } }),
      openai: plant(openai, synthetic.openaiProject(), { organization: 'o', fault: { kind: 'server-error', status: 500 } }),
    };
    writeFileSync(join(dir, 'live.env'), Object.entries(live).map(([id, token]) => `${id.toUpperCase()}_TOKEN=${token}`).join('\n') + '\n');
    writeFileSync(join(dir, 'dead.env'), Object.entries(dead).map(([id, token]) => `${id.toUpperCase()}_TOKEN=${token}`).join('\n') + '\n');
    writeFileSync(join(dir, 'flaky.env'), Object.entries(unknown).map(([id, token]) => `${id.toUpperCase()}_TOKEN=${token}`).join('\n') + '\n');

    const run = await runCli(['verify', '.', '--format', 'json'], { cwd: dir, env: env() });
    assertNoSecret(run.stdout, run.stderr);
    assert.equal(run.status, 1, run.stderr);
    const report = JSON.parse(run.stdout) as { findings: { file: string; provider: string; ruleId: string; severity: string; verification?: { status: string; identity?: string; scopes?: string[] } }[]; stats: { verification: Record<string, number> } };
    const status = (file: string) => Object.fromEntries(report.findings.filter((f) => f.file === file).map((f) => [f.ruleId.split('-')[0] === 'gcp' ? 'google' : f.ruleId.split('-')[0], f.verification?.status]));
    assert.deepEqual(status('live.env'), { github: 'live', gitlab: 'live', slack: 'live', npm: 'live', huggingface: 'live', openai: 'live', anthropic: 'live', stripe: 'live', google: 'live' });
    assert.deepEqual(status('dead.env'), { github: 'invalid', slack: 'invalid', stripe: 'invalid', google: 'invalid' });
    assert.deepEqual(status('flaky.env'), { gitlab: 'unknown', openai: 'unknown' });
    const gh = report.findings.find((f) => f.file === 'live.env' && f.ruleId === 'github-classic-pat')!;
    assert.deepEqual([gh.verification?.identity, gh.verification?.scopes, gh.severity], ['octo-dev', ['repo', 'workflow'], 'critical']);
    for (const f of report.findings.filter((x) => x.file === 'dead.env')) assert.equal(f.severity, 'low', `${f.ruleId}: a rejected token ranks low`);
    assert.deepEqual([report.stats.verification.live, report.stats.verification.invalid, report.stats.verification.unknown], [9, 4, 2]);
  });

  it('text output puts status, identity, scopes and expiry on the finding\'s line; SARIF carries it as properties', async () => {
    const dir = tempDir('sh-verify-text-');
    plant(gitlab, synthetic.gitlab(), { id: 3, name: 'deploy', userId: 7, scopes: ['api'], expiresAt: '2030-01-15' });
    writeFileSync(join(dir, 'ci.env'), `GITLAB_TOKEN=${planted.at(-1)}\n`);
    const text = await runCli(['scan', '--verify', '.'], { cwd: dir, env: env() });
    assertNoSecret(text.stdout, text.stderr);
    assert.match(text.stdout, /^ {2}1:\d+ +critical .*gitlab-pat {2}✓ live as user #7, token "deploy" \(personal access token\) · scopes: api · expires 2030-01-15T00:00:00Z · critical risk; narrower: /m);
    assert.match(text.stdout, /^verified: 1 live, 0 invalid, 0 unknown \(1 request, /m);
    const sarif = await runCli(['scan', '--verify', '.', '--format', 'sarif'], { cwd: dir, env: env() });
    const result = JSON.parse(sarif.stdout).runs[0].results[0];
    assert.equal(result.properties.verification.status, 'live');
    assert.deepEqual(result.properties.verification.scopes, ['api']);
    assertNoSecret(sarif.stdout);
  });

  it('without --verify nothing is sent', async () => {
    const dir = tempDir('sh-verify-off-');
    writeFileSync(join(dir, '.env'), `GITHUB_TOKEN=${plant(github, synthetic.githubClassic(), { login: 'x', scopes: [] })}\n`);
    const before = requestCount();
    const run = await runCli(['scan', '.', '--format', 'json'], { cwd: dir, env: env() });
    assert.equal(run.status, 1);
    assert.equal(requestCount(), before);
    assert.equal((JSON.parse(run.stdout) as { findings: { verification?: unknown }[] }).findings[0]!.verification, undefined);
  });

  it('a non-loopback override is ignored with a notice (and the rest still apply)', async () => {
    const dir = tempDir('sh-verify-base-');
    writeFileSync(join(dir, '.env'), `SLACK_TOKEN=${plant(slack, synthetic.slackBot(), { team: 'acme', user: 'bot', scopes: [] })}\n`);
    const run = await runCli(['verify', '.', '--format', 'json'], { cwd: dir, env: env({ SECRET_HYGIENE_API_BASE: apiBase({ github: 'https://attacker.example', stripe: 'http://127.0.0.1.attacker.example:80' }) }) });
    assert.match(run.stderr, /notice: verify: SECRET_HYGIENE_API_BASE: "github": only loopback addresses are accepted .*; ignored/);
    assert.match(run.stderr, /"stripe": only loopback addresses are accepted/);
    assert.equal((JSON.parse(run.stdout) as { findings: { verification?: { status: string } }[] }).findings[0]!.verification?.status, 'live');
    assertNoSecret(run.stdout, run.stderr);
  });

  it('a redirect is not followed: unknown, and the other host hears nothing', async () => {
    const dir = tempDir('sh-verify-redirect-');
    writeFileSync(join(dir, '.env'), `GITHUB_TOKEN=${plant(github, synthetic.githubClassic(), { login: 'x', fault: { kind: 'redirect', location: `${elsewhere.baseUrl}/user` } })}\n`);
    const run = await runCli(['verify', '.', '--format', 'json'], { cwd: dir, env: env() });
    const v = (JSON.parse(run.stdout) as { findings: { verification?: { status: string; error?: string } }[] }).findings[0]!.verification!;
    assert.equal(v.status, 'unknown');
    assert.match(v.error!, /redirect \(HTTP 302\) not followed/);
    assert.equal(elsewhere.requests.length, 0);
  });

  it('a 429 is waited out per Retry-After, then answered; a slow reply past --verify-timeout is unknown', async () => {
    const dir = tempDir('sh-verify-limits-');
    const limited = plant(slack, synthetic.slackUser(), { team: 'acme', user: 'me', scopes: ['search:read'], fault: { kind: 'rate-limited', retryAfterSeconds: 1, times: 1 } });
    const slow = plant(npm, synthetic.npm(), { username: 'x', fault: { kind: 'slow', delayMs: 3000 } });
    writeFileSync(join(dir, '.env'), `SLACK_TOKEN=${limited}\nNPM_TOKEN=${slow}\n`);
    const run = await runCli(['verify', '.', '--format', 'json', '--verify-timeout', '0.5'], { cwd: dir, env: env() });
    const report = JSON.parse(run.stdout) as { findings: { ruleId: string; verification?: { status: string; error?: string } }[]; stats: { verification: { rateLimited: number } } };
    const byRule = Object.fromEntries(report.findings.map((f) => [f.ruleId, f.verification]));
    assert.equal(byRule['slack-user-token']?.status, 'live');
    assert.equal(report.stats.verification.rateLimited, 1);
    assert.equal(byRule['npm-access-token']?.status, 'unknown');
    assert.match(byRule['npm-access-token']!.error!, /timed out after 0\.5 s/);
  });

  it('companion values come from findings beside the secret: an AWS secret key is signed with the key id in the same file', async () => {
    const dir = tempDir('sh-verify-aws-');
    const keyId = `AKIA${randomOf('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`;
    const secret = randomOf('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/+', 40);
    planted.push(keyId, secret);
    aws.keys[keyId] = { secretAccessKey: secret, arn: 'arn:aws:iam::123456789012:user/ci' };
    writeFileSync(join(dir, 'credentials'), `[default]\naws_access_key_id = ${keyId}\naws_secret_access_key = ${secret}\n`);
    const run = await runCli(['verify', '.', '--format', 'json'], { cwd: dir, env: env() });
    assertNoSecret(run.stdout, run.stderr);
    const findings = (JSON.parse(run.stdout) as { findings: { ruleId: string; verification?: { status: string; identity?: string } }[] }).findings;
    const verified = findings.find((f) => f.ruleId === 'aws-secret-access-key');
    assert.equal(verified?.verification?.status, 'live', run.stdout);
    assert.match(verified!.verification!.identity!, /arn:aws:iam::123456789012:user\/ci/);
  });

  it('--staged --verify reads the secret from the index, not the working tree', async () => {
    const repo = initRepo();
    write(repo, { 'README.md': 'hello\n' });
    commitAll(repo, 'init');
    const staged = plant(github, synthetic.githubClassic(), { login: 'staged-user', scopes: ['read:org'] });
    write(repo, { '.env': `GITHUB_TOKEN=${staged}\n` });
    git(repo, ['add', '.env']);
    // The working tree changes after staging: verification must use what the commit would hold.
    write(repo, { '.env': `GITHUB_TOKEN=ghp_${'x'.repeat(36)}\n` });
    const run = await runCli(['scan', '--staged', '--verify', '--format', 'json'], { cwd: repo, env: env() });
    assertNoSecret(run.stdout, run.stderr);
    const finding = (JSON.parse(run.stdout) as { findings: { verification?: { status: string; identity?: string } }[] }).findings[0];
    assert.deepEqual([finding?.verification?.status, finding?.verification?.identity], ['live', 'staged-user'], run.stderr);
  });

  it('--git --verify reads a removed secret from the commit that added it', async () => {
    const repo = initRepo();
    const old = plant(slack, synthetic.slackBot(), { team: 'acme', user: 'old-bot', scopes: ['chat:write'] });
    write(repo, { 'config.env': `SLACK_TOKEN=${old}\n` });
    commitAll(repo, 'add token');
    write(repo, { 'config.env': 'SLACK_TOKEN=${SLACK_TOKEN}\n' });
    commitAll(repo, 'remove token');
    const run = await runCli(['scan', '--git', '--verify', '--format', 'json'], { cwd: repo, env: env() });
    assertNoSecret(run.stdout, run.stderr);
    const finding = (JSON.parse(run.stdout) as { findings: { commit?: { removedIn?: string }; verification?: { status: string; identity?: string } }[] }).findings[0];
    assert.deepEqual([finding?.verification?.status, finding?.verification?.identity], ['live', 'old-bot in acme'], run.stderr);
  });

  it('a file changed since it was scanned is not sent (the read-back must match the fingerprint)', () => {
    const text = 'TOKEN=ghp_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n';
    const finding = { file: 'x', ruleId: 'github-classic-pat', range: [6, 46] as [number, number], redacted: 'ghp_…bbbb', fingerprint: 'github-classic-pat:000000000000000000000000' } as FileFinding;
    assert.equal(secretAt(finding, text, undefined), undefined);
    assert.equal(secretAt({ ...finding, fingerprint: fingerprintOf('github-classic-pat', text.slice(6, 46)) }, text, undefined), text.slice(6, 46));
  });

  it('policy verification: off refuses --verify and revoke before anything is sent (exit 2)', async () => {
    const dir = tempDir('sh-verify-policy-');
    const managed = join(dir, 'managed.json');
    writeFileSync(managed, JSON.stringify({ verification: 'off' }));
    writeFileSync(join(dir, '.env'), `GITHUB_TOKEN=${plant(github, synthetic.githubClassic(), { login: 'x', scopes: [] })}\n`);
    const before = requestCount();
    const verify = await runCli(['verify', '.env'], { cwd: dir, env: env({ SECRET_HYGIENE_POLICY: managed }) });
    assert.equal(verify.status, 2);
    assert.match(verify.stderr, /scan --verify refused: verification is "off" \(set by managed policy .*managed\.json\); nothing was sent/);
    const revoke = await runCli(['revoke', '.env', '--yes'], { cwd: dir, env: env({ SECRET_HYGIENE_POLICY: managed }) });
    assert.equal(revoke.status, 2);
    assert.match(revoke.stderr, /revoke refused: verification is "off"/);
    assert.equal(requestCount(), before);
    const policy = await runCli(['policy'], { cwd: dir, env: env({ SECRET_HYGIENE_POLICY: managed }) });
    assert.match(policy.stdout, /^ {2}verification +off +managed/m);
  });
});

describe('agents --verify (built CLI against emulators)', () => {
  it('checks the credentials AI clients hand their MCP servers, and shows the answer beside each', async () => {
    const project = tempDir('sh-agents-verify-');
    const token = plant(github, synthetic.githubClassic(), { login: 'mcp-user', scopes: ['repo'] });
    writeFileSync(join(project, '.mcp.json'), JSON.stringify({ mcpServers: { github: { command: 'npx', args: ['-y', '@modelcontextprotocol/server-github'], env: { GITHUB_PERSONAL_ACCESS_TOKEN: token } } } }, null, 2));
    const text = await runCli(['agents', '--verify'], { cwd: project, env: env() });
    assertNoSecret(text.stdout, text.stderr);
    assert.match(text.stdout, /github-classic-pat ghp_….*✓ live as mcp-user \(classic PAT\) · scopes: repo/);
    assert.match(text.stdout, /^verified: 1 live, 0 invalid, 0 unknown/m);
    const json = await runCli(['agents', '--verify', '--format', 'json'], { cwd: project, env: env() });
    const inventory = JSON.parse(json.stdout) as { clients: { configs: { servers: { credentials: { verification?: { status: string } }[] }[] }[] }[]; verification: { live: number } };
    const credentials = inventory.clients.flatMap((c) => c.configs.flatMap((cfg) => cfg.servers.flatMap((s) => s.credentials)));
    assert.ok(credentials.length >= 1 && credentials.every((c) => c.verification?.status === 'live'));
    assert.ok(inventory.verification.live >= 1);
  });
});

describe('revoke (built CLI against emulators)', () => {
  it('with --yes: revokes GitHub, Slack and GitLab tokens, reports an already-dead one, and says what it did per token', async () => {
    const dir = tempDir('sh-revoke-');
    const gh = plant(github, synthetic.githubClassic(), { login: 'octo', scopes: ['repo'] });
    const sl = plant(slack, synthetic.slackUser(), { team: 'acme', user: 'me', scopes: ['chat:write'] });
    const gl = plant(gitlab, synthetic.gitlab(), { id: 5, name: 'leak', userId: 1, scopes: ['api'], expiresAt: null });
    const dead = synthetic.githubClassic();
    const oa = plant(openai, synthetic.openaiProject(), { organization: 'o' });
    planted.push(dead);
    writeFileSync(join(dir, 'leak.env'), `A=${gh}\nB=${sl}\nC=${gl}\nD=${dead}\nE=${oa}\n`);
    const run = await runCli(['revoke', '.', '--yes'], { cwd: dir, env: env() });
    assertNoSecret(run.stdout, run.stderr);
    assert.match(run.stdout, /^leak\.env:1 +github-classic-pat +ghp_…\w{4} +revoked: GitHub accepted the token for revocation/m);
    assert.match(run.stdout, /^leak\.env:2 +slack-user-token .* revoked: Slack revoked the token$/m);
    assert.match(run.stdout, /^leak\.env:3 +gitlab-pat .* revoked: GitLab\.com revoked the token$/m);
    assert.match(run.stdout, /^leak\.env:4 +github-classic-pat .* already-invalid: GitHub already rejects it/m);
    assert.match(run.stdout, /^leak\.env:5 +openai-project-key .* not-revocable: OpenAI offers no revocation/m);
    assert.equal(run.status, 1, 'the OpenAI key is still usable');
    assert.ok(githubRoute.revoked.includes(gh) && slackRoute.revoked.includes(sl) && gitlabRoute.revoked.includes(gl));
    assert.ok(!githubRoute.revoked.includes(dead), 'a dead token is not sent to the revocation API');
  });

  it('on a terminal it lists what it will revoke and asks once: "n" sends nothing, "y" revokes', async () => {
    const dir = tempDir('sh-revoke-pty-');
    const token = plant(github, synthetic.githubClassic(), { login: 'octo', scopes: ['repo'] });
    writeFileSync(join(dir, '.env'), `GITHUB_TOKEN=${token}\n`);
    // util-linux `script` gives the CLI a pseudo-terminal; the answer is typed into it.
    const onTerminal = (answer: string) =>
      new Promise<Run>((resolve, reject) => {
        const child = spawn('script', ['-qefc', `'${process.execPath}' '${builtCli()}' revoke .`, '/dev/null'], { cwd: dir, env: { ...process.env, NO_COLOR: '1', ...env() }, stdio: ['pipe', 'pipe', 'pipe'] });
        let stdout = '';
        child.stdout.on('data', (d: Buffer) => {
          stdout += d.toString('utf8');
          if (stdout.includes('[y/N]') && child.stdin.writable) child.stdin.end(`${answer}\n`);
        });
        const guard = setTimeout(() => child.kill('SIGKILL'), 60_000);
        child.on('error', reject);
        child.on('close', (status) => {
          clearTimeout(guard);
          resolve({ status, stdout, stderr: '' });
        });
      });
    const declined = await onTerminal('n');
    assertNoSecret(declined.stdout);
    assert.match(declined.stdout, /\.env:1 +github-classic-pat +ghp_…\w{4}\s+Revoke these 1 credential\(s\) at their providers\? This cannot be undone\. \[y\/N\]/);
    assert.match(declined.stdout, /declined: not revoked: not confirmed/);
    assert.equal(declined.status, 1);
    assert.ok(!githubRoute.revoked.includes(token));
    const accepted = await onTerminal('y');
    assert.match(accepted.stdout, /revoked: GitHub accepted the token for revocation/);
    assert.equal(accepted.status, 0);
    assert.ok(githubRoute.revoked.includes(token));
  });

  it('without a terminal and without --yes: refused, nothing sent (exit 2)', async () => {
    const dir = tempDir('sh-revoke-tty-');
    writeFileSync(join(dir, '.env'), `GITHUB_TOKEN=${plant(github, synthetic.githubClassic(), { login: 'x', scopes: [] })}\n`);
    const before = requestCount();
    const run = await runCli(['revoke', '.'], { cwd: dir, env: env() });
    assert.equal(run.status, 2);
    assert.match(run.stderr, /confirm with --yes \(no terminal to ask on\)\. Nothing was sent/);
    assert.equal(requestCount(), before);
  });

  it('--rule narrows the selection; exit 0 when everything selected is revoked', async () => {
    const dir = tempDir('sh-revoke-rule-');
    const sl = plant(slack, synthetic.slackBot(), { team: 'acme', user: 'bot', scopes: [] });
    writeFileSync(join(dir, '.env'), `SLACK=${sl}\nOPENAI=${plant(openai, synthetic.openaiProject(), { organization: 'o' })}\n`);
    const run = await runCli(['revoke', '.', '--yes', '--rule', 'slack-bot-token', '--format', 'json'], { cwd: dir, env: env() });
    assert.equal(run.status, 0, run.stderr);
    const results = (JSON.parse(run.stdout) as { results: { ruleId: string; status: string }[] }).results;
    assert.deepEqual(results.map((r) => [r.ruleId, r.status]), [['slack-bot-token', 'revoked']]);
  });
});
