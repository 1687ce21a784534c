/**
 * Claude Code's hook protocol. Reference: https://code.claude.com/docs/en/hooks
 * - Input: one JSON object on stdin with `hook_event_name`; `UserPromptSubmit` carries `prompt`,
 *   `PreToolUse` carries `tool_name` and `tool_input` (Bash `command`, Write `file_path` + `content`,
 *   Edit `new_string`, Read `file_path`; MCP tools are named `mcp__<server>__<tool>`).
 * - Output: exit 0 with JSON on stdout. PreToolUse denies with
 *   `hookSpecificOutput: { hookEventName, permissionDecision: "deny", permissionDecisionReason }` (the
 *   reason is shown to Claude); UserPromptSubmit blocks with `decision: "block"` + `reason` (the prompt
 *   is erased and the reason shown to the user). `continue: false` + `stopReason` stops Claude entirely.
 * - Allowing prints nothing: `permissionDecision: "allow"` would skip the user's own permission prompt,
 *   which is not ours to grant.
 */
import { inputText, isRecord, printableName, type ClientProtocol, type HookAnswer, type ParsedHookInput, type TextToCheck } from './protocol.js';
import { escapeName } from '../output/escape.js';

function toolChecks(tool: string, input: Record<string, unknown>): TextToCheck[] | undefined {
  const str = (key: string) => (typeof input[key] === 'string' ? (input[key] as string) : undefined);
  const filePath = str('file_path') ?? str('notebook_path');
  switch (tool) {
    case 'Bash': {
      const command = str('command');
      return command === undefined ? undefined : [{ what: 'the shell command', text: command }];
    }
    case 'Read':
      return filePath === undefined ? undefined : [{ what: `file ${escapeName(filePath)}`, filePath, kindPath: filePath }];
    case 'Write': {
      const content = str('content');
      return content === undefined ? undefined : [{ what: `the content written to ${filePath === undefined ? 'a file' : escapeName(filePath)}`, text: content, kindPath: filePath }];
    }
    case 'Edit': {
      const replacement = str('new_string');
      return replacement === undefined ? undefined : [{ what: `the edit to ${filePath === undefined ? 'a file' : escapeName(filePath)}`, text: replacement, kindPath: filePath }];
    }
    case 'MultiEdit': {
      if (!Array.isArray(input.edits)) return undefined;
      const texts = input.edits.flatMap((edit) => (isRecord(edit) && typeof edit.new_string === 'string' ? [edit.new_string] : []));
      return [{ what: `the edits to ${filePath === undefined ? 'a file' : escapeName(filePath)}`, text: texts.join('\n'), kindPath: filePath }];
    }
    case 'NotebookEdit': {
      const source = str('new_source');
      return source === undefined ? [] : [{ what: `the notebook edit to ${filePath === undefined ? 'a notebook' : escapeName(filePath)}`, text: source }];
    }
    default: {
      // MCP tools (`mcp__server__tool`) and every other tool (WebFetch URLs, Grep patterns, Task prompts):
      // whatever the agent passes a tool may carry a secret, so the whole input is scanned as JSON.
      const what = tool.startsWith('mcp__') ? `the input of MCP tool ${printableName(tool)}` : `the input of tool ${printableName(tool)}`;
      return [{ what, text: inputText(input) }];
    }
  }
}

export const claudeCode: ClientProtocol = {
  id: 'claude-code',

  parse(input: unknown): ParsedHookInput {
    if (!isRecord(input)) return { kind: 'malformed', problem: 'the hook input is not a JSON object' };
    const event = input.hook_event_name;
    if (typeof event !== 'string') return { kind: 'malformed', problem: 'hook_event_name is missing' };
    if (event === 'UserPromptSubmit') {
      if (typeof input.prompt !== 'string') return { kind: 'malformed', event, problem: 'UserPromptSubmit without a prompt string' };
      return { kind: 'checks', event, checks: [{ what: 'the prompt', text: input.prompt }] };
    }
    if (event === 'PreToolUse') {
      if (typeof input.tool_name !== 'string' || !isRecord(input.tool_input)) {
        return { kind: 'malformed', event, problem: 'PreToolUse without tool_name and a tool_input object' };
      }
      const checks = toolChecks(input.tool_name, input.tool_input);
      if (!checks) return { kind: 'malformed', event, problem: `${printableName(input.tool_name)} input without its expected fields` };
      return { kind: 'checks', event, checks };
    }
    return { kind: 'unknown-event', event };
  },

  answer(parsed, verdict): HookAnswer {
    if (verdict.decision === 'allow') return { stdout: '', exitCode: 0 };
    const event = parsed.kind === 'malformed' ? parsed.event : parsed.event;
    if (event === 'PreToolUse') {
      const hookSpecificOutput = { hookEventName: 'PreToolUse', permissionDecision: 'deny', permissionDecisionReason: verdict.reason };
      return { stdout: `${JSON.stringify({ hookSpecificOutput })}\n`, exitCode: 0 };
    }
    if (event === 'UserPromptSubmit') return { stdout: `${JSON.stringify({ decision: 'block', reason: verdict.reason })}\n`, exitCode: 0 };
    // An event we cannot answer in its own terms (fail closed on an unknown or unreadable input): the
    // common `continue: false` stops Claude, with the reason shown to the user.
    return { stdout: `${JSON.stringify({ continue: false, stopReason: verdict.reason })}\n`, exitCode: 0 };
  },
};
