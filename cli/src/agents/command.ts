/** `secret-hygiene agents [--format text|json]`: the inventory, as JSON for security teams or text for people. */
import { homedir } from 'node:os';
import { UsageError } from '../errors.js';
import { takeInventory, type CredentialFinding, type Inventory } from './inventory.js';

export async function runAgentsCommand(argv: readonly string[]): Promise<{ stdout: string; stderr?: string; exitCode: number }> {
  let format: 'text' | 'json' = 'text';
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === '--format' || flag === '-f') {
      const value = argv[++i];
      if (value !== 'text' && value !== 'json') throw new UsageError('agents: --format must be text or json');
      format = value;
    } else throw new UsageError(`agents: unknown option ${flag} (usage: secret-hygiene agents [--format text|json])`);
  }
  const inventory = takeInventory({ home: homedir(), project: process.cwd(), platform: process.platform, env: process.env });
  // Exit 1 when any client hands a server a credential: the inventory doubles as a check.
  const exitCode = inventory.clients.some((client) => client.configs.some((config) => config.otherCredentials.length || config.servers.some((s) => s.credentials.length))) ? 1 : 0;
  return { stdout: format === 'json' ? `${JSON.stringify(inventory, null, 2)}\n` : formatText(inventory), exitCode };
}

function describeCredential(found: CredentialFinding): string {
  const expiry = found.expiresAt ? `, expires ${found.expiresAt}` : '';
  return `${found.ruleId} ${found.redacted} (${found.severity}, ${found.lifetime}${expiry})${found.field ? ` at ${found.field}` : ''}, line ${found.line}`;
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
