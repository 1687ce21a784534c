import assert from 'node:assert/strict';
import { parse, type ParseError } from 'jsonc-parser';
import { parse as parseYaml } from 'yaml';
import type { Finding, FindingLocation } from '../src/engine/types.js';
import { findingFor, type FindingSpec } from './support/findings.js';
import {
  applyTextEdits,
  isJitFixUnavailable,
  planJitFix,
  TextEditError,
  type JitContext,
  type JitFix,
  type JitPlan,
} from '../src/remediation/index.js';

// Test secrets are built, never pasted: they only have to look like their provider's format.
const PAT = 'ghp_' + 'A1b2'.repeat(9);
const STRIPE = 'sk_live_' + 'Z9y8'.repeat(6);
const OPENAI = 'sk-proj-' + 'Q7w8'.repeat(10);
const AWS_ID = 'AKIA' + 'Q2W3E4R5T6Y7U8I9';
const NPM = 'npm_' + 'N1m2'.repeat(9);
const PASSWORD = 'h7Kp' + 'x2Qz'.repeat(4);

function fixOf(plan: JitPlan): JitFix {
  if (isJitFixUnavailable(plan)) assert.fail(`expected a fix, got: ${plan.reason}`);
  return plan;
}

/** Plans, checks the properties every fix must have, and returns the fixed text. */
function fixed(text: string, secret: string, spec: FindingSpec, context: JitContext): { fix: JitFix; result: string } {
  const finding = findingFor(text, secret, spec);
  const fix = fixOf(planJitFix(text, finding, context));
  for (const field of [fix.title, ...fix.notes, fix.store.name, fix.store.key ?? '', fix.reference.text, fix.reference.storeAs]) {
    assert.ok(!field.includes(secret), `the secret leaked into "${field}"`);
  }
  const result = applyTextEdits(text, fix.edits);
  assert.ok(!result.includes(secret), 'the fixed text still holds the secret');
  return { fix, result };
}

function parsesAsJsonc(text: string): unknown {
  const errors: ParseError[] = [];
  const value = parse(text, errors, { allowTrailingComma: true });
  assert.deepEqual(errors, [], 'the fixed file must still parse');
  return value;
}

function reasonOf(plan: JitPlan): string {
  assert.ok(isJitFixUnavailable(plan), 'expected the fix to be unavailable');
  return plan.reason;
}

describe('JIT fixes: VS Code mcp.json', () => {
  const mcpJson = [
    '{',
    '  // GitHub MCP server for this repository',
    '  "servers": {',
    '    "github": {',
    '      "command": "npx",',
    '      "args": ["-y", "@modelcontextprotocol/server-github"],',
    '      /* the token the server uses */',
    `      "env": { "GITHUB_PERSONAL_ACCESS_TOKEN": "${PAT}" }`,
    '    }',
    '  }',
    '}',
    '',
  ].join('\n');
  const location: FindingLocation = { fileKind: 'mcp-config', client: 'vscode', path: ['servers', 'github', 'env', 'GITHUB_PERSONAL_ACCESS_TOKEN'] };

  it('writes ${input:id}, adds one password promptString input, keeps comments and formatting', () => {
    const { fix, result } = fixed(mcpJson, PAT, { ruleId: 'github-classic-pat', provider: 'github', location }, { path: '.vscode/mcp.json' });
    const config = parsesAsJsonc(result) as { inputs: unknown[]; servers: { github: { env: Record<string, string> } } };
    assert.deepEqual(config.inputs, [
      { type: 'promptString', id: 'github-personal-access-token', description: 'GITHUB_PERSONAL_ACCESS_TOKEN for the github MCP server', password: true },
    ]);
    assert.equal(config.servers.github.env.GITHUB_PERSONAL_ACCESS_TOKEN, '${input:github-personal-access-token}');
    assert.ok(result.includes('// GitHub MCP server for this repository'));
    assert.ok(result.includes('/* the token the server uses */'));
    assert.ok(result.includes('      "args": ["-y", "@modelcontextprotocol/server-github"],\n'), 'untouched lines keep their layout');
    assert.match(result, /\n {2}"inputs": \[\n {4}\{\n {6}"type": "promptString",/, 'the new entry uses the file\'s two-space indentation');
    assert.ok(result.indexOf('"inputs"') < result.indexOf('"servers"'), 'inputs go before servers');
    assert.equal(fix.title, 'Use ${input:github-personal-access-token} (VS Code prompts and stores it securely)');
    assert.deepEqual(fix.store, { kind: 'vscode-secret-storage', name: 'github-personal-access-token' });
    assert.deepEqual(fix.reference, { kind: 'vscode-input', text: '${input:github-personal-access-token}', storeAs: 'github-personal-access-token' });
  });

  it('names a header token after its provider, and never takes an id used by another input', () => {
    const text = [
      '{',
      '  "inputs": [',
      '    { "type": "promptString", "id": "github-token", "description": "not a secret prompt" }',
      '  ],',
      '  "servers": {',
      `    "gh": { "type": "http", "url": "https://api.githubcopilot.com/mcp/", "headers": { "Authorization": "Bearer ${PAT}" } }`,
      '  }',
      '}',
    ].join('\n');
    const { fix, result } = fixed(text, PAT, { ruleId: 'github-classic-pat', provider: 'github' }, { path: '/home/me/project/.vscode/mcp.json' });
    const config = parsesAsJsonc(result) as { inputs: { id: string; password?: boolean }[]; servers: { gh: { headers: Record<string, string> } } };
    assert.deepEqual(config.inputs.map((i) => i.id), ['github-token', 'github-token-2']);
    assert.equal(config.inputs[1]!.password, true);
    assert.equal(config.servers.gh.headers.Authorization, 'Bearer ${input:github-token-2}', 'only the token after "Bearer " is replaced');
    assert.equal(fix.store.name, 'github-token-2');
  });

  it('reuses an existing password input with the same id instead of adding a second one', () => {
    const text = [
      '{',
      '  "inputs": [{ "type": "promptString", "id": "stripe-secret-key", "description": "Stripe key", "password": true }],',
      `  "servers": { "stripe": { "command": "npx", "args": ["-y", "@stripe/mcp", "--api-key=${STRIPE}"] } }`,
      '}',
    ].join('\n');
    const { fix, result } = fixed(text, STRIPE, { ruleId: 'stripe-live-secret-key', provider: 'stripe' }, { path: '.vscode/mcp.json' });
    assert.equal(fix.edits.length, 1);
    const config = parsesAsJsonc(result) as { inputs: unknown[]; servers: { stripe: { args: string[] } } };
    assert.equal(config.inputs.length, 1);
    assert.equal(config.servers.stripe.args[2], '--api-key=${input:stripe-secret-key}');
  });

  it("turns a secret input default into a masked prompt", () => {
    const text = `{\n  "inputs": [{ "type": "promptString", "id": "api-key", "default": "${OPENAI}" }],\n  "servers": {}\n}\n`;
    const { fix, result } = fixed(text, OPENAI, { ruleId: 'openai-project-key', provider: 'openai' }, { path: '.vscode/mcp.json' });
    const config = parsesAsJsonc(result) as { inputs: Record<string, unknown>[] };
    assert.deepEqual(config.inputs, [{ type: 'promptString', id: 'api-key', password: true }]);
    assert.equal(fix.store.name, 'api-key');
  });

  it('also fixes MCP servers kept under "mcp" in VS Code settings.json', () => {
    const text = `{\n  "editor.tabSize": 2,\n  "mcp": { "servers": { "gh": { "env": { "GITHUB_TOKEN": "${PAT}" } } } }\n}\n`;
    const { result } = fixed(text, PAT, { ruleId: 'github-classic-pat', provider: 'github' }, { path: '.vscode/settings.json' });
    const config = parsesAsJsonc(result) as { mcp: { inputs: { id: string }[]; servers: { gh: { env: Record<string, string> } } } };
    assert.deepEqual(config.mcp.inputs.map((i) => i.id), ['github-token']);
    assert.equal(config.mcp.servers.gh.env.GITHUB_TOKEN, '${input:github-token}');
  });
});

describe('JIT fixes: other agent configs', () => {
  const stdioServer = (key: string, secret: string) =>
    `{\n  "mcpServers": {\n    "github": {\n      "command": "npx",\n      "env": {\n        "${key}": "${secret}"\n      }\n    }\n  }\n}\n`;

  it('Cursor: ${env:NAME} inside the --api-key argument', () => {
    const text = `{ "mcpServers": { "stripe": { "command": "npx", "args": ["-y", "@stripe/mcp", "--tools=all", "--api-key=${STRIPE}"] } } }`;
    const location: FindingLocation = { fileKind: 'mcp-config', client: 'cursor', path: ['mcpServers', 'stripe', 'args', 3] };
    const { fix, result } = fixed(text, STRIPE, { ruleId: 'stripe-live-secret-key', provider: 'stripe', location }, { path: '.cursor/mcp.json' });
    assert.equal((parsesAsJsonc(result) as { mcpServers: { stripe: { args: string[] } } }).mcpServers.stripe.args[3], '--api-key=${env:STRIPE_SECRET_KEY}');
    assert.equal(fix.title, 'Use ${env:STRIPE_SECRET_KEY} (Cursor reads it from the environment)');
    assert.deepEqual(fix.store, { kind: 'dotenv', name: 'STRIPE_SECRET_KEY', key: '.env' });
  });

  it('Claude Code: ${VAR}, stored in 1Password when the policy says so', () => {
    const text = stdioServer('GITHUB_PERSONAL_ACCESS_TOKEN', PAT);
    const context: JitContext = { path: 'repo/.mcp.json', references: { provider: '1password', onePasswordVault: 'Engineering' } };
    const { fix, result } = fixed(text, PAT, { ruleId: 'github-classic-pat', provider: 'github' }, context);
    assert.ok(result.includes('"GITHUB_PERSONAL_ACCESS_TOKEN": "${GITHUB_PERSONAL_ACCESS_TOKEN}"'));
    assert.deepEqual(fix.store, { kind: '1password', name: 'GITHUB_PERSONAL_ACCESS_TOKEN', key: 'op://Engineering/GITHUB_PERSONAL_ACCESS_TOKEN/credential' });
    assert.ok(fix.notes.some((n) => n.includes('op run')));
  });

  it('Gemini CLI: ${VAR} in .gemini/settings.json (it expands $VAR and ${VAR} in string values)', () => {
    const text = stdioServer('GITHUB_PERSONAL_ACCESS_TOKEN', PAT);
    const { fix, result } = fixed(text, PAT, { ruleId: 'github-classic-pat', provider: 'github' }, { path: '/home/me/.gemini/settings.json' });
    assert.ok(result.includes('"GITHUB_PERSONAL_ACCESS_TOKEN": "${GITHUB_PERSONAL_ACCESS_TOKEN}"'), result);
    assert.equal(fix.reference.kind, 'env');
  });

  it('a generic header secret is named after its server', () => {
    const text = `{ "mcpServers": { "billing-api": { "url": "https://mcp.example.com", "headers": { "Authorization": "Bearer ${PASSWORD}" } } } }`;
    const { fix, result } = fixed(text, PASSWORD, { ruleId: 'config-secret', provider: 'generic' }, { path: '.mcp.json' });
    assert.equal(fix.store.name, 'BILLING_API_TOKEN');
    assert.ok(result.includes('"Authorization": "Bearer ${BILLING_API_TOKEN}"'));
  });

  it('Windsurf and Cline: ${env:NAME}; Doppler and Infisical say how to start the client', () => {
    for (const [path, provider] of [
      ['/home/me/.codeium/windsurf/mcp_config.json', 'doppler'],
      ['/home/me/.config/Code/User/globalStorage/saoudrizwan.claude-dev/settings/cline_mcp_settings.json', 'infisical'],
    ] as const) {
      const { fix, result } = fixed(stdioServer('API_TOKEN', PAT), PAT, { ruleId: 'github-classic-pat', provider: 'github' }, { path, references: { provider } });
      assert.ok(result.includes('"API_TOKEN": "${env:API_TOKEN}"'), path);
      assert.equal(fix.store.kind, provider);
      assert.ok(fix.notes.some((n) => n.includes(`${provider} run --`)), path);
    }
  });

  it('names a token inside a larger value after its provider, not after the key holding the whole value', () => {
    // Notion's server takes its headers as one JSON-encoded env value: the variable must hold only the token.
    const notion = 'ntn_' + '4b7Q'.repeat(11);
    const headers = JSON.stringify(JSON.stringify({ Authorization: `Bearer ${notion}`, 'Notion-Version': '2022-06-28' }));
    const text = `{\n  "mcpServers": { "notion": { "command": "npx", "env": { "OPENAPI_MCP_HEADERS": ${headers} } } }\n}\n`;
    const { fix } = fixed(text, notion, { ruleId: 'notion-api-token', provider: 'notion' }, { path: '.cursor/mcp.json' });
    assert.notEqual(fix.store.name, 'OPENAPI_MCP_HEADERS');
    assert.match(fix.reference.text, /^\$\{env:NOTION_[A-Z_]+\}$/);
  });

  it('Continue YAML: ${{ secrets.NAME }}, kept in .continue/.env', () => {
    const text = `name: tools\nversion: 0.0.1\nschema: v1\nmcpServers:\n  - name: GitHub\n    command: npx\n    env:\n      GITHUB_TOKEN: ${PAT}\n`;
    const { fix, result } = fixed(text, PAT, { ruleId: 'github-classic-pat', provider: 'github' }, { path: '.continue/mcpServers/github.yaml' });
    assert.equal(parseYaml(result).mcpServers[0].env.GITHUB_TOKEN, '${{ secrets.GITHUB_TOKEN }}');
    assert.deepEqual(fix.store, { kind: 'dotenv', name: 'GITHUB_TOKEN', key: '.continue/.env' });
  });

  it('Claude Desktop and Zed have no reference syntax: the server starts through secret-hygiene run (remediation-broker.test.ts), or the fix says why not', () => {
    const desktop = stdioServer('GITHUB_TOKEN', PAT);
    const plan = fixOf(planJitFix(desktop, findingFor(desktop, PAT, { ruleId: 'github-classic-pat', provider: 'github' }), { path: 'Claude/claude_desktop_config.json' }));
    assert.equal(plan.store.kind, 'keychain');
    const zed = `{\n  "context_servers": { "gh": { "url": "https://mcp.example.test", "headers": { "Authorization": "${PAT}" } } }\n}\n`;
    assert.match(reasonOf(planJitFix(zed, findingFor(zed, PAT, { ruleId: 'github-classic-pat', provider: 'github' }), { path: '.zed/settings.json' })), /Zed .*no variable expansion/);
  });

  it("Claude Code settings.json env values are literal: only an env variable can move to the keychain", () => {
    const text = `{ "apiKeyHelper": "${OPENAI}" }`;
    const reason = reasonOf(planJitFix(text, findingFor(text, OPENAI, { ruleId: 'openai-project-key', provider: 'openai' }), { path: '.claude/settings.json' }));
    assert.match(reason, /literal/);
  });
});

describe('JIT fixes: .env files', () => {
  const env = `# local settings\nOPENAI_API_KEY=${OPENAI}\nDEBUG=true\n`;
  const finding = (text: string) => findingFor(text, OPENAI, { ruleId: 'openai-project-key', provider: 'openai', location: { fileKind: 'dotenv', path: ['OPENAI_API_KEY'] } });

  it('1Password: an op:// reference into the configured vault', () => {
    const { fix, result } = fixed(env, OPENAI, { ruleId: 'openai-project-key', provider: 'openai' }, { path: '.env', references: { provider: '1password', onePasswordVault: 'Engineering' } });
    assert.equal(result, '# local settings\nOPENAI_API_KEY=op://Engineering/OPENAI_API_KEY/credential\nDEBUG=true\n');
    assert.deepEqual(fix.store, { kind: '1password', name: 'OPENAI_API_KEY', key: 'op://Engineering/OPENAI_API_KEY/credential' });
    assert.ok(fix.notes.some((n) => n.includes('op run --env-file')));
  });

  it('1Password: quotes a reference whose vault name has a space, and refuses names it cannot write', () => {
    const { result } = fixed(env, OPENAI, { ruleId: 'openai-project-key', provider: 'openai' }, { path: 'app/.env.local', references: { provider: '1password', onePasswordVault: 'Dev Team' } });
    assert.ok(result.includes('OPENAI_API_KEY="op://Dev Team/OPENAI_API_KEY/credential"\n'));
    const plan = planJitFix(env, finding(env), { path: '.env', references: { provider: '1password', onePasswordVault: 'a/b' } });
    assert.match(reasonOf(plan), /vault/);
  });

  it('Doppler: the line becomes a comment naming who injects the variable', () => {
    const { fix, result } = fixed(env, OPENAI, { ruleId: 'openai-project-key', provider: 'openai' }, { path: '.env', references: { provider: 'doppler' } });
    assert.equal(result, '# local settings\n# OPENAI_API_KEY is injected by `doppler run` (Doppler)\nDEBUG=true\n');
    assert.deepEqual(fix.store, { kind: 'doppler', name: 'OPENAI_API_KEY' });
  });

  it('without a secret manager, or for part of a value, there is nothing safe to write', () => {
    assert.match(reasonOf(planJitFix(env, finding(env), { path: '.env' })), /git-ignored/);
    const url = `DATABASE_URL=postgres://app:${PASSWORD}@db:5432/app\n`;
    const plan = planJitFix(url, findingFor(url, PASSWORD, { ruleId: 'database-connection-string', provider: 'generic' }), { path: '.env', references: { provider: 'doppler' } });
    assert.match(reasonOf(plan), /part of a larger value/);
  });
});

describe('JIT fixes: source code', () => {
  it('JavaScript: process.env.NAME replaces the quoted literal, quotes included', () => {
    const text = `import Stripe from 'stripe';\nconst stripe = new Stripe('${STRIPE}');\n`;
    const { fix, result } = fixed(text, STRIPE, { ruleId: 'stripe-live-secret-key', provider: 'stripe' }, { path: 'src/billing.js' });
    assert.equal(result, `import Stripe from 'stripe';\nconst stripe = new Stripe(process.env.STRIPE_SECRET_KEY);\n`);
    assert.equal(fix.title, 'Use process.env.STRIPE_SECRET_KEY');
  });

  it('TypeScript: splices the lookup into a template literal, concatenates a quoted string', () => {
    const template = 'const headers = { Authorization: `Bearer ' + PAT + '` };\n';
    const a = fixed(template, PAT, { ruleId: 'github-classic-pat', provider: 'github' }, { path: 'src/api.ts' });
    assert.equal(a.result, 'const headers = { Authorization: `Bearer ${process.env.GITHUB_TOKEN}` };\n');
    assert.ok(a.fix.notes.some((n) => n.includes('string | undefined')));

    const quoted = `const url = "postgres://app:${PASSWORD}@db:5432/app".trim();\n`;
    const b = fixed(quoted, PASSWORD, { ruleId: 'database-connection-string', provider: 'generic' }, { path: 'src/db.ts' });
    assert.equal(b.result, 'const url = ("postgres://app:" + process.env.DATABASE_PASSWORD + "@db:5432/app").trim();\n');
  });

  it('generic rules take the name of the variable they are assigned to', () => {
    const text = `const dbPassword = "${PASSWORD}";\n`;
    const { result } = fixed(text, PASSWORD, { ruleId: 'generic-secret-assignment', provider: 'generic' }, { path: 'server.mjs' });
    assert.equal(result, 'const dbPassword = process.env.DB_PASSWORD;\n');
  });

  it('Python: os.environ["NAME"], adding `import os` after the docstring and __future__ imports', () => {
    const text = `"""Talk to OpenAI."""\nfrom __future__ import annotations\n\nclient = OpenAI(api_key="${OPENAI}")\n`;
    const { fix, result } = fixed(text, OPENAI, { ruleId: 'openai-project-key', provider: 'openai' }, { path: 'app/client.py' });
    assert.equal(result, `"""Talk to OpenAI."""\nfrom __future__ import annotations\n\nimport os\n\nclient = OpenAI(api_key=os.environ["OPENAI_API_KEY"])\n`);
    assert.equal(fix.title, 'Use os.environ["OPENAI_API_KEY"]');
  });

  it('Python: no second import when os is already imported; declines f-strings it would have to split', () => {
    const text = `import sys, os\n\nKEY = '${OPENAI}'\n`;
    const { result } = fixed(text, OPENAI, { ruleId: 'openai-project-key', provider: 'openai' }, { path: 'a.py' });
    assert.equal(result, `import sys, os\n\nKEY = os.environ["KEY"]\n`);
    const fstring = `import os\nurl = f"https://x:${PASSWORD}@{host}"\n`;
    const plan = planJitFix(fstring, findingFor(fstring, PASSWORD, { ruleId: 'url-basic-auth', provider: 'generic' }), { path: 'a.py' });
    assert.match(reasonOf(plan), /formatted/);
  });

  it('Go: os.Getenv("NAME"), adding "os" to the import block', () => {
    const text = `package main\n\nimport (\n\t"fmt"\n)\n\nfunc main() {\n\ttoken := "${PAT}"\n\tfmt.Println(len(token))\n}\n`;
    const { result } = fixed(text, PAT, { ruleId: 'github-classic-pat', provider: 'github' }, { path: 'cmd/main.go' });
    assert.equal(result, `package main\n\nimport (\n\t"os"\n\t"fmt"\n)\n\nfunc main() {\n\ttoken := os.Getenv("GITHUB_TOKEN")\n\tfmt.Println(len(token))\n}\n`);
  });

  it('puts imports where each language expects them', () => {
    const py = `import json\nfrom pathlib import Path\n\nTOKEN = b"${PAT}"\n`;
    assert.equal(
      fixed(py, PAT, { ruleId: 'github-classic-pat', provider: 'github' }, { path: 'x.py' }).result,
      `import os\nimport json\nfrom pathlib import Path\n\nTOKEN = os.environ["TOKEN"].encode()\n`,
      'before the first import; a bytes literal stays bytes',
    );
    const go = `package api\n\nimport "net/http"\n\nvar token = "${PAT}"\n`;
    assert.equal(
      fixed(go, PAT, { ruleId: 'github-classic-pat', provider: 'github' }, { path: 'api.go' }).result,
      `package api\n\nimport "os"\nimport "net/http"\n\nvar token = os.Getenv("GITHUB_TOKEN")\n`,
    );
    const bare = `package api\n\nvar token = "${PAT}"\n`;
    assert.equal(
      fixed(bare, PAT, { ruleId: 'github-classic-pat', provider: 'github' }, { path: 'api.go' }).result,
      `package api\n\nimport "os"\n\nvar token = os.Getenv("GITHUB_TOKEN")\n`,
    );
  });

  it('Java, C#, Ruby, PHP and Rust each get their own lookup', () => {
    const cases: [string, string, string][] = [
      ['Api.java', `String key = "${STRIPE}";`, 'String key = System.getenv("STRIPE_SECRET_KEY");'],
      ['Api.cs', `var key = @"${STRIPE}";`, 'var key = System.Environment.GetEnvironmentVariable("STRIPE_SECRET_KEY");'],
      ['api.rb', `Stripe.api_key = '${STRIPE}'`, 'Stripe.api_key = ENV.fetch("STRIPE_SECRET_KEY")'],
      ['api.php', `$key = "${STRIPE}";`, "$key = getenv('STRIPE_SECRET_KEY');"],
      ['main.rs', `let key = "${STRIPE}";`, 'let key = std::env::var("STRIPE_SECRET_KEY").expect("STRIPE_SECRET_KEY is not set");'],
    ];
    for (const [path, line, expected] of cases) {
      assert.equal(fixed(line, STRIPE, { ruleId: 'stripe-live-secret-key', provider: 'stripe' }, { path }).result, expected, path);
    }
  });

  it('shell: "$NAME" for a value, ${NAME} inside a double-quoted string', () => {
    const text = `export GITHUB_TOKEN=${PAT}\ncurl -H "Authorization: token ${PAT}" https://api.github.com/user\n`;
    const first = fixed(text.split('\n')[0]!, PAT, { ruleId: 'github-classic-pat', provider: 'github' }, { path: 'scripts/setup.sh' });
    assert.equal(first.result, 'export GITHUB_TOKEN="$GITHUB_TOKEN"');
    const finding = findingFor(text, PAT, { ruleId: 'github-classic-pat', provider: 'github', occurrence: 1 });
    const fix = fixOf(planJitFix(text, finding, { path: 'scripts/setup.sh' }));
    assert.ok(applyTextEdits(text, fix.edits).includes('curl -H "Authorization: token ${GITHUB_TOKEN}" https://api.github.com/user'));
  });

  it('declines what it cannot rewrite safely: comments, unknown languages', () => {
    const comment = `// old key: ${STRIPE}\nconst x = 1;\n`;
    assert.match(reasonOf(planJitFix(comment, findingFor(comment, STRIPE, { ruleId: 'stripe-live-secret-key', provider: 'stripe' }), { path: 'a.js' })), /comment/);
    const cobol = `MOVE "${STRIPE}" TO WS-KEY.`;
    assert.match(reasonOf(planJitFix(cobol, findingFor(cobol, STRIPE, { ruleId: 'stripe-live-secret-key', provider: 'stripe' }), { path: 'PAY.cbl' })), /\.cbl/);
  });
});

describe('JIT fixes: GitHub Actions and npm', () => {
  const workflow = [
    'on: push',
    'jobs:',
    '  deploy:',
    '    runs-on: ubuntu-latest',
    '    env:',
    `      AWS_ACCESS_KEY_ID: ${AWS_ID}`,
    '    steps:',
    '      - uses: actions/checkout@v4',
    '        with:',
    `          token: "${PAT}"`,
    '',
  ].join('\n');

  it('workflow env: ${{ secrets.NAME }}, and the OIDC alternative for AWS keys', () => {
    const location: FindingLocation = { fileKind: 'github-workflow', client: 'github-actions', path: ['jobs', 'deploy', 'env', 'AWS_ACCESS_KEY_ID'] };
    const { fix, result } = fixed(workflow, AWS_ID, { ruleId: 'aws-access-key-id', provider: 'aws', location }, { path: '.github/workflows/deploy.yml' });
    assert.equal(parseYaml(result).jobs.deploy.env.AWS_ACCESS_KEY_ID, '${{ secrets.AWS_ACCESS_KEY_ID }}');
    assert.deepEqual(fix.store, { kind: 'github-secret', name: 'AWS_ACCESS_KEY_ID' });
    const oidc = fix.notes.find((n) => n.includes('role-to-assume'));
    assert.ok(oidc, 'an OIDC note');
    assert.match(oidc, /id-token: write/);
    assert.match(oidc, /aws-actions\/configure-aws-credentials@/);
  });

  it('secret names never start with GITHUB_ (GitHub rejects them)', () => {
    const location: FindingLocation = { fileKind: 'github-workflow', client: 'github-actions', path: ['jobs', 'deploy', 'steps', 0, 'with', 'token'] };
    const { fix, result } = fixed(workflow, PAT, { ruleId: 'github-classic-pat', provider: 'github', location }, { path: '.github/workflows/deploy.yml' });
    assert.equal(parseYaml(result).jobs.deploy.steps[0].with.token, '${{ secrets.GH_TOKEN }}');
    assert.equal(fix.store.name, 'GH_TOKEN');
    assert.ok(!fix.notes.some((n) => n.includes('role-to-assume')), 'no AWS advice for a GitHub token');
  });

  it('.npmrc: ${NPM_TOKEN}, with a note that npm needs it set', () => {
    const text = `registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=${NPM}\n`;
    const location: FindingLocation = { fileKind: 'npmrc', client: 'npm', path: ['//registry.npmjs.org/:_authToken'] };
    const { fix, result } = fixed(text, NPM, { ruleId: 'npm-access-token', provider: 'npm', location }, { path: '.npmrc' });
    assert.equal(result, 'registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n');
    assert.equal(fix.reference.storeAs, 'NPM_TOKEN');
    assert.ok(fix.notes.some((n) => n.includes('NPM_TOKEN') && n.includes('environment')));
  });

  it('credential files without a reference syntax name the better home instead', () => {
    const text = `[pypi]\nusername = __token__\npassword = ${PASSWORD}\n`;
    assert.match(reasonOf(planJitFix(text, findingFor(text, PASSWORD, { ruleId: 'generic-secret-assignment', provider: 'generic' }), { path: '.pypirc' })), /TWINE_PASSWORD/);
  });
});

describe('JIT fixes: guard rails', () => {
  const text = `const key = "${STRIPE}";\n`;

  it('plans nothing for read-only documents, scope findings or stale ranges', () => {
    const finding = findingFor(text, STRIPE, { ruleId: 'stripe-live-secret-key', provider: 'stripe' });
    assert.match(reasonOf(planJitFix(text, finding, { path: 'a.js', readOnly: true })), /read-only/);
    assert.match(reasonOf(planJitFix(text, { ...finding, category: 'scope' }, { path: 'a.js' })), /scope/);
    assert.match(reasonOf(planJitFix(text, { ...finding, range: [5, text.length + 10] }, { path: 'a.js' })), /does not point into this text/);
  });

  it('applyTextEdits applies edits against the original offsets and rejects overlaps', () => {
    assert.equal(applyTextEdits('abcdef', [{ range: [4, 6], newText: 'XY' }, { range: [0, 0], newText: '>' }, { range: [1, 3], newText: '' }]), '>adXY');
    assert.throws(() => applyTextEdits('abcdef', [{ range: [0, 3], newText: '' }, { range: [2, 4], newText: '' }]), (e: Error) => e.name === TextEditError.name);
    assert.throws(() => applyTextEdits('abc', [{ range: [2, 9], newText: '' }]), /outside the text/);
  });
});
