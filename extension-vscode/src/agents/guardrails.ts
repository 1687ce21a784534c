/**
 * "Secret Hygiene: Agent Guardrails": the view (in the extension's view container) and its commands.
 * The inventory is `secret-hygiene agents --format json`, run by the CLI in the workspace folder; hooks
 * are installed with `secret-hygiene hooks install --client C --scope project` there (see ./cli.ts for
 * why the CLI is spawned). In Restricted Mode the view reads only; nothing is installed. The web host
 * has no file system or processes: the view says so.
 */
import * as vscode from 'vscode';
import { cliPathSetting } from '../settings.js';
import { cliFailure, CliNotFoundError, type AgentCli } from './cli.js';
import { HOOK_CLIENT_NAMES, HOOK_CLIENTS, InventoryFormatError, isHookClient, parseInventory, type AgentInventory, type HookClient } from './inventory.js';
import { guardrailNodes, nodeLines, type GuardrailNode, type GuardrailsState, type NodeIcon } from './view-model.js';

export const VIEW_ID = 'secretHygiene.agentGuardrails';
const INVENTORY_TIMEOUT_MS = 60_000;
/** `hooks install` builds the hook's startup snapshot the first time: seconds, on a slow machine more. */
const INSTALL_TIMEOUT_MS = 180_000;

const WEB_REASON =
  'it reads every AI client’s configuration on this machine and installs hooks with the secret-hygiene CLI; a browser-hosted editor can do neither. Use the desktop VS Code, or run `secret-hygiene agents` in a terminal.';

/** What `secretHygiene.refreshAgentGuardrails` returns: the view as data and as text (masked). */
export interface GuardrailsSnapshot {
  state: GuardrailsState['kind'];
  reason?: string;
  folder?: string;
  trusted?: boolean;
  inventory?: AgentInventory;
  lines: string[];
}

export type InstallOutcome =
  | { status: 'installed'; client: HookClient; folder: string; message: string }
  | { status: 'untrusted' | 'unavailable' | 'cancelled'; reason: string }
  | { status: 'failed'; client: HookClient; reason: string };

/** The folder of the active editor, else the first folder; local folders only (the CLI needs a path). */
function currentFolder(): vscode.WorkspaceFolder | undefined {
  const active = vscode.window.activeTextEditor?.document.uri;
  const folder = (active && vscode.workspace.getWorkspaceFolder(active)) ?? vscode.workspace.workspaceFolders?.[0];
  return folder?.uri.scheme === 'file' ? folder : undefined;
}

const ICONS: Record<NodeIcon, vscode.ThemeIcon> = {
  info: new vscode.ThemeIcon('info'),
  warning: new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground')),
  error: new vscode.ThemeIcon('error', new vscode.ThemeColor('problemsErrorIcon.foreground')),
  pass: new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed')),
  shield: new vscode.ThemeIcon('shield'),
  server: new vscode.ThemeIcon('server'),
  file: new vscode.ThemeIcon('file'),
  key: new vscode.ThemeIcon('key'),
  loading: new vscode.ThemeIcon('loading~spin'),
  lock: new vscode.ThemeIcon('lock'),
};

const hasError = (node: GuardrailNode): boolean => node.icon === 'error' || node.children.some(hasError);

class GuardrailsTree implements vscode.TreeDataProvider<GuardrailNode>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<GuardrailNode | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private nodes: GuardrailNode[] = [];
  private started = false;

  constructor(private readonly load: () => void) {}

  show(state: GuardrailsState): void {
    this.nodes = guardrailNodes(state);
    this.emitter.fire(undefined);
  }

  getChildren(node?: GuardrailNode): GuardrailNode[] {
    if (node) return node.children;
    // The first time the view is drawn: the CLI runs only when someone looks.
    if (!this.started) {
      this.started = true;
      this.load();
    }
    return this.nodes;
  }

  getTreeItem(node: GuardrailNode): vscode.TreeItem {
    const collapsed = !node.children.length ? vscode.TreeItemCollapsibleState.None : hasError(node) || node.id.startsWith('client:') ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed;
    const item = new vscode.TreeItem(node.label, collapsed);
    item.id = node.id;
    if (node.description) item.description = node.description;
    if (node.tooltip) item.tooltip = node.tooltip;
    if (node.icon) item.iconPath = ICONS[node.icon];
    if (node.contextValue) item.contextValue = node.contextValue;
    if (node.command) item.command = { command: node.command.id, title: node.command.title, arguments: node.command.arguments ?? [] };
    else if (node.openPath) item.command = { command: 'vscode.open', title: 'Open', arguments: [vscode.Uri.file(node.openPath)] };
    return item;
  }

  dispose(): void {
    this.emitter.dispose();
  }
}

export function registerAgentGuardrails(cli: AgentCli | undefined): vscode.Disposable {
  let state: GuardrailsState = cli ? { kind: 'loading' } : { kind: 'unavailable', reason: WEB_REASON };
  let loading: Promise<GuardrailsState> | undefined;
  const tree = new GuardrailsTree(() => void refresh());
  tree.show(state);

  const set = (next: GuardrailsState) => {
    state = next;
    tree.show(state);
    return state;
  };

  async function inventory(): Promise<GuardrailsState> {
    if (!cli) return { kind: 'unavailable', reason: WEB_REASON };
    const folder = currentFolder();
    if (!folder) return { kind: 'problem', reason: 'Open a local folder: the inventory covers this machine and the folder’s own agent configs.' };
    try {
      const run = await cli.run(cliPathSetting(), ['agents', '--format', 'json'], { cwd: folder.uri.fsPath, timeoutMs: INVENTORY_TIMEOUT_MS });
      const failure = cliFailure(run, '`secret-hygiene agents`');
      if (failure) return { kind: 'problem', reason: failure };
      return { kind: 'ready', inventory: parseInventory(run.stdout), folder: folder.uri.fsPath, trusted: vscode.workspace.isTrusted };
    } catch (error) {
      if (error instanceof CliNotFoundError) return { kind: 'problem', reason: `The secret-hygiene CLI is needed (npm install -g secret-hygiene, or set secretHygiene.cliPath): ${error.message}`, openSettings: true };
      if (error instanceof InventoryFormatError) return { kind: 'problem', reason: `The CLI’s inventory could not be read: ${error.message}` };
      return { kind: 'problem', reason: `The secret-hygiene CLI could not be run: ${(error as Error).message}` };
    }
  }

  /** One inventory at a time: a refresh asked for while one runs waits for it and runs again. */
  async function refresh(): Promise<GuardrailsState> {
    const previous = loading;
    const next = (async () => {
      await previous?.catch(() => undefined);
      if (state.kind !== 'ready') set({ kind: 'loading' });
      return set(await inventory());
    })();
    loading = next;
    return next;
  }

  async function install(clientArgument?: unknown): Promise<InstallOutcome> {
    if (!cli) return { status: 'unavailable', reason: WEB_REASON };
    if (!vscode.workspace.isTrusted) {
      const reason = 'Hooks are not installed in Restricted Mode: trust the workspace first (its settings files would run our hook on every agent call).';
      void vscode.window.showWarningMessage(`Secret Hygiene: ${reason}`);
      return { status: 'untrusted', reason };
    }
    const folder = currentFolder();
    if (!folder) return { status: 'unavailable', reason: 'no local workspace folder is open' };
    // From the palette: nothing; from a node's click: the client id; from its inline button: the node itself.
    const fromNode = (clientArgument as GuardrailNode | undefined)?.command?.arguments?.[0];
    let client = isHookClient(clientArgument) ? clientArgument : isHookClient(fromNode) ? fromNode : undefined;
    if (!client) {
      const picked = await vscode.window.showQuickPick(
        HOOK_CLIENTS.map((id) => ({ label: HOOK_CLIENT_NAMES[id], id })),
        { title: `Install Secret Hygiene agent hooks for ${folder.name}`, placeHolder: 'Which AI client?' },
      );
      if (!picked) return { status: 'cancelled', reason: 'no client chosen' };
      client = picked.id;
    }
    const chosen = client;
    const run = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `Secret Hygiene: installing ${HOOK_CLIENT_NAMES[chosen]} hooks…` }, () =>
      cli.run(cliPathSetting(), ['hooks', 'install', '--client', chosen, '--scope', 'project'], { cwd: folder.uri.fsPath, timeoutMs: INSTALL_TIMEOUT_MS }).catch((error: Error) => ({ stdout: '', stderr: error.message, exitCode: -1 })),
    );
    const failure = run.exitCode === 0 ? undefined : (cliFailure(run, '`secret-hygiene hooks install`') ?? `\`secret-hygiene hooks install\` failed: ${run.stderr.trim().split('\n')[0]}`);
    if (failure) {
      void vscode.window.showErrorMessage(`Secret Hygiene: ${failure}`);
      return { status: 'failed', client: chosen, reason: failure };
    }
    const message = run.stdout.trim().split('\n')[0] ?? '';
    void vscode.window.showInformationMessage(`Secret Hygiene: ${message}`);
    await refresh();
    return { status: 'installed', client: chosen, folder: folder.uri.fsPath, message };
  }

  const snapshot = (current: GuardrailsState): GuardrailsSnapshot => ({
    state: current.kind,
    lines: nodeLines(guardrailNodes(current)),
    ...(current.kind === 'unavailable' || current.kind === 'problem' ? { reason: current.reason } : {}),
    ...(current.kind === 'ready' ? { folder: current.folder, trusted: current.trusted, inventory: current.inventory } : {}),
  });

  const view = vscode.window.createTreeView(VIEW_ID, { treeDataProvider: tree, showCollapseAll: true });
  return vscode.Disposable.from(
    tree,
    view,
    vscode.commands.registerCommand('secretHygiene.showAgentGuardrails', async (): Promise<GuardrailsSnapshot> => {
      await vscode.commands.executeCommand(`${VIEW_ID}.focus`);
      return snapshot(await refresh());
    }),
    vscode.commands.registerCommand('secretHygiene.refreshAgentGuardrails', async (): Promise<GuardrailsSnapshot> => snapshot(await refresh())),
    vscode.commands.registerCommand('secretHygiene.installAgentHooks', install),
    // Trust granted: the view leaves read-only mode.
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      if (state.kind !== 'loading') void refresh();
    }),
    vscode.workspace.onDidChangeWorkspaceFolders(() => {
      if (state.kind !== 'loading' && state.kind !== 'unavailable') void refresh();
    }),
  );
}
