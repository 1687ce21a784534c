/**
 * Issue 17: no input hangs a scan, exhausts memory or is silently skipped; a scan that could not read
 * everything says so in its summary and exit status. These run the CLI built from this tree
 * (built-cli.ts) as a separate process, as CI would.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Ajv from 'ajv';
import draft04 from 'ajv/lib/refs/json-schema-draft-04.json' with { type: 'json' };
import { builtCli, runBuiltCli } from './built-cli.js';
import { makeGithubPat, tree } from './fixtures.js';

const PAT = makeGithubPat('T4kR8mW2qZ7xN1vB6yC3hJ9pL5sD0f');
const PAT2 = makeGithubPat('a8Bc7De6Fg5Hi4Jk3Lm2No1Pq0Rs9T');

interface Report {
  findings: { file: string; ruleId: string; line: number; column: number; range: [number, number] }[];
  stats: { notices: { file: string; message: string }[]; incomplete: { file: string; reason: string }[]; files: number };
}

function scan(cwd: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  const run = runBuiltCli(['scan', ...args], { cwd, env: { SECRET_HYGIENE_POLICY: 'none', XDG_CONFIG_HOME: join(cwd, '.no-user-config'), ...env } });
  assert.equal(run.signal, null, `the scan was killed by the hang guard\n${run.stderr}`);
  return run;
}

function scanJson(cwd: string, args: string[] = [], env: NodeJS.ProcessEnv = {}) {
  const run = scan(cwd, ['.', '--format', 'json', ...args], env);
  let report: Report;
  try {
    report = JSON.parse(run.stdout);
  } catch {
    throw new Error(`not JSON (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
  }
  return { ...run, report };
}

const located = (r: Report) => r.findings.map((f) => `${f.file}:${f.line}:${f.column}`).sort();
const noticeText = (r: Report) => r.stats.notices.map((n) => `${n.file}: ${n.message}`).join('\n');

before(function () {
  this.timeout(120_000);
  builtCli();
});

describe('cli scan: text that only looks binary is decoded and scanned', () => {
  it('UTF-16 LE and BE with a BOM, a stray NUL, a UTF-8 BOM: found at the same line and column', () => {
    const body = `# settings\nTOKEN=${PAT}\n`;
    const root = tree({
      'le.env': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(body, 'utf16le')]),
      'be.env': Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(body, 'utf16le').swap16()]),
      'nul.env': `# settings\u0000\nTOKEN=${PAT}\n`,
      'bom.env': `\uFEFF${body}`,
      // A BOM on a file that is not valid UTF-8 takes the replacement-character decoder: same offsets.
      'bom-latin1.env': Buffer.concat([Buffer.from(`\uFEFF${body}x=`), Buffer.from([0xe9, 0x0a])]),
    });
    const { status, report } = scanJson(root);
    assert.equal(status, 1);
    assert.deepEqual(located(report), ['be.env:2:7', 'bom-latin1.env:2:7', 'bom.env:2:7', 'le.env:2:7', 'nul.env:2:7']);
    // Offsets too: the BOM is not counted, whichever decoder read the file.
    const start = '# settings\nTOKEN='.length;
    for (const f of report.findings.filter((x) => x.file !== 'nul.env')) assert.deepEqual(f.range, [start, start + PAT.length], f.file);
  });

  it('data that is binary stays binary: skipped with a notice, which does not make the scan incomplete', () => {
    let seed = 7;
    const random = Buffer.alloc(4096, 0).map(() => (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24);
    const root = tree({ 'blob.bin': Buffer.concat([random, Buffer.from(`T=${PAT}`)]), 'elf.so': Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0x3e, 0]) });
    const { status, report } = scanJson(root);
    assert.equal(status, 0);
    assert.match(noticeText(report), /blob\.bin: skipped: binary file/);
    assert.match(noticeText(report), /elf\.so: skipped: binary file/);
    assert.deepEqual(report.stats.incomplete, []);
  });
});

describe('cli scan: names are walked as they are and printed escaped', () => {
  it('a directory and a file whose names are not UTF-8 are scanned; shown with \\xNN escapes', () => {
    const root = mkdtempSync(join(tmpdir(), 'sh-names-'));
    const dir = Buffer.concat([Buffer.from(join(root, 'caf')), Buffer.from([0xe9])]);
    mkdirSync(dir);
    writeFileSync(Buffer.concat([dir, Buffer.from('/ok.env')]), `T=${PAT}\n`);
    writeFileSync(Buffer.concat([Buffer.from(join(root, 'bad')), Buffer.from([0xff, 0xfe]), Buffer.from('.env')]), `T=${PAT2}\n`);
    const { status, report, stdout } = scanJson(root);
    assert.equal(status, 1);
    assert.deepEqual(report.findings.map((f) => f.file).sort(), ['bad\\xff\\xfe.env', 'caf\\xe9/ok.env']);
    assert.deepEqual(report.stats.incomplete, []);
    assert.ok(!stdout.includes('\uFFFD'), 'names are escaped, not replaced');
  });

  it('newlines, ANSI escapes and bidi overrides in names cannot forge or hide lines of the text output', () => {
    const root = tree({
      'evil\n✔ no findings · 0 files scanned.env': `T=${PAT}\n`,
      '\u001b[2J\u001b[Hclear.env': `T=${PAT2}\n`,
      'invoice\u202Etxt.env': `T=${PAT}\n`,
    });
    const run = scan(root, ['.']);
    assert.equal(run.status, 1);
    assert.ok(!run.stdout.includes('\u001b'), 'no raw escape character');
    assert.ok(!run.stdout.includes('\u202E'), 'no raw bidi override');
    const lines = run.stdout.split('\n');
    assert.ok(!lines.some((line) => line.startsWith('✔')), 'no forged summary line');
    assert.ok(lines.includes('evil\\n✔ no findings · 0 files scanned.env'), run.stdout);
    assert.ok(lines.includes('\\x1b[2J\\x1b[Hclear.env'), run.stdout);
    assert.ok(lines.includes('invoice\\u{202e}txt.env'), run.stdout);
    assert.ok(!run.stderr.includes('\u001b'), 'notices are escaped too');
  });
});

/** A directory whose absolute path is longer than PATH_MAX: unreadable even by root (ENAMETOOLONG). */
function tooDeepDirectory(root: string): void {
  const name = 'd'.repeat(250);
  const depth = 18; // 18 × 251 > 4096
  const before = process.cwd();
  try {
    process.chdir(root);
    for (let i = 0; i < depth; i++) {
      mkdirSync(name);
      process.chdir(name);
    }
    writeFileSync('deep.env', `T=${PAT2}\n`);
  } finally {
    process.chdir(before);
  }
}

describe('cli scan: an incomplete scan says so in its summary and its exit status', () => {
  it('an unreadable directory and an oversized file: exit 2 with every finding printed; --allow-incomplete gives 1', () => {
    const root = tree({ 'ok.env': `T=${PAT}\n`, 'big.env': `T=${PAT2}\n${'x'.repeat(4096)}\n`, 'pic.bin': Buffer.from([0, 1, 2, 3, 0, 0, 5]) });
    tooDeepDirectory(root);
    const { status, report } = scanJson(root, ['--max-file-size', '2KB']);
    assert.equal(status, 2);
    assert.deepEqual(located(report), ['ok.env:1:3']);
    const incomplete = report.stats.incomplete.map((x) => `${x.file}: ${x.reason}`).join('\n');
    assert.equal(report.stats.incomplete.length, 2, incomplete);
    assert.match(incomplete, /^big\.env: larger than --max-file-size/m);
    assert.match(incomplete, /^d{250}(\/d{250})*: directory not scanned: cannot (resolve|read) \(ENAMETOOLONG\)/m);
    assert.ok(!incomplete.includes('pic.bin'), 'a binary file is not a gap');

    const text = scan(root, ['.', '--max-file-size', '2KB']);
    assert.equal(text.status, 2);
    assert.match(text.stdout, /✖ 1 finding .*\n⚠ incomplete: 2 paths not scanned/);
    assert.match(text.stdout, /^ {2}big\.env: larger than --max-file-size/m);

    assert.equal(scan(root, ['.', '--max-file-size', '2KB', '--allow-incomplete']).status, 1);
    assert.equal(scan(root, ['ok.env', '--allow-incomplete']).status, 1);
    assert.equal(scan(root, ['ok.env']).status, 1, 'only what was asked for counts');
  });

  it('a path given on the command line that does not exist is a gap too', () => {
    const root = tree({ 'ok.env': 'nothing here\n' });
    const run = scan(root, ['ok.env', 'nope']);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /notice: nope: not scanned: cannot read \(ENOENT\)/);
    assert.match(run.stdout, /^⚠ no findings in what was scanned · 1 files scanned/m);
    assert.match(run.stdout, /⚠ incomplete: 1 path not scanned/);
    assert.ok(!run.stdout.includes('✔'), 'no all-clear for an incomplete scan');
  });

  it('SARIF: executionSuccessful false with one notification per gap, still valid SARIF 2.1.0', () => {
    const root = tree({ 'ok.env': `T=${PAT}\n`, 'big.env': 'x'.repeat(4096) });
    const run = scan(root, ['.', '--format', 'sarif', '--max-file-size', '1KB']);
    assert.equal(run.status, 2);
    const log = JSON.parse(run.stdout);
    const invocation = log.runs[0].invocations[0];
    assert.equal(invocation.executionSuccessful, false);
    assert.equal(invocation.toolExecutionNotifications.length, 1);
    assert.equal(invocation.toolExecutionNotifications[0].locations[0].physicalLocation.artifactLocation.uri, 'big.env');
    assert.match(invocation.toolExecutionNotifications[0].message.text, /not scanned: larger than --max-file-size/);
    const schema = JSON.parse(readFileSync(resolve('node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
    const ajv = new Ajv({ allErrors: true, schemaId: 'auto' });
    ajv.addMetaSchema(draft04);
    assert.ok(ajv.validate(schema, log), ajv.errorsText());
    const clean = scan(root, ['ok.env', '--format', 'sarif']);
    assert.equal(JSON.parse(clean.stdout).runs[0].invocations[0].executionSuccessful, true);
  });
});

/** Peak RSS in MB of a command run under GNU time, when the system has it. */
function peakRssMb(args: string[], cwd: string, env: NodeJS.ProcessEnv): { status: number | null; stdout: string; stderr: string; peakMb?: number } {
  if (!existsSync('/usr/bin/time')) {
    const run = runBuiltCli(args, { cwd, env });
    return run;
  }
  const run = spawnSync('/usr/bin/time', ['-f', 'PEAK_RSS_KB=%M', process.execPath, builtCli(), ...args], {
    cwd,
    env: { ...process.env, NO_COLOR: '1', ...env },
    encoding: 'utf8',
    timeout: 120_000,
    killSignal: 'SIGKILL',
  });
  assert.equal(run.signal, null, `killed by the hang guard\n${run.stderr}`);
  const kb = /PEAK_RSS_KB=(\d+)/.exec(run.stderr);
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, ...(kb ? { peakMb: Number(kb[1]) / 1024 } : {}) };
}

describe('cli scan: our own inputs are read bounded, regular files only', () => {
  it('/dev/zero and FIFOs as .gitignore, workspace, user and managed policy: the scan finishes, names each, memory stays bounded', function () {
    this.timeout(120_000);
    const root = tree({ 'ok.env': `T=${PAT}\n`, 'sub/inner.env': `T=${PAT2}\n` });
    symlinkSync('/dev/zero', join(root, '.gitignore'));
    symlinkSync('/dev/zero', join(root, 'sub/.gitignore'));
    symlinkSync('/dev/zero', join(root, '.secret-hygiene.json'));
    const config = join(root, 'config', 'secret-hygiene');
    mkdirSync(config, { recursive: true });
    assert.equal(spawnSync('mkfifo', [join(config, 'policy.json')]).status, 0, 'mkfifo');
    const managed = join(root, 'managed-fifo');
    assert.equal(spawnSync('mkfifo', [managed]).status, 0, 'mkfifo');
    const env = { SECRET_HYGIENE_POLICY: managed, XDG_CONFIG_HOME: join(root, 'config') };
    const run = peakRssMb(['scan', '.', '--format', 'json'], root, env);
    const report = JSON.parse(run.stdout) as Report;
    assert.deepEqual(located(report), ['ok.env:1:3', 'sub/inner.env:1:3']);
    assert.match(run.stderr, /notice: \.gitignore: not read: a character device, not a regular file/);
    assert.match(run.stderr, /notice: sub\/\.gitignore: not read: a character device/);
    assert.match(run.stderr, /workspace policy .*\.secret-hygiene\.json: cannot read \(a character device, not a regular file\)/);
    assert.match(run.stderr, /user policy .*policy\.json: cannot read \(a FIFO, not a regular file\)/);
    assert.match(run.stderr, /managed policy .*managed-fifo: cannot read \(a FIFO, not a regular file\)/);
    assert.match(run.stderr, /strict defaults apply instead/);
    if (run.peakMb !== undefined) {
      console.log(`      peak RSS with /dev/zero and FIFOs as every input: ${run.peakMb.toFixed(0)} MB`);
      assert.ok(run.peakMb < 300, `peak RSS ${run.peakMb} MB`);
    }
  });

  it('a baseline that is /dev/zero or a FIFO is an error naming the file; an oversized .gitignore a notice', () => {
    const root = tree({ 'ok.env': `T=${PAT}\n`, '.gitignore': `${'# padding\n'.repeat(110_000)}ok.env\n` });
    symlinkSync('/dev/zero', join(root, 'zero.json'));
    assert.equal(spawnSync('mkfifo', [join(root, 'fifo.json')]).status, 0);
    const zero = scan(root, ['.', '--baseline', 'zero.json']);
    assert.equal(zero.status, 2);
    assert.match(zero.stderr, /zero\.json: baseline not read: a character device, not a regular file/);
    const fifo = scan(root, ['.', '--baseline', 'fifo.json']);
    assert.equal(fifo.status, 2);
    assert.match(fifo.stderr, /fifo\.json: baseline not read: a FIFO/);
    const big = scan(root, ['.']);
    assert.equal(big.status, 1, 'the oversized .gitignore is not applied, so ok.env is scanned');
    assert.match(big.stderr, /notice: \.gitignore: not read: larger than the 1\.0 MB limit for this kind of file \(1\.0 MB\) \(its rules are not applied\)/);
  });
});

describe('cli scan: the per-file time budget', () => {
  it('200 files, one far over budget: it is reported, every other finding is printed, exit 2', function () {
    this.timeout(5 * 60_000);
    const files: Record<string, string | Buffer> = {};
    for (let i = 0; i < 199; i++) files[`pkg${i % 9}/file${String(i).padStart(3, '0')}.js`] = `// ${i}\nconst k = "${i % 10 === 0 ? PAT : 'nothing'}";\n`;
    // Genuinely slow input, no test hook: 100 MB of assignments the generic rules examine one by one
    // (0.6 s of CPU per MB on the 2-core CI machine with the per-file findings cap, so about a minute).
    // With --file-timeout 0.2 a file of 100 MB gets 10 s (0.2 s per 2 MB); the small files' 0.2 s is
    // wall time, still far above the milliseconds they take even on a loaded machine.
    const line = "api_key='Zx8Qm2Lr7Vb4Nc1Kd9Hs6Jf3Tg5Wp0Ey';token='Qm2Lr7Vb4Nc1Kd9Hs6Jf3Tg5Wp0EyZx8';\n";
    files['pkg4/file100-generated.js'] = Buffer.alloc(100 * 1024 * 1024, line);
    const root = tree(files);
    const { status, report, stderr } = scanJson(root, ['--file-timeout', '0.2', '--max-file-size', '200MB', '--min-severity', 'high']);
    assert.equal(status, 2, stderr);
    const expected = Array.from({ length: 20 }, (_, k) => k * 10)
      .filter((i) => i < 199)
      .map((i) => `pkg${i % 9}/file${String(i).padStart(3, '0')}.js:2:12`)
      .sort();
    assert.deepEqual(located(report), expected);
    assert.deepEqual(report.stats.incomplete, [{ file: 'pkg4/file100-generated.js', reason: 'exceeded its 10 s time budget (--file-timeout 0.2 s per 2 MB)' }]);
    assert.match(stderr, /notice: pkg4\/file100-generated\.js: not scanned: exceeded its 10 s time budget/);
    assert.equal(report.stats.files, 200);
  });
});
