/**
 * What differs between the desktop/remote extension host (Node) and the web worker host (vscode.dev):
 * the managed policy file, the user's home for agent configs, git and secret-manager CLIs. The rest
 * of the extension is the same code on both.
 */
import type * as vscode from 'vscode';
import type { AgentCli } from './agents/cli.js';
import type { AgentConfigPath } from './model/agent-config-paths.js';
import type { JitStore, PolicyLayer } from './model/core.js';
import type { WorkerFactory } from './model/scan-scheduler.js';
import type { TokenCheckTransport } from './verify/transport.js';

export interface ManagedPolicySource {
  /** The file path, and the variable that chose it when not the OS default. */
  path: string;
  via?: string;
  /** The managed layer, or undefined when the file does not exist. */
  read(): Promise<PolicyLayer | undefined>;
  /** Calls `onChange` (debounced) when the file is created, changed or deleted. */
  watch(onChange: () => void): vscode.Disposable;
}

export interface Platform {
  kind: 'node' | 'web';
  managedPolicy?: ManagedPolicySource;
  /** User-level agent and tool config files to look at; empty where there is no home directory. */
  agentConfigPaths(context: vscode.ExtensionContext): AgentConfigPath[];
  /** Whether git tracks the file (its history then holds the secret); undefined when unknown. */
  isTrackedByGit(fsPath: string): Promise<boolean | undefined>;
  /** Saves a secret with a secret manager's CLI (1Password, Doppler, Infisical); throws with the reason. */
  storeWithCli?(store: JitStore, value: string, cwd: string | undefined): Promise<string>;
  /** Starts scan workers off the extension host's thread; undefined where the host cannot. */
  scanWorker(context: vscode.ExtensionContext): WorkerFactory | undefined;
  /**
   * CPU time of the extension host's thread so far (ms), where the runtime can tell: unlike wall time,
   * it does not count the moments the OS ran something else (for the tests' figures).
   */
  threadCpuMs?(): number;
  /** Runs the secret-hygiene CLI (Agent Guardrails: inventory, hook install); undefined where no process can start. */
  agentCli?: AgentCli;
  /** Sends "Check token" requests to a provider's API; undefined where the host cannot (the web host). */
  tokenCheck?: TokenCheckTransport;
}
