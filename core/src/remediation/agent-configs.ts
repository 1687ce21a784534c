/**
 * Agent (MCP) configs and agent/editor settings: each client has its own reference syntax, or none.
 *
 * | client | reference | source |
 * |---|---|---|
 * | VS Code | `${input:id}` + `inputs` | https://code.visualstudio.com/docs/copilot/reference/mcp-configuration |
 * | Claude Code `.mcp.json` | `${VAR}` (also `${VAR:-default}`) in command, args, env, url, headers | https://code.claude.com/docs/en/mcp ("Environment variable expansion in .mcp.json") |
 * | Cursor | `${env:NAME}` in command, args, env, url, headers | https://cursor.com/docs/mcp ("Config interpolation"; also https://syllago.dev/using-syllago/providers/cursor/mcp/) |
 * | Windsurf | `${env:NAME}` in command, args, env, serverUrl, url, headers | https://docs.windsurf.com/windsurf/cascade/mcp ("Config interpolation") |
 * | Cline | `${env:NAME}` | https://github.com/cline/cline/pull/8079 (merged Dec 2025) |
 * | Continue (YAML) | `${{ secrets.NAME }}`, read from `.continue/.env`, a workspace `.env` or the Hub | https://docs.continue.dev/customize/deep-dives/mcp, https://github.com/continuedev/continue/issues/5902 |
 * | Claude Desktop | none: `env` values are passed literally | https://github.com/modelcontextprotocol/servers/issues/1039 |
 * | Zed | none: `context_servers` values are sent verbatim | https://github.com/zed-industries/zed/issues/60459, https://github.com/zed-industries/zed/issues/19016 |
 * | Claude Code `settings.json` `env` | none: values are literal | https://github.com/anthropics/claude-code/issues/46889 |
 */
import type { Finding } from '../engine/types.js';
import { CLIENT_NAMES, type Client } from '../formats/kinds.js';
import { isGithubUserToken, planBrokerWrap, planRemovedSettingsEnv } from './broker.js';
import { jsonStringAt, type JsonString } from './json.js';
import { secretName, spansWholeValue } from './names.js';
import { environmentStore } from './store.js';
import type { PlanningText } from './planning-text.js';
import { isJitFixUnavailable, unavailable, type DraftPlan, type JitContext, type JitPlan } from './types.js';
import { planVscodeInput } from './vscode.js';

type Syntax = 'json' | 'yaml';

interface PathHints {
  path: (string | number)[];
}

/** Clients that pass config values literally: the only fix is to start the server through `secret-hygiene run`. */
const NO_REFERENCE: Partial<Record<Client, string>> = {
  'claude-desktop': 'Claude Desktop passes config values literally (no variable expansion), so the server has to be started through `secret-hygiene run`',
  zed: 'Zed sends context_servers values verbatim (no variable expansion), so the server has to be started through `secret-hygiene run`',
};

export function planAgentConfig(doc: PlanningText, finding: Finding, context: JitContext, client: string | undefined, syntax: Syntax): DraftPlan {
  const runner = client && client in CLIENT_NAMES ? CLIENT_NAMES[client as Client] : 'the client';
  const literalOnly = client ? NO_REFERENCE[client as Client] : undefined;
  // The broker route: required where there is no reference syntax; chosen by the team's keychain
  // provider, or by a GitHub App in the policy for GitHub user tokens (a one-hour token beats any reference).
  const brokerChosen = context.references?.provider === 'keychain' || (context.broker?.githubApp !== undefined && isGithubUserToken(finding));
  if (literalOnly || (brokerChosen && syntax === 'json')) {
    const found = syntax === 'json' ? jsonStringAt(doc, finding.range) : 'the config is not JSON';
    const wrapped = typeof found === 'string' ? unavailable(found) : planBrokerWrap(doc, finding, context, found, runner);
    if (literalOnly) return isJitFixUnavailable(wrapped) ? unavailable(`${literalOnly}, and here it cannot be: ${wrapped.reason}`) : wrapped;
    if (!isJitFixUnavailable(wrapped)) return wrapped;
    // Not wrappable (a remote server, an argument): the client's own reference, with the keychain as the store.
  }

  let at: JsonString | undefined;
  let path = finding.location?.path ?? [];
  if (syntax === 'json') {
    const found = jsonStringAt(doc, finding.range);
    if (typeof found === 'string') return unavailable(found);
    at = found;
    path = found.path;
  }
  const name = nameFor(finding, { path }, spansWholeValue(doc, finding.range));

  switch (client) {
    case 'vscode':
      return planVscodeInput(doc, finding, at!);
    case 'claude-code':
      return envReference(finding, context, `\${${name}}`, name, runner, 'Claude Code expands it when it starts the server', serverOf(path));
    case 'gemini':
      // "String values within your settings.json files can reference environment variables using either
      // $VAR_NAME or ${VAR_NAME}" (https://geminicli.com/docs/cli/configuration).
      return envReference(finding, context, `\${${name}}`, name, runner, 'Gemini CLI expands it when it reads settings.json', serverOf(path));
    case 'cursor':
    case 'windsurf':
    case 'cline':
      return envReference(finding, context, `\${env:${name}}`, name, runner, `${runner} reads it from the environment`, serverOf(path));
    case 'continue': {
      if (syntax !== 'yaml') return unavailable('Continue documents ${{ secrets.… }} for YAML config blocks; move this server to a YAML block first');
      const reference = `\${{ secrets.${name} }}`;
      return {
        title: `Use ${reference} (Continue reads it from .continue/.env)`,
        reference: { kind: 'continue-secret', text: reference, storeAs: name },
        edits: [{ range: finding.range, newText: reference }],
        store: { kind: 'dotenv', name, key: '.continue/.env' },
        notes: ['Keep .continue/.env out of version control (add it to .gitignore).'],
      };
    }
    default:
      return unavailable(client ? `no reference syntax is known for ${runner}` : 'the client reading this config is unknown, so its reference syntax is too');
  }
}

function envReference(finding: Finding, context: JitContext, reference: string, name: string, runner: string, how: string, scope?: string): JitPlan {
  const stored = environmentStore(name, context.references, runner, scope);
  if (typeof stored === 'string') return unavailable(stored);
  return {
    title: `Use ${reference} (${how})`,
    reference: { kind: 'env', text: reference, storeAs: name },
    edits: [{ range: finding.range, newText: reference }],
    store: stored.store,
    notes: stored.notes,
  };
}

/** The variable for a value under `servers.<name>.env.KEY`, `…headers.Authorization` or `…args[3]`. */
function nameFor(finding: Finding, { path }: PathHints, wholeValue: boolean): string {
  const key = wholeValue ? path.at(-1) : undefined;
  return secretName(finding, { key: typeof key === 'string' ? key : undefined, scope: serverOf(path) });
}

/** The MCP server's name in a location path (`mcpServers.<name>…`). */
function serverOf(path: readonly (string | number)[]): string | undefined {
  const serversAt = path.findIndex((p) => p === 'servers' || p === 'mcpServers' || p === 'context_servers');
  return serversAt !== -1 && typeof path[serversAt + 1] === 'string' ? (path[serversAt + 1] as string) : undefined;
}

/** Settings files whose values are literal: there is nothing to reference with. */
export function planSettings(doc: PlanningText, finding: Finding, context: JitContext, client: string | undefined): DraftPlan {
  if (client === 'claude-code') return planRemovedSettingsEnv(doc, finding, context, 'claude-code', 'claude');
  if (client === 'vscode') {
    // VS Code also accepts MCP servers under "mcp" in settings.json, with the same inputs.
    const at = jsonStringAt(doc, finding.range);
    if (typeof at !== 'string' && at.path[0] === 'mcp') return planVscodeInput(doc, finding, at);
    return unavailable('VS Code settings have no secret reference syntax; extensions should keep secrets in their SecretStorage.');
  }
  return planAgentConfig(doc, finding, context, client, 'json');
}
