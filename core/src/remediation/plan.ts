/**
 * planJitFix: for one finding, the edits that replace the literal with the reference its file's own
 * client understands, and where the secret must be stored first (DESIGN.md, "JIT credential
 * references"). Pure: text in, plain data out; the adapter stores the value, then applies the edits.
 */
import type { Finding } from '../engine/types.js';
import { detectFileKind } from '../formats/detect.js';
import { planAgentConfig, planSettings } from './agent-configs.js';
import { planCredentialFile } from './credential-files.js';
import { planDotenv } from './dotenv.js';
import { normalizeEdits, TextEditError } from './edits.js';
import { planSource } from './source/code.js';
import { unavailable, type JitContext, type JitFix, type JitPlan } from './types.js';
import { planWorkflow } from './workflow.js';

export function planJitFix(text: string, finding: Finding, context: JitContext): JitPlan {
  if (context.readOnly) return unavailable('the document is read-only');
  if (finding.category !== 'secret') return unavailable('only secrets are replaced with references; narrow the scope instead');
  const [start, end] = finding.range;
  if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start < end && end <= text.length)) {
    return unavailable('the finding does not point into this text (was the document edited since the scan?)');
  }
  const plan = route(text, finding, context);
  return 'unavailable' in plan ? plan : checked(text, finding, plan);
}

function route(text: string, finding: Finding, context: JitContext): JitPlan {
  const detected = detectFileKind(context.path, text);
  const fileKind = finding.location?.fileKind ?? detected?.fileKind;
  const client = finding.location?.client ?? detected?.client;
  switch (fileKind) {
    case 'mcp-config':
      return planAgentConfig(text, finding, context, client, syntaxOf(context.path));
    case 'agent-settings':
    case 'editor-settings':
      return planSettings(text, finding, context, client);
    case 'dotenv':
      return planDotenv(text, finding, context);
    case 'github-workflow':
      return planWorkflow(finding);
    case undefined:
      return planSource(text, finding, context);
    default:
      return planCredentialFile(text, finding, context, fileKind);
  }
}

function syntaxOf(path: string): 'json' | 'yaml' {
  return /\.ya?ml$/i.test(path) ? 'yaml' : 'json';
}

/**
 * Last line of defence: edits must be well-formed, must cover the secret, and nothing we hand out
 * (titles, notes, names, replacement text) may contain it.
 */
function checked(text: string, finding: Finding, fix: JitFix): JitPlan {
  const secret = text.slice(finding.range[0], finding.range[1]);
  let edits;
  try {
    edits = normalizeEdits(text, fix.edits);
  } catch (error) {
    if ((error as Error).name === TextEditError.name) return unavailable(`internal error planning the fix: ${(error as Error).message}`);
    throw error;
  }
  const covered = edits.some(({ range }) => range[0] <= finding.range[0] && finding.range[1] <= range[1] && range[1] > range[0]);
  const outputs = [fix.title, ...fix.notes, fix.store.name, fix.store.key ?? '', fix.reference.text, fix.reference.storeAs, ...edits.map((e) => e.newText)];
  if (!covered || outputs.some((s) => s.includes(secret))) return unavailable('internal error planning the fix: it would keep the secret');
  return { ...fix, edits };
}
