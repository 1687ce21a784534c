import assert from 'node:assert/strict';
import { BaselineError, Scanner, builtinRules, fingerprintOf, scanDocument } from '@secret-hygiene/core';
import { agentConfigPaths } from '../src/model/agent-config-paths.js';
import { addBaselineEntry } from '../src/model/baseline-file.js';
import { looksBinary } from '../src/model/content.js';
import { dotenvAssignment, upsertDotenv } from '../src/model/dotenv-file.js';
import { GitignoreSet, withIgnored } from '../src/model/gitignore.js';

describe('.env updates', () => {
  it('appends to an existing file, keeping its lines and line endings', () => {
    assert.deepEqual(upsertDotenv('A=1\r\nB=2', 'TOKEN', 'abc'), { text: 'A=1\r\nB=2\r\nTOKEN=abc\r\n', changed: true });
    assert.deepEqual(upsertDotenv(undefined, 'TOKEN', 'abc'), { text: 'TOKEN=abc\n', changed: true });
  });

  it('is idempotent for the same value and refuses to overwrite another', () => {
    assert.deepEqual(upsertDotenv('export TOKEN="abc"\n', 'TOKEN', 'abc'), { text: 'export TOKEN="abc"\n', changed: false });
    const conflict = upsertDotenv('TOKEN=old\n', 'TOKEN', 'new');
    assert.ok('error' in conflict && conflict.error.includes('TOKEN') && !conflict.error.includes('new'));
  });

  it('quotes only when needed and refuses what it cannot write safely', () => {
    assert.equal(dotenvAssignment('K', 'a/b+c=='), 'K=a/b+c==');
    assert.equal(dotenvAssignment('K', 'has space#x'), "K='has space#x'");
    assert.equal(dotenvAssignment('K', "it's"), 'K="it\'s"');
    assert.ok(typeof dotenvAssignment('K', 'a\nb') === 'object');
    assert.ok(typeof dotenvAssignment('K', `'"$`) === 'object');
  });
});

describe('.gitignore', () => {
  it('follows git: anchoring, directories, negation, last match wins, no re-include inside ignored dirs', () => {
    const set = new GitignoreSet();
    set.add('', 'node_modules/\n/build\n*.log\n!keep.log\nsecrets/\n!secrets/public.txt\n');
    set.add('pkg', 'local.env\n');
    assert.ok(set.ignores('node_modules/a/index.js'));
    assert.ok(set.ignores('sub/node_modules/x.js'));
    assert.ok(set.ignores('build/out.js'));
    assert.ok(!set.ignores('src/build/out.js'), '/build is anchored');
    assert.ok(set.ignores('a/b/debug.log'));
    assert.ok(!set.ignores('keep.log'));
    assert.ok(set.ignores('secrets/public.txt'), 'cannot re-include inside an ignored directory');
    assert.ok(set.ignores('pkg/local.env'));
    assert.ok(!set.ignores('local.env'), 'a nested .gitignore applies below its directory only');
  });

  it('adds an entry only when it is not ignored yet', () => {
    assert.equal(withIgnored(undefined, '.env'), '.env\n');
    assert.equal(withIgnored('dist/', '.env'), 'dist/\n.env\n');
    assert.equal(withIgnored('.env*\n', '.env'), undefined);
    assert.equal(withIgnored('*.env\n.env\n', '.continue/.env'), undefined);
  });
});

describe('baseline file', () => {
  const entry = { fingerprint: 'github-classic-pat:0123456789abcdef01234567', ruleId: 'github-classic-pat', reason: 'fixture' };
  const salt = 'ab'.repeat(16);

  it('creates a version-2 baseline with a fresh salt, adds once and keeps entries sorted', () => {
    const salts: (string | undefined)[] = [];
    const entryFor = (given: string | undefined) => (salts.push(given), entry);
    const created = addBaselineEntry(undefined, entryFor, 'b.json', () => salt);
    assert.deepEqual(JSON.parse(created), { version: 2, salt, findings: [entry] });
    assert.equal(addBaselineEntry(created, entryFor, 'b.json'), created);
    assert.deepEqual(salts, [salt, salt], 'entries are made for the baseline\'s own salt');
    const other = { fingerprint: 'aws-access-key-id:0123456789abcdef01234567', ruleId: 'aws-access-key-id' };
    assert.deepEqual(JSON.parse(addBaselineEntry(created, () => other, 'b.json')).findings.map((e: { ruleId: string }) => e.ruleId), ['aws-access-key-id', 'github-classic-pat']);
  });

  it('keeps a version-1 baseline unsalted: its entries are made without a salt', () => {
    let given: string | undefined = 'not called';
    const updated = addBaselineEntry('{"version":1,"findings":[]}', (s) => ((given = s), entry), 'b.json');
    assert.equal(given, undefined);
    assert.deepEqual(JSON.parse(updated), { version: 1, findings: [entry] });
  });

  it('never replaces a malformed baseline', () => {
    assert.throws(() => addBaselineEntry('{"version":2}', () => entry, 'b.json'), (error: Error) => error.name === BaselineError.name && error.message.includes('b.json'));
  });

  it('an entry made for the baseline salt matches what a scan with that salt reports (as the CLI scans against it)', () => {
    const password = 'hunter2hunter2';
    const text = `DB_PASSWORD=${password}\n`;
    const scanner = new Scanner(builtinRules);
    const finding = scanDocument(scanner, text, { path: '.env', fingerprintSalt: salt }).findings[0]!;
    assert.ok(finding, 'the fixture has a finding');
    const baseline = JSON.parse(addBaselineEntry(undefined, (s) => ({ fingerprint: fingerprintOf(finding.ruleId, text.slice(...finding.range), s), ruleId: finding.ruleId }), 'b.json', () => salt));
    assert.equal(baseline.findings[0].fingerprint, finding.fingerprint);
    const unsalted = scanDocument(scanner, text, { path: '.env' }).findings[0]!;
    assert.notEqual(unsalted.fingerprint, finding.fingerprint, 'a guessable secret is fingerprinted differently with a salt');
  });
});

describe('user-level agent configs', () => {
  it('covers each client on Linux, with VS Code user files recognised under fork names', () => {
    const paths = agentConfigPaths({ home: '/home/u', platform: 'linux', env: {}, vscodeUserDir: '/data/User' });
    const all = paths.map((p) => p.path);
    for (const expected of ['/home/u/.cursor/mcp.json', '/home/u/.claude.json', '/home/u/.config/Claude/claude_desktop_config.json', '/home/u/.codeium/windsurf/mcp_config.json', '/home/u/.continue/config.yaml', '/home/u/.config/zed/settings.json', '/home/u/.npmrc', '/home/u/.aws/credentials', '/home/u/.docker/config.json', '/home/u/.netrc', '/home/u/.git-credentials', '/home/u/.kube/config', '/data/User/mcp.json']) {
      assert.ok(all.includes(expected), expected);
    }
    assert.equal(paths.find((p) => p.path === '/data/User/settings.json')?.kindPath, '/Code/User/settings.json');
  });

  it('follows KUBECONFIG and the platform folders', () => {
    const mac = agentConfigPaths({ home: '/Users/u', platform: 'darwin', env: { KUBECONFIG: '/k/a:/k/b' } }).map((p) => p.path);
    assert.ok(mac.includes('/Users/u/Library/Application Support/Claude/claude_desktop_config.json'));
    assert.ok(mac.includes('/k/a') && mac.includes('/k/b') && !mac.includes('/Users/u/.kube/config'));
    const win = agentConfigPaths({ home: 'C:\\Users\\u', platform: 'win32', env: { APPDATA: 'C:\\Users\\u\\AppData\\Roaming' } }).map((p) => p.path);
    assert.ok(win.includes('C:/Users/u/AppData/Roaming/Claude/claude_desktop_config.json'));
    assert.ok(win.includes('C:/Users/u/_netrc'));
  });
});

describe('binary-looking content', () => {
  it('NUL bytes or many replacement characters mean binary; text with a few does not', () => {
    assert.equal(looksBinary('plain text\n'.repeat(100)), false);
    assert.equal(looksBinary('PK\u0003\u0004\u0000\u0000'), true);
    assert.equal(looksBinary('\uFFFD'.repeat(50) + 'x'.repeat(100)), true);
    assert.equal(looksBinary('caf\uFFFD ' + 'x'.repeat(1000)), false);
  });
});
