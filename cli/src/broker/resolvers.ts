/**
 * One resolver per scheme. Each returns the value (kept only in memory and in the child's environment)
 * and, for minted tokens, how to revoke it. Failures are typed errors whose messages name the reference
 * and never a value.
 */
import type { BrokerReference, EnvReference, KeychainReference, OnePasswordReference } from '@secret-hygiene/core';
import { mintInstallationToken, type GitHubAppClientOptions } from './github-app-client.js';
import type { Keychain } from './keychain.js';
import { runTool } from './tool-process.js';

/** The reference resolved to nothing: no such entry, item or variable. */
export class ReferenceNotFoundError extends Error {
  override readonly name = 'ReferenceNotFoundError' as const;
}

/** The tool behind a scheme failed (1Password CLI missing, signed out…). */
export class ResolverUnavailableError extends Error {
  override readonly name = 'ResolverUnavailableError' as const;
}

export interface Resolved {
  value: string;
  /** When a minted token expires anyway. */
  expiresAt?: string;
  /** Revokes a minted token; resolves to whether the provider confirmed. */
  revoke?: () => Promise<void>;
}

export interface ResolverContext {
  keychain: () => Keychain;
  /** The broker's own environment (for env:// and for finding `op`); the child's is built apart from it. */
  env: NodeJS.ProcessEnv;
  github: GitHubAppClientOptions;
}

export async function resolveReference(reference: BrokerReference, context: ResolverContext): Promise<Resolved> {
  switch (reference.scheme) {
    case 'keychain':
      return { value: await resolveKeychain(reference, context) };
    case 'env':
      return { value: resolveEnv(reference, context.env) };
    case 'op':
      return { value: await resolveOnePassword(reference, context.env) };
    case 'github-app': {
      const key = await resolveReference(reference.key, context);
      return mintInstallationToken(reference, key.value, context.github);
    }
  }
}

async function resolveKeychain(reference: KeychainReference, context: ResolverContext): Promise<string> {
  const value = await context.keychain().get(reference.service, reference.account);
  if (value === undefined) throw new ReferenceNotFoundError(`${reference.text}: no such keychain entry (store it with: secret-hygiene store put ${reference.text})`);
  return value;
}

function resolveEnv(reference: EnvReference, env: NodeJS.ProcessEnv): string {
  const value = env[reference.name];
  if (value === undefined || value === '') throw new ReferenceNotFoundError(`${reference.text}: ${reference.name} is not set in this environment`);
  return value;
}

/**
 * `op read` resolves a secret reference and prints the value (https://developer.1password.com/docs/cli/reference/commands/read);
 * `--no-newline` leaves the value as stored.
 */
async function resolveOnePassword(reference: OnePasswordReference, env: NodeJS.ProcessEnv): Promise<string> {
  const result = await runTool('op', ['read', '--no-newline', reference.text], { env, timeoutMs: 60_000 });
  if (result.spawnError === 'ENOENT') throw new ResolverUnavailableError(`${reference.text}: the 1Password CLI (op) is not on PATH; install it (https://developer.1password.com/docs/cli/get-started/) or use another scheme`);
  if (result.spawnError !== undefined) throw new ResolverUnavailableError(`${reference.text}: op could not be started (${result.spawnError})`);
  if (result.code !== 0) {
    // op's messages name the reference and the problem (not signed in, no such item), never a value.
    const said = (result.stderr.split('\n').find((line) => line.trim()) ?? '').trim().slice(0, 200);
    const error = /isn't an item|not found|could not find|no item/i.test(said) ? ReferenceNotFoundError : ResolverUnavailableError;
    throw new error(`${reference.text}: op read failed (exit ${result.code ?? 'killed'})${said ? `: ${said}` : ''}`);
  }
  return result.stdout;
}
