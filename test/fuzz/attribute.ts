/**
 * Which part of the engine makes an input slow, so the case can be routed: the rules' regexes (which
 * ones: groups of rules, then each rule of a slow group), the scope detectors, or the document stage
 * (format parsers, locations, fix planning) for the file's kind.
 */
import { builtinRules, detectFileKind } from '@secret-hygiene/core';
import type { FuzzInput } from './inputs.js';
import type { FuzzWorker, Outcome } from './pool.js';

const GROUP = 32;

export interface SlowRule {
  id: string;
  ms: number;
  hung: boolean;
}

export interface Attribution {
  stage: 'rules' | 'scopes' | 'document' | 'none';
  /** The slowest rules (stage 'rules'), slowest first. */
  rules: SlowRule[];
  /** One line: `rules: private-key (hung), …` or `document: mcp-config (vscode)`. */
  cause: string;
}

const slowTime = (outcome: Outcome) => (outcome.hung ? Infinity : outcome.ms);

/** `limitMs` is the input's budget: a stage or rule using a quarter of it is named. */
export async function attribute(worker: FuzzWorker, input: FuzzInput, limitMs: number): Promise<Attribution> {
  // Wall time: generous, so that a busy machine does not pass for a hang.
  const watchdog = Math.max(2000, limitMs * 10);
  const rulesAlone = await worker.run({ op: 'text', text: input.text, path: input.path }, watchdog);
  if (slowTime(rulesAlone) > limitMs / 4) {
    const rules = await slowestRules(worker, input, limitMs / 4, watchdog);
    const named = rules.slice(0, 5).map((rule) => `${rule.id} (${rule.hung ? 'hung' : `${rule.ms.toFixed(0)} ms`})`);
    return { stage: 'rules', rules, cause: `rules: ${named.join(', ') || 'no single rule (only all together)'}` };
  }
  const withoutPath = await worker.run({ op: 'document', text: input.text }, watchdog);
  if (slowTime(withoutPath) > limitMs / 2) return { stage: 'scopes', rules: [], cause: 'scopes: the scope detectors (scanDocument without a path is slow, the rules alone are not)' };
  const kind = detectFileKind(input.path, input.text);
  const named = kind ? `${kind.fileKind}${kind.client ? ` (${kind.client})` : ''}` : 'no file kind';
  return { stage: 'document', rules: [], cause: `document: ${named}, ${input.path} (formats, locations or fix planning; the rules alone are fast)` };
}

async function slowestRules(worker: FuzzWorker, input: FuzzInput, thresholdMs: number, watchdog: number): Promise<SlowRule[]> {
  const ids = builtinRules.map((rule) => rule.id);
  const slow: SlowRule[] = [];
  for (let start = 0; start < ids.length; start += GROUP) {
    const group = ids.slice(start, start + GROUP);
    const outcome = await worker.run({ op: 'text', text: input.text, path: input.path, ruleIds: group }, watchdog);
    if (slowTime(outcome) <= thresholdMs) continue;
    for (const id of group) {
      const alone = await worker.run({ op: 'text', text: input.text, path: input.path, ruleIds: [id] }, watchdog);
      if (slowTime(alone) > thresholdMs / 2) slow.push({ id, ms: alone.ms, hung: Boolean(alone.hung) });
    }
  }
  return slow.sort((a, b) => (b.hung ? Infinity : b.ms) - (a.hung ? Infinity : a.ms));
}
