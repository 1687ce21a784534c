/**
 * What every client protocol reduces a hook call to: the texts that would reach the agent, and how the
 * client wants to hear the verdict. One module per client turns its own JSON into this and back.
 */

/** One thing the agent is about to see: a text given in the hook input, or a file to read. */
export interface TextToCheck {
  /** How the deny reason names it: "the prompt", "the shell command", "file /repo/.env". */
  what: string;
  text?: string;
  /** A file to read (size-capped) when the client does not pass its content. */
  filePath?: string;
  /** Path for file-kind detection (`.env`, `mcp.json`): structured formats find more. */
  kindPath?: string;
}

export type ParsedHookInput =
  | { kind: 'checks'; event: string; checks: TextToCheck[] }
  /** A well-formed input for an event we do not guard (the user hooked us to more than we handle). */
  | { kind: 'unknown-event'; event: string }
  /** Not JSON, not an object, or a known event missing its fields; `event` when the name was readable. */
  | { kind: 'malformed'; problem: string; event?: string };

export type HookVerdict =
  | { decision: 'allow' }
  /** `reason` is masked: it names rules and redacted values, never a secret. */
  | { decision: 'deny'; reason: string };

/** What the process prints and how it exits. */
export interface HookAnswer {
  stdout: string;
  exitCode: number;
}

export interface ClientProtocol {
  readonly id: 'claude-code' | 'cursor';
  parse(input: unknown): ParsedHookInput;
  /** The client's own answer for `verdict` on an input parsed as `parsed`. */
  answer(parsed: ParsedHookInput, verdict: HookVerdict): HookAnswer;
}

export const HOOK_CLIENTS = ['claude-code', 'cursor'] as const;
export type HookClient = (typeof HOOK_CLIENTS)[number];

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A tool's input as text to scan: strings as they are, anything else as its JSON. */
export function inputText(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * A name from the input (event, tool) as we may print it: identifiers only. Anything else could be a
 * pasted secret or terminal control characters, and is never echoed.
 */
export function printableName(name: string): string {
  return /^[A-Za-z_][\w.:-]{0,99}$/.test(name) ? name : '(an unprintable name)';
}
