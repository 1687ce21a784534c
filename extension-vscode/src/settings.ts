/**
 * The one door to configuration (STYLE #8): `secretHygiene.*` settings, the workspace's
 * `.secret-hygiene.json` and the managed policy file, read, coerced and layered here; everything else
 * asks `settings.current` and listens to `onDidChange`. No other module reads our configuration.
 */
import * as vscode from 'vscode';
import { DEFAULT_POLICY, WORKSPACE_POLICY_FILE, builtinRules, isSeverity, severityRank, type PolicyLayer } from './model/core.js';
import { coerceSettings, effectiveSettings, type EffectiveSettings, type SettingKey } from './model/settings.js';
import type { Platform } from './platform.js';

const SECTION = 'secretHygiene';
const KEYS: SettingKey[] = ['minSeverity', 'rules', 'referenceProvider', 'onePasswordVault', 'scanOnType', 'maxFileSizeKB', 'scanTimeoutMs', 'exclude'];

export class Settings implements vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<EffectiveSettings>();
  readonly onDidChange = this.emitter.event;
  private readonly disposables: vscode.Disposable[] = [this.emitter];
  private managed: PolicyLayer | undefined;
  private workspace: PolicyLayer | undefined;
  private effective: EffectiveSettings;
  /** Problems already shown: each is reported once, not on every reload. */
  private readonly shown = new Set<string>();

  /** Settles once the policy files (managed and workspace) have been read for the first time. */
  readonly ready: Promise<void>;

  constructor(private readonly platform: Platform) {
    this.effective = this.compute();
    this.disposables.push(
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration(SECTION)) this.update();
      }),
      // Trust granted: the workspace's own settings and policy file apply in full from now on.
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.update()),
    );
    if (platform.managedPolicy) this.disposables.push(platform.managedPolicy.watch(() => void this.reloadPolicy()));
    // The workspace file of the first folder, as the CLI reads the one in the directory it scans.
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${WORKSPACE_POLICY_FILE}`);
    const reloadWorkspace = (uri: vscode.Uri) => {
      if (uri.toString() === this.workspacePolicyUri()?.toString()) void this.reloadWorkspacePolicy();
    };
    this.disposables.push(
      watcher,
      watcher.onDidCreate(reloadWorkspace),
      watcher.onDidChange(reloadWorkspace),
      watcher.onDidDelete(reloadWorkspace),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.reloadWorkspacePolicy()),
    );
    this.ready = Promise.all([this.reloadPolicy(), this.reloadWorkspacePolicy()]).then(() => undefined);
  }

  get current(): EffectiveSettings {
    return this.effective;
  }

  get policyPath(): string | undefined {
    return this.platform.managedPolicy?.path;
  }

  /** Reads the managed policy file (again); resolves once the new settings are in effect. */
  async reloadPolicy(): Promise<void> {
    const source = this.platform.managedPolicy;
    if (!source) return;
    let layer: PolicyLayer | undefined;
    try {
      layer = await source.read();
    } catch (error) {
      layer = { source: 'managed', origin: source.path, unreadable: (error as Error).message };
    }
    if (sameLayer(layer, this.managed)) return;
    this.managed = layer;
    this.update();
  }

  private workspacePolicyUri(): vscode.Uri | undefined {
    const folder = vscode.workspace.workspaceFolders?.[0];
    return folder && vscode.Uri.joinPath(folder.uri, WORKSPACE_POLICY_FILE);
  }

  /** Reads the workspace's policy file (again): a missing file is no layer, an unreadable one a reported problem. */
  async reloadWorkspacePolicy(): Promise<void> {
    const uri = this.workspacePolicyUri();
    let layer: PolicyLayer | undefined;
    if (uri) {
      const origin = vscode.workspace.asRelativePath(uri, false);
      try {
        layer = { source: 'workspace', origin, text: new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)) };
      } catch (error) {
        const missing = error instanceof vscode.FileSystemError && error.code === 'FileNotFound';
        layer = missing ? undefined : { source: 'workspace', origin, unreadable: (error as Error).message };
      }
    }
    if (sameLayer(layer, this.workspace)) return;
    this.workspace = layer;
    this.update();
  }

  private update(): void {
    this.effective = this.compute();
    this.report();
    this.emitter.fire(this.effective);
  }

  private compute(): EffectiveSettings {
    const config = vscode.workspace.getConfiguration(SECTION);
    const trusted = vscode.workspace.isTrusted;
    const ignored: string[] = [];
    const { settings, problems } = coerceSettings((key) => (trusted ? explicitValue(config, key) : tightenOnlyValue(config, key, ignored)));
    // Untrusted (Restricted Mode), the repository's .secret-hygiene.json may only tighten, as with the CLI's --no-trust-repository.
    const effective = effectiveSettings(settings, this.managed, builtinRules, this.workspace, trusted);
    effective.problems.unshift(...problems, ...ignored);
    return effective;
  }

  /** Shows new problems once: a broken managed policy as an error (it fails closed), the rest as warnings. */
  private report(): void {
    const fresh = this.effective.problems.filter((p) => !this.shown.has(p));
    if (!fresh.length) return;
    fresh.forEach((p) => this.shown.add(p));
    const errors = fresh.filter((p) => this.effective.policyErrors.includes(p));
    if (errors.length) {
      void vscode.window.showErrorMessage(`Secret Hygiene: the managed policy cannot be used; strict defaults apply. ${errors.join(' · ')}`);
    }
    const rest = fresh.filter((p) => !errors.includes(p));
    if (rest.length) void vscode.window.showWarningMessage(`Secret Hygiene: ${rest.join(' · ')}`);
  }

  /** A readable account of every effective value, with 🔒 on the managed ones. */
  describe(): string {
    const e = this.effective;
    const lock = (key: SettingKey) => (e.locked.includes(key) ? ' 🔒 (managed policy)' : '');
    const lines = [
      `Workspace policy: ${this.workspace ? this.workspace.origin : `none (${WORKSPACE_POLICY_FILE} at the first folder's root)`}`,
      `Managed policy: ${e.managed ? `${e.managed.origin}${e.managed.broken ? ' — BROKEN: strict defaults apply' : ''}` : `none (looked for ${this.policyPath ?? 'no file in this host'})`}`,
      `minSeverity: ${e.scan.minSeverity}${lock('minSeverity')}`,
      `rules disabled: ${[...e.scan.disabledRules].join(', ') || 'none'}${lock('rules')}`,
      `severity overrides: ${Object.entries(e.scan.severityOverrides).map(([k, v]) => `${k}=${v}`).join(', ') || 'none'}`,
      `referenceProvider: ${e.references.provider}${lock('referenceProvider')}`,
      `onePasswordVault: ${e.references.onePasswordVault ?? 'Private'}${lock('onePasswordVault')}`,
      `allowlisted paths: ${e.allowlist.paths.join(', ') || 'none'}; fingerprints: ${e.allowlist.fingerprints.size}`,
      `scanOnType: ${e.scanOnType}; maxFileSizeKB: ${e.maxFileBytes / 1024}; scanTimeoutMs: ${e.scanTimeoutMs}; exclude: ${e.exclude.join(', ')}`,
      ...e.problems.map((p) => `problem: ${p}`),
    ];
    return lines.join('\n');
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}

/** The CLI's default command: `secret-hygiene` on PATH (`npm install -g secret-hygiene`). */
export const DEFAULT_CLI = 'secret-hygiene';

/**
 * `secretHygiene.cliPath`, the program the extension starts (the quick fix's `store put`, the Agent
 * Guardrails view): the user's own (machine) value only. A workspace that could name the program would
 * run code on opening; the setting is machine-scoped and a restricted configuration (package.json).
 */
export function cliPathSetting(): string {
  const value = vscode.workspace.getConfiguration(SECTION).inspect<string>('cliPath')?.globalValue;
  return typeof value === 'string' && value.trim() ? value.trim() : DEFAULT_CLI;
}

/**
 * Settings a repository's `.vscode/settings.json` could use to silence the scan. In an untrusted workspace
 * VS Code leaves them to us (`inspect` still returns workspace values), so they are read tighten-only:
 * https://code.visualstudio.com/api/extension-guides/workspace-trust#restricted-configurations
 * (declared as `restrictedConfigurations` in package.json too).
 */
export const RESTRICTED_KEYS: readonly SettingKey[] = ['minSeverity', 'rules', 'exclude'];

/**
 * Restricted Mode: a restricted key's workspace value counts only where it tightens (a lower minSeverity,
 * rules switched on); everything else it would change is left out, each with a problem naming it.
 */
function tightenOnlyValue(config: vscode.WorkspaceConfiguration, key: SettingKey, ignored: string[]): unknown {
  const inspected = config.inspect(key);
  if (!inspected) return undefined;
  const fromWorkspace = inspected.workspaceFolderValue ?? inspected.workspaceValue;
  const global = inspected.globalValue;
  if (fromWorkspace === undefined || !RESTRICTED_KEYS.includes(key)) return fromWorkspace ?? global;
  const ignore = (what: string) => ignored.push(`untrusted workspace: ${what} from the workspace's settings is ignored (trust the workspace to apply it)`);
  if (key === 'minSeverity') {
    const base = typeof global === 'string' && isSeverity(global) ? global : DEFAULT_POLICY.minSeverity;
    if (typeof fromWorkspace === 'string' && isSeverity(fromWorkspace) && severityRank(fromWorkspace) <= severityRank(base)) return fromWorkspace;
    ignore(`${SECTION}.minSeverity`);
    return global;
  }
  if (key === 'rules' && typeof fromWorkspace === 'object' && fromWorkspace !== null && !Array.isArray(fromWorkspace)) {
    const merged: Record<string, unknown> = typeof global === 'object' && global !== null && !Array.isArray(global) ? { ...global } : {};
    for (const [name, on] of Object.entries(fromWorkspace)) {
      if (on === true) merged[name] = true;
      else ignore(`${SECTION}.rules.${name}`);
    }
    return merged;
  }
  ignore(`${SECTION}.${key}`);
  return global;
}

/** The user's own value (workspace folder > workspace > global); undefined when only the default applies. */
function explicitValue(config: vscode.WorkspaceConfiguration, key: SettingKey): unknown {
  const inspected = config.inspect(key);
  if (!inspected) return undefined;
  return inspected.workspaceFolderValue ?? inspected.workspaceValue ?? inspected.globalValue;
}

function sameLayer(a: PolicyLayer | undefined, b: PolicyLayer | undefined): boolean {
  return a?.origin === b?.origin && a?.text === b?.text && a?.unreadable === b?.unreadable;
}
