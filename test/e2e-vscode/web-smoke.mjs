// The `browser` entry (dist/web/extension.js, for vscode.dev) loaded in a real Chromium page — no
// Node globals — against a minimal stand-in for the `vscode` module: it must activate, scan an opened
// document and publish a masked diagnostic. This proves the web bundle is self-contained and pure;
// the full behaviour is covered in the real (Node) extension host by the in-host suite. The scan runs
// in the web scan worker (dist/web/scan-worker.js, a real Web Worker), served from the page's origin
// as the extension's files are.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const ORIGIN = 'http://web-smoke.invalid';
/** Where vscode.dev serves extension files from: another origin, so the worker starts from a blob URL. */
export const CDN_ORIGIN = 'http://extension-cdn.invalid';

/** Runs in the page. Returns what the extension published. */
function smokeInPage({ code, token, extensionBase }) {
  const listeners = {};
  const published = [];
  const on = (name) => (listener) => {
    (listeners[name] ??= []).push(listener);
    return { dispose() {} };
  };
  const disposable = { dispose() {} };
  const commands = {};
  class EventEmitter {
    constructor() {
      this.listeners = [];
      this.event = (listener) => (this.listeners.push(listener), disposable);
    }
    fire(value) {
      this.listeners.forEach((listener) => listener(value));
    }
    dispose() {}
  }
  class Range {
    constructor(sl, sc, el, ec) {
      Object.assign(this, { start: { line: sl, character: sc }, end: { line: el, character: ec } });
    }
  }
  class Diagnostic {
    constructor(range, message, severity) {
      Object.assign(this, { range, message, severity });
    }
  }
  const uri = { scheme: 'untitled', path: 'Untitled-1', fsPath: 'Untitled-1', toString: () => 'untitled:Untitled-1' };
  const extensionUri = { scheme: 'http', toString: () => extensionBase };
  const vscode = {
    EventEmitter,
    Range,
    Diagnostic,
    Disposable: class { constructor(f) { this.dispose = f; } static from(...all) { return { dispose: () => all.forEach((d) => d.dispose()) }; } },
    ThemeIcon: class { constructor(id, color) { Object.assign(this, { id, color }); } },
    ThemeColor: class { constructor(id) { this.id = id; } },
    Uri: {
      parse: (value) => ({ toString: () => value }),
      joinPath: (base, ...parts) => (base === extensionUri ? { toString: () => [extensionBase, ...parts].join('/') } : uri),
      file: () => uri,
    },
    DiagnosticSeverity: { Error: 0, Warning: 1, Information: 2, Hint: 3 },
    StatusBarAlignment: { Left: 1, Right: 2 },
    CodeActionKind: { QuickFix: { value: 'quickfix' } },
    ExtensionMode: { Production: 1, Development: 2, Test: 3 },
    ProgressLocation: { Notification: 15 },
    FileType: { File: 1 },
    workspace: {
      workspaceFolders: [],
      textDocuments: [],
      isTrusted: true,
      getConfiguration: () => ({ inspect: () => undefined, get: () => undefined }),
      onDidChangeConfiguration: on('config'),
      onDidOpenTextDocument: on('open'),
      onDidChangeTextDocument: on('change'),
      onDidSaveTextDocument: on('save'),
      onDidCloseTextDocument: on('close'),
      onDidChangeWorkspaceFolders: on('folders'),
      onDidGrantWorkspaceTrust: on('trust'),
      createFileSystemWatcher: () => ({ onDidCreate: on('w'), onDidChange: on('w'), onDidDelete: on('w'), dispose() {} }),
      getWorkspaceFolder: () => undefined,
      asRelativePath: (u) => u.path,
      fs: { isWritableFileSystem: () => true },
    },
    languages: {
      createDiagnosticCollection: () => ({
        set: (target, diagnostics) => published.push({ target: target.toString(), diagnostics }),
        delete() {},
        has: () => false,
        dispose() {},
      }),
      registerCodeActionsProvider: () => disposable,
      registerHoverProvider: () => disposable,
    },
    window: {
      createStatusBarItem: () => ({ show() {}, dispose() {} }),
      registerTreeDataProvider: () => disposable,
      createTreeView: () => disposable,
      createOutputChannel: () => ({ appendLine() {}, clear() {}, show() {}, dispose() {} }),
      showErrorMessage: async () => undefined,
      showWarningMessage: async () => undefined,
      showInformationMessage: async () => undefined,
    },
    commands: { registerCommand: (id, handler) => ((commands[id] = handler), disposable), executeCommand: async () => undefined },
    env: {},
  };
  const module = { exports: {} };
  const require = (name) => {
    if (name === 'vscode') return vscode;
    throw new Error(`the web bundle required "${name}"`);
  };
  new Function('module', 'exports', 'require', code)(module, module.exports, require);
  const context = { subscriptions: [], extensionMode: 1, secrets: {}, globalState: { get: (_k, d) => d, update: async () => {} }, globalStorageUri: uri, extensionUri };
  const api = module.exports.activate(context);
  const text = `const token = "${token}";\n`;
  const doc = { uri, version: 1, isClosed: false, languageId: 'typescript', getText: () => text };
  vscode.workspace.textDocuments.push(doc);
  listeners.open.forEach((listener) => listener(doc));
  // Agent Guardrails in the web host: the view says why it cannot work there (no files, no processes).
  const guardrails = commands['secretHygiene.refreshAgentGuardrails']?.();
  return new Promise((resolve) => {
    const deadline = Date.now() + 10_000;
    const poll = async () => {
      const hit = published.find((p) => p.diagnostics.length);
      if (hit || Date.now() > deadline) {
        resolve({
          guardrails: await guardrails,
          activationMs: api.activationMs,
          route: api.lastScanRoute(),
          workers: api.scanWorkersStarted(),
          hasNodeGlobals: typeof globalThis.process !== 'undefined' || typeof globalThis.Buffer !== 'undefined',
          diagnostics: (hit?.diagnostics ?? []).map((d) => ({ message: d.message, code: d.code?.value, severity: d.severity, range: d.range })),
        });
      } else setTimeout(poll, 20);
    };
    poll();
  });
}

/** `extensionOrigin`: where the extension's files are served (the page's own origin by default). */
export async function webSmoke(browser, bundlePath, token, { extensionOrigin = ORIGIN } = {}) {
  const page = await browser.newPage();
  try {
    const workerScript = readFileSync(join(dirname(bundlePath), 'scan-worker.js'), 'utf8');
    const serve = (route) => {
      const url = new URL(route.request().url());
      if (url.origin === extensionOrigin && url.pathname === '/extension/dist/web/scan-worker.js') {
        return route.fulfill({ contentType: 'text/javascript', headers: { 'Access-Control-Allow-Origin': '*' }, body: workerScript });
      }
      if (url.origin === ORIGIN && url.pathname === '/') return route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>web smoke</title>' });
      return route.fulfill({ status: 404, body: '' });
    };
    await page.route(`${ORIGIN}/**`, serve);
    if (extensionOrigin !== ORIGIN) await page.route(`${extensionOrigin}/**`, serve);
    await page.goto(`${ORIGIN}/`);
    const result = await page.evaluate(smokeInPage, { code: readFileSync(bundlePath, 'utf8'), token, extensionBase: `${extensionOrigin}/extension` });
    const [diagnostic] = result.diagnostics;
    const problems = [];
    if (result.hasNodeGlobals) problems.push('the page has Node globals (the check would prove nothing)');
    if (result.guardrails?.state !== 'unavailable' || !/browser-hosted editor/.test(result.guardrails.reason)) problems.push(`Agent Guardrails in the web host: ${JSON.stringify(result.guardrails)}`);
    if (!diagnostic) problems.push('no diagnostic was published');
    if (result.route !== 'worker' || result.workers !== 1) problems.push(`the scan ran ${result.route} (${result.workers} workers started), not in the web scan worker`);
    else {
      if (diagnostic.code !== 'github-classic-pat') problems.push(`unexpected rule ${diagnostic.code}`);
      if (diagnostic.severity !== 0) problems.push(`severity ${diagnostic.severity}, expected Error`);
      if (diagnostic.message.includes(token)) problems.push('the message shows the raw token');
      if (diagnostic.range.start.character !== 15 || diagnostic.range.end.character !== 15 + token.length) problems.push(`range ${JSON.stringify(diagnostic.range)}`);
    }
    return { ok: problems.length === 0, problems, activationMs: result.activationMs, route: result.route };
  } finally {
    await page.close();
  }
}

/** A fake GitHub classic PAT built here (valid CRC32 suffix), like extension-vscode/test/support/tokens.ts; `seed` gives another one. */
export function fakeGithubPat(seed = 11) {
  const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
  let body = '';
  for (let i = 0; i < 30; i++) body += alphabet[(i * 37 + seed) % 62];
  let crc = 0xffffffff;
  for (let i = 0; i < body.length; i++) {
    crc ^= body.charCodeAt(i);
    for (let k = 0; k < 8; k++) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
  }
  let n = (crc ^ 0xffffffff) >>> 0;
  let suffix = '';
  for (; n > 0; n = Math.floor(n / 62)) suffix = alphabet[n % 62] + suffix;
  return `ghp_${body}${suffix.padStart(6, '0')}`;
}
