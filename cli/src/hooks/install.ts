/** `hooks install|uninstall|status`: our entries in each client's settings file, and nothing else touched. */
import { existsSync } from 'node:fs';
import { CLIENT_HOOKS, HOOK_SCOPES, isOurCommand, type ClientHookSpec, type HookScope } from './clients.js';
import { HOOK_CLIENTS, isRecord, type HookClient } from './protocol.js';
import { blobOfCommand } from './snapshot.js';
import { editText, readSettings, SettingsFileError, writeSettings } from './settings-file.js';

export interface InstallLocation {
  home: string;
  project: string;
}

export interface ChangeReport {
  client: HookClient;
  scope: HookScope;
  path: string;
  changed: boolean;
  backup?: string;
}

/** Our entries under one event: [group index, hook index] for Claude Code, [entry index] for Cursor. */
interface OurEntry {
  group: number;
  hook?: number;
  command: string;
  matcher?: unknown;
  /** The only hook of its group: the group goes when it goes. */
  alone: boolean;
}

function ourEntries(spec: ClientHookSpec, list: unknown): OurEntry[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((entry, group): OurEntry[] => {
    if (!isRecord(entry)) return [];
    if (spec.client === 'cursor') return isOurCommand(entry.command, spec.client) ? [{ group, command: entry.command as string, alone: true }] : [];
    if (!Array.isArray(entry.hooks)) return [];
    const hooks = entry.hooks as unknown[];
    return hooks.flatMap((hook, index): OurEntry[] =>
      isRecord(hook) && isOurCommand(hook.command, spec.client)
        ? [{ group, hook: index, command: hook.command as string, matcher: entry.matcher, alone: hooks.length === 1 }]
        : [],
    );
  });
}

function ourEntry(spec: ClientHookSpec, event: { matcher?: string }, command: string): unknown {
  if (spec.client === 'cursor') return { command };
  return { ...(event.matcher ? { matcher: event.matcher } : {}), hooks: [{ type: 'command', command }] };
}

/** Removes our entries from `text` (last first, so indices stay valid). */
function withoutOurs(spec: ClientHookSpec, text: string, event: string, list: unknown): string {
  for (const entry of ourEntries(spec, list).reverse()) {
    const path = entry.hook === undefined || entry.alone ? ['hooks', event, entry.group] : ['hooks', event, entry.group, 'hooks', entry.hook];
    text = editText(text, path, undefined);
  }
  return text;
}

export function installHooks(client: HookClient, scope: HookScope, where: InstallLocation, command: string): ChangeReport {
  const spec = CLIENT_HOOKS[client];
  const path = spec.settingsPath(scope, where.home, where.project);
  const settings = readSettings(path);
  let text = settings.text ?? '{}\n';
  const hooks = isRecord(settings.value.hooks) ? settings.value.hooks : {};
  if (settings.value.hooks !== undefined && !isRecord(settings.value.hooks)) throw new SettingsFileError(path, '"hooks" is not an object; nothing was changed');
  for (const [key, value] of Object.entries(spec.preamble ?? {})) if (settings.value[key] === undefined) text = editText(text, [key], value);
  for (const event of spec.events) {
    const list = hooks[event.event];
    const ours = ourEntries(spec, list);
    const current = ours.length === 1 && ours[0]!.command === command && (spec.client === 'cursor' || ours[0]!.matcher === event.matcher);
    if (current) continue;
    text = withoutOurs(spec, text, event.event, list);
    text = Array.isArray(list) ? editText(text, ['hooks', event.event, -1], ourEntry(spec, event, command), true) : editText(text, ['hooks', event.event], [ourEntry(spec, event, command)]);
  }
  return commit(client, scope, path, settings.text, text);
}

export function uninstallHooks(client: HookClient, scope: HookScope, where: InstallLocation): ChangeReport {
  const spec = CLIENT_HOOKS[client];
  const path = spec.settingsPath(scope, where.home, where.project);
  const settings = readSettings(path);
  if (settings.text === undefined || !isRecord(settings.value.hooks)) return { client, scope, path, changed: false };
  let text = settings.text;
  for (const event of spec.events) text = withoutOurs(spec, text, event.event, settings.value.hooks[event.event]);
  return commit(client, scope, path, settings.text, text);
}

function commit(client: HookClient, scope: HookScope, path: string, before: string | undefined, after: string): ChangeReport {
  if (after === before) return { client, scope, path, changed: false };
  const backup = writeSettings(path, before, after);
  return { client, scope, path, changed: true, ...(backup ? { backup } : {}) };
}

export interface HookStatus {
  client: HookClient;
  scope: HookScope;
  path: string;
  exists: boolean;
  installed: string[];
  missing: string[];
  /** Our commands whose snapshot blob is gone (they still work, through the slower fallback). */
  staleSnapshot: boolean;
  problem?: string;
}

export function hookStatus(where: InstallLocation): HookStatus[] {
  return HOOK_CLIENTS.flatMap((client) =>
    HOOK_SCOPES.map((scope): HookStatus => {
      const spec = CLIENT_HOOKS[client];
      const path = spec.settingsPath(scope, where.home, where.project);
      const status: HookStatus = { client, scope, path, exists: false, installed: [], missing: [], staleSnapshot: false };
      try {
        const settings = readSettings(path);
        status.exists = settings.text !== undefined;
        const hooks = isRecord(settings.value.hooks) ? settings.value.hooks : {};
        for (const event of spec.events) {
          const ours = ourEntries(spec, hooks[event.event]);
          (ours.length ? status.installed : status.missing).push(event.event);
          for (const entry of ours) {
            const blob = blobOfCommand(entry.command);
            if (blob && !existsSync(blob)) status.staleSnapshot = true;
          }
        }
      } catch (error) {
        status.problem = (error as Error).message;
        status.missing = spec.events.map((event) => event.event);
      }
      return status;
    }),
  );
}
