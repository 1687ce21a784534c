/**
 * Issue 18: a repository somebody else controls, scanned by the CLI built from this tree. Each attack
 * from the issue is tried; each must have no effect or be reported in the output itself (text summary,
 * JSON stats, SARIF run properties), and nothing outside the repository is read or written.
 */
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomic } from '../src/output/atomic-write.js';
import { builtCli, runBuiltCli } from './built-cli.js';
import { makeGithubPat, tree } from './fixtures.js';
import { git } from './support/git-repo.js';

const PAT = makeGithubPat('Hq3Zt8Lw1Vx6Rb9Nc2Md5Kf7Gj4Ps0');
const PAT_IN_NAME = makeGithubPat('Wd2Ye7Xa9Cb4Vn6Mq1Lk3Jh8Gf5Ds0');

interface Report {
  findings: { file: string; ruleId: string; message: string; redacted: string }[];
  stats: {
    loosened: { field: string; value: string; origin: string }[];
    baseline?: { file: string; entries: number; matched: number; from: string };
    managedPolicy?: { path: string; via: string };
    notices: { file: string; message: string }[];
  };
}

/** No user policy; no managed policy unless given (explicitly: SECRET_HYGIENE_POLICY=none). */
function scan(cwd: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  return runBuiltCli(['scan', ...args], { cwd, env: { SECRET_HYGIENE_POLICY: 'none', XDG_CONFIG_HOME: join(cwd, '.no-user-config'), ...env } });
}

function scanJson(cwd: string, args: string[] = [], env: NodeJS.ProcessEnv = {}) {
  const run = scan(cwd, ['.', '--format', 'json', ...args], env);
  try {
    return { ...run, report: JSON.parse(run.stdout) as Report };
  } catch {
    throw new Error(`not JSON (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
  }
}

/** The whole output a user or CI sees, every format: nothing in it may hold a raw secret. */
function assertMasked(...outputs: string[]) {
  for (const output of outputs) {
    assert.ok(!output.includes(PAT), 'a secret appears unmasked');
    assert.ok(!output.includes(PAT_IN_NAME), 'a secret in a name appears unmasked');
  }
}

const SILENCING_POLICY = JSON.stringify({
  detectors: { disabled: ['github', 'generic'] },
  minSeverity: 'critical',
  allowlist: { paths: ['**'] },
  severityOverrides: { 'github-classic-pat': 'info' },
});

before(function () {
  this.timeout(120_000);
  builtCli();
});

describe('hostile repository: silencing', () => {
  it('a policy file that switches everything off is listed, file by file, in every format; --no-trust-repository refuses it', () => {
    const root = tree({ '.secret-hygiene.json': SILENCING_POLICY, 'app.env': `TOKEN=${PAT}\n` });
    const trusted = scanJson(root);
    assert.equal(trusted.report.findings.length, 0);
    const fields = trusted.report.stats.loosened.map((l) => l.field).sort();
    assert.deepEqual(fields, ['allowlist.paths[**]', 'detectors.disabled[generic]', 'detectors.disabled[github]', 'minSeverity', 'severityOverrides.github-classic-pat']);
    assert.ok(trusted.report.stats.loosened.every((l) => l.origin.endsWith('.secret-hygiene.json')));

    const text = scan(root, ['.']);
    assert.doesNotMatch(text.stdout, /✔ no findings/);
    assert.match(text.stdout, /⚠ loosened by the scanned repository \(5; --no-trust-repository refuses these\)/);
    assert.match(text.stdout, /\.secret-hygiene\.json: minSeverity = critical/);
    assert.match(text.stdout, /\.secret-hygiene\.json: detectors\.disabled\[github\]/);

    const sarif = JSON.parse(scan(root, ['.', '--format', 'sarif']).stdout);
    assert.equal(sarif.runs[0].properties.loosened.length, 5);

    const refused = scanJson(root, ['--no-trust-repository']);
    assert.equal(refused.status, 1);
    assert.deepEqual(refused.report.findings.map((f) => `${f.file} ${f.ruleId}`), ['app.env github-classic-pat']);
    assert.deepEqual(refused.report.stats.loosened, []);
    assert.match(refused.stderr, /detectors\.disabled\[github\]: the repository may not loosen the policy/);
    assert.match(refused.stderr, /severityOverrides\.github-classic-pat: would lower github-classic-pat from critical to info; ignored/);
    assertMasked(trusted.stdout, text.stdout, refused.stdout, refused.stderr);
  });

  it('a managed policy with repository.mayLoosen false: the repository only tightens, whatever the flag', () => {
    const root = tree({ '.secret-hygiene.json': SILENCING_POLICY, 'app.env': `TOKEN=${PAT}\n` });
    const managed = join(mkdtempSync(join(tmpdir(), 'sh-managed-')), 'policy.json');
    writeFileSync(managed, JSON.stringify({ repository: { mayLoosen: false } }));
    const run = scanJson(root, ['--trust-repository'], { SECRET_HYGIENE_POLICY: managed });
    assert.equal(run.status, 1);
    assert.equal(run.report.findings.length, 1);
    assert.equal(run.report.findings[0]!.ruleId, 'github-classic-pat');
    assert.deepEqual(run.report.stats.managedPolicy, { path: managed, via: 'SECRET_HYGIENE_POLICY' });
    assert.match(run.stderr, /decided by managed policy /);
  });

  it('a managed policy that locks detectors but not minSeverity: the raised minimum is reported as a loosening', () => {
    const root = tree({ '.secret-hygiene.json': '{"minSeverity":"critical","detectors":{"disabled":["github"]}}', 'app.env': `TOKEN=${PAT}\n` });
    const managed = join(mkdtempSync(join(tmpdir(), 'sh-managed-')), 'policy.json');
    writeFileSync(managed, JSON.stringify({ detectors: { locked: true } }));
    const run = scanJson(root, [], { SECRET_HYGIENE_POLICY: managed });
    assert.deepEqual(run.report.stats.loosened.map((l) => l.field), ['minSeverity']);
    // The lock held: the finding (critical) is reported despite the disabled detector.
    assert.equal(run.report.findings.length, 1);
    writeFileSync(managed, JSON.stringify({ detectors: { locked: true }, minSeverity: 'high' }));
    const locked = scanJson(root, [], { SECRET_HYGIENE_POLICY: managed });
    assert.deepEqual(locked.report.stats.loosened, [], 'a minimum the managed policy sets is locked');
  });

  it('SECRET_HYGIENE_POLICY naming a missing file is an error, never a silent removal of the managed layer', () => {
    const root = tree({ 'app.env': `TOKEN=${PAT}\n` });
    const run = scan(root, ['.'], { SECRET_HYGIENE_POLICY: join(root, 'missing.json') });
    assert.equal(run.status, 2);
    assert.match(run.stderr, /SECRET_HYGIENE_POLICY=.*missing\.json: no such file/);
    const none = scan(root, ['.']);
    assert.match(none.stdout, /managed policy: none \(from SECRET_HYGIENE_POLICY\)/);
  });

  it('a committed .gitignore holding * hides tracked files: said, and scanned when untrusted', () => {
    const root = tree({ '.gitignore': '*\n', 'app.env': `TOKEN=${PAT}\n`, 'README.md': 'hello\n' });
    git(root, ['init', '-q', '-b', 'main']);
    git(root, ['add', '-f', '.gitignore', 'app.env', 'README.md']);
    git(root, ['commit', '-q', '-m', 'hide']);
    const trusted = scanJson(root);
    assert.equal(trusted.report.findings.length, 0);
    const hidden = trusted.report.stats.loosened.find((l) => l.field === 'ignored tracked files');
    assert.ok(hidden, JSON.stringify(trusted.report.stats.loosened));
    assert.match(hidden.value, /^3 tracked file\(s\) not scanned \(--no-ignore scans them\)$/);
    const untrusted = scanJson(root, ['--no-trust-repository']);
    assert.deepEqual(untrusted.report.findings.map((f) => f.file), ['app.env']);
    assert.deepEqual(scanJson(root, ['--no-ignore']).report.findings.map((f) => f.file), ['app.env']);
  });

  it('a committed baseline is named with its count in every format, and not applied when untrusted', () => {
    const root = tree({ 'app.env': `TOKEN=${PAT}\n` });
    const write = scan(root, ['.', '--write-baseline', '.secret-hygiene-baseline.json']);
    assert.equal(write.status, 0, write.stderr);
    const trusted = scanJson(root);
    assert.equal(trusted.report.findings.length, 0);
    assert.deepEqual(trusted.report.stats.baseline, { file: '.secret-hygiene-baseline.json', entries: 1, matched: 1, from: 'repository' });
    assert.ok(trusted.report.stats.loosened.some((l) => l.field === 'baseline' && l.origin === '.secret-hygiene-baseline.json'));
    assert.match(scan(root, ['.']).stdout, /baseline \.secret-hygiene-baseline\.json \(committed, loaded by default\): 1 entry, 1 finding\(s\) accepted/);
    assert.equal(JSON.parse(scan(root, ['.', '--format', 'sarif']).stdout).runs[0].properties.baseline.entries, 1);
    const untrusted = scanJson(root, ['--no-trust-repository']);
    assert.equal(untrusted.report.findings.length, 1);
    assert.match(untrusted.stderr, /\.secret-hygiene-baseline\.json not applied/);
  });
});

describe('hostile repository: inline directives', () => {
  it('a directive in a string literal, or far away on a long line, does not allow a finding; one in a comment does', () => {
    const root = tree({
      'in-string.js': `const note = "secret-hygiene:allow trust me"; const t = "${PAT}";\n`,
      'far.js': `const t = "${PAT}"; ${'x'.repeat(400)} // secret-hygiene:allow far away\n`,
      'comment.js': `// secret-hygiene:allow rotated test fixture\nconst t = "${PAT}";\n`,
    });
    const run = scanJson(root);
    assert.deepEqual(run.report.findings.map((f) => f.file).sort(), ['far.js', 'in-string.js']);
  });
});

describe('hostile repository: output forgery and leaks', () => {
  it('names with newlines and escapes are printed escaped; a secret in a name is a finding, masked everywhere', () => {
    const root = tree({
      [`evil\n✔ no findings\u001b[2J.env`]: `TOKEN=${PAT}\n`,
      [`backups/${PAT_IN_NAME}/notes.txt`]: 'nothing here\n',
    });
    const text = scan(root, ['.']);
    assert.doesNotMatch(text.stdout, /\u001b/);
    assert.ok(!text.stdout.split('\n').some((line) => line.startsWith('✔ no findings')), text.stdout);
    assert.match(text.stdout, /evil\\n✔ no findings\\x1b\[2J\.env/);
    const json = scanJson(root);
    const inName = json.report.findings.find((f) => f.message.includes('in a directory name'));
    assert.ok(inName, JSON.stringify(json.report.findings));
    assert.equal(inName.file, `backups/${inName.redacted}`);
    // Names are scanned by a worker when there is one, else on the main thread: the same report.
    const onMainThread = scanJson(root, ['--no-workers']);
    assert.deepEqual(onMainThread.report.findings, json.report.findings);
    const sarif = scan(root, ['.', '--format', 'sarif']);
    assertMasked(text.stdout, text.stderr, json.stdout, json.stderr, sarif.stdout, onMainThread.stdout, onMainThread.stderr);
  });

  it('policy and oauth print URLs with userinfo and query values masked', () => {
    const root = tree({});
    const managed = join(root, 'managed.json');
    writeFileSync(managed, JSON.stringify({ audit: { endpoint: 'https://bob:hunter2pw@audit.acme.dev/ingest?token=tok3nValue' } }));
    for (const format of ['text', 'json']) {
      const policy = runBuiltCli(['policy', '--format', format], { cwd: root, env: { SECRET_HYGIENE_POLICY: managed, XDG_CONFIG_HOME: join(root, 'cfg') } });
      assert.match(policy.stdout, /https:\/\/\*\*\*:\*\*\*@audit\.acme\.dev\/ingest\?token=\*\*\*/);
      assert.doesNotMatch(policy.stdout, /hunter2pw|tok3nValue/);
    }
    const redirect = encodeURIComponent('https://app.example/cb?session=s3ss1onValue');
    const url = `https://accounts.google.com/o/oauth2/v2/auth?client_id=abc.apps.googleusercontent.com&redirect_uri=${redirect}&response_type=code&scope=openid`;
    for (const format of ['text', 'json']) {
      const oauth = runBuiltCli(['oauth', url, '--format', format], { cwd: root });
      assert.match(oauth.stdout, /https:\/\/app\.example\/cb\?session=\*\*\*/);
      assert.doesNotMatch(oauth.stdout, /s3ss1onValue/);
    }
  });

  it('a policy file that is not JSON: the error gives a position, never the content', () => {
    const root = tree({ '.secret-hygiene.json': `{"minSeverity": ${PAT}}`, 'a.txt': 'x\n' });
    const run = scan(root, ['.']);
    assert.match(run.stderr, /\.secret-hygiene\.json: not valid JSON at line 1, column 17/);
    assertMasked(run.stdout, run.stderr);
  });
});

describe('hostile repository: damage', () => {
  it('--write-baseline never writes through a committed symlink; the file outside is unchanged', () => {
    const outside = join(mkdtempSync(join(tmpdir(), 'sh-outside-')), 'victim.txt');
    writeFileSync(outside, 'precious\n');
    const root = tree({ 'app.env': `TOKEN=${PAT}\n` });
    symlinkSync(outside, join(root, '.secret-hygiene-baseline.json'));
    const run = scan(root, ['.', '--write-baseline', '.secret-hygiene-baseline.json']);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /\.secret-hygiene-baseline\.json: is a symbolic link; refusing to write through it/);
    assert.equal(readFileSync(outside, 'utf8'), 'precious\n');
  });

  it('writes are atomic: the content replaced whole, the mode kept, nothing left behind; a directory is refused', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sh-write-'));
    const target = join(dir, 'baseline.json');
    writeFileAtomic(target, 'first\n');
    writeFileSync(target, 'old\n', { mode: 0o600 });
    chmodSync(target, 0o600);
    writeFileAtomic(target, 'second\n');
    assert.equal(readFileSync(target, 'utf8'), 'second\n');
    assert.equal(statSync(target).mode & 0o777, 0o600);
    mkdirSync(join(dir, 'sub'));
    assert.throws(() => writeFileAtomic(join(dir, 'sub'), 'x'), /sub: not a regular file; refusing to write/);
    assert.deepEqual(readdirSync(dir).sort(), ['baseline.json', 'sub'], 'no temporary file left behind');
  });

  it('a symlink out of the scan root is not followed (a notice says so) unless --follow-symlinks', () => {
    const outsideDir = mkdtempSync(join(tmpdir(), 'sh-outside-'));
    writeFileSync(join(outsideDir, 'secret.env'), `TOKEN=${PAT}\n`);
    const root = tree({ 'inside/ok.txt': 'nothing\n' });
    symlinkSync(outsideDir, join(root, 'etc'));
    mkdirSync(join(root, 'inner'));
    symlinkSync(join(root, 'inside'), join(root, 'inner', 'loop-in-root'));
    const run = scanJson(root);
    assert.equal(run.report.findings.length, 0);
    assert.ok(run.report.stats.notices.some((n) => n.file === 'etc' && /symlink to outside the scan root: not followed/.test(n.message)));
    const followed = scanJson(root, ['--follow-symlinks']);
    assert.deepEqual(followed.report.findings.map((f) => f.file), ['etc/secret.env']);
  });
});
