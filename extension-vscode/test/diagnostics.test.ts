import assert from 'node:assert/strict';
import { Scanner, builtinRules, type Finding } from '@secret-hygiene/core';
import { diagnosticData, levelOf, ruleDocUrl } from '../src/model/diagnostic-data.js';
import { hoverMarkdown } from '../src/model/hover-card.js';
import { scanText, type ScanConfig } from '../src/model/scan.js';
import { githubClassicPat } from './support/tokens.js';

const scanner = new Scanner(builtinRules);
const config = (overrides: Partial<ScanConfig> = {}): ScanConfig => ({
  minSeverity: 'low',
  disabledRules: new Set(),
  severityOverrides: {},
  acceptedFingerprints: new Set(),
  ...overrides,
});

function mcpConfig(token: string): string {
  return `{\n  // servers\n  "servers": {\n    "github": { "command": "npx", "env": { "GITHUB_PERSONAL_ACCESS_TOKEN": "${token}" } }\n  }\n}\n`;
}

describe('finding → diagnostic data', () => {
  const token = githubClassicPat(11);
  const text = mcpConfig(token);
  const [finding] = scanText(scanner, text, '/repo/.vscode/mcp.json', config()).findings as [Finding];

  it('maps severities: critical/high → error, medium → warning, low → information, info → hint', () => {
    assert.deepEqual(['critical', 'high', 'medium', 'low', 'info'].map((s) => levelOf(s as Finding['severity'])), ['error', 'error', 'warning', 'information', 'hint']);
  });

  it('keeps the exact range, the rule id as code with its docs link, and a masked message', () => {
    const data = diagnosticData(finding);
    assert.deepEqual(data.range, [text.indexOf(token), text.indexOf(token) + token.length]);
    assert.equal(data.level, 'error');
    assert.deepEqual(data.code, { value: 'github-classic-pat', target: ruleDocUrl('github-classic-pat') });
    assert.match(data.message, /long-lived/);
    assert.match(data.message, /MCP server "github" in VS Code's config/);
    assert.ok(data.message.includes(finding.redacted));
    assert.ok(!data.message.includes(token));
  });

  it('the hover card names lifetime, why it matters for agents, rotation and frameworks, masked', () => {
    const card = hoverMarkdown(finding);
    for (const part of ['**Found:**', 'long-lived', 'Why it matters for agents', 'MCP server', 'https://github.com/settings/tokens', 'ASI03', 'MAESTRO', 'NIST AI RMF']) {
      assert.ok(card.includes(part), `card has ${part}`);
    }
    assert.ok(!card.includes(token));
  });

  it('the hover card escapes Markdown in messages', () => {
    const card = hoverMarkdown({ ...finding, message: 'see [link](javascript:alert(1)) *bold*' });
    assert.ok(card.includes('see \\[link\\]\\(javascript:alert\\(1\\)\\) \\*bold\\*'));
  });

  it('reports an expiry when the token carries one', () => {
    const card = hoverMarkdown({ ...finding, lifetime: 'short-lived', expiresAt: '2020-01-01T00:00:00.000Z' }, new Date('2024-01-01'));
    assert.match(card, /short-lived; expired 2020/);
    assert.match(diagnosticData({ ...finding, expiresAt: '2030-01-01T00:00:00.000Z' }).message, /expires 2030-01-01/);
  });
});

describe('scanText', () => {
  const token = githubClassicPat(12);
  const code = `const client = new Client({ auth: '${token}' });\n`;

  it('finds, and drops accepted fingerprints (baseline, policy allowlist)', () => {
    const found = scanText(scanner, code, '/repo/src/client.ts', config());
    assert.equal(found.findings.length, 1);
    const accepted = scanText(scanner, code, '/repo/src/client.ts', config({ acceptedFingerprints: new Set([found.findings[0]!.fingerprint]) }));
    assert.equal(accepted.findings.length, 0);
    assert.equal(accepted.suppressed, 1);
  });

  it('honours minimum severity, disabled rules and untitled documents (no path)', () => {
    assert.equal(scanText(scanner, code, undefined, config()).findings.length, 1);
    assert.equal(scanText(scanner, code, undefined, config({ disabledRules: new Set(['github-classic-pat']) })).findings.length, 0);
    assert.equal(scanText(scanner, code, undefined, config({ severityOverrides: { 'github-classic-pat': 'low' }, minSeverity: 'medium' })).findings.length, 0);
  });
});
