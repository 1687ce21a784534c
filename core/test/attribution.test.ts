/**
 * Issue #12: a finding names the right provider, and the generic rules' known false-positive classes
 * on real code stay quiet. Each case is scanned as the file it came from (the path decides the syntax).
 */
import assert from 'node:assert/strict';
import { Scanner, builtinRules, scanDocument } from '../src/index.js';

const NOW = new Date('2026-06-01T00:00:00Z');
const scanner = new Scanner(builtinRules);
const findings = (text: string, path: string) => scanDocument(scanner, text, { path, now: NOW }).findings.filter((f) => f.severity !== 'info');

/** A project key body without OpenAI's `T3BlbkFJ` marker (58 URL-safe characters). */
const UNMARKED_PROJECT_KEY = 'sk-proj-Qm3Xr7TzK9pLw2Vb8NcYd4Hs6Jf1Ga5Re0Ut3Io7PkZxWq2Ly9Mn4Bv6Cd8EfGhJkLm';

describe('attribution', () => {
  for (const path of ['settings.py', 'client.ts', 'notes.txt', '.env']) {
    it(`an OpenAI project key without the marker, bound to OPENAI_API_KEY, is OpenAI's (${path})`, () => {
      const found = findings(`OPENAI_API_KEY = "${UNMARKED_PROJECT_KEY}"\n`, path);
      assert.equal(found.length, 1, JSON.stringify(found.map((f) => f.ruleId)));
      assert.equal(found[0]!.provider, 'openai');
    });
  }

  it('a value carrying another provider’s prefix is left to that provider: generic rules stay out', () => {
    // `ghp_` is GitHub's; a value that fails GitHub's format (too short) is not reported as a generic secret.
    assert.deepEqual(findings('api_token = "ghp_Zq8mP2xVr7tK9pLw"\n', 'app.py'), []);
  });

  it('a provider token that a generic rule also matches is reported once, by the provider', () => {
    const found = findings('api_token = "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"\n', 'app.py');
    assert.deepEqual(found.map((f) => f.ruleId), ['github-classic-pat']);
  });
});

describe('generic rules: false-positive classes seen on real code', () => {
  const quiet: [string, string, string][] = [
    ['a dependency whose name holds "credential"', 'package.json', '{ "dependencies": { "@aws-sdk/credential-provider-env": "^3.972.86", "@aws-sdk/credential-provider-ini": "3.972.86" } }\n'],
    ['a call assigned to a secret-like name, in a README', 'README.md', '```js\nconst credentials = fromNodeProviderChain();\n```\n'],
    ['an export alias in compiled output', 'dist/index.js', 'exports.SignV4WithCredentials = SignV4WithCredentials;\n'],
    ['a documentation placeholder naming itself', 'README.md', '{ "privateKey": "my_privateKey" }\n'],
    ['user:pass in a Redis URL', 'README.md', 'REDIS_URL=redis://user:pass@localhost:6379\n'],
    ['user:pass in an HTTP URL', 'docs.md', 'const u = "http://user:pass@host.com";\n'],
    ['an integrity hash in a lockfile', 'package-lock.json', '{ "node_modules/a": { "version": "1.0.0", "integrity": "sha512-Qm3Xr7TzK9pLw2Vb8NcYd4Hs6Jf1Ga5Re0Ut3Io7PkZxWq2Ly9Mn4Bv6Cd8EfGhJkLmNoPqRs==", "api_token": "Zq8mP2xVr7tK9pLw2Vb8NcYd" } }\n'],
    ['go.sum hashes', 'go.sum', 'github.com/x/credentials v1.2.0 h1:Qm3Xr7TzK9pLw2Vb8NcYd4Hs6Jf1Ga5Re0Ut3Io7Pk=\n'],
    ['a UUID under a secret-like name', 'app.js', 'const api_key = "123e4567-e89b-12d3-a456-426614174000";\n'],
    ['a version string under a secret-like name', 'app.py', 'token_version = "3.972.86"\n'],
  ];
  for (const [what, path, text] of quiet) {
    it(`quiet: ${what}`, () => assert.deepEqual(findings(text, path).map((f) => `${f.ruleId} ${f.redacted}`), []));
  }

  it('still reports a real-looking password bound to a secret-like name in code and a real URL password', () => {
    assert.equal(findings('db_password = "q8J!r2v$Lm0zTw"\n', 'app.py').length, 1);
    assert.equal(findings('REDIS_URL=redis://app:Tq8s2LmZ0vRxW@cache.internal:6379\n', '.env').length, 1);
  });

  it('a lockfile still yields provider-format tokens (a registry token pasted into a resolved URL)', () => {
    const text = '{ "resolved": "https://registry.example.com/a.tgz?token=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" }\n';
    assert.deepEqual(findings(text, 'package-lock.json').map((f) => f.ruleId), ['github-classic-pat']);
  });
});

describe('noise classes from generated API clients and cloud SDKs (bench corpus 2)', () => {
  const quiet: [string, string, string][] = [
    ['a template literal with a call inside', 'dist/crypto.mjs', 'const secret = `${urlEncode(base64Encode(id))}`;\n'],
    ['a resource-path template in a declaration file', 'v1.d.ts', "  secretName?: 'projects/{project}/secrets/{secret}';\n"],
    ['a generic type as a bare value', 'Result.ts', 'export type SubmitPasswordResult = CustomAuthResultV2<State>;\n'],
    ['an expression in a README', 'README.md', 'credentials: new OAuth2Verifier.\n'],
    ['a call in a README', 'README.md', 'token: awsSsoTokenProvider()\n'],
  ];
  for (const [what, path, text] of quiet) {
    it(`quiet: ${what}`, () => assert.deepEqual(findings(text, path).map((f) => `${f.ruleId} ${f.redacted}`), []));
  }

  it('a random value in a README is still reported', () => {
    assert.equal(findings('DB_PASSWORD=Zq8m!P2xVr7tK9pLw2Vb8\n', 'README.md').length, 1);
  });
});

describe('scope requests in build output and scope constants', () => {
  const CLOUD = 'https://www.googleapis.com/auth/cloud-platform';
  const severities = (text: string, path: string) => scanDocument(scanner, text, { path, now: NOW, minSeverity: 'info' }).findings.filter((f) => f.category === 'scope').map((f) => f.severity);

  it('a scope list in compiled output is inventoried at info', () => {
    const compiled = `"use strict";\nObject.defineProperty(exports, "__esModule", { value: true });\nconst SCOPES = ['${CLOUD}'];\n`;
    assert.deepEqual(severities(compiled, 'lib/credential.js'), ['info']);
    assert.deepEqual(severities(`const SCOPES = ['${CLOUD}'];\n`, 'build/src/client.js'), ['info']);
    assert.deepEqual(severities(`{"options":{"(google.api.oauth_scopes)":"${CLOUD}"}}`, 'build/protos/v1.json'), ['info']);
  });

  it('the same list in source code is a request', () => {
    assert.deepEqual(severities(`const SCOPES = ['${CLOUD}'];\n`, 'src/credential.ts'), ['critical']);
  });

  it('a constant naming one scope is vocabulary; a scopes list of it is a request', () => {
    const text = 'export const OFFLINE_ACCESS_SCOPE = "offline_access";\nimport { PublicClientApplication } from "@azure/msal-node";\n';
    assert.ok(severities(text, 'src/constants.ts').every((s) => s === 'info'));
  });
});

describe('fuzz-found regressions', () => {
  it('a config value followed by hundreds of spaces is read once (generic-secret-config-value)', () => {
    // The value's tail once overlapped the trailing-blank run: quadratic in the blanks per name start.
    // A value, then 40 trailing blanks; a value lost in 5,000 blanks before more text (a bare value spans
    // at most 200 characters, so that line is no binding); both read in linear time.
    const text = `secret: Vq7mPw2xR9tKq3Lz${' '.repeat(40)}\napi_token: Zq8mP2xVr7tK9pLw2Vb8${' '.repeat(5000)}x\n`;
    const found = findings(text, 'config.yaml');
    assert.deepEqual(found.map((f) => f.line), [1]);
  });
});
