/** `secret-hygiene agents [--format text|json]`: the inventory, as JSON for security teams or text for people. */
import { homedir } from 'node:os';
import { UsageError } from '../errors.js';
import { DEFAULT_VERIFY_TIMEOUT_SECONDS } from '../args.js';
import { describeVerification, verificationSummary } from '../output/verification-text.js';
import { loadScanPolicy } from '../policy/scan-policy.js';
import { VERSION } from '../version.js';
import { verifyInventory, type VerifiedCredential } from '../verify/agents-verify.js';
import { assertVerificationAllowed } from '../verify/policy-gate.js';
import { takeInventory, type CredentialFinding, type Inventory } from './inventory.js';

export async function runAgentsCommand(argv: readonly string[]): Promise<{ stdout: string; stderr?: string; exitCode: number }> {
  let format: 'text' | 'json' = 'text';
  let verify = false;
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === '--verify') verify = true;
    else if (flag === '--format' || flag === '-f') {
      const value = argv[++i];
      if (value !== 'text' && value !== 'json') throw new UsageError('agents: --format must be text or json');
      format = value;
    } else throw new UsageError(`agents: unknown option ${flag} (usage: secret-hygiene agents [--format text|json] [--verify])`);
  }
  if (verify) assertVerificationAllowed((await loadScanPolicy(undefined)).resolved, 'agents --verify');
  const inventory = takeInventory({ home: homedir(), project: process.cwd(), platform: process.platform, env: process.env });
  // --verify: each credential checked with its provider (docs/verify.md), shown beside it.
  const verified = verify ? await verifyInventory(inventory, { timeoutMs: DEFAULT_VERIFY_TIMEOUT_SECONDS * 1000, userAgent: `secret-hygiene/${VERSION}`, apiBase: process.env.SECRET_HYGIENE_API_BASE }) : undefined;
  // Exit 1 when any client hands a server a credential: the inventory doubles as a check.
  const exitCode = inventory.clients.some((client) => client.configs.some((config) => config.otherCredentials.length || config.servers.some((s) => s.credentials.length))) ? 1 : 0;
  const stderr = verified?.notices.map((notice) => `notice: verify: ${notice}\n`).join('') ?? '';
  const stdout =
    format === 'json'
      ? `${JSON.stringify(verified ? { ...inventory, verification: verified.stats } : inventory, null, 2)}\n`
      : `${formatText(inventory)}${verified ? `${verificationSummary(verified.stats)}\n` : ''}`;
  return { stdout, ...(stderr ? { stderr } : {}), exitCode };
}

function describeCredential(found: CredentialFinding): string {
  const expiry = found.expiresAt ? `, expires ${found.expiresAt}` : '';
  const verification = (found as VerifiedCredential).verification;
  return `${found.ruleId} ${found.redacted} (${found.severity}, ${found.lifetime}${expiry})${found.field ? ` at ${found.field}` : ''}, line ${found.line}${verification ? `  ${describeVerification(verification)}` : ''}`;
}

export function formatText(inventory: Inventory): string {
  if (!inventory.clients.length) return 'No AI client configuration found on this machine or in this project.\n';
  const lines: string[] = [];
  for (const client of inventory.clients) {
    const hooks = client.hooks === 'not-supported' ? '' : `, secret-hygiene hooks ${client.hooks}`;
    lines.push(`${client.name}: score ${client.score} (${client.grade})${hooks}`);
    for (const config of client.configs) {
      lines.push(`  ${config.path} (${config.scope})${config.problem ? `: ${config.problem}` : ''}`);
      for (const server of config.servers) {
        lines.push(`    MCP server ${server.name} [${server.transport}] ${server.command ?? server.url ?? ''}`.trimEnd());
        for (const found of server.credentials) lines.push(`      ✗ ${describeCredential(found)}`);
      }
      for (const found of config.otherCredentials) lines.push(`    ✗ ${describeCredential(found)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
