/**
 * Issue 13 part 1: `scan --git` over real repositories made here (branches, deletions, renames, a
 * shallow clone, a partial clone with missing blobs, a submodule), run through the CLI built from this
 * tree as a separate process.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBuiltCli } from './built-cli.js';
import { makeGithubPat, tree } from './fixtures.js';
import { commitAll, git, gitEnv, initRepo, write } from './support/git-repo.js';

const PAT = makeGithubPat('Hx7Lp2Qw9Rt4Yz1Mn6Bv3Cs8Df5Gk0');
const PAT2 = makeGithubPat('Zq1Wx2Ec3Rv4Tb5Yn6Um7Ik8Ol9Pa0');
const PAT3 = makeGithubPat('mN4bV7cX1zL8kJ5hG2fD9sA6pO3iU0');

interface Finding {
  file: string;
  ruleId: string;
  line: number;
  fingerprint: string;
  redacted: string;
  commit?: { sha: string; path: string; author: string; email: string; date: string; removedIn?: string };
}
interface Report {
  findings: Finding[];
  stats: { files: number; notices: { file: string; message: string }[]; incomplete: { file: string; reason: string }[] };
}

function cli(cwd: string, args: string[]) {
  const run = runBuiltCli(args, { cwd, env: gitEnv({ SECRET_HYGIENE_POLICY: 'none', XDG_CONFIG_HOME: join(cwd, '.no-user-config') }) });
  assert.equal(run.signal, null, `killed by the hang guard\n${run.stderr}`);
  for (const secret of [PAT, PAT2, PAT3]) {
    assert.ok(!run.stdout.includes(secret) && !run.stderr.includes(secret), 'a secret was printed unmasked');
  }
  return run;
}

function history(cwd: string, args: string[] = []) {
  const run = cli(cwd, ['scan', '--git', ...args, '--format', 'json']);
  let report: Report;
  try {
    report = JSON.parse(run.stdout);
  } catch {
    throw new Error(`not JSON (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
  }
  return { ...run, report };
}

describe('scan --git: history', function () {
  this.timeout(180_000);

  it('reports a deleted secret with the oldest commit that added it, and the commit that removed it', () => {
    const repo = initRepo();
    write(repo, { 'README.md': '# demo\n' });
    commitAll(repo, 'start');
    write(repo, { 'src/config.js': `// settings\nconst token = '${PAT}';\n` });
    const added = commitAll(repo, 'add config');
    write(repo, { 'src/config.js': `// settings\nconst token = '${PAT}';\nconst retries = 3;\n` });
    commitAll(repo, 'edit config (the secret stays)');
    write(repo, { 'src/config.js': '// settings\nconst token = process.env.TOKEN;\nconst retries = 3;\n' });
    const removed = commitAll(repo, 'remove the token');
    rmSync(join(repo, 'src/config.js'));
    write(repo, { 'README.md': '# demo\n\nmore\n' });
    commitAll(repo, 'later');

    const { status, report } = history(repo);
    assert.equal(status, 1);
    // Two versions of the file held the secret: one finding, at the oldest.
    assert.equal(report.findings.length, 1, JSON.stringify(report.findings));
    const [f] = report.findings;
    assert.equal(f!.file, 'src/config.js');
    assert.equal(f!.line, 2);
    assert.deepEqual(f!.commit, { sha: added, path: 'src/config.js', author: 'Ada Lovelace', email: 'ada@example.com', date: '2024-01-01T00:01:00+00:00', removedIn: removed });
    // Every unique blob once: README x2, config x3.
    assert.equal(report.stats.files, 5);

    const text = cli(repo, ['scan', '--git', '--no-color']);
    assert.equal(text.status, 1);
    assert.match(text.stdout, new RegExp(`src/config\\.js@${added.slice(0, 8)}:2:\\d+ `));
    assert.match(text.stdout, new RegExp(`removed in ${removed.slice(0, 8)}`));

    const sarif = JSON.parse(cli(repo, ['scan', '--git', '--format', 'sarif']).stdout);
    const result = sarif.runs[0].results[0];
    assert.equal(result.partialFingerprints['secretHygiene/commit'], `${added}:src/config.js`);
    assert.equal(result.properties.commit.sha, added);
  });

  it('scans each unique blob once, and a renamed file still holding the secret is not called removed', () => {
    const repo = initRepo();
    write(repo, { 'a/keys.env': `GITHUB_TOKEN=${PAT}\n`, 'b/copy.env': `GITHUB_TOKEN=${PAT}\n` });
    const first = commitAll(repo, 'two paths, one blob');
    git(repo, ['checkout', '-q', '-b', 'other']);
    write(repo, { 'c/again.env': `GITHUB_TOKEN=${PAT}\n` });
    commitAll(repo, 'the same blob on another branch');
    git(repo, ['checkout', '-q', 'main']);
    git(repo, ['mv', 'a/keys.env', 'a/renamed.env']);
    commitAll(repo, 'rename');

    const { report } = history(repo);
    // One blob in three paths on two branches: scanned once, reported once, at its first path.
    assert.equal(report.stats.files, 1);
    assert.equal(report.findings.length, 1);
    assert.equal(report.findings[0]!.commit!.sha, first);
    assert.equal(report.findings[0]!.commit!.removedIn, undefined);
  });

  it('takes a range, --since and a path; a secret only on a branch is found in that branch range only', () => {
    const repo = initRepo();
    write(repo, { 'app.txt': 'v1\n' });
    const base = commitAll(repo, 'base');
    git(repo, ['checkout', '-q', '-b', 'feature']);
    write(repo, { 'deploy.sh': `export GITHUB_TOKEN=${PAT2}\n` });
    const leak = commitAll(repo, 'leak on feature');
    git(repo, ['checkout', '-q', 'main']);
    write(repo, { 'app.txt': 'v2\n' });
    commitAll(repo, 'main moves on');

    const elsewhere = mkdtempSync(join(tmpdir(), 'sh-cwd-'));
    const range = history(elsewhere, ['main..feature', repo]);
    assert.equal(range.status, 1, range.stderr);
    assert.deepEqual(range.report.findings.map((f) => [f.file, f.commit!.sha]), [['deploy.sh', leak]]);
    assert.equal(range.report.stats.files, 1);

    const mainOnly = history(repo, ['main']);
    assert.equal(mainOnly.status, 0);
    assert.equal(mainOnly.report.findings.length, 0);

    git(repo, ['checkout', '-q', 'feature']);
    const since = history(repo, ['--since', base]);
    assert.deepEqual(since.report.findings.map((f) => f.file), ['deploy.sh']);
    // Every ref by default.
    git(repo, ['checkout', '-q', 'main']);
    assert.equal(history(repo).report.findings.length, 1);
  });

  it('applies the baseline in history mode', () => {
    const repo = initRepo();
    write(repo, { 'old.env': `GITHUB_TOKEN=${PAT}\n` });
    commitAll(repo, 'leak');
    rmSync(join(repo, 'old.env'));
    commitAll(repo, 'remove');
    assert.equal(cli(repo, ['scan', '--git', '--write-baseline', join(repo, '..', `${repo.split('/').pop()}-baseline.json`)]).status, 0);
    const { status, report } = history(repo, ['--baseline', join(repo, '..', `${repo.split('/').pop()}-baseline.json`)]);
    assert.equal(status, 0);
    assert.equal(report.findings.length, 0);
  });

  it('is an error outside a repository, and for a revision that does not exist', () => {
    const plain = tree({ 'a.txt': 'hello\n' });
    const outside = cli(plain, ['scan', '--git']);
    assert.equal(outside.status, 2);
    assert.match(outside.stderr, /not a git repository/);
    const repo = initRepo();
    write(repo, { 'a.txt': 'x\n' });
    commitAll(repo, 'one');
    const bad = cli(repo, ['scan', '--git', 'no-such-branch..main']);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /no-such-branch/);
  });

  it('says what a shallow clone did not scan, and scans what it has', () => {
    const origin = initRepo();
    write(origin, { 'old.env': `GITHUB_TOKEN=${PAT}\n` });
    commitAll(origin, 'old leak');
    rmSync(join(origin, 'old.env'));
    write(origin, { 'new.env': `GITHUB_TOKEN=${PAT2}\n` });
    const tip = commitAll(origin, 'new leak');
    const clone = mkdtempSync(join(tmpdir(), 'sh-shallow-'));
    git(clone, ['clone', '-q', '--depth', '1', `file://${origin}`, 'c']);
    const { status, report } = history(join(clone, 'c'));
    assert.equal(status, 1);
    assert.deepEqual(report.findings.map((f) => f.file), ['new.env']);
    const notice = report.stats.notices.find((n) => /shallow clone/.test(n.message));
    assert.ok(notice, JSON.stringify(report.stats.notices));
    assert.match(notice.message, new RegExp(`before ${tip.slice(0, 8)}`));
  });

  it('skips the blobs a partial clone lacks (without fetching them), scans the rest, exits by findings', () => {
    const origin = initRepo();
    git(origin, ['config', 'uploadpack.allowFilter', 'true']);
    write(origin, { 'old.env': `GITHUB_TOKEN=${PAT}\n` });
    commitAll(origin, 'old leak');
    rmSync(join(origin, 'old.env'));
    write(origin, { 'now.env': `GITHUB_TOKEN=${PAT3}\n` });
    commitAll(origin, 'current');
    const parent = mkdtempSync(join(tmpdir(), 'sh-partial-'));
    git(parent, ['clone', '-q', '--filter=blob:none', `file://${origin}`, 'c']);
    // The promisor remote goes away: a lazy fetch would now fail instead of quietly filling the gap.
    renameSync(origin, `${origin}-gone`);
    const { status, report, stderr } = history(join(parent, 'c'));
    assert.equal(status, 1, stderr);
    assert.deepEqual(report.findings.map((f) => f.file), ['now.env']);
    assert.ok(report.stats.notices.some((n) => /partial clone: 1 blob/.test(n.message)), JSON.stringify(report.stats.notices));
    assert.deepEqual(report.stats.incomplete.map((e) => e.file.replace(/@.*/, '')), ['old.env']);
  });

  it('skips oversized and binary blobs and submodules with notices; exit 2 only when nothing could be scanned', () => {
    const sub = initRepo();
    write(sub, { 'lib.txt': 'library\n' });
    commitAll(sub, 'sub');
    const repo = initRepo();
    write(repo, { 'big.txt': `${'x'.repeat(4000)}\nGITHUB_TOKEN=${PAT}\n`, 'logo.bin': Buffer.from([0, 1, 2, 3, 0, 5, 6, 0, 0, 0, 9, 0x89, 0, 0]), 'small.env': `GITHUB_TOKEN=${PAT2}\n` });
    commitAll(repo, 'files');
    git(repo, ['-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', `file://${sub}`, 'vendor/sub']);
    commitAll(repo, 'submodule');

    const { status, report } = history(repo, ['--max-file-size', '1KB']);
    assert.equal(status, 1, 'findings, and some blobs were scanned: not an error');
    assert.deepEqual(report.findings.map((f) => f.file), ['small.env']);
    assert.deepEqual(report.stats.incomplete.map((e) => e.file.replace(/@.*/, '')), ['big.txt']);
    assert.match(report.stats.incomplete[0]!.reason, /larger than --max-file-size/);
    const messages = report.stats.notices.map((n) => `${n.file}: ${n.message}`);
    assert.ok(messages.some((m) => /^vendor\/sub: skipped: a submodule/.test(m)), messages.join('\n'));
    assert.ok(messages.some((m) => /1 binary blob\(s\) skipped/.test(m)), messages.join('\n'));

    const only = initRepo();
    write(only, { 'big.txt': 'y'.repeat(5000) });
    commitAll(only, 'big');
    const nothing = history(only, ['--max-file-size', '1KB']);
    assert.equal(nothing.status, 2);
    assert.equal(nothing.report.stats.incomplete.length, 1);
  });
});

describe('baseline fingerprints are salted', function () {
  this.timeout(120_000);
  const WEAK = 'Winter2024x';

  it('a written baseline is version 2 with a random salt; a weak secret is not its plain hash; old baselines still work', () => {
    const dir = tree({ 'app.env': `DATABASE_URL=postgres://admin:${WEAK}@db.internal.example.com:5432/app\nGITHUB_TOKEN=${PAT}\n` });
    assert.equal(cli(dir, ['scan', 'app.env', '--write-baseline', 'b.json']).status, 0);
    const baseline = JSON.parse(readFileSync(join(dir, 'b.json'), 'utf8'));
    assert.equal(baseline.version, 2);
    assert.match(baseline.salt, /^[0-9a-f]{32}$/);
    const weak = baseline.findings.find((e: { ruleId: string }) => e.ruleId === 'database-connection-string');
    assert.ok(weak);
    const plain = (rule: string, secret: string) => `${rule}:${createHash('sha256').update(`${rule}\u0000${secret}`).digest('hex').slice(0, 24)}`;
    assert.notEqual(weak.fingerprint, plain('database-connection-string', WEAK));
    assert.ok(!readFileSync(join(dir, 'b.json'), 'utf8').includes(WEAK));

    const again = cli(dir, ['scan', 'app.env', '--baseline', 'b.json']);
    assert.equal(again.status, 0, again.stdout + again.stderr);
    // Rewriting keeps the salt, so the file changes only where the findings do.
    assert.equal(cli(dir, ['scan', 'app.env', '--write-baseline', 'b.json']).status, 0);
    assert.deepEqual(JSON.parse(readFileSync(join(dir, 'b.json'), 'utf8')), baseline);

    // A version-1 baseline (unsalted) keeps matching, with a notice to re-create it.
    const v1 = { version: 1, findings: [plain('database-connection-string', WEAK), plain('github-classic-pat', PAT)].map((fingerprint) => ({ fingerprint, ruleId: fingerprint.split(':')[0] })) };
    writeFileSync(join(dir, 'old.json'), JSON.stringify(v1));
    const old = cli(dir, ['scan', 'app.env', '--baseline', 'old.json']);
    assert.equal(old.status, 0, old.stdout + old.stderr);
    assert.match(old.stderr, /version 1 \(unsalted fingerprints.*--write-baseline/);
  });
});
