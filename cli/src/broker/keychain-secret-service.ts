/**
 * Linux: the freedesktop Secret Service (GNOME Keyring, KWallet, KeePassXC…) through libsecret's
 * `secret-tool` (Debian/Ubuntu package libsecret-tools). Entries carry the attributes `service` and
 * `account` (what a lookup matches, so an entry stored by hand with
 * `secret-tool store --label=… service S account A` resolves too), `application=secret-hygiene`, and a label.
 * https://specifications.freedesktop.org/secret-service-spec/latest/ · `man secret-tool`
 */
import { entryLabel, KeychainLockedError, KeychainUnavailableError, STORED_BY, type Keychain, type KeychainEntry } from './keychain.js';
import { runTool, type ToolResult } from './tool-process.js';

const TOOL = 'secret-tool';

export function secretServiceKeychain(env: NodeJS.ProcessEnv): Keychain {
  const run = async (args: string[], input?: string): Promise<ToolResult> => {
    const result = await runTool(TOOL, args, input === undefined ? { env } : { env, input });
    const failure = classifyFailure(result, env);
    if (failure) throw failure;
    return result;
  };
  const lookup = async (service: string, account: string): Promise<string | undefined> => {
    const result = await run(['lookup', 'service', service, 'account', account]);
    return result.code === 0 ? result.stdout : undefined;
  };
  return {
    async put(service, account, value) {
      const store = (): Promise<ToolResult> => run(['store', `--label=${entryLabel(service, account)}`, 'service', service, 'account', account, 'application', STORED_BY], value);
      let result = await store();
      if (result.code !== 0) throw storeFailed(result);
      // An older entry with the same service and account but other attributes (stored by hand) would
      // shadow ours on lookup: when it does, clear every match and store again.
      if ((await lookup(service, account)) !== value) {
        await run(['clear', 'service', service, 'account', account]);
        result = await store();
        if (result.code !== 0) throw storeFailed(result);
      }
    },
    async get(service, account) {
      const value = await lookup(service, account);
      if (value !== undefined) return value;
      // `lookup` says nothing when the entry is locked; `search` does (its stdout, which may hold a
      // secret, is never read here).
      const search = await runTool(TOOL, ['search', 'service', service, 'account', account], { env });
      if (/locked/i.test(search.stderr)) throw lockedError();
      return undefined;
    },
    async delete(service, account) {
      const found = parseSearchAttributes((await run(['search', '--all', 'service', service, 'account', account])).stderr);
      if (!found.length) return false;
      await run(['clear', 'service', service, 'account', account]);
      return true;
    },
    async list(service) {
      const result = await run(['search', '--all', ...(service === undefined ? ['application', STORED_BY] : ['service', service])]);
      const seen = new Set<string>();
      return parseSearchAttributes(result.stderr).filter((entry) => {
        const key = `${entry.service}\0${entry.account}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
    },
  };
}

function lockedError(): KeychainLockedError {
  return new KeychainLockedError('the keyring is locked: unlock it (log in to the desktop session, or `gnome-keyring-daemon --unlock`) and try again');
}

function storeFailed(result: ToolResult): Error {
  return new KeychainUnavailableError(`secret-tool could not store the entry (exit ${result.code}): ${firstLine(result.stderr) || 'no message'}`);
}

/** secret-tool's own messages never contain the secret (it travels on stdin/stdout); still, one line, bounded. */
function firstLine(text: string): string {
  return (text.split('\n').find((line) => line.trim() !== '') ?? '').trim().slice(0, 200);
}

function classifyFailure(result: ToolResult, env: NodeJS.ProcessEnv): Error | undefined {
  if (result.spawnError === 'ENOENT') {
    return new KeychainUnavailableError('secret-tool was not found: install libsecret-tools (Debian/Ubuntu) or libsecret (Fedora, Arch) for keychain:// references');
  }
  if (result.spawnError !== undefined) return new KeychainUnavailableError(`secret-tool could not be started (${result.spawnError})`);
  if (result.code === null) return new KeychainUnavailableError('secret-tool did not answer within 30 s (is the keyring waiting for an unlock prompt nobody can see?)');
  const stderr = result.stderr;
  if (/locked/i.test(stderr)) return lockedError();
  if (/autolaunch|D-Bus|DBus|dbus|not provided by any \.service|Could not connect|No such interface|ServiceUnknown|NoReply/.test(stderr)) {
    const bus = env.DBUS_SESSION_BUS_ADDRESS ? '' : ' DBUS_SESSION_BUS_ADDRESS is not set.';
    return new KeychainUnavailableError(`no Secret Service keyring on the session bus (is a keyring daemon such as gnome-keyring-daemon running in this session?).${bus} secret-tool said: ${firstLine(stderr)}`);
  }
  if (result.code !== 0 && result.code !== 1) return new KeychainUnavailableError(`secret-tool failed (exit ${result.code}): ${firstLine(stderr) || 'no message'}`);
  return undefined;
}

const ATTRIBUTE = /^attribute\.([^ ]+) = (.*)$/;

/**
 * Entries from `secret-tool search --all`. It prints each item's label and secret on stdout and its
 * `attribute.K = V` lines on stderr, so names are read from stderr alone and a value is never parsed
 * (stdout is not read at all). An item's attribute names are unique, so a repeated name starts the
 * next item; items without both a service and an account are not ours to list.
 */
export function parseSearchAttributes(stderr: string): KeychainEntry[] {
  const entries: KeychainEntry[] = [];
  let current = new Map<string, string>();
  const flush = (): void => {
    const service = current.get('service');
    const account = current.get('account');
    if (service !== undefined && account !== undefined) entries.push({ service, account });
    current = new Map();
  };
  for (const line of stderr.split('\n')) {
    const attribute = ATTRIBUTE.exec(line);
    if (!attribute) continue;
    if (current.has(attribute[1]!)) flush();
    current.set(attribute[1]!, attribute[2]!);
  }
  flush();
  return entries;
}
