/**
 * The OS keychain behind `keychain://SERVICE/ACCOUNT`: one small interface, one implementation per
 * platform. Linux: the Secret Service (GNOME Keyring, KWallet…) through libsecret's `secret-tool`;
 * macOS: the login keychain through `security`; Windows: not supported yet (said plainly, never a
 * silent fallback to a file).
 *
 * Shared with the VS Code quick fix and `scan --fix`, which store a secret here before rewriting a config.
 */
import { macosKeychain } from './keychain-macos.js';
import { secretServiceKeychain } from './keychain-secret-service.js';

export interface KeychainEntry {
  service: string;
  account: string;
}

export interface Keychain {
  /** Creates or replaces the entry. */
  put(service: string, account: string, value: string): Promise<void>;
  /** The value, or undefined when there is no such entry. */
  get(service: string, account: string): Promise<string | undefined>;
  /** Whether an entry was there to delete. */
  delete(service: string, account: string): Promise<boolean>;
  /** Names only, never values: entries this tool stored, or every entry under `service`. */
  list(service?: string): Promise<KeychainEntry[]>;
}

/** No keychain to talk to: the tool is missing, no session bus, no daemon, or an unsupported platform. */
export class KeychainUnavailableError extends Error {
  override readonly name = 'KeychainUnavailableError' as const;
}

/** The keychain is there but locked, and nobody can be prompted to unlock it. */
export class KeychainLockedError extends Error {
  override readonly name = 'KeychainLockedError' as const;
}

/** The label every entry we store carries, so a user browsing Seahorse or Keychain Access knows whose it is. */
export function entryLabel(service: string, account: string): string {
  return `secret-hygiene: ${service}/${account}`;
}

/** Marks entries this tool stored (`list()` without a service lists exactly these). */
export const STORED_BY = 'secret-hygiene';

export interface KeychainOptions {
  platform?: NodeJS.Platform;
  /** The environment the keychain tool runs in (DBUS_SESSION_BUS_ADDRESS, HOME); default process.env. */
  env?: NodeJS.ProcessEnv;
}

export function openKeychain(options: KeychainOptions = {}): Keychain {
  const platform = options.platform ?? process.platform;
  const env = options.env ?? process.env;
  if (platform === 'darwin') return macosKeychain(env);
  if (platform === 'win32') return unsupportedKeychain('the Windows Credential Manager is not supported yet; use op:// or env:// references on Windows');
  return secretServiceKeychain(env);
}

function unsupportedKeychain(reason: string): Keychain {
  const fail = (): Promise<never> => Promise.reject(new KeychainUnavailableError(reason));
  return { put: fail, get: fail, delete: fail, list: fail };
}
