/**
 * planJitFix: for one finding, the edits that replace the literal with the reference its file's own
 * client understands, and where the secret must be stored first (DESIGN.md, "JIT credential
 * references"). Pure: text in, plain data out; the adapter stores the value, then applies the edits.
 *
 * A JitPlanner plans many findings of one document: what planning derives from the text (lines,
 * literals, the JSON tree) is computed once and shared, so the work per finding does not grow with the
 * document (a 200-secret minified bundle costs one pass over its line, not 200).
 */
import type { LineIndex } from '../engine/positions.js';
import type { Finding, JitReference } from '../engine/types.js';
import { planAgentConfig, planSettings } from './agent-configs.js';
import { planCredentialFile } from './credential-files.js';
import { planDotenv } from './dotenv.js';
import { normalizeEdits, TextEditError } from './edits.js';
import { PlanningText } from './planning-text.js';
import { planSource } from './source/code.js';
import { isJitFixUnavailable, unavailable, type DraftFix, type DraftPlan, type JitContext, type JitFix, type JitPlan, type TextEdit } from './types.js';
import { planWorkflow } from './workflow.js';

export function planJitFix(text: string, finding: Finding, context: JitContext): JitPlan {
  return new JitPlanner(text, context).plan(finding);
}

export class JitPlanner {
  private readonly doc: PlanningText;

  /** `lines`: the text's line index, when the caller (a scan) already has one. */
  constructor(
    text: string,
    private readonly context: JitContext,
    lines?: LineIndex,
  ) {
    this.doc = new PlanningText(text, context.path, lines);
  }

  /** The whole fix for one finding: edits, store, notes. */
  plan(finding: Finding): JitPlan {
    const draft = this.draft(finding);
    if (isJitFixUnavailable(draft)) return draft;
    const edits = typeof draft.edits === 'function' ? draft.edits() : draft.edits;
    return checked(this.doc.text, finding, { ...draft, edits });
  }

  /**
   * Only the reference the fix would write, as a scan shows it on the finding: the same checks as
   * `plan`, except that edits deferred for their cost (see DraftFix) are not computed.
   */
  reference(finding: Finding): JitReference | undefined {
    const draft = this.draft(finding);
    if (isJitFixUnavailable(draft)) return undefined;
    const plan = checked(this.doc.text, finding, draft);
    return isJitFixUnavailable(plan) ? undefined : plan.reference;
  }

  private draft(finding: Finding): DraftPlan {
    const { text } = this.doc;
    if (this.context.readOnly) return unavailable('the document is read-only');
    if (finding.category !== 'secret') return unavailable('only secrets are replaced with references; narrow the scope instead');
    const [start, end] = finding.range;
    if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start < end && end <= text.length)) {
      return unavailable('the finding does not point into this text (was the document edited since the scan?)');
    }
    return this.route(finding);
  }

  private route(finding: Finding): DraftPlan {
    const { doc, context } = this;
    const detected = doc.fileKind;
    const fileKind = finding.location?.fileKind ?? detected?.fileKind;
    const client = finding.location?.client ?? detected?.client;
    switch (fileKind) {
      case 'mcp-config':
        return planAgentConfig(doc, finding, context, client, syntaxOf(context.path));
      case 'agent-settings':
      case 'editor-settings':
        return planSettings(doc, finding, context, client);
      case 'dotenv':
        return planDotenv(doc, finding, context);
      case 'github-workflow':
        return planWorkflow(finding);
      case undefined:
        return planSource(doc, finding, context);
      default:
        return planCredentialFile(doc, finding, context, fileKind);
    }
  }
}

function syntaxOf(path: string): 'json' | 'yaml' {
  return /\.ya?ml$/i.test(path) ? 'yaml' : 'json';
}

/**
 * Last line of defence: edits must be well-formed, must cover the secret, and nothing we hand out
 * (titles, notes, names, replacement text) may contain it. Deferred edits (a DraftFix) are not
 * computed here: everything else is checked.
 */
function checked(text: string, finding: Finding, fix: JitFix): JitPlan;
function checked(text: string, finding: Finding, fix: DraftFix): DraftPlan;
function checked(text: string, finding: Finding, fix: DraftFix): DraftPlan {
  const secret = text.slice(finding.range[0], finding.range[1]);
  let edits: TextEdit[] | undefined;
  if (typeof fix.edits !== 'function') {
    try {
      edits = normalizeEdits(text, fix.edits);
    } catch (error) {
      if ((error as Error).name === TextEditError.name) return unavailable(`internal error planning the fix: ${(error as Error).message}`);
      throw error;
    }
    const covered = edits.some(({ range }) => range[0] <= finding.range[0] && finding.range[1] <= range[1] && range[1] > range[0]);
    if (!covered) return unavailable('internal error planning the fix: it would keep the secret');
  }
  const outputs = [fix.title, ...fix.notes, fix.store.name, fix.store.key ?? '', fix.reference.text, fix.reference.storeAs, ...(edits ?? []).map((e) => e.newText)];
  if (outputs.some((s) => s.includes(secret))) return unavailable('internal error planning the fix: it would keep the secret');
  return edits ? { ...fix, edits } : fix;
}
