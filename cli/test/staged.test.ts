/**
 * Issue 13 part 2: `scan --staged` reads the index (not the working tree) and reports added lines by
 * default; `install-hook` writes hooks that git itself runs: a real `git commit` / `git push` is refused
 * with a planted fake token and allowed once it is gone.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBuiltCli } from './built-cli.js';
import { makeGithubPat } from './fixtures.js';
import { commitAll, git, gitEnv, initRepo, write } from './support/git-repo.js';

const PAT = makeGithubPat('Qa2Ws3Ed4Rf5Tg6Yh7Uj8Ik9Ol0Pp1');
const PAT2 = makeGithubPat('Lk9Jh8Gf7Ds6Aq5Wz4Xs3Ce2Dv1Fr0');
const ENV = gitEnv({ SECRET_HYGIENE_POLICY: 'none', NO_COLOR: '1' });

interface Report {
  findings: { file: string; line: number }[];
  stats: { files: number; notices: { file: string; message: string }[] };
}

function cli(cwd: string, args: string[]) {
  const run = runBuiltCli(args, { cwd, env: { ...ENV, XDG_CONFIG_HOME: join(cwd, '.no-user-config') } });
  assert.equal(run.signal, null, `killed by the hang guard\n${run.stderr}`);
  for (const secret of [PAT, PAT2]) assert.ok(!run.stdout.includes(secret) && !run.stderr.includes(secret), 'a secret was printed unmasked');
  return run;
}

function staged(cwd: string, args: string[] = []) {
  const run = cli(cwd, ['scan', '--staged', ...args, '--format', 'json']);
  try {
    return { ...run, report: JSON.parse(run.stdout) as Report };
  } catch {
    throw new Error(`not JSON (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
  }
}

/** `git commit` as a user runs it: hooks on, no --no-verify. */
function commit(repo: string, message: string) {
  return spawnSync('git', ['commit', '-q', '-m', message], { cwd: repo, env: ENV, encoding: 'utf8' });
}

describe('scan --staged', function () {
  this.timeout(180_000);

  it('scans the index, not the working tree, in a repository with no commit yet', () => {
    const repo = initRepo();
    write(repo, { 'app.env': `GITHUB_TOKEN=${PAT}\n` });
    git(repo, ['add', 'app.env']);
    // Cleaned in the working tree but not re-staged: the commit would still carry the token.
    write(repo, { 'app.env': 'GITHUB_TOKEN=\n', 'untracked.env': `GITHUB_TOKEN=${PAT2}\n` });
    const { status, report } = staged(repo);
    assert.equal(status, 1);
    assert.deepEqual(report.findings.map((f) => [f.file, f.line]), [['app.env', 1]]);
    assert.equal(report.stats.files, 1, 'only the staged file');
  });

  it('reports only added lines by default, whole files with --all-lines, and follows renames', () => {
    const repo = initRepo();
    write(repo, { 'config.env': `# old settings\nGITHUB_TOKEN=${PAT}\n` });
    commitAll(repo, 'an old secret, already in history');
    write(repo, { 'config.env': `# old settings\nGITHUB_TOKEN=${PAT}\nRETRIES=3\n` });
    git(repo, ['add', 'config.env']);
    const added = staged(repo);
    assert.equal(added.status, 0, added.stderr);
    assert.equal(added.report.findings.length, 0);
    assert.ok(added.report.stats.notices.some((n) => /1 finding\(s\) on lines this commit does not change/.test(n.message)));
    const all = staged(repo, ['--all-lines']);
    assert.equal(all.status, 1);
    assert.deepEqual(all.report.findings.map((f) => f.line), [2]);

    commitAll(repo, 'retries');
    git(repo, ['mv', 'config.env', 'settings.env']);
    write(repo, { 'settings.env': `# old settings\nGITHUB_TOKEN=${PAT}\nRETRIES=3\nBACKUP_TOKEN=${PAT2}\n` });
    git(repo, ['add', 'settings.env']);
    const renamed = staged(repo);
    assert.equal(renamed.status, 1);
    assert.deepEqual(renamed.report.findings.map((f) => [f.file, f.line]), [['settings.env', 4]]);
  });

  it('install-hook: git refuses a commit carrying a token and allows it once removed; idempotent; respects core.hooksPath', () => {
    const repo = initRepo();
    write(repo, { 'README.md': '# demo\n' });
    commitAll(repo, 'start');
    const first = cli(repo, ['install-hook']);
    assert.equal(first.status, 0, first.stderr);
    assert.match(first.stdout, /installed pre-commit hook/);
    const hook = join(repo, '.git', 'hooks', 'pre-commit');
    const script = readFileSync(hook, 'utf8');
    const again = cli(repo, ['install-hook']);
    assert.equal(again.status, 0);
    assert.match(again.stdout, /already installed/);
    assert.equal(readFileSync(hook, 'utf8'), script);

    write(repo, { 'deploy.sh': `#!/bin/sh\nexport GITHUB_TOKEN=${PAT}\n` });
    git(repo, ['add', 'deploy.sh']);
    const refused = commit(repo, 'leak');
    assert.notEqual(refused.status, 0, 'the hook must refuse the commit');
    assert.match(refused.stdout + refused.stderr, /github-classic-pat/);
    assert.ok(!(refused.stdout + refused.stderr).includes(PAT));
    assert.equal(git(repo, ['rev-list', '--count', 'HEAD']), '1');

    write(repo, { 'deploy.sh': '#!/bin/sh\nexport GITHUB_TOKEN="$(secret-hygiene run …)"\n' });
    git(repo, ['add', 'deploy.sh']);
    const allowed = commit(repo, 'no leak');
    assert.equal(allowed.status, 0, allowed.stdout + allowed.stderr);
    assert.equal(git(repo, ['rev-list', '--count', 'HEAD']), '2');

    // core.hooksPath: the hook goes where git will look.
    git(repo, ['config', 'core.hooksPath', '.githooks']);
    assert.equal(cli(repo, ['install-hook']).status, 0);
    assert.ok(existsSync(join(repo, '.githooks', 'pre-commit')));
  });

  it('install-hook refuses a hook it did not write unless --force, and keeps it', () => {
    const repo = initRepo();
    const hooks = join(repo, '.git', 'hooks');
    mkdirSync(hooks, { recursive: true });
    writeFileSync(join(hooks, 'pre-commit'), '#!/bin/sh\necho team hook\n');
    chmodSync(join(hooks, 'pre-commit'), 0o755);
    const refused = cli(repo, ['install-hook']);
    assert.equal(refused.status, 2);
    assert.match(refused.stderr, /did not write.*--force/);
    assert.equal(readFileSync(join(hooks, 'pre-commit'), 'utf8'), '#!/bin/sh\necho team hook\n');
    const forced = cli(repo, ['install-hook', '--force']);
    assert.equal(forced.status, 0, forced.stderr);
    assert.equal(readFileSync(join(hooks, 'pre-commit.before-secret-hygiene'), 'utf8'), '#!/bin/sh\necho team hook\n');
    assert.match(readFileSync(join(hooks, 'pre-commit'), 'utf8'), /scan --staged/);
    assert.equal(cli(mkdtempSync(join(tmpdir(), 'sh-nogit-')), ['install-hook']).status, 2);
  });

  it('install-hook --pre-push: git refuses to push commits that add a token', () => {
    const remote = mkdtempSync(join(tmpdir(), 'sh-remote-'));
    git(remote, ['init', '-q', '--bare', '-b', 'main']);
    const repo = initRepo();
    git(repo, ['remote', 'add', 'origin', remote]);
    write(repo, { 'README.md': '# demo\n' });
    commitAll(repo, 'start');
    assert.equal(cli(repo, ['install-hook', '--pre-push']).status, 0);
    const push = () => spawnSync('git', ['push', '-q', 'origin', 'main'], { cwd: repo, env: ENV, encoding: 'utf8' });
    assert.equal(push().status, 0, 'a clean new branch is pushed');
    write(repo, { 'ci.env': `GITHUB_TOKEN=${PAT2}\n` });
    commitAll(repo, 'leak');
    const refused = push();
    assert.notEqual(refused.status, 0);
    assert.match(refused.stdout + refused.stderr, /ci\.env@[0-9a-f]{8}:1/);
    assert.equal(git(remote, ['rev-list', '--count', 'main']), '1');
  });
});
