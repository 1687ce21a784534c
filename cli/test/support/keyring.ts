/**
 * A real, private Secret Service for tests: a session bus (`dbus-run-session`) with `gnome-keyring-daemon`
 * in it and a test keyring unlocked with a synthetic password, HOME and XDG folders in a temp folder.
 * Standalone (Node built-ins only) so any test, including an editor e2e, can start one and hand `env`
 * to the processes that should see it. Needs the Debian packages dbus, gnome-keyring, libsecret-tools.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TestKeyring {
  /** Variables for a process that should use this keyring (merge over process.env). */
  env: Record<string, string>;
  /** The temp folder holding HOME and the XDG folders. */
  home: string;
  /** Locks the test keyring (as a screen lock would), through the Secret Service's Lock method. */
  lock(): void;
  stop(): Promise<void>;
}

/** Which of the programs a test keyring needs are missing (empty = all there). */
export function missingKeyringTools(): string[] {
  return ['dbus-run-session', 'dbus-send', 'gnome-keyring-daemon', 'secret-tool'].filter((tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0);
}

// Reads the keyring password from the first line of stdin, unlocks (creating the login keyring), says
// READY with the bus address, then holds the session until stdin closes.
const SESSION_SCRIPT = `
IFS= read -r password
printf '%s' "$password" | gnome-keyring-daemon --unlock --components=secrets >/dev/null || exit 3
echo "READY $DBUS_SESSION_BUS_ADDRESS"
cat >/dev/null
`;

export async function startTestKeyring(options: { timeoutMs?: number } = {}): Promise<TestKeyring> {
  const missing = missingKeyringTools();
  if (missing.length) throw new Error(`a test keyring needs ${missing.join(', ')} (apt-get install dbus gnome-keyring libsecret-tools)`);
  const home = mkdtempSync(join(tmpdir(), 'sh-keyring-'));
  const dirs = {
    HOME: home,
    XDG_DATA_HOME: join(home, '.local', 'share'),
    XDG_CONFIG_HOME: join(home, '.config'),
    XDG_STATE_HOME: join(home, '.local', 'state'),
    XDG_CACHE_HOME: join(home, '.cache'),
    XDG_RUNTIME_DIR: join(home, 'run'),
  };
  for (const dir of Object.values(dirs)) mkdirSync(dir, { recursive: true, mode: 0o700 });
  const baseEnv: NodeJS.ProcessEnv = { ...process.env, ...dirs };
  // No X11 fallback: a test must never reach the desktop's real keyring.
  delete baseEnv.DISPLAY;
  delete baseEnv.WAYLAND_DISPLAY;
  delete baseEnv.DBUS_SESSION_BUS_ADDRESS;
  const session: ChildProcess = spawn('dbus-run-session', ['--', 'sh', '-c', SESSION_SCRIPT], { env: baseEnv, stdio: ['pipe', 'pipe', 'pipe'], detached: true });
  const address = await new Promise<string>((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => reject(new Error(`the test keyring did not start within ${options.timeoutMs ?? 20_000} ms: ${stderr}`)), options.timeoutMs ?? 20_000);
    session.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      const ready = /^READY (\S+)$/m.exec(stdout);
      if (ready) {
        clearTimeout(timer);
        resolve(ready[1]!);
      }
    });
    session.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    session.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the test keyring session exited (${code}): ${stderr}`));
    });
    session.stdin!.write(`${randomBytes(12).toString('hex')}\n`);
  });
  const env = { ...dirs, DBUS_SESSION_BUS_ADDRESS: address };
  const killGroup = (): void => {
    try {
      process.kill(-session.pid!, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  process.on('exit', killGroup);
  return {
    env,
    home,
    lock() {
      const lock = spawnSync(
        'dbus-send',
        ['--session', '--print-reply', '--dest=org.freedesktop.secrets', '/org/freedesktop/secrets', 'org.freedesktop.Secret.Service.Lock', 'array:objpath:/org/freedesktop/secrets/collection/login'],
        { env: { ...baseEnv, ...env }, encoding: 'utf8' },
      );
      if (lock.status !== 0) throw new Error(`could not lock the test keyring: ${lock.stderr}`);
    },
    async stop() {
      process.off('exit', killGroup);
      const exited = new Promise<void>((resolve) => (session.exitCode !== null || session.signalCode !== null ? resolve() : session.once('exit', () => resolve())));
      session.stdin!.end();
      const guard = setTimeout(killGroup, 5_000);
      await exited;
      clearTimeout(guard);
      // gnome-keyring-daemon daemonizes into the same process group; make sure it is gone too.
      killGroup();
      rmSync(home, { recursive: true, force: true });
    },
  };
}
