/**
 * `scan --git` scans a blob whose parent version was scanned only around its changed lines
 * (cli/src/git/changed-lines.ts). These tests hold it to the answer of scanning every blob whole
 * (SECRET_HYGIENE_WHOLE_BLOBS=1), on real repositories, and pin the cases a plain "added lines only"
 * scan gets wrong: a removed allow comment, a changed line inside a PEM block or a long curl command, a
 * copy edited above its secret.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { changedRegions, childLineOf, lineStartsOf, sameRunsOf, type SameRun } from '../src/git/line-diff.js';
import { runBuiltCli } from './built-cli.js';
import { makeGithubPat } from './fixtures.js';
import { commitAll, gitEnv, initRepo, write } from './support/git-repo.js';

const BASE62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const random62 = (length: number) => Array.from(randomBytes(length), (b) => BASE62[b % 62]).join('');
const PATS = [makeGithubPat(random62(30)), makeGithubPat(random62(30)), makeGithubPat(random62(30))];

/** A synthetic PEM private key: 24 lines of random base64 (not a real key: the rule checks shape and entropy). */
function pemLines(): string[] {
  return ['-----BEGIN RSA PRIVATE KEY-----', ...Array.from({ length: 24 }, () => randomBytes(48).toString('base64')), '-----END RSA PRIVATE KEY-----'];
}

const filler = (tag: string, count: number) => Array.from({ length: count }, (_, i) => `const ${tag}${i} = compute(${i}, '${tag}');`);

interface Finding {
  file: string;
  ruleId: string;
  line: number;
  column: number;
  endLine: number;
  range: [number, number];
  fingerprint: string;
  commit: { sha: string; path: string; removedIn?: string };
}

function history(repo: string, wholeBlobs = false): { status: number | null; findings: Finding[]; files: number } {
  const run = runBuiltCli(['scan', '--git', '--format', 'json'], {
    cwd: repo,
    env: gitEnv({ SECRET_HYGIENE_POLICY: 'none', XDG_CONFIG_HOME: join(repo, '.no-user-config'), SECRET_HYGIENE_WHOLE_BLOBS: wholeBlobs ? '1' : '' }),
  });
  assert.equal(run.signal, null, `killed by the hang guard\n${run.stderr}`);
  for (const secret of PATS) assert.ok(!run.stdout.includes(secret) && !run.stderr.includes(secret), 'a secret was printed unmasked');
  const report = JSON.parse(run.stdout) as { findings: Finding[]; stats: { files: number } };
  return { status: run.status, findings: report.findings, files: report.stats.files };
}

/** What must agree between the two modes: where, what, which commit, and the exact offsets (verify reads the blob by them). */
const essence = (f: Finding) => ({ file: f.file, ruleId: f.ruleId, line: f.line, column: f.column, endLine: f.endLine, range: f.range, fingerprint: f.fingerprint, commit: f.commit });

describe('line diff for changed-lines mode', () => {
  const runsOf = (parent: string[], child: string[]) => {
    const a = parent.join('\n');
    const b = child.join('\n');
    return sameRunsOf(a, lineStartsOf(a), b, lineStartsOf(b));
  };

  /** Longest common subsequence length, by dynamic programming (the reference for small inputs). */
  function lcs(a: string[], b: string[]): number {
    const row = new Array<number>(b.length + 1).fill(0);
    for (const x of a) {
      let diagonal = 0;
      for (let j = 1; j <= b.length; j++) {
        const up = row[j]!;
        row[j] = x === b[j - 1] ? diagonal + 1 : Math.max(row[j]!, row[j - 1]!);
        diagonal = up;
      }
    }
    return row[b.length]!;
  }

  it('matches only equal lines, in order, and as many as a longest common subsequence', () => {
    const alphabet = ['a', 'b', 'c', '', 'dd', 'a b'];
    let seed = 7;
    const next = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    for (let round = 0; round < 400; round++) {
      const parent = Array.from({ length: next(30) + 1 }, () => alphabet[next(alphabet.length)]!);
      const child = parent.flatMap((line) => (next(5) === 0 ? [] : next(6) === 0 ? [line, alphabet[next(alphabet.length)]!] : [line]));
      if (next(3) === 0) child.unshift(alphabet[next(alphabet.length)]!);
      const runs = runsOf(parent, child);
      let lastParent = -1;
      let lastChild = -1;
      let matched = 0;
      for (const run of runs) {
        assert.ok(run.parent > lastParent && run.child > lastChild && run.length > 0, JSON.stringify({ parent, child, runs }));
        for (let k = 0; k < run.length; k++) assert.equal(child[run.child + k], parent[run.parent + k]);
        lastParent = run.parent + run.length - 1;
        lastChild = run.child + run.length - 1;
        matched += run.length;
      }
      assert.equal(matched, lcs(parent, child), JSON.stringify({ parent, child, runs }));
    }
  });

  it('marks new lines and the places lines were removed, with context, and maps surviving lines', () => {
    const parent = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'];
    const child = ['1', '2', '3', '5', '6', '7', '8', 'new', '9', '10'];
    const runs: SameRun[] = runsOf(parent, child);
    // "4" removed before child line 3, "new" added at child line 7; one line of context each side.
    assert.deepEqual(changedRegions(runs, parent.length, child.length, 1), [2, 5, 6, 9]);
    assert.equal(childLineOf(runs, 4), 3);
    assert.equal(childLineOf(runs, 3), -1);
    assert.equal(childLineOf(runs, 9), 9);
  });
});

describe('scan --git: changed-lines mode', function () {
  this.timeout(240_000);
  const repos: string[] = [];
  after(() => {
    for (const repo of repos) rmSync(repo, { recursive: true, force: true });
  });

  it('finds what only a change outside the added lines reveals, and carries findings over to their new lines', () => {
    const repo = initRepo();
    repos.push(repo);
    const pem = pemLines();
    // Enough unchanged lines after each change that the blob is scanned in parts, not whole (over half changed).
    const tail = [...Array.from({ length: 40 }, (_, i) => `# note ${i}`), ''];
    const curlHead = ['#!/bin/sh', 'curl https://api.example.com/v1/items \\', ...Array.from({ length: 9 }, (_, i) => `  -d 'field${i}=value${i}' \\`)];
    write(repo, {
      // An allowed test token: allowed by the comment above it.
      'src/allowed.js': [...filler('a', 10), '// secret-hygiene:allow fixture for the token parser tests', `const sample = '${PATS[0]}';`, ...filler('b', 10), ''].join('\n'),
      // A key whose middle will change: the BEGIN line is far above the changed line.
      'keys/deploy.pem.txt': [...filler('c', 3), ...pem, ...tail].join('\n'),
      // A long curl command that will get its Authorization header 10 lines below `curl`.
      'scripts/call.sh': [...curlHead, "  -H 'Accept: application/json'", ...tail].join('\n'),
      'src/original.js': [...filler('d', 20), `const token = '${PATS[1]}';`, ''].join('\n'),
    });
    const first = commitAll(repo, 'start');
    const changedPem = [...pem];
    changedPem[13] = randomBytes(48).toString('base64');
    write(repo, {
      'src/allowed.js': [...filler('a', 10), `const sample = '${PATS[0]}';`, ...filler('b', 10), ''].join('\n'),
      'keys/deploy.pem.txt': [...filler('c', 3), ...changedPem, ...tail].join('\n'),
      'scripts/call.sh': [...curlHead, "  -H 'Authorization: Bearer Zk8Jd2Lq9Xw4Rt7Yp1Mn5Bv3Cs6Df0GhTy'", ...tail].join('\n'),
      // A copy of original.js (the same blob at a new path)…
      'src/copy.js': [...filler('d', 20), `const token = '${PATS[1]}';`, ''].join('\n'),
    });
    const second = commitAll(repo, 'remove the allow comment, change the key, add a header, copy a file');
    // …then edited far above its secret: the secret's line moves down by 15.
    write(repo, { 'src/copy.js': [...filler('e', 15), ...filler('d', 20), `const token = '${PATS[1]}';`, ''].join('\n') });
    const third = commitAll(repo, 'edit the copy');

    const { findings } = history(repo);
    const at = (file: string, ruleId: string) => findings.filter((f) => f.file === file && f.ruleId === ruleId);
    // The allow comment's removal reveals the token, in the commit that removed the comment.
    assert.deepEqual(at('src/allowed.js', 'github-classic-pat').map((f) => [f.commit.sha, f.line]), [[second, 11]]);
    // Two different keys: the first version's, and the one the changed line made.
    assert.deepEqual(at('keys/deploy.pem.txt', 'private-key').map((f) => [f.commit.sha, f.line]), [[first, 4], [second, 4]]);
    // The header belongs to the curl command 10 lines up.
    assert.deepEqual(at('scripts/call.sh', 'curl-auth-header').map((f) => f.commit.sha), [second]);
    // The copy's secret is reported at the copy's own path, at its new line after the edit (its parent
    // version's blob was first seen, and scanned, as another path: the edited copy is scanned whole).
    assert.deepEqual(at('src/original.js', 'github-classic-pat').map((f) => [f.commit.sha, f.line]), [[first, 21]]);
    assert.deepEqual(at('src/copy.js', 'github-classic-pat').map((f) => [f.commit.sha, f.line]), [[third, 36]]);

    const whole = history(repo, true);
    assert.deepEqual(findings.map(essence), whole.findings.map(essence));
  });

  it('gives the findings of scanning every blob whole over a history of moves, deletions, re-additions and copies', () => {
    const repo = initRepo();
    repos.push(repo);
    let seed = 11;
    const next = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    const pem = pemLines();
    const files: Record<string, string[]> = {
      'app/a.js': ['// ünïcode 😀 header: UTF-16 offsets differ from byte offsets below it', ...filler('a', 200)],
      'app/b.py': ['# ünïcode 😀', ...filler('b', 150).map((l) => l.replace('const ', ''))],
      'app/c.sh': ['#!/bin/sh', ...filler('c', 120).map((l) => `# ${l}`)],
      'app/d.txt': [...filler('d', 60), ...pem, ...filler('dd', 60)],
    };
    const names = Object.keys(files);
    const secretLines = [`token = '${PATS[0]}'`, `export GH_TOKEN=${PATS[1]}`, `  auth: '${PATS[2]}',`, 'password = "Zk8Jd2Lq9Xw4Rt7Yp1Mn5Bv3"'];
    write(repo, Object.fromEntries(names.map((n) => [n, files[n]!.join('\n') + '\n'])));
    commitAll(repo, 'start');
    for (let commit = 0; commit < 24; commit++) {
      for (let edit = 0; edit < 3; edit++) {
        const name = names[next(names.length)]!;
        const lines = files[name]!;
        const op = next(6);
        const at = next(lines.length + 1);
        if (op === 0) lines.splice(at, 0, secretLines[next(secretLines.length)]!); // add a secret
        else if (op === 1) {
          // remove a secret line, if any
          const i = lines.findIndex((l) => secretLines.includes(l));
          if (i !== -1) lines.splice(i, 1);
        } else if (op === 2 && lines.length > 2) {
          // move a line (a secret one when there is one) elsewhere
          const i = Math.max(0, lines.findIndex((l) => secretLines.includes(l)));
          const [moved] = lines.splice(i, 1);
          lines.splice(next(lines.length + 1), 0, moved!);
        } else if (op === 3) lines.splice(at, next(3)); // delete a few lines
        else if (op === 4) lines.splice(at, 0, ...filler(`n${commit}x${edit}`, next(12) + 1)); // insert code
        else lines[Math.min(at, lines.length - 1)] = `// édité in ${commit} 😀`; // change a line (multi-byte: UTF-16 offsets differ from bytes)
      }
      if (commit === 10) files['app/e.js'] = [...files['app/a.js']!]; // a copy (the same blob at a new path)
      if (commit === 16) delete files['app/c.sh'];
      if (commit === 18) files['app/c.sh'] = ['#!/bin/sh', `export GH_TOKEN=${PATS[1]}`]; // re-added
      names.splice(0, names.length, ...Object.keys(files));
      for (const name of names) write(repo, { [name]: files[name]!.join('\n') + '\n' });
      if (commit === 16) rmSync(join(repo, 'app/c.sh'));
      commitAll(repo, `commit ${commit}`);
    }

    const fast = history(repo);
    const whole = history(repo, true);
    assert.equal(fast.status, whole.status);
    assert.equal(fast.files, whole.files);
    assert.ok(whole.findings.length >= 3, `the random history planted too few findings: ${whole.findings.length}`);
    assert.deepEqual(fast.findings.map(essence), whole.findings.map(essence));
  });
});
