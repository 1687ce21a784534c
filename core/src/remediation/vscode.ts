/**
 * VS Code MCP configs: the literal becomes `${input:id}` and the document gains an `inputs` entry
 * `{ type: 'promptString', password: true }`; VS Code asks once and keeps the value in its secret
 * storage (https://code.visualstudio.com/docs/copilot/reference/mcp-configuration, "Input variables
 * for sensitive data"). The same shape lives under `mcp` in settings.json. Edits come from
 * jsonc-parser's `modify`, so comments and formatting around them survive.
 */
import { findNodeAtLocation, getNodeValue, modify, type JSONPath, type ModificationOptions, type Node } from 'jsonc-parser';
import { withFollowUp } from './edits.js';
import type { Finding } from '../engine/types.js';
import { formattingOf, type JsonString } from './json.js';
import { kebab, secretName, spansWholeValue } from './names.js';
import type { PlanningText } from './planning-text.js';
import { unavailable, type DraftPlan, type TextEdit } from './types.js';

interface InputEntry {
  id?: unknown;
  type?: unknown;
  password?: unknown;
  [key: string]: unknown;
}

const STORE_NOTE = 'VS Code prompts for the value the first time the server starts and keeps it in its secret storage.';

export function planVscodeInput(doc: PlanningText, finding: Finding, at: JsonString): DraftPlan {
  const serversAt = at.path.indexOf('servers');
  const inputsAt = at.path.indexOf('inputs');
  if (inputsAt !== -1 && (serversAt === -1 || inputsAt < serversAt)) return planInputDefault(doc, at);
  if (serversAt === -1) return unavailable('VS Code resolves ${input:…} only in MCP server definitions; this value is elsewhere in the file');

  const inputsPath: JSONPath = [...at.path.slice(0, serversAt), 'inputs'];
  const inputs = existingInputs(doc, at.tree, inputsPath);
  if (typeof inputs === 'string') return unavailable(inputs);

  const server = typeof at.path[serversAt + 1] === 'string' ? (at.path[serversAt + 1] as string) : undefined;
  const key = spansWholeValue(doc, finding.range) ? at.path.at(-1) : undefined;
  const name = secretName(finding, { key: typeof key === 'string' ? key : undefined, scope: server });
  const { id, reuse } = chooseInputId(kebab(name), inputs.byId);
  const reference = `\${input:${id}}`;

  const replacement: TextEdit = { range: finding.range, newText: reference };
  let edits: TextEdit[] | (() => TextEdit[]) = [replacement];
  if (!reuse) {
    const entry = { type: 'promptString', id, description: server ? `${name} for the ${server} MCP server` : name, password: true };
    const path = inputs.exists ? [...inputsPath, -1] : inputsPath;
    const value = inputs.exists ? entry : [entry];
    // Planned on the text with the reference in place: modify() may reflow the whole line, and that
    // reflow must be computed against the reference, not the secret's old text. Deferred: it costs a
    // pass over the whole document, which a scan (that only shows the reference) does not need.
    edits = () =>
      withFollowUp(doc.text, replacement, (replaced) =>
        modifyFormatted(replaced, path, value, {
          formattingOptions: formattingOf(doc),
          // `inputs` conventionally precedes `servers` (the docs' examples).
          getInsertionIndex: (properties) => (properties.includes('servers') ? properties.indexOf('servers') : properties.length),
        }),
      );
  }
  return {
    title: `Use ${reference} (VS Code prompts and stores it securely)`,
    reference: { kind: 'vscode-input', text: reference, storeAs: id },
    edits,
    store: { kind: 'vscode-secret-storage', name: id },
    notes: reuse ? [`Reuses the existing password input "${id}".`, STORE_NOTE] : [STORE_NOTE],
  };
}

/** The existing `inputs` array at `path` (read once per document), by id: the first entry per id, as a search would find. */
function existingInputs(doc: PlanningText, tree: Node, path: JSONPath): { exists: boolean; byId: Map<unknown, InputEntry> } | string {
  const cache = doc.memo(existingInputs, () => new Map<string, ReturnType<typeof existingInputs>>());
  const key = JSON.stringify(path);
  let found = cache.get(key);
  if (!found) {
    const node = findNodeAtLocation(tree, path);
    if (node && node.type !== 'array') found = '"inputs" is not an array; fix the file first';
    else {
      const byId = new Map<unknown, InputEntry>();
      for (const input of node ? (getNodeValue(node) as InputEntry[]) : []) if (input && !byId.has(input.id)) byId.set(input.id, input);
      found = { exists: !!node, byId };
    }
    cache.set(key, found);
  }
  return found;
}

/**
 * jsonc-parser's `modify`, formatted like the document; unformatted when its formatter fails. In
 * jsonc-parser 3.3.1 (`impl/format.js`, `newLinesAndIndent`) an indentation of exactly 200 columns reads
 * one past its 200-entry cache of indentation strings and throws a TypeError: a 100-level file with
 * two-space indentation is enough.
 */
function modifyFormatted(text: string, path: JSONPath, value: unknown, options: ModificationOptions) {
  try {
    return modify(text, path, value, options);
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    const { formattingOptions: _, ...unformatted } = options;
    return modify(text, path, value, unformatted);
  }
}

/** `base`, or `base-2`, `base-3`… avoiding ids taken by other inputs; an existing password prompt with the id is reused. */
function chooseInputId(base: string, inputs: ReadonlyMap<unknown, InputEntry>): { id: string; reuse: boolean } {
  for (let n = 1; ; n++) {
    const id = n === 1 ? base : `${base}-${n}`;
    const taken = inputs.get(id);
    if (!taken) return { id, reuse: false };
    if (taken.type === 'promptString' && taken.password === true) return { id, reuse: true };
  }
}

/** The secret is an input's `default`: drop the default and mask the prompt; VS Code then asks for the value. */
function planInputDefault(doc: PlanningText, at: JsonString): DraftPlan {
  const inputsAt = at.path.indexOf('inputs');
  const entryPath = at.path.slice(0, inputsAt + 2);
  const entryNode: Node | undefined = findNodeAtLocation(at.tree, entryPath);
  if (!entryNode || entryNode.type !== 'object' || at.path.length !== entryPath.length + 1 || at.path.at(-1) !== 'default') {
    return unavailable('the secret sits in an input definition, but not as its default value; edit it by hand');
  }
  const entry = getNodeValue(entryNode) as InputEntry;
  if (entry.type !== 'promptString' || typeof entry.id !== 'string') return unavailable('only promptString inputs can prompt for a secret');
  const { default: _secret, ...rest } = entry;
  const reference = `\${input:${entry.id}}`;
  return {
    title: `Remove the default of input "${entry.id}" so VS Code prompts for it`,
    reference: { kind: 'vscode-input', text: reference, storeAs: entry.id },
    edits: () =>
      modifyFormatted(doc.text, entryPath, { ...rest, password: true }, { formattingOptions: formattingOf(doc) }).map((e) => ({
        range: [e.offset, e.offset + e.length] as [number, number],
        newText: e.content,
      })),
    store: { kind: 'vscode-secret-storage', name: entry.id },
    notes: [STORE_NOTE],
  };
}
