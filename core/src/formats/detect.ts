import type { Client, FileKind } from './kinds.js';

export type Syntax = 'json' | 'yaml' | 'dotenv' | 'ini' | 'netrc' | 'url-lines' | 'xml';

export interface FileKindMatch {
  fileKind: FileKind;
  client?: Client;
  /** The parser that gives this kind its structure. */
  syntax: Syntax;
}

interface PathRule extends FileKindMatch {
  /** Tested against the path with `/` separators and a leading `/`, so `(^|/)` anchors work on relative paths. */
  pattern: RegExp;
}

/**
 * File kinds by path, most specific first. Sources: each client's documentation of where it reads its
 * MCP servers (VS Code https://code.visualstudio.com/docs/copilot/chat/mcp-servers, Cursor
 * https://docs.cursor.com/context/model-context-protocol, Claude Code https://docs.anthropic.com/en/docs/claude-code/mcp,
 * Windsurf https://docs.windsurf.com/windsurf/cascade/mcp, Continue https://docs.continue.dev/customize/deep-dives/mcp,
 * Zed https://zed.dev/docs/ai/mcp, Cline https://docs.cline.bot/mcp/configuring-mcp-servers).
 */
const PATH_RULES: PathRule[] = [
  { pattern: /\/\.vscode\/mcp\.json$|\/(Code|Code - Insiders|VSCodium)\/User\/mcp\.json$/i, fileKind: 'mcp-config', client: 'vscode', syntax: 'json' },
  { pattern: /\/\.cursor\/mcp\.json$/i, fileKind: 'mcp-config', client: 'cursor', syntax: 'json' },
  { pattern: /\/\.mcp\.json$|\/\.claude\.json$/i, fileKind: 'mcp-config', client: 'claude-code', syntax: 'json' },
  { pattern: /\/\.claude\/settings(\.local)?\.json$/i, fileKind: 'agent-settings', client: 'claude-code', syntax: 'json' },
  { pattern: /\/claude_desktop_config\.json$/i, fileKind: 'mcp-config', client: 'claude-desktop', syntax: 'json' },
  { pattern: /\/mcp_config\.json$/i, fileKind: 'mcp-config', client: 'windsurf', syntax: 'json' },
  { pattern: /\/\.continue\/(config|mcpServers\/[^/]+)\.ya?ml$/i, fileKind: 'mcp-config', client: 'continue', syntax: 'yaml' },
  { pattern: /\/\.continue\/(config|mcpServers\/[^/]+)\.json$/i, fileKind: 'mcp-config', client: 'continue', syntax: 'json' },
  { pattern: /\/cline_mcp_settings\.json$/i, fileKind: 'mcp-config', client: 'cline', syntax: 'json' },
  // Gemini CLI: `mcpServers` in ~/.gemini/settings.json or a project's .gemini/settings.json
  // (https://geminicli.com/docs/cli/configuration, https://geminicli.com/docs/tools/mcp-server/).
  { pattern: /\/\.gemini\/settings\.json$/i, fileKind: 'mcp-config', client: 'gemini', syntax: 'json' },
  { pattern: /\/(\.zed|zed)\/settings\.json$/i, fileKind: 'editor-settings', client: 'zed', syntax: 'json' },
  { pattern: /\/\.vscode\/settings\.json$|\/(Code|Code - Insiders|VSCodium|Cursor|Windsurf)\/User\/settings\.json$/i, fileKind: 'editor-settings', client: 'vscode', syntax: 'json' },
  { pattern: /\/\.idea\/(?:[^/]+\/)*[^/]+\.xml$/i, fileKind: 'jetbrains-xml', client: 'jetbrains', syntax: 'xml' },
  { pattern: /\/\.github\/workflows\/[^/]+\.ya?ml$/i, fileKind: 'github-workflow', client: 'github-actions', syntax: 'yaml' },
  { pattern: /\/\.npmrc$/i, fileKind: 'npmrc', client: 'npm', syntax: 'ini' },
  { pattern: /\/\.yarnrc\.yml$/i, fileKind: 'yarnrc', client: 'yarn', syntax: 'yaml' },
  { pattern: /\/\.pypirc$/i, fileKind: 'pypirc', client: 'pip', syntax: 'ini' },
  { pattern: /\/\.docker\/config\.json$/i, fileKind: 'docker-config', client: 'docker', syntax: 'json' },
  { pattern: /\/[._]netrc$/i, fileKind: 'netrc', client: 'git', syntax: 'netrc' },
  { pattern: /\/\.git-credentials$/i, fileKind: 'git-credentials', client: 'git', syntax: 'url-lines' },
  { pattern: /\/\.aws\/(credentials|config)$/i, fileKind: 'aws-credentials', client: 'aws', syntax: 'ini' },
  { pattern: /\/\.kube\/config$|\/kubeconfig([.-][^/]*)?$/i, fileKind: 'kubeconfig', client: 'kubectl', syntax: 'yaml' },
  { pattern: /\/\.env(\.[^/]*)?$|\/[^/]+\.env$/i, fileKind: 'dotenv', syntax: 'dotenv' },
];

/** A kubeconfig under any name: YAML that says so. */
const KUBECONFIG_CONTENT = /^kind:\s*Config\s*$/m;
const KUBECONFIG_KEYS = /^(clusters|users|contexts):\s*$/m;

/** Recognises the file kind from the path (and, for kubeconfigs under other names, the content). */
export function detectFileKind(path: string | undefined, text?: string): FileKindMatch | undefined {
  if (!path) return undefined;
  const normalized = `/${path.replace(/\\/g, '/').replace(/^\/+/, '')}`;
  const rule = PATH_RULES.find((r) => r.pattern.test(normalized));
  if (rule) {
    const { pattern: _, ...match } = rule;
    return match;
  }
  if (text && /\.ya?ml$/i.test(normalized) && KUBECONFIG_CONTENT.test(text.slice(0, 65536)) && KUBECONFIG_KEYS.test(text.slice(0, 65536))) {
    return { fileKind: 'kubeconfig', client: 'kubectl', syntax: 'yaml' };
  }
  return undefined;
}
