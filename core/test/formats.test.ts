import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Scanner, builtinRules, detectFileKind, scanDocument } from '../src/index.js';

/**
 * Snapshot fixtures per file kind: `test/fixtures/formats/<case>/<the file at its real relative path>`
 * and `expected.json`. Refresh with `UPDATE_SNAPSHOTS=1` and review the diff.
 */
const ROOT = 'test/fixtures/formats';
const NOW = new Date('2026-06-01T00:00:00Z');
const scanner = new Scanner(builtinRules);

function inputOf(dir: string): string {
  const files: string[] = [];
  const visit = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) visit(path);
      else if (path !== join(dir, 'expected.json')) files.push(path);
    }
  };
  visit(dir);
  assert.equal(files.length, 1, `${dir}: expected exactly one input file, found ${files.join(', ')}`);
  return files[0]!;
}

function snapshot(dir: string) {
  const input = inputOf(dir);
  const path = relative(dir, input);
  const text = readFileSync(input, 'utf8');
  const result = scanDocument(scanner, text, { path, now: NOW });
  return {
    path,
    kind: result.kind ?? null,
    findings: result.findings.map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity,
      lifetime: f.lifetime,
      line: f.line,
      column: f.column,
      redacted: f.redacted,
      location: f.location ?? null,
      reference: f.remediation?.references[0]?.text ?? null,
      message: f.message,
    })),
    notices: result.notices.map((n) => n.message),
    // Checked here so a snapshot can never hold a raw secret: every finding's text is masked.
    unmasked: result.findings.filter((f) => text.slice(...f.range) === f.redacted).length,
  };
}

describe('file kinds with structured locations (snapshots)', () => {
  for (const name of readdirSync(ROOT).sort()) {
    it(name, () => {
      const dir = join(ROOT, name);
      const actual = snapshot(dir);
      const expectedPath = join(dir, 'expected.json');
      if (process.env.UPDATE_SNAPSHOTS || !existsSync(expectedPath)) writeFileSync(expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
      assert.deepEqual(actual, JSON.parse(readFileSync(expectedPath, 'utf8')));
      assert.equal(actual.unmasked, 0);
    });
  }
});

describe('file kind detection', () => {
  const cases: [string, string | undefined, string | undefined][] = [
    ['.vscode/mcp.json', 'mcp-config', 'vscode'],
    ['home/me/.config/Code/User/mcp.json', 'mcp-config', 'vscode'],
    ['C:\\Users\\me\\AppData\\Roaming\\Code\\User\\settings.json', 'editor-settings', 'vscode'],
    ['.cursor/mcp.json', 'mcp-config', 'cursor'],
    ['.mcp.json', 'mcp-config', 'claude-code'],
    ['/home/me/.claude.json', 'mcp-config', 'claude-code'],
    ['.claude/settings.local.json', 'agent-settings', 'claude-code'],
    ['.continue/mcpServers/github.yaml', 'mcp-config', 'continue'],
    ['/home/me/.gemini/settings.json', 'mcp-config', 'gemini'],
    ['.gemini/settings.json', 'mcp-config', 'gemini'],
    ['.github/workflows/ci.yml', 'github-workflow', 'github-actions'],
    ['.env.production', 'dotenv', undefined],
    ['config/settings.json', undefined, undefined],
    ['src/mcp.json', undefined, undefined],
  ];
  for (const [path, fileKind, client] of cases) {
    it(`${path} → ${fileKind ?? 'none'}`, () => {
      const kind = detectFileKind(path);
      assert.equal(kind?.fileKind, fileKind);
      assert.equal(kind?.client, client);
    });
  }
  it('recognises a kubeconfig under another name by its content', () => {
    const text = 'apiVersion: v1\nkind: Config\nclusters:\n  - name: a\n';
    assert.equal(detectFileKind('deploy/prod-cluster.yaml', text)?.fileKind, 'kubeconfig');
    assert.equal(detectFileKind('deploy/service.yaml', 'kind: Service\nmetadata: {}\n'), undefined);
  });
});

describe('structured secrets in agent configs', () => {
  const random = 'Qm7vX2pL9kR4tZ8w';
  const scanMcp = (servers: unknown, path = '.cursor/mcp.json') =>
    scanDocument(scanner, JSON.stringify({ mcpServers: servers }, null, 2), { path, now: NOW }).findings;

  it("never reports a client's own reference syntax", () => {
    for (const reference of ['${input:api-key}', '${env:API_KEY}', '${API_KEY}', '${API_KEY:-}', '${{ secrets.API_KEY }}', 'op://Dev/Api/credential']) {
      const findings = scanMcp({ api: { command: 'x', env: { API_KEY: reference }, headers: { Authorization: `Bearer ${reference}` }, args: ['--token', reference] } });
      assert.deepEqual(findings, [], reference);
    }
  });

  it('reports a random value under a secret-like key, flag or auth header that no provider rule knows', () => {
    const findings = scanMcp({
      a: { env: { INTERNAL_API_KEY: random } },
      b: { args: ['serve', `--client-secret=${random}`] },
      c: { args: ['--auth-token', random] },
      d: { headers: { 'X-API-Key': random } },
    });
    assert.deepEqual(
      findings.map((f) => [f.ruleId, f.location?.path?.join('/')]),
      [
        ['config-secret', 'mcpServers/a/env/INTERNAL_API_KEY'],
        ['config-secret', 'mcpServers/b/args/1'],
        ['config-secret', 'mcpServers/c/args/1'],
        ['config-secret', 'mcpServers/d/headers/X-API-Key'],
      ],
    );
    assert.ok(findings.every((f) => f.redacted !== random && !f.message.includes(random)));
  });

  it('leaves non-credentials alone: low entropy, paths, URLs, counts, ids, non-secret keys', () => {
    const findings = scanMcp({
      a: {
        env: { API_TOKEN: 'development', TOKEN_FILE: `/run/secrets/${random}`, AUTH_URL: `https://auth.example.com/${random}`, MAX_TOKENS: '409612345', CLIENT_ID: random },
        args: ['--token-file', random, '--verbose'],
        headers: { Accept: random },
      },
    });
    assert.deepEqual(findings, []);
  });

  it('points offsets at the secret in CRLF files and files with non-ASCII text', () => {
    const text = `{\r\n  // Zugangsdaten für den Server ✓\r\n  "servers": { "a": { "env": { "SERVICE_TOKEN": "${random}" } } }\r\n}\r\n`;
    const [finding] = scanDocument(scanner, text, { path: '.vscode/mcp.json', now: NOW }).findings;
    assert.ok(finding);
    assert.equal(text.slice(...finding.range), random);
    assert.equal(finding.line, 3);
  });

  it('survives deeply nested and malformed documents, falling back to plain text with a notice', () => {
    const deep = `${'['.repeat(20000)}"x"${']'.repeat(20000)}`;
    assert.doesNotThrow(() => scanDocument(scanner, deep, { path: '.vscode/mcp.json' }));
    for (const [path, text] of [
      ['.continue/config.yaml', 'mcpServers:\n  - name: a\n   env: [\n'],
      ['.idea/workspace.xml', '<project><component name="x"><option name="password" value="a"/></project>'],
      ['.vscode/mcp.json', '{"servers": {"a": {"env": {"GITHUB_TOKEN": '],
    ] as const) {
      const result = scanDocument(scanner, text, { path });
      assert.match(result.notices.map((n) => n.message).join('\n'), /not valid (JSON|YAML|XML)/, path);
    }
  });

  it('honours inline suppressions and disabled rules for structured findings', () => {
    const text = `{\n  "servers": { "a": { "env": {\n    // secret-hygiene:allow rotated test fixture\n    "SERVICE_TOKEN": "${random}" } } }\n}\n`;
    const allowed = scanDocument(scanner, text, { path: '.vscode/mcp.json' });
    assert.equal(allowed.findings.length, 0);
    assert.equal(allowed.suppressed, 1);
    const plain = text.replace(/\/\/.*\n/, '');
    assert.equal(scanDocument(scanner, plain, { path: '.vscode/mcp.json', disabledRules: new Set(['config-secret']) }).findings.length, 0);
    assert.equal(scanDocument(scanner, plain, { path: '.vscode/mcp.json' }).findings.length, 1);
  });
});
