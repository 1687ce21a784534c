/**
 * Where a secret goes when the reference is an environment variable, by the team's configured
 * provider, and what starts the program with the variable set.
 *
 * 1Password: `op://vault/item/field` secret references, resolved by `op run` (https://developer.1password.com/docs/cli/secret-references/,
 * https://developer.1password.com/docs/cli/reference/commands/run). Doppler: `doppler run -- <command>`
 * (https://docs.doppler.com/docs/cli). Infisical: `infisical run -- <command>` (https://infisical.com/docs/cli/commands/run).
 * OS keychain: `keychain://secret-hygiene/<scope>-<NAME>`, resolved by `secret-hygiene run`.
 */
import { keychainReference } from './broker.js';
import type { JitStore, ReferenceSettings } from './types.js';

const DEFAULT_VAULT = 'Private';
/** API Credential items keep the value in `credential`; the adapter creates the item under this field. */
const ONE_PASSWORD_FIELD = 'credential';
/** Names a secret reference may use verbatim; anything else must be written as the object's ID (1Password docs, "syntax rules"). */
const ONE_PASSWORD_NAME = /^[\w.\- ]+$/;

export interface EnvironmentStore {
  store: JitStore;
  notes: string[];
}

/** The `op://` reference for a secret stored as item `name` in the configured vault, or undefined when the vault name cannot be written. */
export function onePasswordReference(name: string, settings: ReferenceSettings | undefined): string | undefined {
  const vault = settings?.onePasswordVault?.trim() || DEFAULT_VAULT;
  if (!ONE_PASSWORD_NAME.test(vault)) return undefined;
  return `op://${vault}/${name}/${ONE_PASSWORD_FIELD}`;
}

/**
 * The store for a reference that reads environment variable `name`, and how `runner` (the program
 * reading the reference: "Claude Code", "npm", "your app") gets the variable.
 */
export function environmentStore(name: string, settings: ReferenceSettings | undefined, runner: string, scope = 'env'): EnvironmentStore | string {
  switch (settings?.provider) {
    case 'keychain': {
      const reference = keychainReference(scope, name);
      return {
        store: { kind: 'keychain', name, key: reference },
        notes: [`${name} is kept in the OS keychain (${reference}); start ${runner} with \`secret-hygiene run -e ${name}=${reference} -- <command>\` so the variable is set for it alone.`],
      };
    }
    case '1password': {
      const reference = onePasswordReference(name, settings);
      if (!reference) return `the 1Password vault name "${settings.onePasswordVault}" cannot be written in a secret reference; configure the vault's ID instead`;
      return {
        store: { kind: '1password', name, key: reference },
        notes: [`Set ${name}=${reference} in the environment file you give to 1Password, and start ${runner} with \`op run --env-file=<file> -- <command>\` so the reference is resolved at start-up.`],
      };
    }
    case 'doppler':
      return { store: { kind: 'doppler', name }, notes: [`Start ${runner} with \`doppler run -- <command>\` so Doppler injects ${name}.`] };
    case 'infisical':
      return { store: { kind: 'infisical', name }, notes: [`Start ${runner} with \`infisical run -- <command>\` so Infisical injects ${name}.`] };
    default:
      return {
        store: { kind: 'dotenv', name, key: '.env' },
        notes: [`${name} is kept in a git-ignored .env file; make sure it is in the environment ${runner} starts in.`],
      };
  }
}
