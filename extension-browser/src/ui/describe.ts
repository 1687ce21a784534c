/** Sentences about a record shared by the banner, popup, history and blocked page. */
import type { AuthorizationRecord, VerdictSource } from '../model/record.js';
import { groupedReasonTexts } from '../model/reason-groups.js';

export function sourceText(source: VerdictSource | undefined): string {
  if (!source) return '';
  switch (source.source) {
    case 'managed':
      return `your organisation's managed policy (${source.origin})`;
    case 'strict-default':
      return `the strict defaults that replace an unusable managed policy (${source.origin})`;
    case 'user':
      return 'your own rules (options page)';
    case 'workspace':
      return `a workspace policy (${source.origin})`;
    default:
      return 'the default policy';
  }
}

export function verdictText(record: AuthorizationRecord): string {
  const { action, reasons, source } = record.verdict;
  if (action === 'allow') return 'Policy: allowed (no rule violated).';
  const by = source ? ` Set by ${sourceText(source)}.` : '';
  return `Policy: ${action === 'block' ? 'blocked' : 'warning'}: ${groupedReasonTexts(reasons).join('; ')}.${by}`;
}

export function timeText(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString();
}
