/**
 * What the Agent Guardrails view shows, as plain data (no vscode): one node per client, its configs,
 * their MCP servers and the credentials each gets (masked, with lifetime), and the hook state with its
 * install action. The tree provider turns nodes into TreeItems; tests read the same nodes as text lines.
 */
import { isHookClient, type AgentClientReport, type AgentConfig, type AgentCredential, type AgentInventory } from './inventory.js';

export type GuardrailsState =
  | { kind: 'loading' }
  /** The host cannot run the inventory at all (the web host): why, in the user's words. */
  | { kind: 'unavailable'; reason: string }
  /** No workspace folder, the CLI not found, or the CLI failed: what to do next. */
  | { kind: 'problem'; reason: string; openSettings?: boolean }
  | { kind: 'ready'; inventory: AgentInventory; folder: string; trusted: boolean };

export type NodeIcon = 'info' | 'warning' | 'error' | 'pass' | 'shield' | 'server' | 'file' | 'key' | 'loading' | 'lock';

export interface GuardrailNode {
  id: string;
  label: string;
  description?: string;
  tooltip?: string;
  icon?: NodeIcon;
  /** A command the node runs when clicked, with its arguments (plain data). */
  command?: { id: string; title: string; arguments?: unknown[] };
  /** Open a file (a config) when clicked. */
  openPath?: string;
  contextValue?: string;
  children: GuardrailNode[];
}

const HOOK_TEXT = { installed: 'hooks installed', partial: 'hooks partly installed', missing: 'hooks not installed', 'not-supported': 'no hooks (client has none we install)' } as const;

function credentialNode(found: AgentCredential, id: string): GuardrailNode {
  const expiry = found.expiresAt ? `, expires ${found.expiresAt}` : '';
  return {
    id,
    label: `${found.ruleId} ${found.redacted}`,
    description: `${found.severity}, ${found.lifetime}${expiry}`,
    tooltip: `${found.ruleId} (${found.severity}, ${found.lifetime}${expiry})${found.field ? ` at ${found.field}` : ''}, line ${found.line}`,
    icon: found.severity === 'critical' || found.severity === 'high' ? 'error' : 'warning',
    children: [],
  };
}

function configNode(config: AgentConfig, id: string): GuardrailNode {
  const servers = config.servers.map((server, index): GuardrailNode => ({
    id: `${id}/server:${index}`,
    label: `MCP server ${server.name}`,
    description: `[${server.transport}] ${server.command ?? server.url ?? ''}`.trimEnd(),
    icon: 'server',
    children: server.credentials.map((found, n) => credentialNode(found, `${id}/server:${index}/cred:${n}`)),
  }));
  const others = config.otherCredentials.map((found, n) => credentialNode(found, `${id}/cred:${n}`));
  return {
    id,
    label: config.path,
    description: config.problem ? `${config.scope}: ${config.problem}` : config.scope,
    tooltip: `${config.path} (${config.scope === 'user' ? 'this machine' : 'this workspace'})${config.problem ? `: ${config.problem}` : ''}`,
    icon: config.problem ? 'warning' : 'file',
    ...(config.problem ? {} : { openPath: config.path }),
    children: [...servers, ...others],
  };
}

function hookNode(client: AgentClientReport, id: string, trusted: boolean): GuardrailNode | undefined {
  if (client.hooks === 'not-supported' || !isHookClient(client.client)) return undefined;
  const done = client.hooks === 'installed';
  const node: GuardrailNode = {
    id,
    label: `Secret Hygiene hooks: ${client.hooks === 'partial' ? 'partly installed' : client.hooks === 'installed' ? 'installed' : 'not installed'}`,
    icon: done ? 'pass' : 'warning',
    children: [],
  };
  if (done) return node;
  if (!trusted) return { ...node, description: 'Restricted Mode: trust the workspace to install', icon: 'lock' };
  return {
    ...node,
    description: 'click to install for this workspace',
    contextValue: 'installableHooks',
    command: { id: 'secretHygiene.installAgentHooks', title: 'Install Hooks for This Workspace', arguments: [client.client] },
  };
}

export function guardrailNodes(state: GuardrailsState): GuardrailNode[] {
  const message = (id: string, label: string, icon: NodeIcon, extra: Partial<GuardrailNode> = {}): GuardrailNode => ({ id, label, icon, children: [], ...extra });
  switch (state.kind) {
    case 'loading':
      return [message('loading', 'Reading the agent inventory…', 'loading')];
    case 'unavailable':
      return [message('unavailable', 'Agent Guardrails is unavailable in this editor', 'info', { description: state.reason, tooltip: state.reason })];
    case 'problem':
      return [
        message('problem', state.reason, 'warning', {
          tooltip: state.reason,
          ...(state.openSettings ? { command: { id: 'workbench.action.openSettings', title: 'Open Settings', arguments: ['secretHygiene.cliPath'] } } : {}),
        }),
      ];
    case 'ready': {
      const nodes: GuardrailNode[] = [];
      if (!state.trusted) nodes.push(message('restricted', 'Restricted Mode: read only', 'lock', { description: 'hooks are not installed in an untrusted workspace' }));
      if (!state.inventory.clients.length) nodes.push(message('empty', 'No AI client configuration found on this machine or in this workspace', 'info'));
      for (const client of state.inventory.clients) {
        const id = `client:${client.client}`;
        const credentials = client.configs.reduce((n, c) => n + c.otherCredentials.length + c.servers.reduce((m, s) => m + s.credentials.length, 0), 0);
        const hooks = hookNode(client, `${id}/hooks`, state.trusted);
        nodes.push({
          id,
          label: client.name,
          description: `score ${client.score} (${client.grade}) · ${credentials} credential${credentials === 1 ? '' : 's'} · ${HOOK_TEXT[client.hooks]}`,
          icon: credentials ? 'error' : client.hooks === 'missing' || client.hooks === 'partial' ? 'warning' : 'pass',
          children: [...(hooks ? [hooks] : []), ...client.configs.map((config, index) => configNode(config, `${id}/config:${index}`))],
        });
      }
      return nodes;
    }
  }
}

/** The nodes as indented text lines (`label — description`): the view as a test or a log sees it. */
export function nodeLines(nodes: readonly GuardrailNode[], depth = 0): string[] {
  return nodes.flatMap((node) => [`${'  '.repeat(depth)}${node.label}${node.description ? ` — ${node.description}` : ''}`, ...nodeLines(node.children, depth + 1)]);
}
