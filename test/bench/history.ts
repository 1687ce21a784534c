/**
 * Issue 13: history and staged scans on a real history built here without network at bench time. The
 * corpus: the last 50 published versions of eslint (npm pack, once, into .cache/), committed in order
 * into one repository, with planted fake tokens added and removed across commits. Measured: our
 * `scan --git` (changed-lines mode, and every blob whole with SECRET_HYGIENE_WHOLE_BLOBS=1) beside the
 * floor (`git cat-file --batch-all-objects --batch`, reading every object once), interleaved, with the
 * ratio to the floor in wall and CPU time; a naive scan (`git log -p --all` written out, then scanned as
 * one file); and a 50-file
 * `scan --staged`, whole process: the pre-commit hook `install-hook` writes (staged.cjs from its startup
 * snapshot) beside the plain CLI and `node -e 0`. Wall and CPU time (user + system), peak RSS from
 * /usr/bin/time.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { crc32 } from 'node:zlib';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, copyFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CACHE } from './corpus.js';

const PACKAGE = 'eslint';
const VERSIONS = 50;
const HISTORY = join(CACHE, 'bench-history');
const REPO = join(HISTORY, 'repo');
const GIT_ENV = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', GIT_AUTHOR_NAME: 'Bench', GIT_AUTHOR_EMAIL: 'bench@example.com', GIT_COMMITTER_NAME: 'Bench', GIT_COMMITTER_EMAIL: 'bench@example.com' };

const git = (cwd: string, args: string[]) => execFileSync('git', args, { cwd, env: GIT_ENV, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).trim();

/** A synthetic GitHub classic PAT with a valid checksum (random payload, not any real token). */
function fakePat(seed: number): string {
  const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
  let x = seed * 2654435761;
  let body = '';
  for (let i = 0; i < 30; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    body += alphabet[x % 62];
  }
  let n = crc32(body) >>> 0;
  let sum = '';
  while (n > 0) {
    sum = alphabet[n % 62] + sum;
    n = Math.floor(n / 62);
  }
  return `ghp_${body}${sum.padStart(6, '0')}`;
}

/** Builds the history once: tarballs with one `npm pack`, then one commit per version, oldest first. */
function ensureHistory(): void {
  if (existsSync(join(REPO, '.git', 'bench-complete'))) return;
  rmSync(HISTORY, { recursive: true, force: true });
  const tarballs = join(HISTORY, 'tarballs');
  mkdirSync(tarballs, { recursive: true });
  console.error(`bench: packing the last ${VERSIONS} versions of ${PACKAGE} for the history corpus …`);
  const all = JSON.parse(execFileSync('npm', ['view', PACKAGE, 'versions', '--json'], { encoding: 'utf8' })) as string[];
  const versions = all.filter((v) => /^\d+\.\d+\.\d+$/.test(v)).slice(-VERSIONS);
  execFileSync('npm', ['pack', '--silent', '--pack-destination', tarballs, ...versions.map((v) => `${PACKAGE}@${v}`)], { stdio: ['ignore', 'ignore', 'inherit'] });
  mkdirSync(REPO, { recursive: true });
  git(REPO, ['init', '-q', '-b', 'main']);
  versions.forEach((version, i) => {
    for (const entry of readdirSync(REPO)) if (entry !== '.git') rmSync(join(REPO, entry), { recursive: true, force: true });
    execFileSync('tar', ['xzf', join(tarballs, `${PACKAGE}-${version}.tgz`), '--strip-components=1', '-C', REPO]);
    // Planted fakes: one added at 10 and removed at 20, one added at 30 and kept, one in a file deleted at 45.
    if (i >= 10 && i < 20) writeFileSync(join(REPO, 'deploy.env'), `GITHUB_TOKEN=${fakePat(1)}\n`);
    if (i >= 30) writeFileSync(join(REPO, 'lib', 'bench-config.js'), `module.exports = { token: '${fakePat(2)}' };\n`);
    if (i >= 25 && i < 45) writeFileSync(join(REPO, 'scripts.sh'), `export GH_TOKEN=${fakePat(3)}\n`);
    git(REPO, ['add', '-A']);
    git(REPO, ['commit', '-q', '--no-verify', '--allow-empty', '-m', `${PACKAGE} ${version}`]);
  });
  git(REPO, ['gc', '-q']);
  writeFileSync(join(REPO, '.git', 'bench-complete'), '');
}

interface Timed {
  wallMs: number;
  cpuMs: number;
  rssMb: number;
  stdout: string;
}

function timed(command: string, args: string[], cwd: string, stdoutFile?: string, env: NodeJS.ProcessEnv = {}): Timed {
  const run = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', command, ...args], {
    cwd,
    env: { ...GIT_ENV, SECRET_HYGIENE_POLICY: 'none', ...env },
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
    ...(stdoutFile ? { stdio: ['ignore', 'pipe', 'pipe'] } : {}),
  });
  if (stdoutFile) writeFileSync(stdoutFile, run.stdout);
  const [wall, user, system, rss] = (run.stderr.trim().split('\n').pop() ?? '').split(' ').map(Number);
  return { wallMs: wall! * 1000, cpuMs: (user! + system!) * 1000, rssMb: rss! / 1024, stdout: stdoutFile ? '' : run.stdout };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
/** Medians of each measure across runs (wall, CPU and RSS separately). */
const medians = (runs: Timed[]): Timed => ({
  wallMs: median(runs.map((r) => r.wallMs)),
  cpuMs: median(runs.map((r) => r.cpuMs)),
  rssMb: median(runs.map((r) => r.rssMb)),
  stdout: runs[0]!.stdout,
});
const loadAverage = () => {
  try {
    return readFileSync('/proc/loadavg', 'utf8').split(' ')[0]!;
  } catch {
    return 'unknown';
  }
};

/**
 * A 50-file commit in a scratch repository, whole process, medians of `runs` interleaved rounds: the
 * pre-commit hook as `install-hook` writes it (sh, then staged.cjs from its startup snapshot; built here
 * into a scratch cache), the plain CLI's `scan --staged`, and `node -e 0`.
 */
export function stagedBench(cli: string, runs: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'sh-bench-staged-'));
  const cache = mkdtempSync(join(tmpdir(), 'sh-bench-blobs-'));
  try {
    git(dir, ['init', '-q', '-b', 'main']);
    const sources = join(REPO, 'lib', 'rules');
    const files = readdirSync(sources).filter((f) => f.endsWith('.js')).slice(0, 50);
    for (const f of files) copyFileSync(join(sources, f), join(dir, f));
    git(dir, ['add', '-A']);
    const bytes = files.reduce((sum, f) => sum + statSync(join(dir, f)).size, 0);
    const installed = execFileSync(process.execPath, [cli, 'install-hook'], { cwd: dir, env: { ...GIT_ENV, SECRET_HYGIENE_CACHE_DIR: cache }, encoding: 'utf8' });
    const snapshot = /startup snapshot: /.test(installed) ? 'startup snapshot' : `no startup snapshot: ${installed.trim().split('\n').pop()}`;
    const hook = join(dir, '.git', 'hooks', 'pre-commit');
    const rounds = Array.from({ length: runs }, () => ({
      hook: timed('/bin/sh', [hook], dir),
      plain: timed(process.execPath, [cli, 'scan', '--staged'], dir),
      node: timed(process.execPath, ['-e', '0'], dir),
    }));
    const figure = (key: 'hook' | 'plain' | 'node') =>
      `${median(rounds.map((r) => r[key].wallMs)).toFixed(0)} ms wall, ${median(rounds.map((r) => r[key].cpuMs)).toFixed(0)} ms CPU`;
    return `- \`scan --staged\`, a ${files.length}-file commit (${(bytes / 1024).toFixed(0)} KB), whole process (medians of ${runs} interleaved): the pre-commit hook (staged.cjs, ${snapshot}) ${figure('hook')}; plain \`secret-hygiene scan --staged\` ${figure('plain')}; \`node -e 0\` ${figure('node')} (target < 300 ms)`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(cache, { recursive: true, force: true });
  }
}

/** Bench lines for test/artifacts/bench.md; `cli` is the built secret-hygiene.js. */
export function historyBenchLines(cli: string, runs = 5): string[] {
  ensureHistory();
  const commits = git(REPO, ['rev-list', '--count', '--all']);
  const blobs = git(REPO, ['rev-list', '--objects', '--all', '--filter=object:type=blob', '--no-object-names']).split('\n').length;
  const packBytes = readdirSync(join(REPO, '.git', 'objects', 'pack')).reduce((sum, f) => sum + statSync(join(REPO, '.git', 'objects', 'pack', f)).size, 0);
  // Interleaved rounds (a shared machine's load drifts): the floor, ours, and ours scanning every blob whole.
  const load = loadAverage();
  const rounds = Array.from({ length: runs }, () => ({
    floor: timed('git', ['cat-file', '--batch-all-objects', '--batch'], REPO, '/dev/null'),
    ours: timed(process.execPath, [cli, 'scan', '--git', '--format', 'json'], REPO),
    whole: timed(process.execPath, [cli, 'scan', '--git', '--format', 'json'], REPO, undefined, { SECRET_HYGIENE_WHOLE_BLOBS: '1' }),
  }));
  const floor = medians(rounds.map((r) => r.floor));
  const ours = medians(rounds.map((r) => r.ours));
  const whole = medians(rounds.map((r) => r.whole));
  const report = JSON.parse(ours.stdout) as { findings: { ruleId: string; commit?: { removedIn?: string } }[]; stats: { files: number; bytes: number } };
  const patch = join(HISTORY, 'log-p.patch');
  const logP = timed('git', ['log', '-p', '--all', '--no-color', '--no-ext-diff'], REPO, patch);
  const naiveScan = timed(process.execPath, [cli, 'scan', patch, '--format', 'json', '--max-file-size', '4GB'], REPO);
  const naive = logP.wallMs + naiveScan.wallMs;
  const planted = report.findings.filter((f) => f.ruleId === 'github-classic-pat');
  rmSync(patch, { force: true });
  return [
    `- history corpus: the last ${VERSIONS} versions of ${PACKAGE}, ${commits} commits, ${blobs} unique blobs, ${(packBytes / 1024 / 1024).toFixed(0)} MB packed (${HISTORY}); 3 planted fake tokens (one removed, one kept, one in a deleted file)`,
    `- \`scan --git\` (every ref; medians of ${runs} interleaved rounds, load average ${load} at the start): ${(ours.wallMs / 1000).toFixed(2)} s wall, ${(ours.cpuMs / 1000).toFixed(2)} s CPU, peak RSS ${ours.rssMb.toFixed(0)} MB, ${report.stats.files} blobs (${(report.stats.bytes / 1024 / 1024).toFixed(0)} MB) scanned, ${report.findings.length} findings (${planted.length} planted PATs, ${planted.filter((f) => f.commit?.removedIn).length} marked removed); every blob whole (\`SECRET_HYGIENE_WHOLE_BLOBS=1\`) ${(whole.wallMs / 1000).toFixed(2)} s wall, ${(whole.cpuMs / 1000).toFixed(2)} s CPU, ${whole.rssMb.toFixed(0)} MB; floor \`git cat-file --batch-all-objects --batch\` ${(floor.wallMs / 1000).toFixed(2)} s wall, ${(floor.cpuMs / 1000).toFixed(2)} s CPU → ${(ours.wallMs / floor.wallMs).toFixed(1)}× the floor's wall time, ${(ours.cpuMs / Math.max(floor.cpuMs, 1)).toFixed(0)}× its CPU time (target ≤ 4× wall, RSS ≤ 300 MB); naive \`git log -p --all\` + one scan ${(naive / 1000).toFixed(2)} s wall, ${((logP.cpuMs + naiveScan.cpuMs) / 1000).toFixed(2)} s CPU`,
    stagedBench(cli, 7),
  ];
}
