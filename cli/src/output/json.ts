import type { ScanReport } from './report.js';

/** The DESIGN contract: `{"version":1,"findings":[Finding+{file}],"stats":{...}}`. */
export function formatJson(report: ScanReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
