/** The vocabulary of structured locations: which kind of file, which client reads it. */

export const FILE_KINDS = [
  /** An MCP server list: `servers` / `mcpServers` / `context_servers` (+ VS Code `inputs`). */
  'mcp-config',
  /** An agent's own settings with an `env` block (Claude Code `.claude/settings.json`). */
  'agent-settings',
  /** Editor settings (VS Code / Zed `settings.json`). */
  'editor-settings',
  'jetbrains-xml',
  'dotenv',
  'npmrc',
  'yarnrc',
  'pypirc',
  'docker-config',
  'netrc',
  'git-credentials',
  'aws-credentials',
  'kubeconfig',
  'github-workflow',
  /** A Slack app manifest (`oauth_config.scopes`). */
  'slack-app-manifest',
] as const;
export type FileKind = (typeof FILE_KINDS)[number];

export const CLIENTS = [
  'vscode',
  'cursor',
  'claude-code',
  'claude-desktop',
  'windsurf',
  'continue',
  'zed',
  'cline',
  'codex',
  'gemini',
  'jetbrains',
  'npm',
  'yarn',
  'pip',
  'docker',
  'git',
  'aws',
  'kubectl',
  'github-actions',
] as const;
export type Client = (typeof CLIENTS)[number];

/** How a client is named in messages ("MCP server `github` in Cursor's config"). */
export const CLIENT_NAMES: Record<Client, string> = {
  vscode: 'VS Code',
  cursor: 'Cursor',
  'claude-code': 'Claude Code',
  'claude-desktop': 'Claude Desktop',
  windsurf: 'Windsurf',
  continue: 'Continue',
  zed: 'Zed',
  cline: 'Cline',
  codex: 'Codex CLI',
  gemini: 'Gemini CLI',
  jetbrains: 'JetBrains IDEs',
  npm: 'npm',
  yarn: 'Yarn',
  pip: 'pip/twine',
  docker: 'Docker',
  git: 'Git',
  aws: 'the AWS CLI/SDKs',
  kubectl: 'kubectl',
  'github-actions': 'GitHub Actions',
};
