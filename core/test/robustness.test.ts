/**
 * Issue 17 (items 4 and 5): inputs that used to take minutes or drop a whole file's findings. These
 * tests assert what is found and said, never how fast: the watchdog below only catches a hang (the
 * quadratic paths took 60 to 200+ s on these inputs).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'jsonc-parser';
import { MAX_FINDINGS_PER_FILE } from '../src/engine/finding.js';
import { assignedName, spansWholeValue } from '../src/remediation/names.js';
import { PlanningText } from '../src/remediation/planning-text.js';
import {
  applyTextEdits,
  builtinRules,
  isJitFixUnavailable,
  JitPlanner,
  planJitFix,
  Scanner,
  scanDocument,
  type Finding,
  type JitContext,
  type ReferenceSettings,
} from '../src/index.js';

const WATCHDOG_MS = 60_000;
const NOW = new Date('2026-06-01T00:00:00Z');
const scanner = new Scanner(builtinRules);

/** Deterministic pseudo-random strings: synthetic tokens, the same on every run. */
function generator(seed: number) {
  let state = seed;
  const next = () => (state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff) / 0x7fffffff;
  return (length: number, alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') =>
    Array.from({ length }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
}

/** An AWS access key id as AWS documents its shape: AKIA + 16 base32 characters. */
const awsKeyId = (random: ReturnType<typeof generator>) => `AKIA${random(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}`;

/** The naive derivation of 1-based line/column from an offset, as the Finding contract defines them. */
function naivePosition(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

function messages(result: { notices: { message: string }[] }): string[] {
  return result.notices.map((n) => n.message);
}

describe('many findings on one long line', function () {
  this.timeout(WATCHDOG_MS);

  it('a one-line 8 MB bundle with 200 secrets: every one found, at its offset, with a suggested reference', () => {
    const random = generator(1);
    const filler = 'function(e,t,n){"use strict";var r=n(12),o=n(7);e.exports=function(a){return r(a)+o.x}},';
    const secrets: string[] = [];
    let text = '!function(){var m={';
    for (let i = 0; i < 200; i++) {
      const secret = i % 2 ? awsKeyId(random) : random(32);
      secrets.push(secret);
      text += filler.repeat(470) + (i % 2 ? `awsKeyId:"${secret}",` : `apiKey:"${secret}",`);
    }
    text += '}}();';
    assert.ok(text.length > 8_000_000 && !text.includes('\n'));

    const result = scanDocument(scanner, text, { path: 'dist/bundle.min.js', now: NOW });
    assert.equal(result.findings.length, 200);
    assert.deepEqual(
      result.findings.map((f) => text.slice(...f.range)),
      secrets,
    );
    for (const finding of result.findings) {
      assert.deepEqual([finding.line, finding.column, finding.endLine, finding.endColumn], [1, finding.range[0] + 1, 1, finding.range[1] + 1]);
      assert.match(finding.remediation?.references[0]?.text ?? '', /^process\.env\.[A-Z_]+$/);
    }
    assert.deepEqual(messages(result), []);
  });

  it(`4,000 assignments on one line: the first ${MAX_FINDINGS_PER_FILE} reported, the rest counted in one notice`, () => {
    const random = generator(2);
    const secrets = Array.from({ length: 4000 }, () => random(32));
    const text = secrets.map((secret, i) => `api_token_${i}="${secret}";`).join(' ');

    // The text pass alone finds them all (no cap below the reporting step) …
    const all = scanner.candidates(text, { path: 'gen/config.js' }).candidates.filter((c) => c.rule.generic);
    const expected = all.length;
    assert.ok(expected > 3900, `expected nearly every assignment as a candidate, got ${expected}`);

    // … and the report keeps MAX_FINDINGS_PER_FILE (all of one severity: the first ones) and counts the rest.
    const result = scanDocument(scanner, text, { path: 'gen/config.js', now: NOW });
    assert.equal(result.findings.length, MAX_FINDINGS_PER_FILE);
    assert.equal(result.omitted, expected - MAX_FINDINGS_PER_FILE);
    assert.deepEqual(messages(result), [
      `${expected - MAX_FINDINGS_PER_FILE} more findings in this file not reported (at most ${MAX_FINDINGS_PER_FILE} per file; the most severe are kept)`,
    ]);
    const found = result.findings.map((f) => text.slice(...f.range));
    assert.deepEqual(found, secrets.filter((s) => found.includes(s)), 'findings in text order, each an inserted secret');
    for (const finding of result.findings) {
      assert.equal(finding.column, finding.range[0] + 1);
      // `api_token_12="…"`: the variable names the secret.
      assert.match(finding.remediation?.references[0]?.text ?? '', /^process\.env\.API_TOKEN_\d+$/);
    }
  });

  it('the cap keeps the most severe findings, wherever they are in the file', () => {
    const random = generator(3);
    const generic = Array.from({ length: MAX_FINDINGS_PER_FILE + 50 }, (_, i) => `api_token_${i}="${random(32)}";`).join('\n');
    const keys = [awsKeyId(random), awsKeyId(random)];
    const text = `${generic}\naws_access_key_id = ${keys[0]}\nAWS_KEY=${keys[1]}\n`;
    const result = scanner.scan(text, { path: 'settings.py' });
    assert.equal(result.findings.length, MAX_FINDINGS_PER_FILE);
    const severe = result.findings.filter((f) => f.ruleId === 'aws-access-key-id');
    assert.deepEqual(
      severe.map((f) => text.slice(...f.range)),
      keys,
      'both AWS keys survive the cap',
    );
    assert.ok(result.omitted! > 0);
    assert.ok(messages(result).at(-1)!.startsWith(`${result.omitted} more findings in this file not reported`));
  });

  it('`curl -u a:b` repeated over 0.5 MB: no finding to report, and the one real credential after it is found', () => {
    const text = `${'curl -u a:b '.repeat(44_000)}\ncurl -u deploy:Vq7pL2xZmK93w https://registry.internal\n`;
    const result = scanDocument(scanner, text, { path: 'run.sh', now: NOW });
    assert.deepEqual(
      result.findings.map((f) => [f.ruleId, text.slice(...f.range), f.line]),
      [['curl-auth-user', 'Vq7pL2xZmK93w', 2]],
    );
  });

  it('a .env value after 200,000 blanks keeps its structured location', () => {
    const secret = `sk_live_${generator(4)(24)}`;
    const text = `PAYMENTS_KEY=${' '.repeat(200_000)}${secret}\n`;
    const result = scanDocument(scanner, text, { path: '.env', now: NOW });
    assert.equal(result.findings.length, 1);
    assert.equal(text.slice(...result.findings[0]!.range), secret);
    assert.deepEqual(result.findings[0]!.location, { fileKind: 'dotenv', path: ['PAYMENTS_KEY'] });
  });

  it('a JetBrains XML file of 50,000 unclosed comment openings is scanned as text, with a notice', () => {
    const key = awsKeyId(generator(5));
    const text = `<project><component name="x"><option name="KEY" value="${key}"/></component></project>\n${'<!--'.repeat(50_000)}`;
    const result = scanDocument(scanner, text, { path: '.idea/workspace.xml', now: NOW });
    assert.deepEqual(result.findings.map((f) => text.slice(...f.range)), [key]);
    assert.match(messages(result).join('\n'), /not valid XML \(unclosed comment at offset \d+\)/);
  });
});

describe('nothing dropped for structure', function () {
  this.timeout(WATCHDOG_MS);
  const random = generator(6);

  it('a VS Code mcp.json nested 100 levels: both secrets found, the deep one by the text rules, and the fix still plans', () => {
    const shallow = awsKeyId(random);
    const deep = awsKeyId(random);
    let nested = `{"AWS_ACCESS_KEY_ID": "${deep}"}`;
    for (let i = 0; i < 100; i++) nested = `{"k${i}": ${nested}}`;
    const text = `{"servers": {"aws": {"command": "npx", "env": {"AWS_ACCESS_KEY_ID": "${shallow}", "deep": ${nested}}}}}`;
    const result = scanDocument(scanner, text, { path: '.vscode/mcp.json', now: NOW });

    assert.deepEqual(
      result.findings.map((f) => [text.slice(...f.range), f.location?.path ?? null]),
      [
        [shallow, ['servers', 'aws', 'env', 'AWS_ACCESS_KEY_ID']],
        [deep, null],
      ],
    );
    assert.deepEqual(messages(result), [
      'values nested deeper than 64 levels are checked by the text rules only (no structured location, no key-based detection)',
    ]);
    assert.equal(result.findings[0]!.remediation?.references[0]?.text, '${input:aws-access-key-id}');

    // The edits themselves (jsonc-parser's formatter fails on this line; the planner falls back to unformatted JSON).
    const plan = planJitFix(text, result.findings[0]!, { path: '.vscode/mcp.json' });
    assert.ok(!isJitFixUnavailable(plan), 'expected a fix');
    const fixed = applyTextEdits(text, plan.edits);
    assert.ok(!fixed.includes(shallow));
    const config = parse(fixed) as { inputs: { id: string; password: boolean }[] };
    assert.deepEqual(config.inputs.map((i) => [i.id, i.password]), [['aws-access-key-id', true]]);
  });

  const JSON_KINDS = [
    '.vscode/mcp.json',
    '.cursor/mcp.json',
    '.mcp.json',
    '.claude/settings.json',
    'claude_desktop_config.json',
    'mcp_config.json',
    '.continue/config.json',
    'cline_mcp_settings.json',
    '.zed/settings.json',
    '.vscode/settings.json',
    '.docker/config.json',
  ];
  for (const [shape, open, close] of [
    ['arrays', '[', ']'],
    ['objects', '{"a":', '}'],
  ] as const) {
    it(`JSON nested 100,000 deep (${shape}) in every JSON kind: the secret is found as text, with a notice`, () => {
      const key = awsKeyId(random);
      const text = `{"mcpServers": {"s": {"env": {"AWS_ACCESS_KEY_ID": "${key}"}}}, "x": ${open.repeat(100_000)}${shape === 'objects' ? '1' : ''}${close.repeat(100_000)}}`;
      for (const path of JSON_KINDS) {
        const result = scanDocument(scanner, text, { path, now: NOW });
        assert.deepEqual(result.findings.map((f) => text.slice(...f.range)), [key], path);
        assert.deepEqual(messages(result), ['JSON nested deeper than 256 levels: scanned as plain text without structured locations'], path);
        // Planning a fix there is declined with a reason, not a crash.
        const plan = planJitFix(text, result.findings[0]!, { path });
        assert.ok(isJitFixUnavailable(plan), path);
      }
    });
  }

  const YAML_KINDS = ['.continue/config.yaml', '.github/workflows/ci.yml', '.yarnrc.yml', '.kube/config'];
  const deepYaml: [string, string, string][] = [
    ['flow sequences 100,000 deep', `x: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`, 'YAML nested deeper than 256 levels'],
    ['flow mappings 20,000 deep', `x: ${'{a: '.repeat(20_000)}1${'}'.repeat(20_000)}\n`, 'YAML nested deeper than 256 levels'],
    ['compact sequences 20,000 deep', `x:\n${'- '.repeat(20_000)}y\n`, 'YAML nested deeper than 256 levels'],
    ['block mappings 1,000 deep', Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i)}k:\n`).join('') + `${' '.repeat(1000)}v\n`, 'YAML nested deeper than 256 levels'],
  ];
  for (const [shape, tail, notice] of deepYaml) {
    it(`YAML with ${shape}: the secret is found as text, with a notice`, () => {
      const key = awsKeyId(random);
      const text = `env:\n  AWS_ACCESS_KEY_ID: ${key}\n${tail}`;
      for (const path of YAML_KINDS) {
        const result = scanDocument(scanner, text, { path, now: NOW });
        assert.deepEqual(result.findings.map((f) => text.slice(...f.range)), [key], path);
        assert.deepEqual(messages(result), [`${notice}: scanned as plain text without structured locations`], path);
      }
    });
  }

  it('YAML anchors and aliases ("billion laughs") are never expanded: found with its location, no notice', () => {
    const key = awsKeyId(random);
    const laughs = Array.from({ length: 30 }, (_, i) => `a${i + 1}: &a${i + 1} [${Array(10).fill(`*a${i}`).join(', ')}]\n`).join('');
    const text = `env:\n  AWS_ACCESS_KEY_ID: ${key}\na0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n${laughs}`;
    const result = scanDocument(scanner, text, { path: '.github/workflows/ci.yml', now: NOW });
    assert.deepEqual(
      result.findings.map((f) => [text.slice(...f.range), f.location?.path]),
      [[key, ['env', 'AWS_ACCESS_KEY_ID']]],
    );
    assert.deepEqual(messages(result), []);
  });

  it('a fix planner failure costs only the references, with a notice: every finding is still reported', () => {
    const keys = [awsKeyId(random), awsKeyId(random)];
    const text = `AWS_ACCESS_KEY_ID=${keys[0]}\nOTHER_KEY=${keys[1]}\n`;
    // A policy object that fails when read stands in for any bug in a planner.
    const references = {
      get provider(): ReferenceSettings['provider'] {
        throw new TypeError(`broken policy near ${keys[0]}`);
      },
    } as ReferenceSettings;
    const result = scanDocument(scanner, text, { path: '.env', now: NOW, references });
    assert.deepEqual(result.findings.map((f) => text.slice(...f.range)), keys);
    assert.ok(result.findings.every((f) => !f.remediation?.references.length));
    assert.deepEqual(messages(result), [
      'could not plan a fix for 2 findings (first: aws-access-key-id at line 1, TypeError): reported without a suggested reference',
    ]);
    assert.ok(!messages(result).join('\n').includes(keys[0]!), 'the notice never quotes the error message (it may hold the secret)');
  });
});

describe('the shared-index path computes what the per-finding path did', function () {
  this.timeout(WATCHDOG_MS);

  /** Snapshot fixtures plus source files in several languages, several secrets per line. */
  function corpus(): [path: string, text: string][] {
    const files: [string, string][] = [];
    const root = 'test/fixtures/formats';
    for (const name of readdirSync(root).sort()) {
      const visit = (dir: string) => {
        for (const entry of readdirSync(dir)) {
          const path = join(dir, entry);
          if (statSync(path).isDirectory()) visit(path);
          else if (entry !== 'expected.json') files.push([relative(join(root, name), path), readFileSync(path, 'utf8')]);
        }
      };
      visit(join(root, name));
    }
    const random = generator(7);
    const stripe = () => `sk_live_${random(24)}`;
    const js = [
      `const apiKey = "${random(32)}"; let t = { token: '${random(32)}', other: \`pre ${stripe()} post\` };`,
      `call("prefix-${awsKeyId(random)}-suffix"); // secret api_key="${random(32)}"`,
      `password = "${random(32)}"; api_token="${random(32)}"`,
    ];
    files.push(['src/app.js', js.join('\n')], ['src/app.ts', js.join('\r\n')], ['src/one.js', js.join(' ')]);
    files.push(['app.py', `"""doc"""\nimport sys\nAPI_KEY = "${random(32)}"\nurl = "${stripe()}"; token = b'${random(32)}'\n`]);
    files.push(['main.go', `package main\n\nimport (\n\t"fmt"\n)\n\nvar apiKey = "${random(32)}"; var t = \`${stripe()}\`\n`]);
    files.push(['Program.cs', `using System;\nclass A { string apiKey = "${random(32)}"; string s = @"${stripe()}"; }\n`]);
    files.push(['deploy.sh', `export API_TOKEN="${random(32)}"\necho '${stripe()}' "pre ${awsKeyId(random)} post"\n`]);
    files.push(['.env.production', `API_KEY=${random(32)}\nSTRIPE_KEY="${stripe()}" # c\n`]);
    files.push(['.vscode/mcp.json', `{"servers":{"a":{"env":{"API_KEY":"${random(32)}","B_TOKEN":"${random(32)}","S":"${stripe()}"}}}}`]);
    files.push(['.npmrc', `//registry.npmjs.org/:_authToken=${random(32)}\n//npm.pkg.github.com/:_password=${random(32)}\n`]);
    return files;
  }

  it('positions, references and whole fixes match the naive and per-finding computations', () => {
    let checked = 0;
    for (const [path, text] of corpus()) {
      const context: JitContext = { path, references: { provider: '1password' } };
      const result = scanDocument(scanner, text, { path, now: NOW, references: context.references! });
      const planner = new JitPlanner(text, context);
      for (const finding of result.findings) {
        const where = `${path} ${finding.ruleId}`;
        const begin = naivePosition(text, finding.range[0]);
        const end = naivePosition(text, finding.range[1]);
        assert.deepEqual([finding.line, finding.column, finding.endLine, finding.endColumn], [begin.line, begin.column, end.line, end.column], where);
        if (finding.category !== 'secret') continue;
        // A fresh planner per finding is the old path: nothing shared between findings.
        const alone = planJitFix(text, finding, context);
        const shared = planner.plan(finding);
        assert.deepEqual(shared, alone, where);
        assert.deepEqual(finding.remediation?.references ?? [], isJitFixUnavailable(alone) ? [] : [alone.reference], where);
        checked++;
      }
    }
    assert.ok(checked > 40, `expected a real corpus, checked ${checked} findings`);
  });

  it('assignedName reads the same name as the regex it replaces, on random text', () => {
    const regex = /["'`]?([A-Za-z_$][\w$.-]*)["'`]?\s*\]?\s*(?::=|=>|\+=|=|:)\s*["'`]?$/;
    const reference = (text: string) => {
      const match = regex.exec(text);
      if (!match) return undefined;
      return match[1]!.split('.').pop()!.replace(/^\$+/, '') || undefined;
    };
    const random = generator(8);
    for (let n = 0; n < 50_000; n++) {
      const text = random(n % 14, 'aZ_$09.-"\'` \t]:=+>[(');
      assert.equal(assignedName(text), reference(text), JSON.stringify(text));
    }
  });

  it('spansWholeValue answers as the line-slicing regexes it replaces, on random lines', () => {
    const reference = (text: string, [start, end]: [number, number]) => {
      const lineStart = text.lastIndexOf('\n', start - 1) + 1;
      const newline = text.indexOf('\n', end);
      const before = text.slice(lineStart, start);
      const after = text.slice(end, newline === -1 ? text.length : newline);
      if (/"$/.test(before)) return /^"/.test(after) && !/\\"$/.test(before);
      if (/'$/.test(before)) return /^'/.test(after);
      return /[:=]\s*$/.test(before) && /^\s*(?:#.*)?\r?$/.test(after);
    };
    const random = generator(9);
    for (let n = 0; n < 20_000; n++) {
      const text = `${random(n % 9, ' :="\'\\#\r\n\u2028x')}SECRET${random((n >> 3) % 9, ' :="\'\\#\r\n\u2028x')}`;
      const range: [number, number] = [text.indexOf('SECRET'), text.indexOf('SECRET') + 6];
      assert.equal(spansWholeValue(new PlanningText(text, 'x'), range), reference(text, range), JSON.stringify(text));
    }
  });

  it('findings past the cap are counted, not lost: reported + omitted = every candidate', () => {
    const random = generator(10);
    const text = Array.from({ length: 1200 }, (_, i) => `api_token_${i}="${random(32)}";`).join(' ');
    const result = scanDocument(scanner, text, { path: 'gen/a.js', now: NOW });
    const reported: Finding[] = result.findings;
    assert.equal(reported.length + (result.omitted ?? 0), scanner.candidates(text, { path: 'gen/a.js' }).candidates.filter((c) => c.rule.generic).length);
  });
});
