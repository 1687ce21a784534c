/**
 * The inventory the CLI prints with `secret-hygiene agents --format json` (cli/src/agents/inventory.ts),
 * as the extension reads it. The CLI is another program (possibly another version): its output is input,
 * checked here field by field, and a mismatch is an error naming the field, never a half-drawn view.
 */

export interface AgentCredential {
  ruleId: string;
  severity: string;
  lifetime: string;
  expiresAt?: string;
  /** Masked by the CLI (`ghp_…Zq9x`): the full value never leaves the engine. */
  redacted: string;
  line: number;
  field?: string;
}

export interface AgentServer {
  name: string;
  command?: string;
  url?: string;
  transport: string;
  credentials: AgentCredential[];
}

export interface AgentConfig {
  path: string;
  scope: 'user' | 'project';
  servers: AgentServer[];
  otherCredentials: AgentCredential[];
  problem?: string;
}

export type HookState = 'installed' | 'partial' | 'missing' | 'not-supported';

export interface AgentClientReport {
  client: string;
  name: string;
  configs: AgentConfig[];
  hooks: HookState;
  score: number;
  grade: string;
}

export interface AgentInventory {
  version: 1;
  clients: AgentClientReport[];
}

export class InventoryFormatError extends Error {
  override readonly name = 'InventoryFormatError';
}

type Json = Record<string, unknown>;
const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

function field<T>(record: Json, key: string, where: string, check: (value: unknown) => value is T, what: string): T {
  const value = record[key];
  if (!check(value)) throw new InventoryFormatError(`${where}.${key} is not ${what}`);
  return value;
}
const isString = (value: unknown): value is string => typeof value === 'string';
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isArray = (value: unknown): value is unknown[] => Array.isArray(value);
const optionalString = (record: Json, key: string, where: string): string | undefined =>
  record[key] === undefined ? undefined : field(record, key, where, isString, 'a string');

function credential(value: unknown, where: string): AgentCredential {
  if (!isRecord(value)) throw new InventoryFormatError(`${where} is not an object`);
  const expiresAt = optionalString(value, 'expiresAt', where);
  const found = optionalString(value, 'field', where);
  return {
    ruleId: field(value, 'ruleId', where, isString, 'a string'),
    severity: field(value, 'severity', where, isString, 'a string'),
    lifetime: field(value, 'lifetime', where, isString, 'a string'),
    redacted: field(value, 'redacted', where, isString, 'a string'),
    line: field(value, 'line', where, isNumber, 'a number'),
    ...(expiresAt ? { expiresAt } : {}),
    ...(found ? { field: found } : {}),
  };
}

function server(value: unknown, where: string): AgentServer {
  if (!isRecord(value)) throw new InventoryFormatError(`${where} is not an object`);
  const command = optionalString(value, 'command', where);
  const url = optionalString(value, 'url', where);
  return {
    name: field(value, 'name', where, isString, 'a string'),
    transport: field(value, 'transport', where, isString, 'a string'),
    credentials: field(value, 'credentials', where, isArray, 'a list').map((c, i) => credential(c, `${where}.credentials[${i}]`)),
    ...(command ? { command } : {}),
    ...(url ? { url } : {}),
  };
}

function config(value: unknown, where: string): AgentConfig {
  if (!isRecord(value)) throw new InventoryFormatError(`${where} is not an object`);
  const scope = field(value, 'scope', where, (v): v is 'user' | 'project' => v === 'user' || v === 'project', '"user" or "project"');
  const problem = optionalString(value, 'problem', where);
  return {
    path: field(value, 'path', where, isString, 'a string'),
    scope,
    servers: field(value, 'servers', where, isArray, 'a list').map((s, i) => server(s, `${where}.servers[${i}]`)),
    otherCredentials: field(value, 'otherCredentials', where, isArray, 'a list').map((c, i) => credential(c, `${where}.otherCredentials[${i}]`)),
    ...(problem ? { problem } : {}),
  };
}

const HOOK_STATES: readonly string[] = ['installed', 'partial', 'missing', 'not-supported'];

/** Parses the CLI's stdout; throws InventoryFormatError naming the first field that is not as expected. */
export function parseInventory(stdout: string): AgentInventory {
  let document: unknown;
  try {
    document = JSON.parse(stdout);
  } catch {
    throw new InventoryFormatError('the output of `secret-hygiene agents --format json` is not JSON (an older CLI?)');
  }
  if (!isRecord(document) || document.version !== 1) throw new InventoryFormatError('the inventory is not version 1 (update the extension or the CLI so they match)');
  const clients = field(document, 'clients', 'inventory', isArray, 'a list').map((value, index): AgentClientReport => {
    const where = `clients[${index}]`;
    if (!isRecord(value)) throw new InventoryFormatError(`${where} is not an object`);
    return {
      client: field(value, 'client', where, isString, 'a string'),
      name: field(value, 'name', where, isString, 'a string'),
      configs: field(value, 'configs', where, isArray, 'a list').map((c, i) => config(c, `${where}.configs[${i}]`)),
      hooks: field(value, 'hooks', where, (v): v is HookState => typeof v === 'string' && HOOK_STATES.includes(v), 'a hook state'),
      score: field(value, 'score', where, isNumber, 'a number'),
      grade: field(value, 'grade', where, isString, 'a string'),
    };
  });
  return { version: 1, clients };
}

/** Clients whose hooks `secret-hygiene hooks install` can write (the CLI's HOOK_CLIENTS). */
export const HOOK_CLIENTS = ['claude-code', 'cursor'] as const;
export type HookClient = (typeof HOOK_CLIENTS)[number];
export const HOOK_CLIENT_NAMES: Record<HookClient, string> = { 'claude-code': 'Claude Code', cursor: 'Cursor' };
export const isHookClient = (value: unknown): value is HookClient => typeof value === 'string' && (HOOK_CLIENTS as readonly string[]).includes(value);
