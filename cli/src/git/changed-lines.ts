/**
 * Changed-lines mode of a history scan. Consecutive versions of a file share most of their lines, and a
 * finding on a line the parent version already had was found, with the same fingerprint, in the parent.
 * So a blob whose parent version (same path, parent commit) was scanned in this run is scanned only
 * around what changed: its new lines and the places lines were removed, with CONTEXT_LINES either side,
 * widened to the whole reach of any multi-line rule (a PEM block, a curl command) that touches them.
 * The parent's findings on lines that survived unchanged, outside what was scanned, are carried over
 * to their new lines, so every blob still ends with all of its findings and attribution, removal and
 * deduplication work as for whole blobs. Anything this cannot reproduce exactly is scanned whole.
 */
import { isAscii, isUtf8 } from 'node:buffer';
import { detectFileKind, isKeystorePath, mentionsProviderContext, type Finding } from '@secret-hygiene/core';
import { looksBinary } from '../walk/read-file.js';
import type { FileResult } from '../walk/scan-file.js';
import { changedRegions, childLineOf, lineStartsOf, sameRunsOf, type SameRun } from './line-diff.js';
import { carriedHits, reachHits, withLongReach, type ReachHit } from './long-reach.js';

/**
 * Unchanged lines scanned on each side of a change. Single-line rules need one (an allow comment on
 * the line above, a key on the line before its value); the multi-line rules whose window is short
 * (`\s{0,5}` or `[\s'"]{0,3}` between a name and its value) span a few lines at most.
 */
export const CONTEXT_LINES = 8;
/** When the changes cover more than this share of a blob's lines, the whole blob is scanned (simpler, and hardly slower). */
const WORTH_IT = 0.5;
/** Bytes sniffed for binary content, as read-file.ts's decodeForScan does. */
const BINARY_SNIFF = 8000;

/** What a blob scanned by its changes needs to be completed with its parent's findings. */
interface Delta {
  base: string;
  runs: SameRun[];
  /** The line ranges that were scanned (flat [start, end) pairs). */
  regions: number[];
  /**
   * For each run, how far its lines moved in UTF-16 offsets (the same for every line of a run: they are
   * equal lines), so a finding carried over gets its new `range` without keeping the child's line starts.
   */
  shifts16: Float64Array;
  /** The whole blob's size (its result counts it, as for a blob scanned whole). */
  bytes: number;
}

/** A blob kept while it is still some later blob's parent version. */
interface Known {
  /** The path it was scanned under: a parent serves only a child at the same path (rules read the path too). */
  path: string;
  /** Its bytes as a latin1 string (one character per byte). */
  text: string;
  /** Byte offset of each line's start. */
  starts: Uint32Array;
  /** Its long-reaching keyword lines, so that a child searches only its own new lines for them. */
  hits: ReachHit[];
  /** All ASCII (offsets are byte offsets), and UTF-8 as the scan decodes it (so its UTF-16 offsets are computable). */
  ascii: boolean;
  exact: boolean;
}

/** What to hand the scan worker for a blob scanned by its changes: those lines' bytes, and where they were. */
export interface ChangedParts {
  /** The changed regions' bytes, one after the other (each region is whole lines). */
  content: Buffer;
  /** Flat triples: first line, end line (exclusive), UTF-16 offset of the first line in the whole text. */
  regions: number[];
}

export class ChangedLines {
  private readonly known = new Map<string, Known>();
  private readonly uses = new Map<string, number>();
  private readonly deltas = new Map<string, Delta>();

  /** `baseOf`: each blob's parent version; `read`: the blobs this run reads (a parent outside it is no base). */
  constructor(private readonly baseOf: ReadonlyMap<string, string>, read: ReadonlySet<string>) {
    for (const [child, base] of baseOf) if (read.has(child) && read.has(base)) this.uses.set(base, (this.uses.get(base) ?? 0) + 1);
  }

  /** The parts of a blob to scan (undefined: all of it). Called once per blob, in reading order. */
  partsOf(id: string, path: string, content: Buffer): ChangedParts | undefined {
    const base = this.baseOf.get(id);
    const known = base === undefined ? undefined : this.known.get(base);
    // A blob first seen at another path (a copy, then edited) was scanned as that path: scan the child whole.
    const parent = known?.path === path ? known : undefined;
    this.passed(id);
    const isBase = (this.uses.get(id) ?? 0) > 0;
    // A parent version is the same path's, so a path never scanned in parts needs nothing kept either.
    if ((!isBase && !parent) || !partsPath(path)) return undefined;
    const text = content.toString('latin1');
    if (!isText(content, text)) return undefined;
    const starts = lineStartsOf(text);
    const lines = starts.length;
    const runs = parent ? sameRunsOf(parent.text, parent.starts, text, starts) : [];
    const hits = parent ? [...carriedHits(parent.hits, runs), ...reachHits(text, starts, newLines(runs, lines))] : reachHits(text, starts, [0, lines]);
    const ascii = isAscii(content);
    const exact = exactInParts(content);
    if (isBase) this.known.set(id, { path, text, starts, hits, ascii, exact });
    if (!parent || !exact || !parent.exact) return undefined;
    let regions = changedRegions(runs, parent.starts.length, lines, CONTEXT_LINES);
    regions = withLongReach(regions, hits, starts, content.length);
    const covered = regions.reduce((sum, value, i) => sum + (i % 2 ? value : -value), 0);
    if (covered > lines * WORTH_IT) return undefined;
    if (mayNeedWholeFile(text, regions, starts)) return undefined;
    const starts16 = ascii ? starts : utf16Starts(text, starts);
    const parentStarts16 = parent.ascii ? parent.starts : utf16Starts(parent.text, parent.starts);
    const shifts16 = Float64Array.from(runs, (run) => starts16[run.child]! - parentStarts16[run.parent]!);
    this.deltas.set(id, { base: base!, runs, regions, shifts16, bytes: content.length });
    const pieces: Buffer[] = [];
    const triples: number[] = [];
    for (let i = 0; i < regions.length; i += 2) {
      pieces.push(content.subarray(starts[regions[i]!], starts[regions[i + 1]!] ?? content.length));
      triples.push(regions[i]!, regions[i + 1]!, starts16[regions[i]!]!);
    }
    return { content: Buffer.concat(pieces), regions: triples };
  }

  /** A blob read without content (missing, too large): its parent version is no longer needed for it. */
  passed(id: string): void {
    const base = this.baseOf.get(id);
    if (base === undefined) return;
    const left = (this.uses.get(base) ?? 0) - 1;
    if (left > 0) this.uses.set(base, left);
    else {
      this.uses.delete(base);
      this.known.delete(base);
    }
  }

  /**
   * Completes each blob scanned by its changes with its parent's findings on surviving lines, in
   * reading order (a parent is complete before its children). `describe` names a blob for a message.
   */
  complete(order: readonly string[], results: FileResult[], describe: (id: string) => string): void {
    const at = new Map(order.map((id, i) => [id, i]));
    order.forEach((id, i) => {
      const delta = this.deltas.get(id);
      const result = results[i]!;
      if (!delta || !result.scanned) return;
      const parent = results[at.get(delta.base)!];
      if (!parent?.scanned) {
        result.unread = `only the lines changed since ${describe(delta.base)} were scanned, and that version could not be`;
        return;
      }
      result.bytes = delta.bytes;
      const carried = parent.findings.flatMap((finding) => carriedOver(finding, delta));
      if (carried.length) result.findings = [...result.findings, ...carried].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
    });
  }
}

/** The parent's finding at its line in the child, when all its lines survived unchanged and in order outside what was scanned again. */
function carriedOver(finding: Finding, delta: Delta): Finding[] {
  const first = childLineOf(delta.runs, finding.line - 1);
  if (first === -1 || inRegions(delta.regions, first)) return [];
  for (let line = finding.line; line < finding.endLine; line++) {
    const child = childLineOf(delta.runs, line);
    if (child !== first + line - finding.line + 1 || inRegions(delta.regions, child)) return [];
  }
  const moved = delta.shifts16[runAt(delta.runs, finding.line - 1)]!;
  const shift = first + 1 - finding.line;
  return [{ ...finding, line: finding.line + shift, endLine: finding.endLine + shift, range: [finding.range[0] + moved, finding.range[1] + moved] }];
}

/** The index of the run holding a parent line (the caller knows it is in one). */
function runAt(runs: readonly SameRun[], parentLine: number): number {
  let lo = 0;
  let hi = runs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (runs[mid]!.parent <= parentLine) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function inRegions(regions: readonly number[], line: number): boolean {
  for (let i = 0; i < regions.length && regions[i]! <= line; i += 2) if (line < regions[i + 1]!) return true;
  return false;
}

/** The bytes looksBinary counts as non-printable: without any, a sniff is text whatever else it holds. */
const NON_PRINTABLE = /[\x00-\x07\x0b\x0e-\x1a\x1c-\x1f\x7f]/;

/** Text as the scan decodes it (not binary, not UTF-16): its lines are the scanned text's lines. */
function isText(content: Buffer, latin1: string): boolean {
  if (content.length >= 2 && ((content[0] === 0xff && content[1] === 0xfe) || (content[0] === 0xfe && content[1] === 0xff))) return false;
  // The regular expression is native and usually answers alone; looksBinary counts when there is something to count.
  const sniff = latin1.length > BINARY_SNIFF ? latin1.slice(0, BINARY_SNIFF) : latin1;
  return !NON_PRINTABLE.test(sniff) || !looksBinary(content.subarray(0, BINARY_SNIFF));
}

/** Not a keystore, and not a structured file (JSON, YAML, .env…, whose keys and locations are read from the whole document). */
function partsPath(path: string): boolean {
  return !detectFileKind(path) && !/\.ya?ml$/i.test(path) && !isKeystorePath(path);
}

/** Scanning parts of this text finds what scanning all of it finds: UTF-8 without a byte-order mark (offsets then follow its lines). */
function exactInParts(content: Buffer): boolean {
  if (content[0] === 0xef && content[1] === 0xbb && content[2] === 0xbf) return false;
  return isAscii(content) || isUtf8(content);
}

/**
 * What a part alone would judge differently from the whole blob: an allow comment (a comment's extent
 * is read from the start of the file), and a scope list in a changed part of a file that names a
 * provider elsewhere (the provider of bare scope names is read file-wide).
 */
function mayNeedWholeFile(text: string, regions: readonly number[], starts: Uint32Array): boolean {
  if (text.includes('secret-hygiene:allow')) return true;
  const scopeWords = /scope|permissions/i;
  for (let i = 0; i < regions.length; i += 2) {
    const part = text.slice(starts[regions[i]!], starts[regions[i + 1]!] ?? text.length);
    if (scopeWords.test(part)) return mentionsProviderContext(text);
  }
  return false;
}

/** Lines not in any run (the child's new lines), as flat [start, end) pairs. */
function newLines(runs: readonly SameRun[], count: number): number[] {
  const spans: number[] = [];
  let at = 0;
  for (const run of [...runs, { child: count, length: 0 }]) {
    if (run.child > at) spans.push(at, run.child);
    at = run.child + run.length;
  }
  return spans;
}

/** UTF-8 continuation bytes (no UTF-16 unit of their own) and 4-byte leads (two units: a surrogate pair). */
const UTF16_SHIFTS = /[\x80-\xbf\xf0-\xf7]/g;

/** Line starts in UTF-16 units of valid UTF-8 (`latin1`: its bytes as a string, so that a native search finds the multi-byte ones). */
function utf16Starts(latin1: string, starts: Uint32Array): Uint32Array {
  const out = new Uint32Array(starts.length);
  let shift = 0;
  let line = 1;
  UTF16_SHIFTS.lastIndex = 0;
  for (let m = UTF16_SHIFTS.exec(latin1); m; m = UTF16_SHIFTS.exec(latin1)) {
    while (line < starts.length && starts[line]! <= m.index) out[line] = starts[line++]! - shift;
    shift += latin1.charCodeAt(m.index) >= 0xf0 ? -1 : 1;
  }
  while (line < starts.length) out[line] = starts[line++]! - shift;
  return out;
}
