import assert from 'node:assert/strict';
import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Ajv from 'ajv';
import draft04 from 'ajv/lib/refs/json-schema-draft-04.json' with { type: 'json' };
import { REPO_ROOT, runCli } from '../../test/support/cli.js';
import { makeGithubPat, tree } from './fixtures.js';

const PAT = makeGithubPat('R7mZq2X9vL4pT8sK1wN6yB3cF5hJ0d');
const PAT2 = makeGithubPat('Q1w2E3r4T5y6U7i8O9p0A1s2D3f4G5');

function scanJson(cwd: string, ...args: string[]) {
  const run = runCli(['scan', ...args, '--format', 'json'], { cwd });
  return { ...run, report: run.stdout ? JSON.parse(run.stdout) : undefined };
}

describe('cli scan', () => {
  it('exit 0 on a clean tree, 1 with findings, 2 on a usage error (message on stderr)', () => {
    const clean = tree({ 'a.txt': 'nothing to see' });
    assert.equal(runCli(['scan', '.'], { cwd: clean }).status, 0);
    const leaky = tree({ '.env': `GITHUB_TOKEN=${PAT}\n` });
    assert.equal(runCli(['scan', '.'], { cwd: leaky }).status, 1);
    const bad = runCli(['scan', '.', '--format', 'xml'], { cwd: leaky });
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /--format: expected text, json or sarif/);
    assert.equal(bad.stdout, '');
  });

  it('JSON follows the contract: version, findings with file relative to cwd, stats; secrets masked', () => {
    const root = tree({ 'src/app.ts': `const token = "${PAT}";\n`, '.vscode/mcp.json': `{"servers":{"gh":{"env":{"GITHUB_TOKEN":"${PAT2}"}}}}` });
    const { status, report, stdout } = scanJson(root);
    assert.equal(status, 1);
    assert.equal(report.version, 1);
    assert.deepEqual(report.findings.map((f: { file: string }) => f.file).sort(), ['.vscode/mcp.json', 'src/app.ts']);
    const f = report.findings.find((x: { file: string }) => x.file === 'src/app.ts');
    assert.equal(f.ruleId, 'github-classic-pat');
    assert.equal(f.line, 1);
    assert.deepEqual(f.range, [15, 15 + PAT.length]);
    assert.equal(typeof report.stats.files, 'number');
    assert.ok(!stdout.includes(PAT) && !stdout.includes(PAT2), 'raw secret in output');
  });

  it('text output groups by file, masks secrets and ends with a summary', () => {
    const root = tree({ 'config/.env': `TOKEN=${PAT}\n` });
    const run = runCli(['scan', '.'], { cwd: root });
    assert.match(run.stdout, /^config\/\.env\n {2}1:7 +critical +ghp_…/m);
    assert.match(run.stdout, /✖ 1 finding \(1 critical\) in 1 file · 1 files scanned/);
    assert.ok(!run.stdout.includes(PAT));
    assert.ok(!run.stdout.includes('\u001b['), 'no colour when not a TTY');
  });

  it('SARIF validates against the SARIF 2.1.0 schema and contains no raw secret', () => {
    const root = tree({ 'deploy.sh': `export GH=${PAT}\n`, 'db.env': 'DATABASE_URL=postgres://app:Zr7u9Kq2mXv4@db.internal:5432/app\n' });
    const run = runCli(['scan', '.', '--format', 'sarif'], { cwd: root });
    assert.equal(run.status, 1);
    const schema = JSON.parse(readFileSync(resolve('node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
    const ajv = new Ajv({ allErrors: true, schemaId: 'auto' });
    ajv.addMetaSchema(draft04);
    const log = JSON.parse(run.stdout);
    const valid = ajv.validate(schema, log);
    assert.ok(valid, ajv.errorsText());
    assert.equal(log.runs[0].results.length, 2);
    assert.ok(!run.stdout.includes(PAT) && !run.stdout.includes('Zr7u9Kq2mXv4'));
  });

  it('honours .gitignore (and --no-ignore), scans dot-folders', () => {
    const root = tree({
      '.gitignore': 'ignored/\n*.log\n!keep.log\n',
      'ignored/a.env': `T=${PAT}\n`,
      'x.log': `T=${PAT}\n`,
      'keep.log': `T=${PAT}\n`,
      '.cursor/mcp.json': `{"mcpServers":{"gh":{"env":{"GITHUB_TOKEN":"${PAT}"}}}}`,
    });
    const files = (r: { findings: { file: string }[] }) => r.findings.map((f) => f.file).sort();
    assert.deepEqual(files(scanJson(root).report), ['.cursor/mcp.json', 'keep.log']);
    assert.deepEqual(files(scanJson(root, '--no-ignore').report), ['.cursor/mcp.json', 'ignored/a.env', 'keep.log', 'x.log']);
  });

  it('baseline: --write-baseline records fingerprints only; --baseline hides them; malformed baseline exits 2 naming the file', () => {
    const root = tree({ 'a.env': `T=${PAT}\n` });
    const write = runCli(['scan', '.', '--write-baseline', 'base.json'], { cwd: root });
    assert.equal(write.status, 0);
    const baseline = readFileSync(join(root, 'base.json'), 'utf8');
    assert.ok(!baseline.includes(PAT));
    assert.equal(runCli(['scan', 'a.env', '--baseline', 'base.json'], { cwd: root }).status, 0);
    writeFileSync(join(root, 'a.env'), `T=${PAT}\nU=${PAT2}\n`);
    const after = scanJson(root, 'a.env', '--baseline', 'base.json');
    assert.equal(after.report.findings.length, 1, 'only the new secret is reported');
    assert.equal(after.report.stats.baselined, 1);
    writeFileSync(join(root, 'broken.json'), '{"version":1,"findings":[{"ruleId":"x"}]}');
    const broken = runCli(['scan', '.', '--baseline', 'broken.json'], { cwd: root });
    assert.equal(broken.status, 2);
    assert.match(broken.stderr, /broken\.json: findings\.0\.fingerprint/);
  });

  it('worker threads give the same findings as a single thread', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 80; i++) files[`pkg${i % 7}/file${i}.js`] = `// file ${i}\nconst k = "${i % 5 === 0 ? PAT : 'nothing'}";\n`;
    const root = tree(files);
    const strip = (r: { findings: unknown[] }) => JSON.stringify(r.findings);
    const single = scanJson(root, '--no-workers').report;
    const multi = scanJson(root, '--workers').report;
    assert.equal(single.findings.length, 16);
    assert.equal(strip(single), strip(multi));
  });

  it('--min-severity filters what is reported and what sets the exit code', () => {
    const root = tree({ 'a.env': `T=${PAT.slice(0, -1)}${PAT.endsWith('A') ? 'B' : 'A'}\n` }); // bad checksum: low
    assert.equal(runCli(['scan', '.'], { cwd: root }).status, 1);
    assert.equal(runCli(['scan', '.', '--min-severity', 'high'], { cwd: root }).status, 0);
  });
});

describe('cli scan: bad input never crashes and is never skipped silently', () => {
  it('binary, oversized, invalid UTF-8, BOM, CRLF, dangling symlink and symlink loop', () => {
    const root = tree({
      'bin.dat': Buffer.from([0, 1, 2, 3, 0, 0x67, 0x68, 0x70]),
      'big.txt': 'x'.repeat(2048),
      'latin1.env': Buffer.concat([Buffer.from(`T=${PAT}\nname=`), Buffer.from([0xe9, 0xff, 0x0a])]),
      'bom.env': `\uFEFFT=${PAT2}\r\n`,
    });
    symlinkSync(join(root, 'missing-target'), join(root, 'dangling.env'));
    symlinkSync(root, join(root, 'loop'));
    const run = runCli(['scan', '.', '--format', 'json', '--max-file-size', '1KB'], { cwd: root });
    // The oversized file is content not scanned: the scan is incomplete (exit 2), findings printed all the same.
    assert.equal(run.status, 2, run.stderr);
    const report = JSON.parse(run.stdout);
    const notices = report.stats.notices.map((n: { file: string; message: string }) => `${n.file}: ${n.message}`).join('\n');
    assert.match(notices, /bin\.dat: skipped: binary file/);
    assert.match(notices, /big\.txt: not scanned: larger than --max-file-size/);
    assert.deepEqual(report.stats.incomplete.map((x: { file: string }) => x.file), ['big.txt']);
    assert.match(notices, /latin1\.env: invalid UTF-8/);
    assert.match(notices, /dangling\.env: cannot stat: ENOENT/);
    assert.match(notices, /loop: symlink loop/);
    assert.match(run.stderr, /notice: bin\.dat: skipped: binary file/);
    const files = report.findings.map((f: { file: string; line: number; column: number }) => `${f.file}:${f.line}:${f.column}`).sort();
    assert.deepEqual(files, ['bom.env:1:3', 'latin1.env:1:3']);
  });

  it('an unreadable path given on the command line is reported, the scan goes on, and it exits 2 (incomplete)', () => {
    const root = tree({ 'ok.env': `T=${PAT}\n` });
    const run = runCli(['scan', 'nope', 'ok.env', '--format', 'json'], { cwd: root });
    assert.equal(run.status, 2);
    assert.match(run.stderr, /notice: nope: not scanned: cannot read \(ENOENT\)/);
    assert.equal(JSON.parse(run.stdout).findings.length, 1);
    assert.equal(runCli(['scan', 'nope', 'ok.env', '--allow-incomplete'], { cwd: root }).status, 1);
  });

  it('a 100 MB single-line minified file and deeply nested JSON', function () {
    this.timeout(5 * 60 * 1000);
    const line = Buffer.alloc(100 * 1024 * 1024, 'a=1;b="x";c.token=d;');
    const secretAt = line.length - 200;
    line.write(`"${PAT}"`, secretAt);
    const root = tree({ 'bundle.min.js': line, 'deep.json': `${'{"a":'.repeat(50000)}"${PAT2}"${'}'.repeat(50000)}` });
    const run = runCli(['scan', '.', '--format', 'json', '--max-file-size', '200MB'], { cwd: root });
    assert.equal(run.status, 1, run.stderr);
    const report = JSON.parse(run.stdout);
    const found = report.findings.map((f: { file: string; ruleId: string }) => `${f.file}:${f.ruleId}`).sort();
    assert.deepEqual(found, ['bundle.min.js:github-classic-pat', 'deep.json:github-classic-pat']);
  });
});

describe('cli scan: PKCS#12 keystores', () => {
  const keystore = (name: string) => readFileSync(resolve(REPO_ROOT, 'cli/test/keystores', name));

  it('reports a GCP service-account keystore (MAC verifies with "notasecret"), SHA-1 or SHA-256 MAC', () => {
    const root = tree({
      'svc.p12': keystore('gcp-notasecret-sha1.p12'),
      'svc2.pfx': keystore('gcp-notasecret-sha256.pfx'),
      'corp.p12': keystore('other-password.p12'),
      'cut.p12': keystore('truncated.p12'),
    });
    const run = runCli(['scan', '.', '--format', 'json', '--min-severity', 'info'], { cwd: root });
    assert.equal(run.status, 1, run.stderr);
    const report = JSON.parse(run.stdout);
    const found = report.findings.map((f: { file: string; ruleId: string; severity: string }) => `${f.file} ${f.ruleId} ${f.severity}`).sort();
    assert.deepEqual(found, ['corp.p12 pkcs12-keystore info', 'svc.p12 gcp-service-account-p12 critical', 'svc2.pfx gcp-service-account-p12 critical']);
    const notices = report.stats.notices.map((n: { file: string; message: string }) => `${n.file}: ${n.message}`).join('\n');
    assert.match(notices, /cut\.p12: not a readable PKCS#12 keystore/);
  });

  it('a keystore under another password is below the default minimum severity', () => {
    const root = tree({ 'corp.p12': keystore('other-password.p12') });
    assert.equal(runCli(['scan', '.'], { cwd: root }).status, 0);
  });
});
