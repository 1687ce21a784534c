import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { parseScanArgs } from '../src/args.js';
import { runPolicy } from '../src/policy-command.js';
import { loadScanPolicy } from '../src/policy/scan-policy.js';
import { managedPolicyPath, userPolicyPath, type PolicyContext } from '../src/policy/sources.js';
import { runScan } from '../src/scan-command.js';
import { runCli } from '../../test/support/cli.js';
import { makeGithubPat, tree } from './fixtures.js';

const PAT = makeGithubPat('R7mZq2X9vL4pT8sK1wN6yB3cF5hJ0d');
const LOW_PAT = `${PAT.slice(0, -1)}${PAT.endsWith('A') ? 'B' : 'A'}`; // bad checksum: reported as low

/** A workspace, a home with no user policy, and a managed policy file at a temp path. */
function setup(files: Record<string, string>, managed?: string): { context: PolicyContext; managedPath: string } {
  const workspace = tree(files);
  const home = mkdtempSync(join(tmpdir(), 'sh-home-'));
  const managedPath = join(mkdtempSync(join(tmpdir(), 'sh-managed-')), 'policy.json');
  if (managed !== undefined) writeFileSync(managedPath, managed);
  // No managed file given: say so explicitly (a SECRET_HYGIENE_POLICY naming a missing file is an error).
  const env = { SECRET_HYGIENE_POLICY: managed === undefined ? 'none' : managedPath, XDG_CONFIG_HOME: join(home, '.config') };
  return { context: { cwd: workspace, env, platform: 'linux', home }, managedPath };
}

class Collected extends Writable {
  text = '';
  override _write(chunk: Buffer, _encoding: string, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

/** Runs a scan in this process from inside the workspace (paths are shown relative to the current directory). */
async function scan(context: PolicyContext, ...argv: string[]) {
  const stderr = new Collected();
  const before = process.cwd();
  process.chdir(context.cwd);
  try {
    const result = await runScan(parseScanArgs(['.', '--format', 'json', '--no-workers', ...argv]), stderr, context);
    return { ...result, report: JSON.parse(result.stdout), stderr: stderr.text };
  } finally {
    process.chdir(before);
  }
}

describe('cli policy sources', () => {
  it('managed path per OS, SECRET_HYGIENE_POLICY overrides; user path honours XDG_CONFIG_HOME', () => {
    assert.equal(managedPolicyPath({ env: {}, platform: 'linux' }).path, '/etc/secret-hygiene/policy.json');
    assert.equal(managedPolicyPath({ env: {}, platform: 'darwin' }).path, '/Library/Application Support/SecretHygiene/policy.json');
    assert.equal(managedPolicyPath({ env: { ProgramData: 'D:\\PD' }, platform: 'win32' }).path, 'D:\\PD\\SecretHygiene\\policy.json');
    assert.deepEqual(managedPolicyPath({ env: { SECRET_HYGIENE_POLICY: '/tmp/p.json' }, platform: 'win32' }), { path: '/tmp/p.json', via: 'SECRET_HYGIENE_POLICY' });
    assert.equal(userPolicyPath({ env: { XDG_CONFIG_HOME: '/x' }, home: '/h' }), join('/x', 'secret-hygiene', 'policy.json'));
    assert.equal(userPolicyPath({ env: {}, home: '/h' }), join('/h', '.config', 'secret-hygiene', 'policy.json'));
  });
});

describe('cli policy command', () => {
  it('prints the effective policy and where each value came from', async () => {
    const { context, managedPath } = setup(
      { '.secret-hygiene.json': JSON.stringify({ minSeverity: 'high', allowlist: { paths: ['docs/**'] } }) },
      JSON.stringify({ version: 1, minSeverity: 'medium', detectors: { disabled: ['generic'] } }),
    );
    const text = await runPolicy([], context);
    assert.equal(text.exitCode, 0);
    const workspaceFile = join(context.cwd, '.secret-hygiene.json');
    assert.match(text.stdout, new RegExp(`^  managed +${escape(managedPath)} +loaded \\(path from SECRET_HYGIENE_POLICY\\)$`, 'm'));
    assert.match(text.stdout, /^ {2}user +\S+ +missing$/m);
    assert.match(text.stdout, new RegExp(`^  minSeverity +medium +managed +${escape(managedPath)}$`, 'm'));
    assert.match(text.stdout, new RegExp(`^  detectors\\.disabled\\[generic\\] +generic +managed +${escape(managedPath)}$`, 'm'));
    assert.match(text.stdout, new RegExp(`^  allowlist\\.paths\\[docs/\\*\\*\\] +docs/\\*\\* +workspace +${escape(workspaceFile)}$`, 'm'));
    assert.match(text.stdout, /^ {2}references\.provider +1password +default +built-in defaults$/m);
    assert.match(text.stdout, new RegExp(`· workspace policy ${escape(workspaceFile)}: minSeverity: "high" is overruled by the managed value "medium"`));

    const json = await runPolicy(['--format', 'json'], context);
    const out = JSON.parse(json.stdout);
    assert.equal(out.policy.minSeverity, 'medium');
    assert.deepEqual(out.provenance.minSeverity, { source: 'managed', origin: managedPath, value: 'medium' });
    assert.deepEqual(out.files.map((f: { source: string; status: string }) => `${f.source}:${f.status}`), ['workspace:loaded', 'user:missing', 'managed:loaded']);
  });

  it('a malformed managed policy: strict defaults, the reason shown first, exit 1', async () => {
    const { context, managedPath } = setup({ '.secret-hygiene.json': '{"detectors":{"disabled":["aws"]}}' }, '{"oauth":{"rules":{"google":{"maxRisk":"extreme"}}}}');
    const { stdout, exitCode } = await runPolicy([], context);
    assert.equal(exitCode, 1);
    const [banner, first, second] = stdout.split('\n');
    assert.match(banner!, /^✖ POLICY PROBLEMS/);
    assert.equal(first, `  ✖ managed policy ${managedPath}: oauth.rules.google.maxRisk: expected one of critical|high|medium|low`);
    assert.equal(second, `  ✖ managed policy ${managedPath}: cannot be used: the strict defaults apply instead (fail closed)`);
    assert.match(stdout, new RegExp(`^  detectors\\.locked +true +strict-default +${escape(managedPath)}$`, 'm'));
    // Fail closed: the repository may not loosen at all, so its disabled detector never reaches the lock.
    assert.match(stdout, /detectors\.disabled\[aws\]: the repository may not loosen the policy \(decided by the strict defaults/);
    assert.doesNotMatch(stdout, /^ {2}detectors\.disabled\[aws\] /m);
  });

  it('an unreadable managed policy (here a directory) fails closed too; bad --format is a usage error', async () => {
    const { context, managedPath } = setup({});
    context.env.SECRET_HYGIENE_POLICY = managedPath;
    mkdirSync(managedPath);
    const { stdout, exitCode } = await runPolicy([], context);
    assert.equal(exitCode, 1);
    assert.match(stdout, new RegExp(`managed policy ${escape(managedPath)}: cannot read \\(a directory, not a regular file\\)`));
    assert.match(stdout, /^ {2}allowlist\.locked +true +strict-default /m);
    await assert.rejects(runPolicy(['--format', 'xml'], context), { name: 'UsageError', message: '--format: expected text or json, got "xml"' });
  });
});

describe('cli scan applies the policy', () => {
  it('a managed disabled detector is not reported; under a managed lock the workspace cannot disable one', async () => {
    const files = { 'a.env': `T=${PAT}\n` };
    assert.equal((await scan(setup(files).context)).report.findings.length, 1);
    const disabled = await scan(setup(files, JSON.stringify({ detectors: { disabled: ['github'] } })).context);
    assert.equal(disabled.exitCode, 0);
    assert.equal(disabled.report.findings.length, 0);
    const locked = setup({ ...files, '.secret-hygiene.json': '{"detectors":{"disabled":["github-classic-pat"]}}' }, '{"detectors":{"locked":true}}');
    const run = await scan(locked.context);
    assert.equal(run.report.findings.length, 1);
    assert.match(run.stderr, /notice: policy: workspace policy .*\.secret-hygiene\.json: detectors\.disabled\[github-classic-pat\]: ignored: detectors are locked/);
  });

  it('minSeverity: the workspace sets it, --min-severity replaces it, but never past the managed minimum', async () => {
    const files = { 'a.env': `T=${LOW_PAT}\n`, '.secret-hygiene.json': '{"minSeverity":"critical"}' };
    assert.equal((await scan(setup(files).context)).report.findings.length, 0, 'workspace minimum applies');
    assert.equal((await scan(setup(files).context, '--min-severity', 'low')).report.findings.length, 1, 'the flag replaces it');
    const { context, managedPath } = setup(files, '{"minSeverity":"low"}');
    const clamped = await scan(context, '--min-severity', 'high');
    assert.equal(clamped.exitCode, 1);
    assert.deepEqual(clamped.report.findings.map((f: { severity: string }) => f.severity), ['low']);
    assert.ok(clamped.stderr.includes(`notice: policy: --min-severity high is looser than the minimum low set by the managed policy ${managedPath}: using low`), clamped.stderr);
  });

  it('allowlisted paths are not scanned and allowlisted fingerprints are not reported (both counted)', async () => {
    const first = await scan(setup({ 'src/a.env': `T=${PAT}\n` }).context);
    const fingerprint = first.report.findings[0].fingerprint;
    const policy = { allowlist: { paths: ['fixtures/**'], fingerprints: [fingerprint] } };
    const { context } = setup({ 'src/a.env': `T=${PAT}\n`, 'fixtures/b.env': `T=${LOW_PAT}\n`, 'fixtures/c.txt': 'x', '.secret-hygiene.json': JSON.stringify(policy) });
    const run = await scan(context);
    assert.equal(run.exitCode, 0);
    assert.equal(run.report.findings.length, 0);
    assert.equal(run.report.stats.filesSkipped, 2);
    assert.equal(run.report.stats.baselined, 1);
    assert.match(run.stderr, /notice: policy: 2 file\(s\) not scanned: allowlist\.paths/);
    assert.match(run.stderr, /notice: policy: 1 finding\(s\) accepted by allowlist\.fingerprints/);
  });

  it('worker threads apply the same policy as a single thread (the built CLI, SECRET_HYGIENE_POLICY)', () => {
    const files: Record<string, string> = { '.secret-hygiene.json': '{"allowlist":{"paths":["vendor/**"]}}' };
    for (let i = 0; i < 70; i++) files[`pkg${i % 5}/f${i}.env`] = i % 10 === 0 ? `T=${PAT}\nU=${LOW_PAT}\n` : 'nothing\n';
    files['vendor/v.env'] = `T=${PAT}\n`;
    const { context } = setup(files, '{"minSeverity":"critical"}');
    const env = { ...context.env, HOME: context.home };
    const runs = ['--workers', '--no-workers'].map((flag) => runCli(['scan', '.', '--format', 'json', flag], { cwd: context.cwd, env }));
    const [multi, single] = runs.map((run) => JSON.parse(run.stdout));
    assert.deepEqual(multi.findings.map((f: { file: string; severity: string }) => `${f.file} ${f.severity}`).sort(), ['pkg0/f0.env critical', 'pkg0/f10.env critical', 'pkg0/f20.env critical', 'pkg0/f30.env critical', 'pkg0/f40.env critical', 'pkg0/f50.env critical', 'pkg0/f60.env critical']);
    assert.equal(JSON.stringify(multi.findings), JSON.stringify(single.findings));
    assert.equal(multi.stats.filesSkipped, 1);
  });

  it('the scan options survive the structured clone to worker threads', async () => {
    const { context } = setup({ '.secret-hygiene.json': '{"detectors":{"disabled":["aws"]},"severityOverrides":{"github-classic-pat":"low"}}' });
    const { scan: options } = await loadScanPolicy(undefined, context);
    const cloned = structuredClone(options);
    assert.ok(cloned.disabledRules instanceof Set && cloned.disabledRules.has('aws-access-key-id'));
    assert.deepEqual(cloned, options);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
