/** Issue #12 item 3: scopes in documentation are not grants (at most `info`); scopes in code that requests them are. */
import assert from 'node:assert/strict';
import { scopeFindings } from '../src/index.js';
import { documentationAt } from '../src/oauth/code/documentation.js';

const DRIVE = 'https://www.googleapis.com/auth/drive';
const severities = (text: string, path: string) => scopeFindings(text, path, { minSeverity: 'info' }).findings.map((f) => f.severity);

describe('scopes in documentation', () => {
  const documented: [string, string, string][] = [
    ['a JSDoc block', 'src/apis/drive/v3.js', `/**\n * Scopes: ${DRIVE}\n * @example const scopes = ['${DRIVE}'];\n */\nexport function list() {}\n`],
    ['a line comment', 'client.ts', `// defaults to ${DRIVE}\nconst x = 1;\n`],
    ['a declaration file', 'build/v3.d.ts', `export interface Options { /** ${DRIVE} */ scopes?: string[]; }\nconst s: "${DRIVE}";\n`],
    ['Markdown, code fence included', 'README.md', `Request access:\n\n\`\`\`js\nconst scopes = ['${DRIVE}'];\n\`\`\`\n`],
    // A service's interface definition says which scopes its methods accept; it requests none.
    ['a protobuf service declaration (google.api.oauth_scopes) and a // comment', 'google/api/keys.proto',
      `service Keys {\n  // Example: option (google.api.oauth_scopes) = "${DRIVE}";\n  option (google.api.oauth_scopes) =\n      "${DRIVE},"\n      "${DRIVE}.readonly";\n}\n`],
    ['a Python docstring and a # comment', 'client.py', `def f():\n    """Uses ${DRIVE}."""\n    # or ${DRIVE}\n    pass\n`],
  ];
  for (const [what, path, text] of documented) {
    it(`info only: ${what}`, () => {
      const found = severities(text, path);
      assert.ok(found.length > 0, 'the scope is still inventoried');
      assert.deepEqual([...new Set(found)], ['info']);
    });
  }

  const requested: [string, string, string][] = [
    ['a scopes array in code', 'auth.ts', `const auth = new GoogleAuth({ scopes: ['${DRIVE}'] }); // full Drive\n`],
    ['a string with // inside it, then the scope', 'auth.js', `const u = "http://example.com"; const s = ['${DRIVE}'];\n`],
    ['a Python list after a # inside a string', 'auth.py', `tag = "#1"\nSCOPES = ['${DRIVE}']\n`],
    ['after a closed block comment', 'auth.js', `/* setup */ const scopes = ['${DRIVE}'];\n`],
  ];
  for (const [what, path, text] of requested) {
    it(`reported: ${what}`, () => assert.deepEqual(severities(text, path), ['high']));
  }

  it('comment spans are found in one pass over strings, template literals and comments', () => {
    const text = 'const a = `//x`; /* b */ const c = "/*"; // d\n';
    const at = documentationAt(text, 'x.ts');
    assert.equal(at(text.indexOf('//x')), false);
    assert.equal(at(text.indexOf(' b ')), true);
    assert.equal(at(text.indexOf('"/*"') + 1), false);
    assert.equal(at(text.indexOf(' d')), true);
    assert.equal(at(text.length - 1), false);
  });
});
