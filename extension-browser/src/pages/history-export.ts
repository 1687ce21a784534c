/** Export buttons shared by the popup and the history page. */
import { historyToCsv, historyToJson } from '../model/export.js';
import type { AuthorizationRecord } from '../model/record.js';
import { downloadText } from '../ui/element.js';

export function exportJson(records: readonly AuthorizationRecord[]): void {
  const now = new Date();
  downloadText(`secret-hygiene-history-${now.toISOString().slice(0, 10)}.json`, 'application/json', historyToJson(records, now));
}

export function exportCsv(records: readonly AuthorizationRecord[]): void {
  downloadText(`secret-hygiene-history-${new Date().toISOString().slice(0, 10)}.csv`, 'text/csv', historyToCsv(records));
}
