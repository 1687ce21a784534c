/**
 * Where each AI client keeps its configuration, per OS, on this machine (user scope) and in a project.
 * Paths follow each client's documentation; the file kinds core/src/formats/detect.ts recognises use
 * the same sources. Codex CLI: https://github.com/openai/codex/blob/main/docs/config.md (`~/.codex/config.toml`,
 * `[mcp_servers.NAME]`); Gemini CLI: https://github.com/google-gemini/gemini-cli/blob/main/docs/cli/configuration.md
 * (`~/.gemini/settings.json`, `.gemini/settings.json`, `mcpServers`).
 */
import { join } from 'node:path';
import { CLIENT_NAMES } from '@secret-hygiene/core';

export const AGENT_CLIENTS = ['vscode', 'cursor', 'claude-code', 'claude-desktop', 'windsurf', 'continue', 'zed', 'cline', 'codex', 'gemini'] as const;
export type AgentClient = (typeof AGENT_CLIENTS)[number];

/** Display names: core's, where every client of the scanner is named once. */
export const AGENT_CLIENT_NAMES = Object.fromEntries(AGENT_CLIENTS.map((client) => [client, CLIENT_NAMES[client]])) as Record<AgentClient, string>;

export interface ConfigLocation {
  client: AgentClient;
  scope: 'user' | 'project';
  path: string;
  /** The folder a symlink must not lead out of (the home or the project). */
  root: string;
  /** A folder whose files matching `pattern` are configs (Continue's `mcpServers/*.yaml`). */
  directory?: boolean;
}

export interface LocationContext {
  home: string;
  project: string;
  platform: NodeJS.Platform;
  env: NodeJS.ProcessEnv;
}

/** The per-user application-data folder: `~/.config`, `~/Library/Application Support`, `%APPDATA%`. */
function appData(context: LocationContext): string {
  if (context.platform === 'win32') return context.env.APPDATA || join(context.home, 'AppData', 'Roaming');
  if (context.platform === 'darwin') return join(context.home, 'Library', 'Application Support');
  return context.env.XDG_CONFIG_HOME || join(context.home, '.config');
}

export function configLocations(context: LocationContext): ConfigLocation[] {
  const { home, project } = context;
  const data = appData(context);
  // A symlink may not lead out of the folder the location is under: the home, the app-data folder
  // (which on Windows need not be inside the home) or the project.
  const user = (client: AgentClient, base: string, ...parts: string[]): ConfigLocation => ({ client, scope: 'user', path: join(base, ...parts), root: base });
  const proj = (client: AgentClient, ...parts: string[]): ConfigLocation => ({ client, scope: 'project', path: join(project, ...parts), root: project });
  const zedDir = context.platform === 'win32' ? join(data, 'Zed') : join(home, '.config', 'zed');
  const clineStorage = (editor: string) => [editor, 'User', 'globalStorage', 'saoudrizwan.claude-dev', 'settings', 'cline_mcp_settings.json'];
  return [
    user('vscode', data, 'Code', 'User', 'mcp.json'),
    user('vscode', data, 'Code', 'User', 'settings.json'),
    user('vscode', data, 'Code - Insiders', 'User', 'mcp.json'),
    proj('vscode', '.vscode', 'mcp.json'),
    proj('vscode', '.vscode', 'settings.json'),
    user('cursor', home, '.cursor', 'mcp.json'),
    user('cursor', home, '.cursor', 'hooks.json'),
    user('cursor', data, 'Cursor', 'User', 'settings.json'),
    proj('cursor', '.cursor', 'mcp.json'),
    proj('cursor', '.cursor', 'hooks.json'),
    user('claude-code', home, '.claude.json'),
    user('claude-code', home, '.claude', 'settings.json'),
    user('claude-code', home, '.claude', 'settings.local.json'),
    proj('claude-code', '.mcp.json'),
    proj('claude-code', '.claude', 'settings.json'),
    proj('claude-code', '.claude', 'settings.local.json'),
    user('claude-desktop', data, 'Claude', 'claude_desktop_config.json'),
    user('windsurf', home, '.codeium', 'windsurf', 'mcp_config.json'),
    user('continue', home, '.continue', 'config.yaml'),
    user('continue', home, '.continue', 'config.json'),
    { ...user('continue', home, '.continue', 'mcpServers'), directory: true },
    { ...proj('continue', '.continue', 'mcpServers'), directory: true },
    user('zed', zedDir, 'settings.json'),
    proj('zed', '.zed', 'settings.json'),
    user('cline', data, ...clineStorage('Code')),
    user('cline', data, ...clineStorage('Cursor')),
    user('codex', context.env.CODEX_HOME || join(home, '.codex'), 'config.toml'),
    user('gemini', home, '.gemini', 'settings.json'),
    proj('gemini', '.gemini', 'settings.json'),
  ];
}
