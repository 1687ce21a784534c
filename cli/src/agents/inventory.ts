/**
 * The inventory behind `secret-hygiene agents`: each AI client's configs on this machine and in the
 * project, the MCP servers they declare, the credentials each server gets (scanned with the core's
 * scanDocument, so findings carry a structured location), whether our hooks are installed, and a score.
 * Reads are bounded and never follow a symlink out of the home or the project.
 */
import { lstatSync, readdirSync, realpathSync } from 'node:fs';
import { join, sep } from 'node:path';
import { Scanner, builtinRules, scanDocument, type Finding } from '@secret-hygiene/core';
import { InputFileError, readBoundedFile } from '../bounded-read.js';
import { hookStatus, type HookStatus } from '../hooks/install.js';
import { AGENT_CLIENTS, AGENT_CLIENT_NAMES, configLocations, type AgentClient, type ConfigLocation, type LocationContext } from './locations.js';
import { mcpServers, type McpServer } from './servers.js';

/** Config files are small; anything bigger is not read (and is said so). */
export const CONFIG_LIMIT = 2 * 1024 * 1024;

export interface CredentialFinding {
  ruleId: string;
  severity: Finding['severity'];
  lifetime: Finding['lifetime'];
  expiresAt?: string;
  redacted: string;
  fingerprint: string;
  line: number;
  /** The field holding it (`mcpServers.github.env.GITHUB_TOKEN`), when the format gives one. */
  field?: string;
}

export interface ServerReport extends Omit<McpServer, 'path'> {
  credentials: CredentialFinding[];
}

export interface ConfigReport {
  path: string;
  scope: 'user' | 'project';
  servers: ServerReport[];
  /** Credentials in the file outside any server entry (an `env` block, a header in settings). */
  otherCredentials: CredentialFinding[];
  problem?: string;
}

export interface ClientReport {
  client: AgentClient;
  name: string;
  configs: ConfigReport[];
  /** Our agent hooks (Claude Code and Cursor only; `not-supported` for the others). */
  hooks: 'installed' | 'partial' | 'missing' | 'not-supported';
  score: number;
  grade: 'A' | 'B' | 'C' | 'D' | 'F';
}

export interface Inventory {
  version: 1;
  clients: ClientReport[];
}

function credential(finding: Finding): CredentialFinding {
  return {
    ruleId: finding.ruleId,
    severity: finding.severity,
    lifetime: finding.lifetime,
    ...(finding.expiresAt ? { expiresAt: finding.expiresAt } : {}),
    redacted: finding.redacted,
    fingerprint: finding.fingerprint,
    line: finding.line,
    ...(finding.location?.path ? { field: finding.location.path.join('.') } : {}),
  };
}

/** The file's text if it is a regular file (or a link that stays inside `root`) within the size cap. */
function readConfig(path: string, root: string): { text?: string; problem?: string } {
  let info;
  try {
    info = lstatSync(path);
  } catch {
    return {};
  }
  if (info.isSymbolicLink() || !isInside(path, root)) {
    let target: string;
    try {
      target = realpathSync(path);
    } catch {
      return { problem: 'a broken symbolic link' };
    }
    if (!isInside(target, root)) return { problem: 'a symbolic link leading out of its folder: not followed' };
  }
  try {
    return { text: readBoundedFile(path, CONFIG_LIMIT) };
  } catch (error) {
    if (error instanceof InputFileError) return { problem: error.reason };
    throw error;
  }
}

function isInside(path: string, root: string): boolean {
  try {
    const real = realpathSync(path);
    const base = realpathSync(root);
    return real === base || real.startsWith(base.endsWith(sep) ? base : base + sep);
  } catch {
    return false;
  }
}

function expand(location: ConfigLocation): ConfigLocation[] {
  if (!location.directory) return [location];
  try {
    if (!lstatSync(location.path).isDirectory()) return [];
    return readdirSync(location.path)
      .filter((name) => /\.(ya?ml|json)$/i.test(name))
      .sort()
      .map((name) => ({ ...location, path: join(location.path, name), directory: false }));
  } catch {
    return [];
  }
}

function startsWith(path: readonly (string | number)[] | undefined, prefix: readonly (string | number)[]): boolean {
  return !!path && prefix.length <= path.length && prefix.every((part, index) => String(path[index]) === String(part));
}

function scanConfig(scanner: Scanner, location: ConfigLocation, text: string): ConfigReport {
  const { servers, problem } = mcpServers(location.path, text);
  const { findings } = scanDocument(scanner, text, { path: location.path, minSeverity: 'low' });
  const secrets = findings.filter((finding) => finding.category === 'secret');
  const claimed = new Set<Finding>();
  const reports = servers.map(({ path, ...server }) => {
    const mine = secrets.filter((finding) => startsWith(finding.location?.path, path));
    mine.forEach((finding) => claimed.add(finding));
    return { ...server, credentials: mine.map(credential) };
  });
  return {
    path: location.path,
    scope: location.scope,
    servers: reports,
    otherCredentials: secrets.filter((finding) => !claimed.has(finding)).map(credential),
    ...(problem ? { problem } : {}),
  };
}

const PENALTY = { critical: 40, high: 25, medium: 10, low: 5, info: 0 } as const;

/** 100, less a penalty per credential (long-lived ones count double) and for missing hooks. */
function score(configs: ConfigReport[], hooks: ClientReport['hooks']): { score: number; grade: ClientReport['grade'] } {
  let value = 100;
  for (const config of configs) {
    for (const found of [...config.servers.flatMap((server) => server.credentials), ...config.otherCredentials]) {
      value -= PENALTY[found.severity] * (found.lifetime === 'long-lived' ? 2 : 1);
    }
  }
  if (hooks === 'missing') value -= 15;
  if (hooks === 'partial') value -= 5;
  value = Math.max(0, value);
  const grade = value >= 90 ? 'A' : value >= 75 ? 'B' : value >= 50 ? 'C' : value >= 25 ? 'D' : 'F';
  return { score: value, grade };
}

function hooksOf(client: AgentClient, statuses: HookStatus[]): ClientReport['hooks'] {
  if (client !== 'claude-code' && client !== 'cursor') return 'not-supported';
  const mine = statuses.filter((status) => status.client === client);
  const installed = new Set(mine.flatMap((status) => status.installed));
  const all = new Set(mine.flatMap((status) => [...status.installed, ...status.missing]));
  return installed.size === 0 ? 'missing' : installed.size === all.size ? 'installed' : 'partial';
}

export function takeInventory(context: LocationContext): Inventory {
  const scanner = new Scanner(builtinRules);
  const statuses = hookStatus({ home: context.home, project: context.project });
  const byClient = new Map<AgentClient, ConfigReport[]>(AGENT_CLIENTS.map((client) => [client, []]));
  const seen = new Set<string>();
  for (const location of configLocations(context).flatMap(expand)) {
    if (seen.has(location.path)) continue;
    seen.add(location.path);
    const { text, problem } = readConfig(location.path, location.root);
    if (text === undefined && problem === undefined) continue;
    const report: ConfigReport =
      text === undefined ? { path: location.path, scope: location.scope, servers: [], otherCredentials: [], problem: problem! } : scanConfig(scanner, location, text);
    byClient.get(location.client)!.push(report);
  }
  const clients = AGENT_CLIENTS.flatMap((client): ClientReport[] => {
    const configs = byClient.get(client)!;
    const hooks = hooksOf(client, statuses);
    if (!configs.length && (hooks === 'missing' || hooks === 'not-supported')) return [];
    return [{ client, name: AGENT_CLIENT_NAMES[client], configs, hooks, ...score(configs, hooks) }];
  });
  return { version: 1, clients };
}
