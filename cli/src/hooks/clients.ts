/**
 * Where each client reads its hooks and what our entries look like there.
 * - Claude Code: `~/.claude/settings.json` (user) and `.claude/settings.json` (project), under
 *   `hooks.<Event>[]` = `{ matcher?, hooks: [{ type: "command", command }] }`. https://code.claude.com/docs/en/hooks
 * - Cursor: `~/.cursor/hooks.json` (user) and `.cursor/hooks.json` (project), `{ version: 1, hooks:
 *   { <event>: [{ command }] } }`. https://cursor.com/docs/agent/hooks
 */
import { join } from 'node:path';
import type { HookClient } from './protocol.js';

export const HOOK_SCOPES = ['user', 'project'] as const;
export type HookScope = (typeof HOOK_SCOPES)[number];

export interface HookEventSpec {
  event: string;
  /** Claude Code's tool matcher (a regex over tool names); absent = every call of the event. */
  matcher?: string;
}

export interface ClientHookSpec {
  client: HookClient;
  name: string;
  settingsPath(scope: HookScope, home: string, project: string): string;
  events: readonly HookEventSpec[];
  /** Top-level keys a new file needs besides `hooks`. */
  preamble?: Record<string, unknown>;
}

/**
 * The tools whose input can carry a secret to the model: shell commands, files read and written, web
 * fetches and every MCP tool. Read-only searches (Glob, Grep, LS) and to-do lists are left alone so
 * that the hook does not start a process for each of them.
 */
export const CLAUDE_TOOL_MATCHER = 'Bash|Read|Write|Edit|MultiEdit|NotebookEdit|WebFetch|WebSearch|Task|mcp__.*';

export const CLIENT_HOOKS: Record<HookClient, ClientHookSpec> = {
  'claude-code': {
    client: 'claude-code',
    name: 'Claude Code',
    settingsPath: (scope, home, project) => (scope === 'user' ? join(home, '.claude', 'settings.json') : join(project, '.claude', 'settings.json')),
    events: [{ event: 'UserPromptSubmit' }, { event: 'PreToolUse', matcher: CLAUDE_TOOL_MATCHER }],
  },
  cursor: {
    client: 'cursor',
    name: 'Cursor',
    settingsPath: (scope, home, project) => (scope === 'user' ? join(home, '.cursor', 'hooks.json') : join(project, '.cursor', 'hooks.json')),
    events: [{ event: 'beforeSubmitPrompt' }, { event: 'beforeShellExecution' }, { event: 'beforeMCPExecution' }, { event: 'beforeReadFile' }],
    preamble: { version: 1 },
  },
};

/**
 * Recognises our own entries (to update, remove or report them) and nobody else's: a command that runs
 * our hook bin (`…/hook.cjs" claude-code`) or the CLI's `hook` subcommand.
 */
export function isOurCommand(command: unknown, client: HookClient): boolean {
  if (typeof command !== 'string') return false;
  const escaped = client.replace(/-/g, '\\-');
  return new RegExp(`hook\\.cjs"?\\s+${escaped}(\\s|$)|secret-hygiene(\\.js)?"?\\s+hook\\s+${escaped}(\\s|$)`).test(command);
}
