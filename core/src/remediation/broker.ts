/**
 * The broker route, for MCP clients with no reference syntax (Claude Desktop, Zed) and for any client
 * when the team chose the OS keychain: the secret goes to the keychain, and the server entry starts
 * its program through `secret-hygiene run`, which resolves the reference into that one child's
 * environment at start-up (DESIGN.md, "JIT broker"):
 *
 *   "command": "npx", "args": ["-y", "srv"], "env": { "GITHUB_TOKEN": "<literal>" }
 *   → "command": "secret-hygiene",
 *     "args": ["run", "-e", "GITHUB_TOKEN=keychain://secret-hygiene/github-GITHUB_TOKEN", "--", "npx", "-y", "srv"]
 *
 * An entry already wrapped gets its `-e` list extended, never a second wrapper. Only local (stdio)
 * servers can be wrapped: a remote server's headers are sent by the client itself.
 * Edits come from jsonc-parser's `modify`, so comments and formatting around them survive.
 */
import { findNodeAtLocation, getNodeValue, modify, type JSONPath } from 'jsonc-parser';
import type { Finding } from '../engine/types.js';
import { singleEdit } from './edits.js';
import { formattingOf, jsonStringAt, type JsonString } from './json.js';
import { spansWholeValue } from './names.js';
import type { PlanningText } from './planning-text.js';
import { unavailable, type DraftPlan, type GithubAppSettings, type JitContext, type JitStore } from './types.js';

/** What the rewritten entry starts: the CLI as installed on PATH (`npm install -g secret-hygiene`). */
export const BROKER_COMMAND = 'secret-hygiene';
/** The keychain service every quick fix stores under; the account names the server and the variable. */
export const KEYCHAIN_SERVICE = 'secret-hygiene';

const SERVER_LISTS = ['servers', 'mcpServers', 'context_servers'];
const VARIABLE = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * THE naming rule for secrets the fixes put in the keychain: `keychain://secret-hygiene/<scope>-<VAR>`,
 * where scope is the MCP server's name (or the client's, or `dotenv`). Characters a keychain name cannot
 * carry (`/`, `?`, spaces…; core/src/broker/references.ts) become `-`; the account starts with a letter
 * or digit and stays within 128 characters, so the reference always parses.
 */
export function keychainReference(scope: string, variable: string): string {
  // Bounded first (a hostile config's 1 MB server name costs nothing), trimmed by index (a `-+$` regex
  // retried from every dash of a long run is quadratic).
  const safe = (s: string) => {
    const name = s.slice(0, 128).replace(/[^A-Za-z0-9._-]+/g, '-');
    let start = 0;
    let end = name.length;
    while (start < end && !/[A-Za-z0-9]/.test(name[start]!)) start++;
    while (end > start && name[end - 1] === '-') end--;
    return name.slice(start, end);
  };
  const account = `${safe(scope) || 'server'}-${safe(variable) || 'SECRET'}`.slice(0, 128);
  return `keychain://${KEYCHAIN_SERVICE}/${account}`;
}

/** `github-app://APP_ID/INSTALLATION_ID?permissions=contents:read,issues:write` (DESIGN.md, "JIT broker"). */
export function githubAppReference(app: GithubAppSettings): string {
  const permissions = Object.entries(app.permissions ?? {}).map(([name, level]) => `${name}:${level}`);
  return `github-app://${app.appId}/${app.installationId}${permissions.length ? `?permissions=${permissions.join(',')}` : ''}`;
}

/** Long-lived GitHub user tokens (core/src/rules/github.ts), which an App installation token (≤ 1 h, narrowed) can replace. */
const GITHUB_USER_TOKENS = new Set(['github-classic-pat', 'github-fine-grained-pat', 'github-oauth-token']);

export function isGithubUserToken(finding: Finding): boolean {
  return GITHUB_USER_TOKENS.has(finding.ruleId);
}

/**
 * Why the policy's broker block would refuse a `scheme://` reference for this finding at run time
 * (`broker.allowedSchemes`, `broker.requiredSchemes`, as `secret-hygiene run` checks them), so the fix
 * never writes a config that cannot start; undefined when it may.
 */
export function policyRefusal(context: JitContext, finding: Finding, scheme: 'keychain' | 'github-app'): string | undefined {
  const { allowedSchemes, requiredSchemes, githubApp } = context.broker ?? {};
  const required = requiredSchemes?.[finding.provider];
  if (required !== undefined && required !== scheme) {
    const hint = required === 'github-app' && !githubApp ? '; name the App in the policy (broker.githubApp) for the fix to write one' : '';
    return `the policy requires ${required}:// references for ${finding.provider} credentials (broker.requiredSchemes)${hint}`;
  }
  if (allowedSchemes && !allowedSchemes.includes(scheme)) return `the policy does not allow ${scheme}:// references (broker.allowedSchemes: ${allowedSchemes.join(', ') || 'none'})`;
  return undefined;
}

/** `secret-hygiene`, `/usr/local/bin/secret-hygiene`, `secret-hygiene.cmd`: an entry this route already wrapped. */
function isBrokerCommand(command: unknown): boolean {
  return typeof command === 'string' && /(?:^|[\\/])secret-hygiene(?:\.cmd|\.exe|\.js)?$/i.test(command);
}

interface LaunchEntry {
  /** Path of the object holding the program, its args and env (Zed's older form nests them under `command`). */
  path: JSONPath;
  programKey: 'command' | 'path';
  program: string;
  args: string[];
  env: Record<string, unknown>;
}

/**
 * Plans the wrap for the secret at `at` (a JSON string in an MCP config). `scope` names the server
 * in the keychain account; `runner` the client, in notes.
 */
export function planBrokerWrap(doc: PlanningText, finding: Finding, context: JitContext, at: JsonString, runner: string): DraftPlan {
  const serversAt = at.path.findIndex((p) => typeof p === 'string' && SERVER_LISTS.includes(p));
  const server = serversAt === -1 ? undefined : at.path[serversAt + 1];
  if (typeof server !== 'string') return unavailable('the secret is not inside an MCP server entry, so there is no server to start through secret-hygiene run');
  const inEntry = at.path.slice(serversAt + 2);
  if (inEntry.some((p) => p === 'headers' || p === 'url' || p === 'serverUrl')) {
    return unavailable(`"${server}" is a remote (HTTP) server whose headers ${runner} sends itself; secret-hygiene run can only start local (stdio) servers. Use a client that resolves references, or a local proxy for the server`);
  }
  const envAt = at.path.length - 2;
  if (at.path[envAt] !== 'env' || envAt < serversAt + 2) {
    return unavailable(`the secret is not an "env" value of "${server}" (an argument?); secret-hygiene run supplies environment variables only: move it into "env" first`);
  }
  const variable = at.path.at(-1);
  if (typeof variable !== 'string' || !VARIABLE.test(variable)) return unavailable(`"${String(variable)}" is not an environment variable name a reference can be given to`);
  if (!spansWholeValue(doc, finding.range)) {
    return unavailable(`${variable} holds more than the secret; store the whole value by hand (secret-hygiene store put) and wrap the server yourself`);
  }
  const launch = launchEntry(at, at.path.slice(0, envAt));
  if (typeof launch === 'string') return unavailable(`"${server}": ${launch}`);

  const app = context.broker?.githubApp;
  const viaApp = app !== undefined && isGithubUserToken(finding);
  const refused = policyRefusal(context, finding, viaApp ? 'github-app' : 'keychain');
  if (refused) return unavailable(refused);
  const reference = viaApp ? githubAppReference(app) : keychainReference(server, variable);
  const args = wrappedArgs(launch, variable, reference);
  const store: JitStore = viaApp ? { kind: 'none', name: variable } : { kind: 'keychain', name: variable, key: reference };
  const onPath = `\`${BROKER_COMMAND}\` must be on the PATH ${runner} starts servers with (or set "${launch.programKey}" to its full path).`;
  return {
    title: viaApp ? `Use a one-hour GitHub App token (${reference}) through secret-hygiene run` : 'Store in OS keychain and run through secret-hygiene',
    reference: { kind: viaApp ? 'github-app' : 'keychain', text: reference, storeAs: variable },
    edits: () => wrapEdits(doc, finding, at, launch, args),
    store,
    notes: viaApp
      ? [
          `The token is not stored: "${server}" now gets a GitHub App installation token, minted for at most one hour when it starts and revoked when it exits. Revoke the token that was in the file.`,
          `The App's private key must be in the keychain: \`secret-hygiene store put keychain://${KEYCHAIN_SERVICE}/github-app-${app.appId} < app-key.pem\`.`,
          onPath,
        ]
      : [`"${server}" now starts through \`secret-hygiene run\`, which reads ${variable} from the OS keychain (${reference}) and gives it to the server alone.`, onPath],
  };
}

/** The object that starts the server: `command` + `args` + `env`, or Zed's `command: { path, args, env }`. */
function launchEntry(at: JsonString, path: JSONPath): LaunchEntry | string {
  const node = findNodeAtLocation(at.tree, path);
  if (!node || node.type !== 'object') return 'the server entry is not an object';
  const value = getNodeValue(node) as Record<string, unknown>;
  if (value.url !== undefined || value.serverUrl !== undefined || (typeof value.type === 'string' && value.type !== 'stdio')) {
    return 'a remote (HTTP) server cannot be started through secret-hygiene run; only local (stdio) servers can';
  }
  const programKey = path.at(-1) === 'command' && typeof value.path === 'string' ? 'path' : 'command';
  const program = value[programKey];
  if (typeof program !== 'string' || !program.trim()) return `no "${programKey}" to start, so there is nothing to wrap`;
  const args = value.args ?? [];
  if (!Array.isArray(args) || args.some((a) => typeof a !== 'string')) return '"args" is not a list of strings; fix it first';
  const env = value.env;
  if (!env || typeof env !== 'object' || Array.isArray(env)) return '"env" is not an object';
  return { path, programKey, program, args: args as string[], env: env as Record<string, unknown> };
}

/** The entry already starts through `secret-hygiene run … --` (its program, a full path included, is kept). */
function isWrapped(launch: Pick<LaunchEntry, 'program' | 'args'>): boolean {
  return isBrokerCommand(launch.program) && launch.args[0] === 'run' && launch.args.includes('--');
}

/** `run -e VAR=REF -- program args…`; for an entry already wrapped, its `-e` list with VAR (re)set. */
export function wrappedArgs(launch: Pick<LaunchEntry, 'program' | 'args'>, variable: string, reference: string): string[] {
  const assignment = `${variable}=${reference}`;
  const end = launch.args.indexOf('--');
  if (!isWrapped(launch)) return ['run', '-e', assignment, '--', launch.program, ...launch.args];
  const options: string[] = [];
  for (let i = 1; i < end; i++) {
    const option = launch.args[i]!;
    if ((option === '-e' || option === '--env') && i + 1 < end) {
      const value = launch.args[++i]!;
      if (!value.startsWith(`${variable}=`)) options.push(option, value);
    } else options.push(option);
  }
  return ['run', ...options, '-e', assignment, ...launch.args.slice(end)];
}

/** One edit from the env entry through the program and args (jsonc-parser's modify, then the span that changed). */
function wrapEdits(doc: PlanningText, finding: Finding, at: JsonString, launch: LaunchEntry, args: string[]) {
  const options = { formattingOptions: formattingOf(doc) };
  const apply = (text: string, path: JSONPath, value: unknown) => {
    let out = text;
    // Applied back to front, as modify returns them.
    for (const e of [...modify(text, path, value, options)].sort((a, b) => b.offset - a.offset)) out = out.slice(0, e.offset) + e.content + out.slice(e.offset + e.length);
    return out;
  };
  const variable = at.path.at(-1)!;
  const onlyKey = Object.keys(launch.env).length === 1;
  let text = apply(doc.text, onlyKey ? [...launch.path, 'env'] : [...launch.path, 'env', variable], undefined);
  if (!isWrapped(launch)) text = apply(text, [...launch.path, launch.programKey], BROKER_COMMAND);
  text = apply(text, [...launch.path, 'args'], args);
  return [singleEdit(doc.text, text, finding.range)];
}

/**
 * Claude Code's settings.json `env` is Claude Code's own environment, with literal values and no
 * server entry to wrap (https://github.com/anthropics/claude-code/issues/46889): the value moves to the
 * keychain, the entry goes, and Claude Code itself is started through `secret-hygiene run`.
 */
export function planRemovedSettingsEnv(doc: PlanningText, finding: Finding, context: JitContext, scope: string, program: string): DraftPlan {
  const at = jsonStringAt(doc, finding.range);
  if (typeof at === 'string') return unavailable(at);
  const variable = at.path[1];
  if (at.path.length !== 2 || at.path[0] !== 'env' || typeof variable !== 'string' || !VARIABLE.test(variable)) {
    return unavailable('Claude Code settings.json values are literal (no variable expansion), and this one is not an "env" variable that secret-hygiene run could supply instead');
  }
  if (!spansWholeValue(doc, finding.range)) return unavailable(`${variable} holds more than the secret; store the whole value by hand (secret-hygiene store put)`);
  const refused = policyRefusal(context, finding, 'keychain');
  if (refused) return unavailable(refused);
  const reference = keychainReference(scope, variable);
  return {
    title: 'Store in OS keychain and start Claude Code through secret-hygiene run',
    reference: { kind: 'keychain', text: reference, storeAs: variable },
    edits: () => {
      const removed = modify(doc.text, ['env', variable], undefined, { formattingOptions: formattingOf(doc) });
      let text = doc.text;
      for (const e of [...removed].sort((a, b) => b.offset - a.offset)) text = text.slice(0, e.offset) + e.content + text.slice(e.offset + e.length);
      return [singleEdit(doc.text, text, finding.range)];
    },
    store: { kind: 'keychain', name: variable, key: reference },
    notes: [
      `Claude Code's settings.json values are literal, so ${variable} leaves the file: start Claude Code with \`secret-hygiene run -e ${variable}=${reference} -- ${program}\` so it gets the value from the OS keychain.`,
    ],
  };
}
