/**
 * Where the CLI finds policy layers: the OS-level managed file, the user's file and the workspace
 * `.secret-hygiene.json` in the current directory. A missing file is simply no layer; a file that
 * exists but cannot be read is a layer the core reports (and, if managed, fails closed on).
 */
import { homedir } from 'node:os';
import { join, posix, resolve, win32 } from 'node:path';
import { WORKSPACE_POLICY_FILE, type PolicyLayer } from '@secret-hygiene/core';
import { InputFileError, READ_LIMITS, readBoundedFile } from '../bounded-read.js';
import { UsageError } from '../errors.js';
import { escapeForTerminal } from '../output/escape.js';

export { WORKSPACE_POLICY_FILE };
export const POLICY_PATH_VARIABLE = 'SECRET_HYGIENE_POLICY';

export interface PolicyContext {
  cwd: string;
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  home: string;
}

export function defaultPolicyContext(): PolicyContext {
  return { cwd: process.cwd(), env: process.env, platform: process.platform, home: homedir() };
}

export interface PolicyFile {
  source: PolicyLayer['source'];
  path: string;
  status: 'loaded' | 'missing' | 'unreadable';
  /** Why this path: the OS default, or the variable that overrode it. */
  via?: string;
}

/**
 * The value of SECRET_HYGIENE_POLICY that means "no managed policy" (tests, a developer checking what
 * the repository's own policy does): explicit, and reported like any replacement of the managed file.
 */
export const NO_MANAGED_POLICY = 'none';

/** The OS-level managed policy path (DESIGN.md "Managed policy"); SECRET_HYGIENE_POLICY overrides it. */
export function managedPolicyPath(context: Pick<PolicyContext, 'env' | 'platform'>): { path: string; via?: string } {
  const override = context.env[POLICY_PATH_VARIABLE];
  if (override) return { path: override, via: POLICY_PATH_VARIABLE };
  if (context.platform === 'win32') return { path: win32.join(context.env.ProgramData ?? 'C:\\ProgramData', 'SecretHygiene', 'policy.json') };
  if (context.platform === 'darwin') return { path: '/Library/Application Support/SecretHygiene/policy.json' };
  return { path: posix.join('/etc', 'secret-hygiene', 'policy.json') };
}

export function userPolicyPath(context: Pick<PolicyContext, 'env' | 'home'>): string {
  return join(context.env.XDG_CONFIG_HOME || join(context.home, '.config'), 'secret-hygiene', 'policy.json');
}

/** Reads every layer that exists, weakest first, and says what was found where. */
export async function loadPolicyLayers(context: PolicyContext = defaultPolicyContext()): Promise<{ layers: PolicyLayer[]; files: PolicyFile[] }> {
  const managed = managedPolicyPath(context);
  const candidates: Omit<PolicyFile, 'status'>[] = [
    { source: 'workspace', path: resolve(context.cwd, WORKSPACE_POLICY_FILE) },
    { source: 'user', path: userPolicyPath(context) },
    { source: 'managed', path: managed.path, ...(managed.via ? { via: managed.via } : {}) },
  ];
  const layers: PolicyLayer[] = [];
  const files: PolicyFile[] = [];
  for (const candidate of candidates) {
    if (candidate.via && candidate.path === NO_MANAGED_POLICY) {
      files.push({ ...candidate, status: 'missing' });
      continue;
    }
    try {
      // A regular file of at most 4 MB: a policy that is a FIFO, a device or huge is unreadable (and a
      // managed one then fails closed), never a hang or an allocation of everything it can give.
      const text = readBoundedFile(candidate.path, READ_LIMITS.policy);
      layers.push({ source: candidate.source, origin: candidate.path, text });
      files.push({ ...candidate, status: 'loaded' });
    } catch (error) {
      if (!(error instanceof InputFileError)) throw error;
      if ((error.code === 'ENOENT' || error.code === 'ENOTDIR') && candidate.via) {
        // A variable naming a file that is not there is a mistake (or an attempt to drop the managed
        // layer): it must not quietly mean "no managed policy".
        throw new UsageError(
          `${escapeForTerminal(candidate.via)}=${escapeForTerminal(candidate.path)}: no such file (${error.code}); set ${candidate.via}=${NO_MANAGED_POLICY} to run without a managed policy`,
        );
      }
      if (error.code === 'ENOENT' || error.code === 'ENOTDIR') {
        files.push({ ...candidate, status: 'missing' });
        continue;
      }
      layers.push({ source: candidate.source, origin: candidate.path, unreadable: error.code ?? error.reason.replace(/^not read: /, '') });
      files.push({ ...candidate, status: 'unreadable' });
    }
  }
  return { layers, files };
}
