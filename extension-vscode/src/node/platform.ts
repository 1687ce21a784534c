/** The Node extension host (desktop, remote, code-server): files, git and secret-manager CLIs. */
import { execFile, spawn } from 'node:child_process';
import { watch, watchFile, unwatchFile, type FSWatcher } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { basename, dirname, join, posix, win32 } from 'node:path';
import * as vscode from 'vscode';
import { nodeAgentCli } from '../agents/node-cli.js';
import { agentConfigPaths } from '../model/agent-config-paths.js';
import { storeInKeychain } from './keychain-store.js';
import type { JitStore, PolicyLayer } from '../model/core.js';
import type { ManagedPolicySource, Platform } from '../platform.js';
import { nodeWorkerFactory } from './scan-worker.js';

export const POLICY_PATH_VARIABLE = 'SECRET_HYGIENE_POLICY';

/** DESIGN.md "Managed policy": the OS-level file; SECRET_HYGIENE_POLICY overrides it (tests). */
export function managedPolicyPath(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): { path: string; via?: string } {
  const override = env[POLICY_PATH_VARIABLE];
  if (override) return { path: override, via: POLICY_PATH_VARIABLE };
  if (platform === 'win32') return { path: win32.join(env.ProgramData ?? 'C:\\ProgramData', 'SecretHygiene', 'policy.json') };
  if (platform === 'darwin') return { path: '/Library/Application Support/SecretHygiene/policy.json' };
  return { path: posix.join('/etc', 'secret-hygiene', 'policy.json') };
}

function policySource(): ManagedPolicySource {
  const { path, via } = managedPolicyPath(process.env, process.platform);
  return {
    path,
    ...(via ? { via } : {}),
    async read(): Promise<PolicyLayer | undefined> {
      try {
        return { source: 'managed', origin: path, text: await readFile(path, 'utf8') };
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
        // Exists but cannot be read: the core fails closed on it.
        return { source: 'managed', origin: path, unreadable: code ?? (error as Error).message };
      }
    },
    watch(onChange: () => void): vscode.Disposable {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const fire = () => {
        clearTimeout(timer);
        timer = setTimeout(onChange, 100);
      };
      // The directory, not the file: editors and deployment tools replace files by renaming.
      let watcher: FSWatcher | undefined;
      try {
        watcher = watch(dirname(path), (_event, name) => {
          if (!name || name.toString() === basename(path)) fire();
        });
        watcher.on('error', () => watcher?.close());
      } catch {
        watcher = undefined;
      }
      // Polling covers a directory that does not exist yet (and file systems without notifications).
      const poll = () => fire();
      watchFile(path, { interval: 2000, persistent: false }, poll);
      return new vscode.Disposable(() => {
        clearTimeout(timer);
        watcher?.close();
        unwatchFile(path, poll);
      });
    },
  };
}

function run(command: string, args: string[], options: { cwd?: string; input?: string; timeout: number }): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, stdio: ['pipe', 'ignore', 'pipe'], timeout: options.timeout, windowsHide: true });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2000)));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

/** The secret goes through stdin, never argv (visible to every process on the machine). */
async function storeWithCli(store: JitStore, value: string, cwd: string | undefined): Promise<string> {
  if (store.kind === 'keychain' && store.key) return storeInKeychain(store.key, value);
  let result: { code: number | null; stderr: string };
  let where: string;
  try {
    switch (store.kind) {
      case '1password': {
        // op reads an item template from stdin (`-`); the reference points at its `credential` field.
        const vault = /^op:\/\/([^/]+)\//.exec(store.key ?? '')?.[1] ?? 'Private';
        const template = { title: store.name, category: 'API_CREDENTIAL', fields: [{ id: 'credential', label: 'credential', type: 'CONCEALED', value }] };
        result = await run('op', ['item', 'create', '--vault', vault, '-'], { cwd, input: JSON.stringify(template), timeout: 60_000 });
        where = `1Password (${store.key})`;
        break;
      }
      case 'doppler':
        result = await run('doppler', ['secrets', 'set', store.name, '--silent'], { cwd, input: value, timeout: 60_000 });
        where = `Doppler (${store.name})`;
        break;
      default:
        throw new Error(`storing in ${store.kind} from the editor is not supported yet; store ${store.name} with its CLI yourself, then apply the fix again`);
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(`the ${store.kind} CLI is not installed or not on PATH`);
    throw error;
  }
  // CLI errors can echo input: show only the first line, and never anything that contains the value.
  const detail = result.stderr.split('\n').find((line) => line.trim() && !line.includes(value)) ?? 'no details';
  if (result.code !== 0) throw new Error(`${store.kind} CLI failed (exit ${result.code}): ${detail.trim()}`);
  return where;
}

/** process.threadCpuUsage(): Node ≥ 23.9 (https://nodejs.org/api/process.html#processthreadcpuusagepreviousvalue); NaN before. */
function threadCpuMs(): number {
  const usage = (process as { threadCpuUsage?: () => NodeJS.CpuUsage }).threadCpuUsage?.();
  return usage ? (usage.user + usage.system) / 1000 : NaN;
}

export function nodePlatform(): Platform {
  return {
    kind: 'node',
    managedPolicy: policySource(),
    agentConfigPaths(context) {
      // globalStorageUri is <user data>/User/globalStorage/<extension id>.
      const vscodeUserDir = dirname(dirname(context.globalStorageUri.fsPath));
      return agentConfigPaths({ home: homedir(), platform: process.platform, env: process.env, vscodeUserDir });
    },
    isTrackedByGit(fsPath) {
      return new Promise((resolve) => {
        execFile('git', ['ls-files', '--error-unmatch', '--', basename(fsPath)], { cwd: dirname(fsPath), timeout: 5000, windowsHide: true }, (error) => {
          if (!error) return resolve(true);
          const code = (error as NodeJS.ErrnoException).code;
          resolve(code === 'ENOENT' ? undefined : false);
        });
      });
    },
    storeWithCli,
    // __dirname: the folder of dist/extension.js (the bundle is CommonJS); the worker bundle sits next to it.
    scanWorker: () => nodeWorkerFactory(join(__dirname, 'scan-worker.js')),
    threadCpuMs: threadCpuMs,
    agentCli: nodeAgentCli(),
  };
}
