import assert from 'node:assert/strict';
import { Scanner, builtinRules } from '@secret-hygiene/core';
import { allowDirectiveInsertion, commentStyle, sanitizeReason } from '../src/model/comments.js';
import { scanText } from '../src/model/scan.js';
import { githubClassicPat } from './support/tokens.js';

describe('comment syntax per language', () => {
  const cases: [string, string | undefined, string | undefined][] = [
    ['typescript', '/r/src/a.ts', '//'],
    ['python', '/r/app.py', '#'],
    ['shellscript', '/r/deploy.sh', '#'],
    ['yaml', '/r/config/app.yaml', '#'],
    ['sql', '/r/q.sql', '--'],
    ['html', '/r/index.html', '<!--'],
    ['css', '/r/a.css', '/*'],
    ['ini', '/r/setup.cfg', ';'],
    // Strict JSON and comment-less formats → baseline.
    ['json', '/r/package.json', undefined],
    ['plaintext', '/r/notes.txt', undefined],
    ['jsonc', '/r/.mcp.json', undefined],
    ['json', '/r/.cursor/mcp.json', undefined],
    ['plaintext', '/home/u/.git-credentials', undefined],
    // VS Code reads its own JSON as JSONC.
    ['json', '/r/.vscode/mcp.json', '//'],
    ['jsonc', '/r/.vscode/settings.json', '//'],
    // File kinds whose parsers take comments, whatever the language id says.
    ['plaintext', '/r/.env.local', '#'],
    ['properties', '/r/.npmrc', '#'],
    ['plaintext', '/r/.continue/config.yaml', '#'],
  ];
  for (const [languageId, path, expected] of cases) {
    it(`${languageId} ${path} → ${expected ?? 'none (baseline)'}`, () => {
      assert.equal(commentStyle(languageId, path)?.open, expected);
    });
  }
  it('falls back to the file name for unknown language ids', () => {
    assert.equal(commentStyle('some-extension-language', '/r/x.go')?.open, '//');
    assert.equal(commentStyle('some-extension-language', '/r/x.weird'), undefined);
  });
});

describe('allow directive', () => {
  it('sanitizes reasons: one line, no comment terminators, required', () => {
    assert.equal(sanitizeReason('  test\nfixture */ -->  '), 'test fixture');
    assert.equal(sanitizeReason(' \n '), undefined);
  });

  it('goes above the finding, indented like it, and the engine then suppresses the finding', () => {
    const token = githubClassicPat(21);
    const text = `function f() {\r\n    return call('${token}');\r\n}\r\n`;
    const insertion = allowDirectiveInsertion(text, text.indexOf(token), { open: '//', close: '' }, 'revoked fixture');
    assert.deepEqual(insertion, { at: text.indexOf('    return'), text: '    // secret-hygiene:allow revoked fixture\r\n' });
    const allowed = text.slice(0, insertion.at) + insertion.text + text.slice(insertion.at);
    const scanner = new Scanner(builtinRules);
    const config = { minSeverity: 'low' as const, disabledRules: new Set<string>(), severityOverrides: {}, acceptedFingerprints: new Set<string>() };
    assert.equal(scanText(scanner, text, '/r/a.ts', config).findings.length, 1);
    const after = scanText(scanner, allowed, '/r/a.ts', config);
    assert.equal(after.findings.length, 0);
    assert.equal(after.suppressed, 1);
  });

  it('closes block comments', () => {
    assert.equal(allowDirectiveInsertion('<a k="x"/>', 3, { open: '<!--', close: '-->' }, 'why').text, '<!-- secret-hygiene:allow why -->\n');
  });
});
