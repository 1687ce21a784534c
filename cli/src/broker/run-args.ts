/**
 * `run [-e NAME=REF]… [--env-file FILE]… [--] COMMAND [ARGS…]`: which variables the child gets from
 * which references. Every value given here must be a reference: a literal is refused (and never echoed,
 * it may be the very secret that should not be on a command line).
 */
import { BrokerReferenceError, isBrokerReference, parseBrokerReference, type BrokerReference } from '@secret-hygiene/core';
import { InputFileError, readBoundedFile } from '../bounded-read.js';
import { UsageError } from '../errors.js';
import { escapeName } from '../output/escape.js';

export const RUN_HELP = `Usage:
  secret-hygiene run [-e NAME=REF]… [--env-file FILE]… -- COMMAND [ARGS…]

Starts COMMAND (no shell) with each reference resolved into its environment only; inherited variables
whose value is a reference are resolved too. stdio and signals pass through; the exit status is
COMMAND's (128+N when a signal N ended it). GitHub App tokens are revoked when COMMAND exits.

References:
  keychain://SERVICE/ACCOUNT      the OS keychain (store one with: secret-hygiene store put REF)
  op://VAULT/ITEM/[SECTION/]FIELD 1Password, through the op CLI
  env://NAME                      a variable of this environment (CI secrets)
  github-app://APP_ID/INSTALLATION_ID?permissions=contents:read[,NAME:LEVEL…][&repositories=a,b][&key=REF]
                                  a GitHub App installation token (1 hour at most, revoked at exit);
                                  the App's key: keychain://secret-hygiene/github-app-APP_ID unless key=

Exit codes: COMMAND's own; 125 the broker failed or the policy refused (nothing was started),
126 COMMAND cannot be executed, 127 COMMAND not found. See docs/broker.md.
`;

export interface Assignment {
  variable: string;
  reference: BrokerReference;
  /** Where it was given: `-e`, `FILE:LINE`, or `inherited`. */
  origin: string;
}

export interface RunArgs {
  assignments: Assignment[];
  command: string;
  args: string[];
  help?: boolean;
}

const VARIABLE = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** An env file names references: a handful of lines; anything bigger is a mistake. */
const ENV_FILE_LIMIT = 1024 * 1024;

function parseReference(text: string, where: string, variable: string): BrokerReference {
  try {
    return parseBrokerReference(text);
  } catch (error) {
    if (!(error instanceof BrokerReferenceError)) throw error;
    throw new UsageError(`${where}: ${variable}: ${error.message}`);
  }
}

function assignment(text: string, where: string): Assignment {
  const at = text.indexOf('=');
  const variable = at === -1 ? text : text.slice(0, at);
  if (at === -1 || !VARIABLE.test(variable)) throw new UsageError(`${where}: expected NAME=REF with NAME a variable name, got "${escapeName(variable.slice(0, 60))}${at === -1 ? '' : '=…'}"`);
  return { variable, reference: parseReference(text.slice(at + 1), where, variable), origin: where };
}

export function parseRunArgs(argv: string[]): RunArgs {
  const assignments: Assignment[] = [];
  let i = 0;
  for (; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      i++;
      break;
    }
    if (arg === '--help' || arg === '-h') return { assignments, command: '', args: [], help: true };
    if (arg === '-e' || arg === '--env') {
      const value = argv[++i];
      if (value === undefined) throw new UsageError(`${arg} needs NAME=REF`);
      assignments.push(assignment(value, arg));
    } else if (arg.startsWith('--env=')) assignments.push(assignment(arg.slice('--env='.length), '--env'));
    else if (arg === '--env-file') {
      const file = argv[++i];
      if (file === undefined) throw new UsageError('--env-file needs a file');
      assignments.push(...readEnvFile(file));
    } else if (arg.startsWith('--env-file=')) assignments.push(...readEnvFile(arg.slice('--env-file='.length)));
    else if (arg.startsWith('-')) throw new UsageError(`run: unknown option "${escapeName(arg.slice(0, 60))}" (put the command after --)`);
    else break;
  }
  const [command, ...args] = argv.slice(i);
  if (command === undefined || command === '') throw new UsageError('run: give the command to start after --, e.g. secret-hygiene run -e TOKEN=keychain://svc/acct -- node server.js');
  return { assignments, command, args };
}

/** `NAME=REF` lines; `#` comments, blank lines, an `export ` prefix and quotes around the reference are accepted. */
export function parseEnvFile(text: string, file: string): Assignment[] {
  const out: Assignment[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const where = `${escapeName(file)}:${index + 1}`;
    const body = line.replace(/^export\s+/, '');
    const at = body.indexOf('=');
    const variable = at === -1 ? body : body.slice(0, at).trim();
    if (at === -1 || !VARIABLE.test(variable)) throw new UsageError(`${where}: expected NAME=REF`);
    let value = body.slice(at + 1).trim();
    if (/^(['"]).*\1$/.test(value)) value = value.slice(1, -1);
    if (!isBrokerReference(value)) {
      const scheme = /^([a-z][a-z0-9+.-]{0,31}):\/\//i.exec(value)?.[1];
      throw new UsageError(`${where}: ${variable}: ${scheme ? `unknown scheme "${scheme}://"` : 'the value is not a reference'} (an env file for run holds keychain://, op://, env:// or github-app:// references, never values)`);
    }
    out.push({ variable, reference: parseReference(value, where, variable), origin: where });
  });
  return out;
}

function readEnvFile(file: string): Assignment[] {
  let text: string;
  try {
    text = readBoundedFile(file, ENV_FILE_LIMIT);
  } catch (error) {
    if (error instanceof InputFileError) throw new UsageError(`--env-file ${escapeName(file)}: ${error.message}`);
    throw error;
  }
  return parseEnvFile(text, file);
}

/** Inherited variables whose value is one of our references (a value that merely looks like one is an error, not passed on). */
export function inheritedAssignments(env: NodeJS.ProcessEnv): Assignment[] {
  const out: Assignment[] = [];
  for (const [variable, value] of Object.entries(env)) {
    if (value === undefined || !isBrokerReference(value)) continue;
    out.push({ variable, reference: parseReference(value, 'inherited environment', variable), origin: 'inherited' });
  }
  return out;
}

/** One assignment per variable: inherited < env files < -e, later wins (as with `env` and docker). */
export function mergeAssignments(inherited: Assignment[], given: Assignment[]): Assignment[] {
  const byVariable = new Map<string, Assignment>();
  for (const a of [...inherited, ...given]) byVariable.set(a.variable, a);
  return [...byVariable.values()];
}
