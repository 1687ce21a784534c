/**
 * `secret-hygiene store put|delete|list`: the keychain side of `keychain://SERVICE/ACCOUNT` references.
 * `put` reads the value from stdin (or a hidden prompt), never from argv. `list` prints names only.
 * Exit codes: 0 done, 1 `delete` found nothing, 2 usage or keychain error (docs/broker.md).
 */
import { BrokerReferenceError, parseBrokerReference, type KeychainReference } from '@secret-hygiene/core';
import { UsageError } from '../errors.js';
import { readSecretInput } from './hidden-prompt.js';
import { openKeychain, type Keychain } from './keychain.js';

export const STORE_HELP = `Usage:
  secret-hygiene store put keychain://SERVICE/ACCOUNT    store the value read from stdin (a hidden prompt
                                                         on a terminal; one trailing newline is dropped)
  secret-hygiene store delete keychain://SERVICE/ACCOUNT (exit 1 when there was nothing to delete)
  secret-hygiene store list [SERVICE] [--format text|json]  references only, never values

Linux: the Secret Service (GNOME Keyring…) through secret-tool (libsecret-tools); macOS: the login
keychain. See docs/broker.md.
`;

export interface CommandResult {
  exitCode: number;
  stdout: string;
  stderr?: string;
}

export interface StoreDependencies {
  keychain?: Keychain;
  readValue?: (prompt: string) => Promise<string>;
}

function keychainReference(text: string | undefined, verb: string): KeychainReference {
  if (text === undefined) throw new UsageError(`store ${verb}: give a keychain://SERVICE/ACCOUNT reference`);
  let reference;
  try {
    reference = parseBrokerReference(text);
  } catch (error) {
    if (error instanceof BrokerReferenceError) throw new UsageError(`store ${verb}: ${error.message}`);
    throw error;
  }
  if (reference.scheme !== 'keychain') throw new UsageError(`store ${verb}: only keychain:// references are stored here (${reference.scheme}:// values live in their own store)`);
  return reference;
}

export async function runStoreCommand(argv: string[], dependencies: StoreDependencies = {}): Promise<CommandResult> {
  try {
    return await storeAction(argv, dependencies);
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'KeychainUnavailableError' || name === 'KeychainLockedError') return { exitCode: 2, stdout: '', stderr: `secret-hygiene: store ${argv[0]}: ${(error as Error).message}\n` };
    throw error;
  }
}

async function storeAction(argv: string[], dependencies: StoreDependencies): Promise<CommandResult> {
  const [verb, ...rest] = argv;
  if (verb === undefined || verb === '--help' || verb === '-h') return { exitCode: verb ? 0 : 2, stdout: verb ? STORE_HELP : '', ...(verb ? {} : { stderr: STORE_HELP }) };
  const keychain = dependencies.keychain ?? openKeychain();
  switch (verb) {
    case 'put': {
      if (rest.length !== 1) throw new UsageError('store put takes one reference; the value is read from stdin, never from the command line');
      const reference = keychainReference(rest[0], 'put');
      const value = await (dependencies.readValue ?? readSecretInput)(`Value for ${reference.text} (input hidden): `);
      if (value === '') throw new UsageError(`store put ${reference.text}: the value is empty; nothing stored`);
      await keychain.put(reference.service, reference.account, value);
      return { exitCode: 0, stdout: '', stderr: `Stored ${reference.text}.\n` };
    }
    case 'delete': {
      if (rest.length !== 1) throw new UsageError('store delete takes one reference');
      const reference = keychainReference(rest[0], 'delete');
      const deleted = await keychain.delete(reference.service, reference.account);
      return deleted ? { exitCode: 0, stdout: '', stderr: `Deleted ${reference.text}.\n` } : { exitCode: 1, stdout: '', stderr: `Nothing stored at ${reference.text}.\n` };
    }
    case 'list': {
      const { service, format } = listArgs(rest);
      const entries = (await keychain.list(service)).sort((a, b) => a.service.localeCompare(b.service) || a.account.localeCompare(b.account));
      const references = entries.map((entry) => `keychain://${entry.service}/${entry.account}`);
      return { exitCode: 0, stdout: format === 'json' ? `${JSON.stringify({ version: 1, references }, null, 2)}\n` : references.map((r) => `${r}\n`).join('') };
    }
    default:
      throw new UsageError(`store: unknown action "${verb}" (expected put, delete or list)`);
  }
}

function listArgs(rest: string[]): { service?: string; format: 'text' | 'json' } {
  let format: 'text' | 'json' = 'text';
  let service: string | undefined;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === '--format' || arg === '-f') {
      const value = rest[++i];
      if (value !== 'text' && value !== 'json') throw new UsageError(`store list --format: expected text or json, got "${value ?? ''}"`);
      format = value;
    } else if (arg.startsWith('--format=')) {
      const value = arg.slice('--format='.length);
      if (value !== 'text' && value !== 'json') throw new UsageError(`store list --format: expected text or json, got "${value}"`);
      format = value;
    } else if (service === undefined && !arg.startsWith('-')) service = keychainReference(`keychain://${arg}/list`, 'list').service;
    else throw new UsageError(`store list: unexpected argument "${arg}"`);
  }
  return service === undefined ? { format } : { service, format };
}
