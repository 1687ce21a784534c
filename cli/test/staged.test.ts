/**
 * Issue 13 part 2: `scan --staged` reads the index (not the working tree) and reports added lines by
 * default; `install-hook` writes hooks that git itself runs: a real `git commit` / `git push` is refused
 * with a planted fake token and allowed once it is gone. The pre-commit hook runs staged.cjs from a
 * startup snapshot: same findings and exit codes as the plain CLI, and the plain CLI whenever the blob
 * cannot serve (stale, foreign, damaged, or a commit large enough for worker threads).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { appendFileSync, chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { bundleForTest, runBuiltCli } from './built-cli.js';
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

/** esbuild from the repository's node_modules (bundled into this test it would look for its binary here). */
function esbuild(): typeof import('esbuild') {
  const name = 'esbuild';
  return createRequire(resolve(process.cwd(), 'package.json'))(name);
}

/** The CLI, its worker and staged.cjs in one private folder, as esbuild.config.mjs builds cli/dist. */
function buildWithStaged(): string {
  const dir = bundleForTest({ 'secret-hygiene': 'cli/src/main.ts', 'scan-worker': 'cli/src/walk/worker.ts' });
  esbuild().buildSync({
    bundle: true,
    logLevel: 'warning',
    target: 'node20',
    mainFields: ['module', 'main'],
    platform: 'node',
    entryPoints: [resolve('cli/src/staged-entry.ts')],
    outfile: join(dir, 'staged.cjs'),
    format: 'cjs',
    define: { 'import.meta.url': '__bundle_url' },
    banner: { js: "const __bundle_url = require('node:url').pathToFileURL(__filename).href;" },
  });
  return dir;
}

describe('the pre-commit hook from a startup snapshot', function () {
  this.timeout(600_000);
  let dist: string;
  let cache: string;
  const env = () => ({ ...ENV, SECRET_HYGIENE_CACHE_DIR: cache });
  const scratch: string[] = [];
  before(() => {
    dist = buildWithStaged();
    cache = mkdtempSync(join(tmpdir(), 'sh-blob-cache-'));
    scratch.push(cache);
  });
  // Blobs are ≈ 25 MB each.
  after(() => {
    for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
  });

  const node = (cwd: string, args: string[]) => {
    const run = spawnSync(process.execPath, args, { cwd, env: { ...env(), XDG_CONFIG_HOME: join(cwd, '.no-user-config') }, encoding: 'utf8', timeout: 240_000 });
    assert.equal(run.signal, null, `killed by the hang guard\n${run.stderr}`);
    for (const secret of [PAT, PAT2]) assert.ok(!run.stdout.includes(secret) && !run.stderr.includes(secret), 'a secret was printed unmasked');
    return run;
  };
  /** The hook as git runs it (sh, in the work tree's top). */
  const hook = (repo: string) => {
    const run = spawnSync('/bin/sh', [join(repo, '.git', 'hooks', 'pre-commit')], { cwd: repo, env: { ...env(), XDG_CONFIG_HOME: join(repo, '.no-user-config') }, encoding: 'utf8', timeout: 240_000 });
    for (const secret of [PAT, PAT2]) assert.ok(!run.stdout.includes(secret) && !run.stderr.includes(secret), 'a secret was printed unmasked');
    return run;
  };
  const plain = (repo: string, args: string[] = []) => node(repo, [join(dist, 'secret-hygiene.js'), 'scan', '--staged', ...args]);
  /** Text output without the one thing that differs between two runs: the duration. */
  const stable = (text: string) => text.replace(/ in \d+\.\d+ s/g, ' in N s');
  const findingsOf = (stdout: string) => (JSON.parse(stdout) as { findings: unknown[] }).findings;

  /** A repository whose index adds one token in a new file and one in a changed file (beside an old one). */
  function leakyRepo(): string {
    const repo = initRepo();
    write(repo, { 'config.env': `# settings\nGITHUB_TOKEN=${PAT}\n`, 'README.md': '# demo\n' });
    commitAll(repo, 'an old secret, already in history');
    write(repo, { 'config.env': `# settings\nGITHUB_TOKEN=${PAT}\nBACKUP_TOKEN=${PAT2}\n`, 'deploy/run.sh': `#!/bin/sh\nexport GH_TOKEN=${PAT2}\n` });
    git(repo, ['add', '-A']);
    return repo;
  }

  function install(repo: string, args: string[] = []) {
    const run = node(repo, [join(dist, 'secret-hygiene.js'), 'install-hook', ...args]);
    assert.equal(run.status, 0, run.stderr);
    return run;
  }

  it('install-hook builds the blob and says where; the hook gives the plain CLI findings, output and exit codes', () => {
    const repo = leakyRepo();
    const installed = install(repo);
    const blob = /startup snapshot: (.*\.blob)\n/.exec(installed.stdout)?.[1];
    assert.ok(blob && existsSync(blob), installed.stdout);
    assert.match(blob, new RegExp(`staged-${process.version.replace(/\./g, '\\.')}-${process.platform}-${process.arch}-[0-9a-f]{16}\\.blob$`));
    assert.match(readFileSync(join(repo, '.git', 'hooks', 'pre-commit'), 'utf8'), /--snapshot-blob "\$blob" "\$staged"/);
    // Idempotent: the same script, the same blob.
    assert.match(install(repo).stdout, /already installed/);
    assert.deepEqual(readdirSync(cache).filter((name) => name.endsWith('.blob')), [blob.split('/').pop()]);

    // Findings: the hook (snapshot) and the plain CLI, text as the hook prints it.
    const fromHook = hook(repo);
    const fromCli = plain(repo);
    assert.equal(fromCli.status, 1);
    assert.equal(fromHook.status, 1, fromHook.stderr);
    assert.equal(stable(fromHook.stdout), stable(fromCli.stdout));
    assert.deepEqual(fromHook.stdout.match(/\S+\n\s+\d+:\d+/g), ['config.env\n  3:14', 'deploy/run.sh\n  2:17']);
    assert.doesNotMatch(fromHook.stderr, /plain CLI instead/, 'the snapshot served');
    // The same options and JSON, straight from the snapshot.
    const staged = join(dist, 'staged.cjs');
    for (const args of [['--format', 'json'], ['--format', 'json', '--all-lines'], ['--format', 'json', '--min-severity', 'critical']]) {
      const fromSnapshot = node(repo, ['--snapshot-blob', blob, staged, ...args]);
      const fromMain = plain(repo, args);
      assert.equal(fromSnapshot.status, fromMain.status, fromSnapshot.stderr);
      assert.deepEqual(findingsOf(fromSnapshot.stdout), findingsOf(fromMain.stdout));
    }
    assert.equal(findingsOf(plain(repo, ['--format', 'json', '--all-lines']).stdout).length, 3);
    // Errors: exit 2 with the same message.
    const notRepo = mkdtempSync(join(tmpdir(), 'sh-nogit-'));
    const snapshotError = node(notRepo, ['--snapshot-blob', blob, staged]);
    const cliError = plain(notRepo);
    assert.equal(snapshotError.status, 2);
    assert.equal(cliError.status, 2);
    assert.equal(snapshotError.stderr, cliError.stderr);
    assert.equal(node(repo, ['--snapshot-blob', blob, staged, '--min-severity', 'nope']).status, 2);

    // git itself: refused with the tokens, allowed once they are gone.
    assert.notEqual(commit(repo, 'leak').status, 0);
    write(repo, { 'config.env': `# settings\nGITHUB_TOKEN=${PAT}\nRETRIES=3\n`, 'deploy/run.sh': '#!/bin/sh\nexport GH_TOKEN="$(secret-hygiene run …)"\n' });
    git(repo, ['add', '-A']);
    const clean = hook(repo);
    assert.equal(clean.status, 0, clean.stderr);
    assert.equal(stable(clean.stdout), stable(plain(repo).stdout));
    assert.equal(commit(repo, 'no leak').status, 0);
  });

  it('a stale, foreign or damaged blob, or a commit for worker threads, falls back to the plain CLI', () => {
    const repo = leakyRepo();
    // A copy of the build, so that replacing its staged.cjs (an upgrade in place) touches no other test.
    const own = mkdtempSync(join(tmpdir(), 'sh-dist-copy-'));
    scratch.push(own);
    cpSync(dist, own, { recursive: true });
    // Built over two seconds after the copy, as after a real install: the bin is then judged by its stat
    // fields first (see cli/src/snapshot/start.ts), which a same-size rewrite must not fool.
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2100);
    const installed = node(repo, [join(own, 'secret-hygiene.js'), 'install-hook']);
    assert.equal(installed.status, 0, installed.stderr);
    const blob = /startup snapshot: (.*\.blob)\n/.exec(installed.stdout)![1]!;
    const expected = stable(plain(repo).stdout);
    const fallsBack = (why: RegExp) => {
      const run = hook(repo);
      assert.equal(run.status, 1, run.stderr);
      assert.equal(stable(run.stdout), expected);
      assert.match(run.stderr, why);
      assert.match(run.stderr, /scanning with the plain CLI instead/);
    };

    // Stale: staged.cjs replaced after the blob was built (the blob would run the old code), with the
    // same size, then with another.
    const staged = join(own, 'staged.cjs');
    const original = readFileSync(staged);
    assert.doesNotMatch(hook(repo).stderr, /plain CLI instead/, 'the blob serves while staged.cjs is untouched');
    const sameSize = Buffer.from(original);
    sameSize[sameSize.length - 1] = sameSize[sameSize.length - 1] === 0x0a ? 0x20 : 0x0a;
    writeFileSync(staged, sameSize);
    fallsBack(/startup snapshot was built from another version of staged\.cjs/);
    appendFileSync(staged, '\n// a later version\n');
    fallsBack(/startup snapshot was built from another version of staged\.cjs/);
    // The same bytes again (a reinstall of the same version): the blob serves.
    writeFileSync(staged, original);
    assert.doesNotMatch(hook(repo).stderr, /plain CLI instead/);

    // Foreign: built by another Node (here: the version in the blob's header changed).
    const bytes = readFileSync(blob);
    const version = Buffer.from(process.version.slice(1));
    const at = bytes.indexOf(version);
    assert.ok(at > 0 && at < 4096, 'the Node version is in the blob header');
    const foreign = Buffer.from(bytes);
    foreign[at + version.length - 1] = foreign[at + version.length - 1] === 0x39 ? 0x38 : foreign[at + version.length - 1]! + 1;
    writeFileSync(blob, foreign);
    fallsBack(/Failed to load the startup snapshot/);

    // Damaged: a truncated blob crashes Node; the hook says so and scans all the same.
    writeFileSync(blob, bytes.subarray(0, 4096));
    // (Node 20 crashes on it: a signal; a later Node may refuse it with status 14 instead.)
    fallsBack(/the startup snapshot failed \(exit \d+\)|startup snapshot/);

    // Gone (a cleaned cache): the plain CLI, quietly; install-hook again rebuilds it.
    rmSync(blob);
    const withoutBlob = hook(repo);
    assert.equal(withoutBlob.status, 1);
    assert.equal(stable(withoutBlob.stdout), expected);
    assert.doesNotMatch(withoutBlob.stderr, /snapshot/);
    assert.match(node(repo, [join(own, 'secret-hygiene.js'), 'install-hook']).stdout, /already installed[^]*startup snapshot/);
    assert.ok(existsSync(blob));

    // Large: worker threads do not start from a snapshot; the plain CLI's pool scans the commit.
    write(repo, Object.fromEntries(Array.from({ length: 70 }, (_, i) => [`src/module${i}.js`, `export const value${i} = ${i};\n`])));
    git(repo, ['add', '-A']);
    const large = hook(repo);
    assert.equal(large.status, 1, large.stderr);
    assert.match(large.stderr, /staged files are scanned by worker threads/);
    assert.equal(stable(large.stdout), stable(plain(repo).stdout));
  });

  it('install-hook --no-snapshot writes the plain hook; --pre-push never uses the snapshot', () => {
    const repo = leakyRepo();
    const installed = install(repo, ['--no-snapshot']);
    assert.doesNotMatch(installed.stdout, /startup snapshot/);
    assert.doesNotMatch(readFileSync(join(repo, '.git', 'hooks', 'pre-commit'), 'utf8'), /snapshot-blob/);
    const run = hook(repo);
    assert.equal(run.status, 1);
    assert.equal(stable(run.stdout), stable(plain(repo).stdout));
    install(repo, ['--pre-push']);
    assert.doesNotMatch(readFileSync(join(repo, '.git', 'hooks', 'pre-push'), 'utf8'), /snapshot-blob/);
  });
  it('secret-hygiene-staged (the pre-commit framework entry): plain CLI until install-hook --snapshot-only, then the snapshot', () => {
    // The framework's hook runs this command (.pre-commit-hooks.yaml), which the CLI package installs.
    const [declared] = parseYaml(readFileSync('.pre-commit-hooks.yaml', 'utf8')) as { id: string; entry: string }[];
    assert.equal(declared!.entry, 'secret-hygiene-staged');
    assert.equal((JSON.parse(readFileSync('cli/package.json', 'utf8')) as { bin: Record<string, string> }).bin[declared!.entry], 'bin/secret-hygiene-staged');
    const repo = leakyRepo();
    // The package as npm installs it: bin/ beside dist/, the command a symlink to the bin.
    const pkg = mkdtempSync(join(tmpdir(), 'sh-pkg-'));
    const ownCache = mkdtempSync(join(tmpdir(), 'sh-blob-cache-'));
    scratch.push(pkg, ownCache);
    mkdirSync(join(pkg, 'bin'));
    cpSync(resolve('cli/bin/secret-hygiene-staged'), join(pkg, 'bin', 'secret-hygiene-staged'));
    cpSync(resolve('cli/bin/secret-hygiene.js'), join(pkg, 'bin', 'secret-hygiene.js'));
    symlinkSync(dist, join(pkg, 'dist'));
    mkdirSync(join(pkg, '.bin'));
    symlinkSync('../bin/secret-hygiene-staged', join(pkg, '.bin', 'secret-hygiene-staged'));
    const PATH = `${dirname(process.execPath)}:${process.env.PATH ?? ''}`;
    const wrapperEnv = { ...ENV, PATH, SECRET_HYGIENE_CACHE_DIR: ownCache, XDG_CONFIG_HOME: join(repo, '.no-user-config') };
    const wrapper = (args: string[] = []) => {
      const run = spawnSync(join(pkg, '.bin', 'secret-hygiene-staged'), args, { cwd: repo, env: wrapperEnv, encoding: 'utf8', timeout: 240_000 });
      assert.equal(run.signal, null, `killed by the hang guard\n${run.stderr}`);
      for (const secret of [PAT, PAT2]) assert.ok(!run.stdout.includes(secret) && !run.stderr.includes(secret), 'a secret was printed unmasked');
      return run;
    };
    const plainRun = plain(repo);
    const expected = stable(plainRun.stdout);

    // No blob yet: the plain CLI, quietly.
    const first = wrapper();
    assert.equal(first.status, 1, first.stderr);
    assert.equal(stable(first.stdout), expected);
    assert.doesNotMatch(first.stderr, /snapshot/);
    assert.deepEqual(findingsOf(wrapper(['--format', 'json']).stdout), findingsOf(plain(repo, ['--format', 'json']).stdout));

    // --snapshot-only: a blob, and no hook written anywhere.
    const outside = mkdtempSync(join(tmpdir(), 'sh-nogit-'));
    scratch.push(outside);
    const built = spawnSync(process.execPath, [join(pkg, 'bin', 'secret-hygiene.js'), 'install-hook', '--snapshot-only'], { cwd: outside, env: wrapperEnv, encoding: 'utf8', timeout: 240_000 });
    assert.equal(built.status, 0, built.stderr);
    const blob = /startup snapshot: (.*\.blob)\n/.exec(built.stdout)?.[1];
    assert.ok(blob && existsSync(blob) && blob.startsWith(ownCache), built.stdout);
    assert.ok(!existsSync(join(repo, '.git', 'hooks', 'pre-commit')) && readdirSync(outside).length === 0, 'no hook written');
    const misuse = spawnSync(process.execPath, [join(pkg, 'bin', 'secret-hygiene.js'), 'install-hook', '--snapshot-only', repo], { env: wrapperEnv, encoding: 'utf8' });
    assert.equal(misuse.status, 2);
    assert.match(misuse.stderr, /--snapshot-only writes no hook/);

    // With the blob: the snapshot serves, so the plain CLI is not even needed (removed here to prove it).
    rmSync(join(pkg, 'bin', 'secret-hygiene.js'));
    const fast = wrapper();
    assert.equal(fast.status, 1, fast.stderr);
    assert.equal(stable(fast.stdout), expected);
    assert.equal(fast.stderr, plainRun.stderr, 'the same notices, and no word of falling back');
    git(repo, ['rm', '-q', '--cached', 'config.env', 'deploy/run.sh']);
    assert.equal(wrapper().status, 0);
  });
});
