/**
 * `secret-hygiene hooks install|uninstall|status` and `secret-hygiene hook CLIENT` (the latter is the
 * slow path through the full CLI; installed hooks run the small bin, hook.cjs, directly).
 */
import { homedir } from 'node:os';
import { UsageError } from '../errors.js';
import { loadGuardrailSettings } from './guardrail-settings.js';
import { CLIENT_HOOKS, HOOK_SCOPES, type HookScope } from './clients.js';
import { hookStatus, installHooks, uninstallHooks, type ChangeReport, type HookStatus } from './install.js';
import { HOOK_CLIENTS, type HookClient } from './protocol.js';
import { defaultCacheDir, ensureSnapshot, hookCommand, type HookRuntime } from './snapshot.js';
import { runHook } from './run.js';
import { SettingsFileError } from './settings-file.js';
import { escapeName } from '../output/escape.js';

export interface CommandResult {
  stdout: string;
  stderr?: string;
  exitCode: number;
}

export const HOOKS_HELP = `Usage:
  secret-hygiene hook claude-code|cursor          answer one hook call (JSON on stdin), as the client runs it
  secret-hygiene hooks install --client claude-code|cursor [--scope user|project] [--no-snapshot]
  secret-hygiene hooks uninstall --client claude-code|cursor [--scope user|project]
  secret-hygiene hooks status [--format text|json]
See docs/guardrails.md.
`;

interface HooksArgs {
  action: 'install' | 'uninstall' | 'status';
  client?: HookClient;
  scope: HookScope;
  format: 'text' | 'json';
  snapshot: boolean;
}

function parseHooksArgs(argv: readonly string[]): HooksArgs {
  const [action, ...rest] = argv;
  if (action !== 'install' && action !== 'uninstall' && action !== 'status') throw new UsageError(`hooks: expected install, uninstall or status\n${HOOKS_HELP}`);
  const args: HooksArgs = { action, scope: 'user', format: 'text', snapshot: true };
  for (let i = 0; i < rest.length; i++) {
    const flag = rest[i]!;
    const value = () => {
      const next = rest[++i];
      if (next === undefined) throw new UsageError(`hooks ${action}: ${flag} needs a value`);
      return next;
    };
    if (flag === '--client') {
      const client = value();
      if (!HOOK_CLIENTS.includes(client as HookClient)) throw new UsageError(`hooks ${action}: --client must be one of ${HOOK_CLIENTS.join('|')}`);
      args.client = client as HookClient;
    } else if (flag === '--scope') {
      const scope = value();
      if (!HOOK_SCOPES.includes(scope as HookScope)) throw new UsageError(`hooks ${action}: --scope must be user or project`);
      args.scope = scope as HookScope;
    } else if (flag === '--format' || flag === '-f') {
      const format = value();
      if (format !== 'text' && format !== 'json') throw new UsageError(`hooks ${action}: --format must be text or json`);
      args.format = format;
    } else if (flag === '--no-snapshot') args.snapshot = false;
    else throw new UsageError(`hooks ${action}: unknown option ${flag}`);
  }
  if (action !== 'status' && !args.client) throw new UsageError(`hooks ${action}: --client claude-code|cursor is required`);
  return args;
}

/** `hookBin`: the hook.cjs shipped next to the CLI. A settings file we cannot edit is a usage error (exit 2) naming it. */
export async function runHooksCommand(argv: readonly string[], hookBin: string): Promise<CommandResult> {
  try {
    return await hooksCommand(parseHooksArgs(argv), hookBin);
  } catch (error) {
    if (error instanceof SettingsFileError) throw new UsageError(`hooks: ${escapeName(error.message)}`);
    throw error;
  }
}

async function hooksCommand(args: HooksArgs, hookBin: string): Promise<CommandResult> {
  const home = homedir();
  const where = { home, project: process.cwd() };
  if (args.action === 'status') return statusOutput(hookStatus(where), args.format);
  const client = args.client!;
  if (args.action === 'uninstall') return { stdout: describeChange(uninstallHooks(client, args.scope, where), 'uninstall'), exitCode: 0 };
  const runtime: HookRuntime = { node: process.execPath, hookBin, cacheDir: defaultCacheDir(process.env, home, process.platform) };
  const snapshot = args.snapshot ? ensureSnapshot(runtime) : {};
  const report = installHooks(client, args.scope, where, hookCommand(runtime, client, snapshot.blob));
  const note = snapshot.problem ? `note: ${snapshot.problem}\n` : snapshot.blob ? `startup snapshot: ${snapshot.blob}\n` : '';
  return { stdout: describeChange(report, 'install') + note, exitCode: 0 };
}

function describeChange(report: ChangeReport, action: 'install' | 'uninstall'): string {
  const name = CLIENT_HOOKS[report.client].name;
  if (!report.changed) return `${name} (${report.scope}): ${report.path} already ${action === 'install' ? 'has the secret-hygiene hooks' : 'has no secret-hygiene hooks'}; nothing changed\n`;
  const backup = report.backup ? ` (backup: ${report.backup})` : '';
  return `${name} (${report.scope}): ${action === 'install' ? 'hooks installed in' : 'hooks removed from'} ${report.path}${backup}\n`;
}

async function statusOutput(statuses: HookStatus[], format: 'text' | 'json'): Promise<CommandResult> {
  const settings = await loadGuardrailSettings({ cwd: process.cwd(), env: process.env, platform: process.platform, home: homedir() });
  // Enforced: each client must be guarded at one scope or the other, on every event we answer.
  const findings = settings.enforce
    ? HOOK_CLIENTS.flatMap((client) => {
        const mine = statuses.filter((status) => status.client === client);
        const covered = new Set(mine.flatMap((status) => status.installed));
        const missing = CLIENT_HOOKS[client].events.map((event) => event.event).filter((event) => !covered.has(event));
        return missing.length ? [{ ruleId: 'guardrails-hook-missing', client, missing, message: `${CLIENT_HOOKS[client].name}: no secret-hygiene hook for ${missing.join(', ')} (required by the policy's guardrails.enforce)` }] : [];
      })
    : [];
  const exitCode = findings.length ? 1 : 0;
  if (format === 'json') return { stdout: `${JSON.stringify({ version: 1, enforced: settings.enforce, threshold: settings.threshold, failClosed: settings.failClosed, clients: statuses, findings }, null, 2)}\n`, exitCode };
  const lines = statuses.map((status) => {
    const name = `${CLIENT_HOOKS[status.client].name} (${status.scope})`;
    if (status.problem) return `✗ ${name}: ${status.problem}`;
    if (!status.installed.length) return `· ${name}: not installed (${status.exists ? status.path : `${status.path} does not exist`})`;
    const partial = status.missing.length ? `; missing ${status.missing.join(', ')}` : '';
    const stale = status.staleSnapshot ? '; startup snapshot missing (run hooks install again for fast starts)' : '';
    return `${status.missing.length ? '!' : '✓'} ${name}: ${status.installed.join(', ')} in ${status.path}${partial}${stale}`;
  });
  lines.push(`policy: threshold ${settings.threshold}, ${settings.failClosed ? 'fail closed' : 'fail open'}, ${settings.enforce ? 'hooks required' : 'hooks not required'}`);
  for (const finding of findings) lines.push(`✗ ${finding.message}`);
  return { stdout: `${lines.join('\n')}\n`, exitCode };
}

/** `secret-hygiene hook CLIENT`: the same answer as hook.cjs, through the full CLI. */
export async function runHookCommand(argv: readonly string[], stdin: string): Promise<CommandResult> {
  const client = argv[0];
  if (!HOOK_CLIENTS.includes(client as HookClient)) throw new UsageError(`hook: expected ${HOOK_CLIENTS.join('|')}\n${HOOKS_HELP}`);
  const result = await runHook(client as HookClient, stdin, { cwd: process.cwd(), env: process.env, platform: process.platform, home: homedir() });
  return { stdout: result.stdout, stderr: result.stderr, exitCode: result.exitCode };
}
