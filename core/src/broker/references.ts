/**
 * References the JIT broker (`secret-hygiene run`) resolves: pure parsing and validation, no I/O.
 * A reference is a name, never a value, so errors may quote it; text that is not one of our schemes
 * (it may be a pasted secret, or a URL with a password) is never quoted back.
 *
 * The `op://` form is the one remediation writes (remediation/store.ts `onePasswordReference`);
 * https://developer.1password.com/docs/cli/secret-references/
 */

export const REFERENCE_SCHEMES = ['keychain', 'op', 'env', 'github-app'] as const;
export type ReferenceScheme = (typeof REFERENCE_SCHEMES)[number];

export interface KeychainReference {
  scheme: 'keychain';
  text: string;
  service: string;
  account: string;
}

export interface OnePasswordReference {
  scheme: 'op';
  text: string;
}

export interface EnvReference {
  scheme: 'env';
  text: string;
  name: string;
}

/** The access levels GitHub accepts in an installation token's `permissions` body. */
export const GITHUB_PERMISSION_LEVELS = ['read', 'write', 'admin'] as const;
export type GitHubPermissionLevel = (typeof GITHUB_PERMISSION_LEVELS)[number];

export interface GitHubAppReference {
  scheme: 'github-app';
  text: string;
  appId: string;
  installationId: string;
  permissions: Record<string, GitHubPermissionLevel>;
  /** Repository names (without owner); empty = every repository the installation can access. */
  repositories: string[];
  /** Where the App's private key (PEM) is kept: `keychain://secret-hygiene/github-app-APP_ID` unless `key=` says otherwise. */
  key: KeychainReference | OnePasswordReference | EnvReference;
}

export type BrokerReference = KeychainReference | OnePasswordReference | EnvReference | GitHubAppReference;

/** A reference that cannot be used; the message names the reference (or only its scheme) and never a value. */
export class BrokerReferenceError extends Error {
  override readonly name = 'BrokerReferenceError' as const;
}

/** Keychain names: letters, digits and `._-@+:_` (`github-GITHUB_TOKEN`, as the quick fix names them), starting with a letter or digit (never an option to a tool). */
const KEYCHAIN_NAME = /^[A-Za-z0-9][A-Za-z0-9._@+:_-]{0,127}$/;
/** Environment variable names as POSIX shells write them. */
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,127}$/;
/** 1Password: vault/item/[section/]field, each a name or ID, plus an optional `?attribute=`. */
const OP_SEGMENT = /^[\w.\- ]{1,128}$/;
const GITHUB_ID = /^[1-9][0-9]{0,19}$/;
const GITHUB_PERMISSION = /^[a-z][a-z_]{0,63}$/;
const GITHUB_REPOSITORY = /^[A-Za-z0-9._-]{1,100}$/;
/** GitHub: "Up to 500 repositories can be listed" (REST "Create an installation access token for an app"). */
const MAX_REPOSITORIES = 500;
/** 500 repository names of up to 100 characters fit. */
const MAX_REFERENCE_LENGTH = 64 * 1024;

/** Whether `text` starts with one of our schemes (an inherited variable with such a value is resolved by `run`). */
export function isBrokerReference(text: string): boolean {
  return REFERENCE_SCHEMES.some((scheme) => text.startsWith(`${scheme}://`));
}

/** The scheme of `text` when it is written like a URL (`foo://…`), for messages that must not quote the rest. */
function schemeOf(text: string): string | undefined {
  return /^([a-z][a-z0-9+.-]{0,31}):\/\//i.exec(text)?.[1];
}

function fail(text: string, problem: string): never {
  throw new BrokerReferenceError(`${text}: ${problem}`);
}

export function parseBrokerReference(text: string): BrokerReference {
  if (!isBrokerReference(text)) {
    const scheme = schemeOf(text);
    throw new BrokerReferenceError(
      scheme === undefined
        ? `not a reference (expected ${REFERENCE_SCHEMES.map((s) => `${s}://`).join(', ')})`
        : `unknown scheme "${scheme}://" (expected ${REFERENCE_SCHEMES.map((s) => `${s}://`).join(', ')})`,
    );
  }
  if (text.length > MAX_REFERENCE_LENGTH) fail(`${text.slice(0, 40)}…`, `longer than ${MAX_REFERENCE_LENGTH} characters`);
  if (text.startsWith('keychain://')) return parseKeychain(text);
  if (text.startsWith('op://')) return parseOnePassword(text);
  if (text.startsWith('env://')) return parseEnv(text);
  return parseGitHubApp(text);
}

function parseKeychain(text: string): KeychainReference {
  const parts = text.slice('keychain://'.length).split('/');
  if (parts.length !== 2) fail(text, 'expected keychain://SERVICE/ACCOUNT');
  const [service, account] = parts as [string, string];
  if (!KEYCHAIN_NAME.test(service)) fail(text, 'SERVICE must be 1-128 letters, digits or ._-@+:_ starting with a letter or digit');
  if (!KEYCHAIN_NAME.test(account)) fail(text, 'ACCOUNT must be 1-128 letters, digits or ._-@+:_ starting with a letter or digit');
  return { scheme: 'keychain', text, service, account };
}

function parseOnePassword(text: string): OnePasswordReference {
  const [path, query] = text.slice('op://'.length).split('?', 2) as [string, string | undefined];
  const segments = path.split('/');
  if (segments.length < 3 || segments.length > 4 || !segments.every((s) => OP_SEGMENT.test(s))) fail(text, 'expected op://VAULT/ITEM/[SECTION/]FIELD (names of letters, digits, spaces and ._-)');
  if (query !== undefined && !/^attribute=[a-z]{1,32}$/.test(query)) fail(text, 'the only query op:// takes is ?attribute=NAME');
  return { scheme: 'op', text };
}

function parseEnv(text: string): EnvReference {
  const name = text.slice('env://'.length);
  if (!ENV_NAME.test(name)) fail(text, 'expected env://NAME with NAME a variable name (letters, digits, _)');
  return { scheme: 'env', text, name };
}

/** The default home of an App's private key. */
export function githubAppKeyReference(appId: string): KeychainReference {
  return { scheme: 'keychain', text: `keychain://secret-hygiene/github-app-${appId}`, service: 'secret-hygiene', account: `github-app-${appId}` };
}

function parseGitHubApp(text: string): GitHubAppReference {
  const usage = 'expected github-app://APP_ID/INSTALLATION_ID?permissions=NAME:read|write,…[&repositories=a,b][&key=REF]';
  const [path, query = ''] = text.slice('github-app://'.length).split('?', 2) as [string, string | undefined];
  const ids = path.split('/');
  if (ids.length !== 2) fail(text, usage);
  const [appId, installationId] = ids as [string, string];
  if (!GITHUB_ID.test(appId)) fail(text, 'APP_ID must be the App\'s numeric id');
  if (!GITHUB_ID.test(installationId)) fail(text, 'INSTALLATION_ID must be the installation\'s numeric id');
  const params = new Map<string, string>();
  for (const pair of query.split('&').filter(Boolean)) {
    const at = pair.indexOf('=');
    const name = at === -1 ? pair : pair.slice(0, at);
    if (!['permissions', 'repositories', 'key'].includes(name)) fail(text, `unknown parameter "${name}" (expected permissions, repositories, key)`);
    if (params.has(name)) fail(text, `"${name}" is given twice`);
    params.set(name, at === -1 ? '' : pair.slice(at + 1));
  }
  // Required, so a token is never silently as broad as the whole installation.
  const permissionList = params.get('permissions');
  if (!permissionList) fail(text, `permissions= is required, so the token is only as broad as the task (${usage})`);
  const permissions: Record<string, GitHubPermissionLevel> = {};
  for (const entry of permissionList.split(',')) {
    const [name = '', level = ''] = entry.split(':');
    if (!GITHUB_PERMISSION.test(name) || !(GITHUB_PERMISSION_LEVELS as readonly string[]).includes(level)) fail(text, `permission "${entry}" must be NAME:read, NAME:write or NAME:admin (e.g. contents:read)`);
    if (permissions[name] !== undefined) fail(text, `permission "${name}" is given twice`);
    permissions[name] = level as GitHubPermissionLevel;
  }
  const repositories = params.has('repositories') ? params.get('repositories')!.split(',') : [];
  const badRepository = repositories.find((name) => !GITHUB_REPOSITORY.test(name));
  if (badRepository !== undefined) fail(text, `repository "${badRepository}" must be a repository name without its owner (letters, digits, ._-)`);
  if (new Set(repositories).size !== repositories.length) fail(text, 'a repository is listed twice');
  if (repositories.length > MAX_REPOSITORIES) fail(text, `at most ${MAX_REPOSITORIES} repositories`);
  let key: GitHubAppReference['key'] = githubAppKeyReference(appId);
  if (params.has('key')) {
    let keyText = params.get('key')!;
    try {
      keyText = decodeURIComponent(keyText);
    } catch {
      fail(text, 'key= is not valid percent-encoding');
    }
    if (keyText.startsWith('github-app://')) fail(text, 'key= must name where the private key is kept (keychain://, op:// or env://)');
    try {
      key = parseBrokerReference(keyText) as GitHubAppReference['key'];
    } catch (error) {
      fail(text, `key=: ${(error as Error).message}`);
    }
  }
  return { scheme: 'github-app', text, appId, installationId, permissions, repositories, key };
}
