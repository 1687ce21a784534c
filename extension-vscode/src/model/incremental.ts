/**
 * Rescanning a large document after an edit without rescanning all of it. The edits since the last
 * scan are folded into one *dirty window*, known both in the scanned text's offsets and in the current
 * text's; only the current text around that window (with a margin wider than any rule looks, aligned to
 * whole lines) is scanned again, and the earlier findings elsewhere are kept, shifted past the edit.
 *
 * The result equals a full scan (a property test checks it on random edits) as long as nothing outside
 * the region can change a verdict inside it. Three things can, and each makes the scan full: a file
 * whose kind is read structurally (its parse is file-wide: the caller does not ask), provider-context
 * words in the file or the edit (whether `repo` is a GitHub scope depends on an `octokit` anywhere in
 * the file), and lines too long to align the region to.
 */
import { mentionsProviderContext, type Finding } from './core.js';
import type { TextScan } from './scan.js';

/**
 * How far an edit can change verdicts: more than anything a rule reads around a keyword (16 000
 * characters after a base64 JWT's) and its longest match (a ~20 000-character base64 JWT). Findings
 * this close to the edit are decided again; the region scanned reaches as far again beyond, so every
 * finding decided again was seen with all the context a full scan gives it.
 */
export const REACH = 24 * 1024;
/** A region edge is moved to a line boundary at most this far; beyond that (minified code) the scan is full. */
const MAX_LINE_ALIGNMENT = 64 * 1024;

/** Documents below this size are always scanned in full: it takes a millisecond or two. */
export const INCREMENTAL_MIN_CHARS = 256 * 1024;

/** One content change in the offsets of the text before it (as VS Code reports them). */
export interface TextEdit {
  offset: number;
  length: number;
  text: string;
}

/** The edits since the last scan as one window: `[start, oldEnd)` of the scanned text is now `[start, newEnd)`. */
export interface DirtyWindow {
  start: number;
  oldEnd: number;
  newEnd: number;
}

/** Folds one more edit (in the current text's offsets) into the window. */
export function addEdit(window: DirtyWindow | undefined, edit: TextEdit): DirtyWindow {
  const editEnd = edit.offset + edit.length;
  const growth = edit.text.length - edit.length;
  if (!window) return { start: edit.offset, oldEnd: editEnd, newEnd: edit.offset + edit.text.length };
  // Before the window the two texts coincide; after it they differ by the window's growth.
  const shift = window.newEnd - window.oldEnd;
  const start = Math.min(window.start, edit.offset);
  const end = Math.max(window.newEnd, editEnd); // in the current text, before this edit
  return { start, oldEnd: end - shift, newEnd: end + growth };
}

export interface IncrementalInput {
  /** The text scanned last time, its findings, and the current text. */
  previousText: string;
  previous: readonly Finding[];
  text: string;
  window: DirtyWindow;
  /** Scans `regionText` as if it were the document (the same path, settings and baseline). */
  scanRegion: (regionText: string) => TextScan;
  /** 1-based line and column of an offset of the current text. */
  positionAt: (offset: number) => { line: number; column: number };
  /** True when `fragment` holds a word whose presence anywhere in the file changes verdicts elsewhere. */
  hasContextWords: (fragment: string) => boolean;
  /** Whether the scanned text held such words (learnt at its full scan). */
  contextWordsInFile: boolean;
}

/** The findings of the current text, or undefined when only a full scan can tell. */
export function incrementalScan(input: IncrementalInput): Finding[] | undefined {
  const plan = planIncremental(input);
  return plan && plan.merge(input.scanRegion(plan.regionText));
}

/** The region an incremental rescan scans, and how its findings merge with the earlier ones. */
interface IncrementalPlan {
  regionText: string;
  merge(regionScan: TextScan): Finding[];
}

function planIncremental(input: Omit<IncrementalInput, 'scanRegion'>): IncrementalPlan | undefined {
  const { previousText, previous, text, window } = input;
  if (input.contextWordsInFile) return undefined;
  if (input.hasContextWords(previousText.slice(window.start, window.oldEnd)) || input.hasContextWords(text.slice(window.start, window.newEnd))) return undefined;
  const shift = window.newEnd - window.oldEnd;
  // Offsets of the scanned text in the current one (inside the window, its start).
  const toCurrent = (offset: number) => (offset >= window.oldEnd ? offset + shift : Math.min(offset, window.start));
  const earlier = previous.map((finding) => ({ finding, from: toCurrent(finding.range[0]), to: toCurrent(finding.range[1]) }));

  // Decided again: findings within REACH of the edit (and any earlier finding reaching into that zone).
  let zoneStart = Math.max(0, window.start - REACH);
  let zoneEnd = Math.min(text.length, window.newEnd + REACH);
  for (const { from, to } of earlier) {
    if (from < zoneEnd && to > zoneStart) [zoneStart, zoneEnd] = [Math.min(zoneStart, from), Math.max(zoneEnd, to)];
  }
  // Scanned: the zone and REACH more on each side, on whole lines (line-bounded rules see whole lines).
  const region = wholeLines(text, Math.max(0, zoneStart - REACH), Math.min(text.length, zoneEnd + REACH));
  if (!region) return undefined;

  const merge = (regionScan: TextScan) => {
    const fresh = regionScan.findings
      .map((f) => ({ finding: f, from: f.range[0] + region.start, to: f.range[1] + region.start }))
      .filter(({ from, to }) => from < zoneEnd && to > zoneStart);
    const kept = earlier.filter(({ from, to }) => (to <= zoneStart || from >= zoneEnd) && !fresh.some((f) => f.from < to && from < f.to));
    return [...kept, ...fresh]
      .sort((a, b) => a.from - b.from || a.to - b.to)
      .map(({ finding, from, to }) => relocate(finding, from, to, input.positionAt));
  };
  return { regionText: text.slice(region.start, region.end), merge };
}

/** `[start, end)` widened to line boundaries, unless a line is too long to (minified code). */
function wholeLines(text: string, start: number, end: number): { start: number; end: number } | undefined {
  const lineStart = start === 0 ? 0 : text.lastIndexOf('\n', start - 1) + 1;
  if (start - lineStart > MAX_LINE_ALIGNMENT) return undefined;
  const lineBreak = text.indexOf('\n', end);
  const lineEnd = lineBreak === -1 ? text.length : lineBreak;
  if (lineEnd - end > MAX_LINE_ALIGNMENT) return undefined;
  return { start: lineStart, end: lineEnd };
}

/** The finding at its offsets in the current text, with line and column to match. */
function relocate(finding: Finding, from: number, to: number, positionAt: IncrementalInput['positionAt']): Finding {
  const start = positionAt(from);
  const end = positionAt(to);
  if (from === finding.range[0] && to === finding.range[1] && start.line === finding.line && start.column === finding.column) return finding;
  return { ...finding, range: [from, to], line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}

/** A document's last scan, and the edits made since (for the next one). */
export interface ScannedText {
  text: string;
  findings: Finding[];
  /** The text holds provider-context words: every rescan is full. */
  contextWordsInFile: boolean;
  window?: DirtyWindow;
}

/**
 * Scans `text` as the editor does after a change: from `last` and its dirty window when it can, in full
 * otherwise (no earlier scan, a small document, or an edit `incrementalScan` declines).
 */
export function rescan(
  text: string,
  last: ScannedText | undefined,
  scan: (text: string) => TextScan,
  positionAt: IncrementalInput['positionAt'],
): ScannedText & { incremental: boolean } {
  const plan = planRescan(text, last, positionAt);
  return plan.finish(scan(plan.scanText));
}

/**
 * `rescan` in two steps, for a scan that runs elsewhere (the scan worker): scan `scanText` (a region
 * or the whole text), then `finish` with the result. `positionAt` must still describe `text` then.
 */
export interface RescanPlan {
  scanText: string;
  incremental: boolean;
  finish(scan: TextScan): ScannedText & { incremental: boolean };
}

export function planRescan(text: string, last: ScannedText | undefined, positionAt: IncrementalInput['positionAt']): RescanPlan {
  if (last?.window && text.length >= INCREMENTAL_MIN_CHARS) {
    const plan = planIncremental({
      previousText: last.text,
      previous: last.findings,
      text,
      window: last.window,
      positionAt,
      hasContextWords: mentionsProviderContext,
      contextWordsInFile: last.contextWordsInFile,
    });
    if (plan) return { scanText: plan.regionText, incremental: true, finish: (scan) => ({ text, findings: plan.merge(scan), contextWordsInFile: false, incremental: true }) };
  }
  return { scanText: text, incremental: false, finish: (whole) => ({ text, findings: whole.findings, contextWordsInFile: whole.providerContext, incremental: false }) };
}
