import type { FindingLocation } from '../engine/types.js';
import { CLIENT_NAMES, type Client } from './kinds.js';
import type { Leaf } from './tree/leaf.js';

/** Keys under which clients list MCP servers (VS Code `servers`, most others `mcpServers`, Zed `context_servers`). */
export const SERVER_CONTAINERS = new Set(['servers', 'mcpServers', 'context_servers']);

/** The MCP server a path points into, by its key or (Continue's YAML lists) its `name` field. */
export function serverName(path: readonly (string | number)[], leaves: readonly Leaf[]): string | undefined {
  const at = path.findIndex((segment) => typeof segment === 'string' && SERVER_CONTAINERS.has(segment));
  if (at === -1 || path.length <= at + 1) return undefined;
  const server = path[at + 1]!;
  if (typeof server === 'string') return server;
  return namesOf(leaves).get(JSON.stringify(path.slice(0, at + 2))) ?? `#${server + 1}`;
}

/** Per leaf list, the `name` value under each path (the first one, by position), indexed once. */
const NAMES = new WeakMap<readonly Leaf[], Map<string, string>>();

function namesOf(leaves: readonly Leaf[]): Map<string, string> {
  let names = NAMES.get(leaves);
  if (!names) {
    names = new Map();
    for (const leaf of leaves) {
      if (leaf.path.at(-1) !== 'name') continue;
      const owner = JSON.stringify(leaf.path.slice(0, -1));
      if (!names.has(owner)) names.set(owner, leaf.value);
    }
    NAMES.set(leaves, names);
  }
  return names;
}

/** Which part of a server entry: `env GITHUB_TOKEN`, `header Authorization`, `argument 3`. */
function fieldOf(path: readonly (string | number)[]): string {
  const key = path.at(-1);
  const parent = path.at(-2);
  if (parent === 'env') return `env ${key}`;
  if (parent === 'headers') return `header ${key}`;
  if (parent === 'args' && typeof key === 'number') return `argument ${key + 1}`;
  return path.filter((s) => typeof s === 'string').slice(-2).join('.');
}

function owner(client: string | undefined): string {
  return client ? `${CLIENT_NAMES[client as Client] ?? client}'s` : 'the';
}

/** One phrase for messages: `MCP server "github" in Cursor's config (env GITHUB_TOKEN)`. */
export function describeLocation(location: FindingLocation, leaves: readonly Leaf[]): string {
  const path = location.path ?? [];
  const server = serverName(path, leaves);
  if (server !== undefined) return `MCP server "${server}" in ${owner(location.client)} config (${fieldOf(path)})`;
  const dotted = path.join('.');
  switch (location.fileKind) {
    case 'agent-settings':
      return `${owner(location.client)} agent settings (${fieldOf(path)})`;
    case 'editor-settings':
      return `${owner(location.client)} setting "${dotted}"`;
    case 'dotenv':
      return `environment file variable ${dotted}`;
    default:
      return `${FILE_LABELS[location.fileKind] ?? location.fileKind} at ${dotted || 'top level'}`;
  }
}

/** How the remaining kinds are named in messages. */
const FILE_LABELS: Partial<Record<string, string>> = {
  'jetbrains-xml': 'JetBrains project settings',
  npmrc: '.npmrc',
  yarnrc: '.yarnrc.yml',
  pypirc: '.pypirc',
  'docker-config': 'Docker config',
  netrc: '.netrc',
  'git-credentials': '.git-credentials',
  'aws-credentials': 'AWS credentials file',
  kubeconfig: 'kubeconfig',
  'github-workflow': 'GitHub Actions workflow',
};
