/**
 * macOS: generic passwords in the user's default (login) keychain through `/usr/bin/security`
 * (`man security`: find-generic-password, add-generic-password, delete-generic-password, dump-keychain).
 * The value never goes in argv: `add-generic-password` runs inside `security -i`, which reads its command
 * line from stdin. Written from the man page; this repository's tests run on Linux only.
 */
import { entryLabel, KeychainLockedError, KeychainUnavailableError, STORED_BY, type Keychain, type KeychainEntry } from './keychain.js';
import { runTool, type ToolResult } from './tool-process.js';

const TOOL = '/usr/bin/security';
/** errSecItemNotFound: `security` exits 44 when no item matches. */
const NOT_FOUND = 44;

/** One double-quoted word for `security -i`'s command-line parser. */
function quoted(word: string): string {
  return `"${word.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

export function macosKeychain(env: NodeJS.ProcessEnv): Keychain {
  const run = async (args: string[], input?: string): Promise<ToolResult> => {
    const result = await runTool(TOOL, args, input === undefined ? { env } : { env, input });
    if (result.spawnError !== undefined) throw new KeychainUnavailableError(`/usr/bin/security could not be started (${result.spawnError})`);
    if (result.code === null) throw new KeychainUnavailableError('security did not answer within 30 s (is the keychain waiting for a prompt?)');
    if (/interaction is not allowed|locked/i.test(result.stderr)) throw new KeychainLockedError('the login keychain is locked: unlock it (`security unlock-keychain`) and try again');
    if (result.code !== 0 && result.code !== NOT_FOUND) throw new KeychainUnavailableError(`security failed (exit ${result.code}): ${result.stderr.split('\n')[0]!.slice(0, 200)}`);
    return result;
  };
  return {
    async put(service, account, value) {
      if (/[\r\n]/.test(value)) throw new KeychainUnavailableError('a value with line breaks cannot be stored in the macOS keychain by this tool yet (security -i reads one line); use Keychain Access, or an op:// reference');
      const command = ['add-generic-password', '-U', '-s', service, '-a', account, '-l', entryLabel(service, account), '-j', STORED_BY, '-w', value].map(quoted).join(' ');
      await run(['-i'], `${command}\n`);
    },
    async get(service, account) {
      const result = await run(['find-generic-password', '-s', service, '-a', account, '-w']);
      // `-w` prints the password and one newline.
      return result.code === NOT_FOUND ? undefined : result.stdout.replace(/\n$/, '');
    },
    async delete(service, account) {
      return (await run(['delete-generic-password', '-s', service, '-a', account])).code === 0;
    },
    async list(service) {
      // dump-keychain without -d prints attributes only, never secrets.
      return parseDumpKeychain((await run(['dump-keychain'])).stdout).filter((item) => (service === undefined ? item.comment === STORED_BY : item.service === service)).map(({ service: s, account }) => ({ service: s, account }));
    },
  };
}

/** Generic-password items from `security dump-keychain` (`"svce"<blob>="…"`, `"acct"<blob>="…"`, `"icmt"<blob>="…"`). */
export function parseDumpKeychain(stdout: string): (KeychainEntry & { comment?: string })[] {
  const items: (KeychainEntry & { comment?: string })[] = [];
  for (const block of stdout.split(/^keychain: /m)) {
    if (!/^class: "genp"$/m.test(block)) continue;
    const attribute = (name: string): string | undefined => new RegExp(`"${name}"<blob>="((?:[^"\\\\]|\\\\.)*)"`).exec(block)?.[1];
    const service = attribute('svce');
    const account = attribute('acct');
    const comment = attribute('icmt');
    if (service !== undefined && account !== undefined) items.push(comment === undefined ? { service, account } : { service, account, comment });
  }
  return items;
}
