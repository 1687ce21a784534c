/**
 * The MCP servers a config declares, each with the path of its entry in the file, so that findings
 * (whose structured location is a path in the same tree) can be attributed to the server that gets them.
 */
import { parse as parseJsonc, type ParseError } from 'jsonc-parser';
import { parse as parseYaml } from 'yaml';

export interface McpServer {
  name: string;
  command?: string;
  url?: string;
  transport: 'stdio' | 'http' | 'sse' | string;
  /** Path of the server's entry in the document (`['mcpServers', 'github']`). */
  path: (string | number)[];
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function server(name: string, entry: Record<string, unknown>, path: (string | number)[]): McpServer {
  const args = Array.isArray(entry.args) ? entry.args.filter((arg): arg is string => typeof arg === 'string').map(displayArg) : [];
  const command = typeof entry.command === 'string' ? [displayArg(entry.command), ...args].join(' ') : undefined;
  const url = typeof entry.url === 'string' ? entry.url : typeof entry.serverUrl === 'string' ? entry.serverUrl : typeof entry.httpUrl === 'string' ? entry.httpUrl : undefined;
  const declared = typeof entry.type === 'string' ? entry.type : typeof entry.transport === 'string' ? entry.transport : undefined;
  const transport = declared ?? (command ? 'stdio' : url ? (/\/sse\/?$/.test(url) ? 'sse' : 'http') : 'unknown');
  // A URL may carry a token in its query: shown only without query and credentials.
  return { name, ...(command ? { command } : {}), ...(url ? { url: displayUrl(url) } : {}), transport, path };
}

/**
 * Arguments are shown only when they look like flags, package names or paths; anything else (a value
 * after `=`, a long random-looking string) is elided: arguments are a common place for tokens.
 */
const PLAIN_ARG = /^(?:-{1,2}[a-z][\w-]*|[@~.]?[\w.-]*(?:[/\\][\w.@~-]+)*)$/i;
function displayArg(arg: string): string {
  const [head, value] = arg.split(/=(.*)/s, 2) as [string, string | undefined];
  if (value !== undefined) return PLAIN_ARG.test(head) ? `${head}=…` : '…';
  const looksRandom = arg.length >= 20 && !/[/\\]/.test(arg) && /\d/.test(arg) && /[A-Za-z]/.test(arg);
  return arg.length <= 80 && PLAIN_ARG.test(arg) && !looksRandom ? arg : '…';
}

function displayUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}${parsed.pathname}${parsed.search ? '?…' : ''}`;
  } catch {
    return '(not a URL)';
  }
}

/** Servers under the container keys the clients use: `mcpServers`, `servers`, `context_servers`, `mcp.servers`. */
function serversIn(document: unknown, base: (string | number)[] = []): McpServer[] {
  if (!isRecord(document)) return [];
  const found: McpServer[] = [];
  for (const key of ['mcpServers', 'servers', 'context_servers', 'mcp_servers']) {
    const container = document[key];
    if (isRecord(container)) {
      for (const [name, entry] of Object.entries(container)) if (isRecord(entry)) found.push(server(name, entry, [...base, key, name]));
    } else if (Array.isArray(container)) {
      // Continue's YAML: a list of `{ name, command, args }`.
      container.forEach((entry, index) => {
        if (isRecord(entry)) found.push(server(typeof entry.name === 'string' ? entry.name : `#${index + 1}`, entry, [...base, key, index]));
      });
    }
  }
  if (isRecord(document.mcp)) found.push(...serversIn(document.mcp, [...base, 'mcp']));
  // Claude Code's ~/.claude.json keeps per-project servers under projects.<path>.mcpServers.
  if (isRecord(document.projects)) {
    for (const [project, entry] of Object.entries(document.projects)) found.push(...serversIn(entry, [...base, 'projects', project]));
  }
  return found;
}

/** Minimal TOML reading for Codex's `[mcp_servers.NAME]` tables: command, args, url. */
function codexServers(text: string): McpServer[] {
  const servers = new Map<string, Record<string, unknown>>();
  let current: Record<string, unknown> | undefined;
  for (const line of text.split(/\r?\n/)) {
    const table = /^\s*\[\s*mcp_servers\.("?)([^\]".]+)\1\s*\]\s*$/.exec(line);
    if (table) {
      current = {};
      servers.set(table[2]!, current);
      continue;
    }
    if (/^\s*\[/.test(line)) {
      current = undefined;
      continue;
    }
    const pair = /^\s*(command|url|args)\s*=\s*(.+?)\s*$/.exec(line);
    if (current && pair) {
      try {
        current[pair[1]!] = JSON.parse(pair[2]!.replace(/'([^']*)'/g, '"$1"'));
      } catch {}
    }
  }
  return [...servers].map(([name, entry]) => server(name, entry, ['mcp_servers', name]));
}

export function mcpServers(path: string, text: string): { servers: McpServer[]; problem?: string } {
  if (/\.toml$/i.test(path)) return { servers: codexServers(text) };
  if (/\.ya?ml$/i.test(path)) {
    try {
      return { servers: serversIn(parseYaml(text, { maxAliasCount: 100 })) };
    } catch {
      return { servers: [], problem: 'not valid YAML' };
    }
  }
  const errors: ParseError[] = [];
  const document = parseJsonc(text, errors, { allowTrailingComma: true });
  return { servers: serversIn(document), ...(errors.length && document === undefined ? { problem: 'not valid JSON' } : {}) };
}
