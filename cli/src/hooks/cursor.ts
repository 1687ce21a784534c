/**
 * Cursor's hook protocol. Reference: https://cursor.com/docs/agent/hooks
 * - Input: one JSON object on stdin with `hook_event_name` (plus conversation_id, workspace_roots…):
 *   `beforeSubmitPrompt` carries `prompt` and `attachments`; `beforeShellExecution` `command` and `cwd`;
 *   `beforeMCPExecution` `tool_name` and `tool_input` (documented both as an object and as a JSON string:
 *   both are accepted); `beforeReadFile` `file_path`, `content` and `attachments`.
 * - Output: JSON on stdout. `beforeSubmitPrompt` answers `continue: true|false`; the other events answer
 *   `permission: "allow"|"deny"|"ask"` with a message for the user and one for the agent.
 * - The docs have spelt the messages both `userMessage`/`agentMessage` (1.7) and `user_message`/
 *   `agent_message` (later references); a deny carries both spellings so either reader sees the reason.
 * - The docs are silent on whether `permission: "allow"` also skips Cursor's own approval of a command;
 *   we answer allow because it is the documented "no objection" answer, and never for anything we
 *   found a secret in.
 */
import { inputText, isRecord, printableName, type ClientProtocol, type HookAnswer, type ParsedHookInput, type TextToCheck } from './protocol.js';
import { escapeName } from '../output/escape.js';

/** Files attached to a prompt or read along with a file: they reach the model too. */
function attachmentChecks(value: unknown): TextToCheck[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((attachment) => {
    if (!isRecord(attachment)) return [];
    const path = attachment.file_path ?? attachment.filePath;
    return typeof path === 'string' && (attachment.type === undefined || attachment.type === 'file' || attachment.type === 'rule')
      ? [{ what: `attached file ${escapeName(path)}`, filePath: path, kindPath: path }]
      : [];
  });
}

export const cursor: ClientProtocol = {
  id: 'cursor',

  parse(input: unknown): ParsedHookInput {
    if (!isRecord(input)) return { kind: 'malformed', problem: 'the hook input is not a JSON object' };
    const event = input.hook_event_name;
    if (typeof event !== 'string') return { kind: 'malformed', problem: 'hook_event_name is missing' };
    const missing = (field: string) => ({ kind: 'malformed' as const, event, problem: `${event} without ${field}` });
    switch (event) {
      case 'beforeSubmitPrompt':
        if (typeof input.prompt !== 'string') return missing('a prompt string');
        return { kind: 'checks', event, checks: [{ what: 'the prompt', text: input.prompt }, ...attachmentChecks(input.attachments)] };
      case 'beforeShellExecution':
        if (typeof input.command !== 'string') return missing('a command string');
        return { kind: 'checks', event, checks: [{ what: 'the shell command', text: input.command }] };
      case 'beforeMCPExecution': {
        if (typeof input.tool_name !== 'string') return missing('tool_name');
        const tool = input.tool_name;
        return { kind: 'checks', event, checks: [{ what: `the input of MCP tool ${printableName(tool)}`, text: inputText(input.tool_input) ?? '' }] };
      }
      case 'beforeReadFile': {
        if (typeof input.file_path !== 'string') return missing('file_path');
        const path = input.file_path;
        const file: TextToCheck =
          typeof input.content === 'string' ? { what: `file ${escapeName(path)}`, text: input.content, kindPath: path } : { what: `file ${escapeName(path)}`, filePath: path, kindPath: path };
        return { kind: 'checks', event, checks: [file, ...attachmentChecks(input.attachments)] };
      }
      default:
        return { kind: 'unknown-event', event };
    }
  },

  answer(parsed, verdict): HookAnswer {
    const event = parsed.event;
    if (event === 'beforeSubmitPrompt') {
      const body = verdict.decision === 'allow' ? { continue: true } : { continue: false, user_message: verdict.reason, userMessage: verdict.reason };
      return { stdout: `${JSON.stringify(body)}\n`, exitCode: 0 };
    }
    if (verdict.decision === 'allow') return { stdout: `${JSON.stringify({ permission: 'allow' })}\n`, exitCode: 0 };
    const { reason } = verdict;
    const body = { permission: 'deny', user_message: reason, agent_message: reason, userMessage: reason, agentMessage: reason };
    // An unknown event failing closed: `continue: false` too, for events that read only that field.
    return { stdout: `${JSON.stringify(event && parsed.kind !== 'unknown-event' && parsed.kind !== 'malformed' ? body : { ...body, continue: false })}\n`, exitCode: 0 };
  },
};
