/**
 * Activation: wire the providers, commands, view and status bar; no scanning happens here (open
 * documents are scanned right after, off the activation path). Shared by the Node and web entries.
 */
import * as vscode from 'vscode';
import { registerAgentGuardrails } from './agents/guardrails.js';
import { Baselines } from './baselines.js';
import { SecretCodeActions } from './code-actions.js';
import { allowFinding, type AllowOutcome } from './commands/allow.js';
import { applyJitFix, type JitFixOutcome } from './commands/jit-fix.js';
import { DocumentScanner } from './document-scanner.js';
import { ScanEngine } from './engine.js';
import { FindingStore } from './findings.js';
import { FindingHover } from './hover.js';
import type { Finding } from './model/core.js';
import type { Platform } from './platform.js';
import { Settings } from './settings.js';
import { StatusIndicator } from './status.js';
import { SecretStores } from './stores.js';
import { FindingsTree } from './tree.js';
import { CHECK_TOKEN_COMMAND, TokenChecker, type CheckTokenOutcome } from './verify/check-token.js';
import { WorkspaceScanner, type ScanSummary } from './workspace-scan.js';

const SELECTOR: vscode.DocumentSelector = [{ scheme: 'file' }, { scheme: 'untitled' }];

/** What `activate` returns: enough for tests and other tools to observe; never a raw secret, except `testing` in test mode. */
export interface SecretHygieneApi {
  readonly activationMs: number;
  findings(uri: vscode.Uri): Finding[];
  effectiveSettings(): { minSeverity: string; locked: string[]; managed?: { origin: string; broken: boolean }; problems: string[] };
  statusBar(): { text: string; tooltip: string };
  /** Milliseconds the last live scan of a document took (in the engine, wherever it ran). */
  lastScanMs(): number;
  /** Whether the last live scan rescanned only the text around an edit (large documents). */
  lastScanIncremental(): boolean;
  /** Where the last live scan (of `uri`, when given) ran: `worker` (off the extension host's thread) or `inline`. */
  lastScanRoute(uri?: vscode.Uri): 'inline' | 'worker' | undefined;
  /** Where the recent scans of `uri` ran (oldest first, the last 50) and how many characters each scanned. */
  scanHistory(uri: vscode.Uri): { route: 'inline' | 'worker'; chars: number }[];
  /**
   * Milliseconds the last live scan held the extension host's thread in one go after reading the text
   * (planning, handing over, publishing); large documents are read in slices (document-text.ts).
   */
  lastScanHostMs(): number;
  /** The same as thread CPU time (NaN where the runtime cannot tell): wall time minus the OS running others. */
  lastScanHostCpuMs(): number;
  /** Scan workers started so far (a stopped scan replaces its worker). */
  scanWorkersStarted(): number;
  /** Only when VS Code runs the extension's tests (ExtensionMode.Test). */
  testing?: {
    storedSecret(name: string, uri: vscode.Uri): Promise<string | undefined>;
    /** Answers "Check token"'s confirmation from now on; the questions asked are pushed to the returned list. */
    answerTokenChecks(send: boolean): { message: string; detail: string }[];
    /** The findings view's items as it would draw them (label, description, tooltip). */
    findingsTree(): { label: string; description: string; tooltip: string }[];
  };
}

export function activateExtension(context: vscode.ExtensionContext, platform: Platform): SecretHygieneApi {
  const started = performance.now();
  const settings = new Settings(platform);
  const baselines = new Baselines();
  const engine = new ScanEngine(settings, baselines, platform.scanWorker(context));
  const store = new FindingStore();
  const scanner = new DocumentScanner(engine, store, platform.threadCpuMs);
  const stores = new SecretStores(context, platform);
  const workspaceScanner = new WorkspaceScanner(engine, store);
  const checker = new TokenChecker({ scanner, settings, baselines, ...(platform.tokenCheck ? { transport: platform.tokenCheck } : {}) });
  const tree = new FindingsTree(store, checker);
  // A check's answer sets the severity the Problems panel shows too.
  store.severityOf = (finding) => checker.severityOf(finding);
  const status = new StatusIndicator(store, settings);
  const output = vscode.window.createOutputChannel('Secret Hygiene');

  context.subscriptions.push(
    settings,
    baselines,
    engine,
    store,
    scanner,
    checker,
    checker.onDidChange(() => store.republish()),
    tree,
    status,
    output,
    baselines.onDidChange(() => {
      scanner.rescanOpen();
      void workspaceScanner.rescanKnown();
    }),
    settings.onDidChange(() => void workspaceScanner.rescanKnown()),
    vscode.window.registerTreeDataProvider('secretHygiene.findings', tree),
    registerAgentGuardrails(platform.agentCli),
    vscode.languages.registerCodeActionsProvider(SELECTOR, new SecretCodeActions(store, scanner, settings, stores, checker), SecretCodeActions.metadata),
    vscode.languages.registerHoverProvider(SELECTOR, new FindingHover(store, checker)),
    vscode.commands.registerCommand('secretHygiene.applyJitFix', (uri: vscode.Uri | string, fingerprint: string, offset: number): Promise<JitFixOutcome> =>
      applyJitFix({ scanner, settings, stores, platform }, uri, fingerprint, offset),
    ),
    vscode.commands.registerCommand('secretHygiene.allowFinding', (uri: vscode.Uri | string, fingerprint: string, offset: number, reason?: string): Promise<AllowOutcome> =>
      allowFinding({ scanner, baselines }, uri, fingerprint, offset, reason),
    ),
    vscode.commands.registerCommand(CHECK_TOKEN_COMMAND, (uri: vscode.Uri | string, fingerprint: string, offset: number): Promise<CheckTokenOutcome> =>
      checker.check(uri, fingerprint, offset),
    ),
    vscode.commands.registerCommand('secretHygiene.openRotationPage', (url: string) => {
      if (typeof url === 'string' && url.startsWith('https://')) return vscode.env.openExternal(vscode.Uri.parse(url));
      return false;
    }),
    vscode.commands.registerCommand('secretHygiene.scanWorkspace', async (): Promise<ScanSummary> => {
      const summary = await workspaceScanner.scanWorkspace();
      report(summary, 'workspace');
      return summary;
    }),
    vscode.commands.registerCommand('secretHygiene.scanAgentConfigs', async (): Promise<ScanSummary | undefined> => {
      const paths = platform.agentConfigPaths(context);
      if (!paths.length) {
        void vscode.window.showInformationMessage('Secret Hygiene: user-level agent configs are not reachable from this editor host (no home directory in the browser).');
        return undefined;
      }
      const summary = await workspaceScanner.scanAgentConfigs(paths);
      report(summary, 'agent config');
      return summary;
    }),
    vscode.commands.registerCommand('secretHygiene.showEffectiveSettings', () => {
      output.clear();
      output.appendLine(settings.describe());
      output.show(true);
    }),
    vscode.commands.registerCommand('secretHygiene.copyStoredSecret', async () => {
      const keys = stores.storedKeys();
      if (!keys.length) return void vscode.window.showInformationMessage('Secret Hygiene: no quick fix has stored a secret yet.');
      const picked = await vscode.window.showQuickPick(
        keys.map((key) => ({ label: key.slice(key.lastIndexOf('#') + 1), description: key.slice(0, key.lastIndexOf('#')), key })),
        { title: 'Copy a secret stored by a quick fix (to paste when VS Code prompts for the input)' },
      );
      const value = picked && (await stores.read(picked.key));
      if (value) {
        await vscode.env.clipboard.writeText(value);
        void vscode.window.showInformationMessage(`Secret Hygiene: ${picked.label} copied to the clipboard.`);
      }
    }),
  );

  scanner.start();

  function report(summary: ScanSummary, what: string): void {
    const skipped = Object.entries(summary.skipped)
      .filter(([, n]) => n > 0)
      .map(([why, n]) => `${n} ${why}`)
      .join(', ');
    const text = `Secret Hygiene: ${summary.cancelled ? 'cancelled after' : 'scanned'} ${summary.scanned} ${what} file${summary.scanned === 1 ? '' : 's'}: ${summary.findings} finding${summary.findings === 1 ? '' : 's'} in ${summary.withFindings} file${summary.withFindings === 1 ? '' : 's'}${skipped ? ` (skipped: ${skipped})` : ''}.`;
    void vscode.window.showInformationMessage(text, 'Show Findings').then((choice) => {
      if (choice) void vscode.commands.executeCommand('secretHygiene.findings.focus');
    });
  }

  const api: SecretHygieneApi = {
    activationMs: performance.now() - started,
    findings: (uri) => store.get(uri)?.findings ?? [],
    effectiveSettings: () => {
      const e = settings.current;
      return { minSeverity: e.scan.minSeverity, locked: [...e.locked], ...(e.managed ? { managed: e.managed } : {}), problems: [...e.problems] };
    },
    statusBar: () => ({ text: status.text, tooltip: status.tooltip }),
    lastScanMs: () => scanner.lastScan.ms,
    lastScanIncremental: () => scanner.lastScan.incremental,
    lastScanRoute: (uri?: vscode.Uri) => (uri ? scanner.history.get(uri.toString())?.at(-1)?.route : scanner.lastScan.route),
    scanHistory: (uri: vscode.Uri) => [...(scanner.history.get(uri.toString()) ?? [])],
    lastScanHostMs: () => scanner.lastScan.hostMs,
    lastScanHostCpuMs: () => scanner.lastScan.hostCpuMs,
    scanWorkersStarted: () => engine.scheduler.workersStarted,
  };
  if (context.extensionMode === vscode.ExtensionMode.Test) {
    api.testing = {
      storedSecret: (name, uri) => stores.read(SecretStores.secretKey(name, uri)),
      answerTokenChecks: (send) => checker.answerConfirmations(send),
      findingsTree: () =>
        tree.getChildren().flatMap((file) =>
          tree.getChildren(file).map((node) => {
            const item = tree.getTreeItem(node);
            const text = (value: unknown) => (typeof value === 'string' ? value : value instanceof vscode.MarkdownString ? value.value : String((value as { label?: string } | undefined)?.label ?? ''));
            return { label: text(item.label), description: text(item.description), tooltip: text(item.tooltip) };
          }),
        ),
    };
  }
  return api;
}
