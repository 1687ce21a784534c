/**
 * User-level files that hold agent and tool credentials, outside any workspace ("Scan My Agent
 * Configs"). Locations are each client's documented defaults (see core/src/formats/detect.ts).
 */

export interface AgentConfigEnvironment {
  home: string;
  platform: string;
  env: Record<string, string | undefined>;
  /** VS Code's `User` directory (settings.json, mcp.json, globalStorage). */
  vscodeUserDir?: string;
}

export interface AgentConfigPath {
  path: string;
  /**
   * The path core should recognise the file kind by, when the real one does not say it (a VS Code
   * fork's or code-server's user directory has another name than `Code/User`).
   */
  kindPath?: string;
}

function join(...parts: string[]): string {
  return parts.join('/').replace(/\\/g, '/').replace(/\/{2,}/g, '/');
}

export function agentConfigPaths({ home, platform, env, vscodeUserDir }: AgentConfigEnvironment): AgentConfigPath[] {
  const appData = env.APPDATA ?? join(home, 'AppData/Roaming');
  const xdgConfig = env.XDG_CONFIG_HOME || join(home, '.config');
  const appSupport = join(home, 'Library/Application Support');
  const userConfigDir = platform === 'win32' ? appData : platform === 'darwin' ? appSupport : xdgConfig;

  const paths: AgentConfigPath[] = [
    { path: join(home, '.cursor/mcp.json') },
    { path: join(home, '.claude.json') },
    { path: join(home, '.claude/settings.json') },
    { path: join(userConfigDir, 'Claude/claude_desktop_config.json') },
    { path: join(home, '.codeium/windsurf/mcp_config.json') },
    { path: join(home, '.continue/config.yaml') },
    { path: join(home, '.continue/config.json') },
    { path: join(platform === 'darwin' || platform === 'win32' ? userConfigDir : xdgConfig, 'zed/settings.json') },
    { path: join(home, '.npmrc') },
    { path: join(home, '.pypirc') },
    { path: join(home, '.aws/credentials') },
    { path: join(home, '.docker/config.json') },
    { path: join(home, platform === 'win32' ? '_netrc' : '.netrc') },
    { path: join(home, '.git-credentials') },
    { path: join(home, '.yarnrc.yml') },
  ];
  const kubeconfigs = (env.KUBECONFIG ?? '').split(platform === 'win32' ? ';' : ':').filter(Boolean);
  for (const path of kubeconfigs.length ? kubeconfigs : [join(home, '.kube/config')]) paths.push({ path: join(path), kindPath: '/.kube/config' });
  if (vscodeUserDir) {
    paths.push({ path: join(vscodeUserDir, 'settings.json'), kindPath: '/Code/User/settings.json' });
    paths.push({ path: join(vscodeUserDir, 'mcp.json'), kindPath: '/Code/User/mcp.json' });
    paths.push({ path: join(vscodeUserDir, 'globalStorage/saoudrizwan.claude-dev/settings/cline_mcp_settings.json') });
  }
  const seen = new Set<string>();
  return paths.filter(({ path }) => !seen.has(path) && seen.add(path));
}
