/**
 * Debian firefox-esr driven over raw WebDriver BiDi (playwright-core cannot drive Firefox here):
 * headless, a fresh profile whose prefs send the given hostnames to 127.0.0.1, the add-on installed
 * from its unpacked build with `webExtension.install`. Node 20 needs --experimental-websocket
 * (run.mjs passes it); Node 22+ has WebSocket built in.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const FIREFOX = process.env.SH_E2E_FIREFOX ?? '/usr/bin/firefox-esr';

interface Pending {
  resolve(value: any): void;
  reject(error: Error): void;
}

export class BiDiSession {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  private constructor(private readonly socket: WebSocket) {
    socket.addEventListener('message', (event) => {
      const message = JSON.parse(String(event.data));
      const waiting = message.id === undefined ? undefined : this.pending.get(message.id);
      if (!waiting) return;
      this.pending.delete(message.id);
      if (message.type === 'error') waiting.reject(new Error(`BiDi ${message.error}: ${message.message}`));
      else waiting.resolve(message.result);
    });
  }

  static async connect(url: string): Promise<BiDiSession> {
    const socket = new WebSocket(url);
    await new Promise<void>((resolve, reject) => {
      socket.addEventListener('open', () => resolve(), { once: true });
      socket.addEventListener('error', () => reject(new Error(`cannot connect to ${url}`)), { once: true });
    });
    return new BiDiSession(socket);
  }

  send(method: string, params: Record<string, unknown> = {}): Promise<any> {
    const id = this.nextId++;
    this.socket.send(JSON.stringify({ id, method, params }));
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        if (this.pending.delete(id)) reject(new Error(`BiDi ${method}: no answer in 30 s`));
      }, 30_000);
      const settle = (fn: () => void) => {
        clearTimeout(timer);
        fn();
      };
      this.pending.set(id, { resolve: (value) => settle(() => resolve(value)), reject: (error) => settle(() => reject(error)) });
    });
  }

  /** Evaluates an expression in a browsing context; returns the BiDi remote value's `value`. */
  async evaluate(context: string, expression: string): Promise<unknown> {
    const result = await this.send('script.evaluate', { expression, target: { context }, awaitPromise: true });
    if (result.type === 'exception') throw new Error(`script.evaluate: ${result.exceptionDetails?.text}`);
    return result.result?.value;
  }

  close(): void {
    this.socket.close();
  }
}

export interface FirefoxSession {
  bidi: BiDiSession;
  context: string;
  close(): Promise<void>;
}

export async function launchFirefox(hosts: readonly string[]): Promise<FirefoxSession> {
  if (typeof WebSocket === 'undefined') throw new Error('WebDriver BiDi needs WebSocket: run with node --experimental-websocket (Node 20) or Node 22+');
  const profile = mkdtempSync(join(tmpdir(), 'sh-e2e-firefox-'));
  const prefs: Record<string, string | boolean | number> = {
    'network.dns.localDomains': hosts.join(','),
    'network.proxy.type': 0,
    'browser.shell.checkDefaultBrowser': false,
    'browser.startup.homepage_override.mstone': 'ignore',
    'datareporting.policy.dataSubmissionEnabled': false,
    'toolkit.telemetry.reportingpolicy.firstRun': false,
    'app.update.disabledForTesting': true,
    'extensions.autoDisableScopes': 0,
    'extensions.enabledScopes': 5,
  };
  writeFileSync(join(profile, 'user.js'), Object.entries(prefs).map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`).join('\n'));
  const child: ChildProcess = spawn(FIREFOX, ['--headless', '--no-remote', '--profile', profile, '--remote-debugging-port=0', 'about:blank'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1' },
  });
  const stop = async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await new Promise((resolve) => {
        const timer = setTimeout(() => {
          child.kill('SIGKILL');
          resolve(undefined);
        }, 5000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve(undefined);
        });
      });
    }
    rmSync(profile, { recursive: true, force: true });
  };
  try {
    const endpoint = await new Promise<string>((resolve, reject) => {
      let output = '';
      const timer = setTimeout(() => reject(new Error(`firefox did not announce WebDriver BiDi in 30 s:\n${output.slice(-2000)}`)), 30_000);
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        const match = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]!);
        }
      };
      child.stderr!.on('data', onData);
      child.stdout!.on('data', onData);
      child.once('exit', (code) => reject(new Error(`firefox exited (${code}):\n${output.slice(-2000)}`)));
    });
    const bidi = await BiDiSession.connect(`${endpoint.replace(/\/$/, '')}/session`);
    await bidi.send('session.new', { capabilities: { alwaysMatch: { acceptInsecureCerts: true } } });
    const tree = await bidi.send('browsingContext.getTree', {});
    const context = tree.contexts[0].context as string;
    return {
      bidi,
      context,
      close: async () => {
        await bidi.send('session.end').catch(() => undefined);
        bidi.close();
        await stop();
      },
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
