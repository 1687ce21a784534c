/**
 * Worker side of a history scan's changed-lines mode: scans only some line ranges of a blob's text,
 * each as its own document, and places the findings back at their lines and offsets in the whole text.
 */
import { scanDocument, type DocumentScanOptions, type Finding, type Scanner } from '@secret-hygiene/core';

export interface RegionScan {
  findings: Finding[];
  suppressed: number;
  notices: string[];
}

/**
 * `text` holds only the regions' lines, one region after the other; `regions` says where each came
 * from: flat triples of first line, end line (exclusive) and the UTF-16 offset of its first line in the
 * whole text.
 */
export function scanLineRegions(scanner: Scanner, text: string, regions: readonly number[], options: DocumentScanOptions): RegionScan {
  const out: RegionScan = { findings: [], suppressed: 0, notices: [] };
  const notices = new Set<string>();
  let offset = 0;
  for (let i = 0; i < regions.length; i += 3) {
    const startLine = regions[i]!;
    const origin = regions[i + 2]!;
    const start = offset;
    for (let line = startLine; line < regions[i + 1]! && offset < text.length; line++) {
      const newline = text.indexOf('\n', offset);
      offset = newline === -1 ? text.length : newline + 1;
    }
    if (offset <= start) continue;
    const part = scanDocument(scanner, text.slice(start, offset), options);
    for (const finding of part.findings) {
      finding.line += startLine;
      finding.endLine += startLine;
      finding.range = [finding.range[0] + origin, finding.range[1] + origin];
      out.findings.push(finding);
    }
    out.suppressed += part.suppressed;
    for (const notice of part.notices) notices.add(notice.message);
  }
  out.notices = [...notices];
  return out;
}
