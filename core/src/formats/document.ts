import { mostSevere, omittedNotice } from '../engine/finding.js';
import { LineIndex } from '../engine/positions.js';
import type { CandidateSet, Scanner, ScanOptions, ScanResult } from '../engine/scanner.js';
import { severityRank } from '../engine/severity.js';
import type { Finding, FindingLocation, Notice } from '../engine/types.js';
import { SCOPE_GATE_WORDS, scopeFindings } from '../oauth/code-scopes.js';
import { PROVIDER_CONTEXT_WORDS } from '../oauth/code/scope-literals.js';
import { JitPlanner } from '../remediation/plan.js';
import type { ReferenceSettings } from '../remediation/types.js';
import { configSecretCandidates } from './config-secrets.js';
import { describeLocation } from './describe.js';
import { detectFileKind, type FileKindMatch, type Syntax } from './detect.js';
import { jsonLeaves } from './tree/json.js';
import { leafAt, MAX_PARSE_DEPTH, MAX_WALK_DEPTH, type ParsedTree } from './tree/leaf.js';
import { dotenvLeaves, iniLeaves, netrcLeaves, urlLineLeaves } from './tree/lines.js';
import { xmlLeaves } from './tree/xml.js';
import { yamlLeaves } from './tree/yaml.js';

/** Configuration files are small; a larger file of a known kind is scanned as text only (with a notice). */
const MAX_STRUCTURED_CHARS = 4 * 1024 * 1024;

const PARSERS: Record<Syntax, (text: string) => ParsedTree> = {
  json: jsonLeaves,
  yaml: yamlLeaves,
  dotenv: dotenvLeaves,
  ini: iniLeaves,
  netrc: netrcLeaves,
  'url-lines': urlLineLeaves,
  xml: xmlLeaves,
};

/** The policy's default: `.env` values move to 1Password (`op://Private/…`), resolved by `op run`. */
const DEFAULT_REFERENCES: ReferenceSettings = { provider: '1password' };

export interface DocumentScanOptions extends ScanOptions {
  /** Where the team keeps secrets (the policy's `references`): shapes the suggested JIT reference. */
  references?: ReferenceSettings;
}

export interface DocumentScanResult extends ScanResult {
  /** The recognised file kind, when the path names one. */
  kind?: FileKindMatch;
  /**
   * The text names a provider SDK or endpoint (`octokit`, `msal`, …: PROVIDER_CONTEXT_WORDS), which
   * decides whose scopes its bare scope names are, file-wide.
   */
  providerContext: boolean;
}

/**
 * Scans a document the way its own client reads it: the text pass of every rule, plus, for known
 * file kinds, values the structure marks as credentials, and a structured location on each finding
 * (`servers.github.env.GITHUB_TOKEN` in VS Code's `mcp.json`). A file that does not parse, or nests too
 * deeply to parse, is scanned as plain text and says so; a pass that fails (structure, scopes, a
 * finding's location or fix) costs only its own part, with a notice, never the file's other findings.
 */
export function scanDocument(scanner: Scanner, text: string, options: DocumentScanOptions = {}): DocumentScanResult {
  // One line index for the file: findings' positions, suppressions and fix planning all read it.
  const lines = new LineIndex(text);
  const result = locatedFindings(scanner, text, options, lines);
  if (options.path !== undefined) {
    attachReferences(new JitPlanner(text, { path: options.path, references: options.references ?? DEFAULT_REFERENCES }, lines), result);
  }
  return result;
}

function locatedFindings(scanner: Scanner, text: string, options: ScanOptions, lines: LineIndex): DocumentScanResult {
  const kind = detectFileKind(options.path, text);
  const found = scanner.candidates(text, { ...options, observe: SCOPE_GATE_WORDS });
  const scopes = guarded(found.notices, 'the OAuth scope pass', () => scopeFindings(text, options.path, options, found.observed)) ?? { findings: [], suppressed: 0 };
  const providerContext = PROVIDER_CONTEXT_WORDS.some((word) => found.observed?.has(word));
  const tree = kind ? structureOf(kind, text, found) : { leaves: [] };
  const result = limited(withScopes(scanner.report(text, found, options, lines), scopes));
  if (!kind) return { ...result, providerContext };

  let failed = 0;
  for (const finding of result.findings) {
    try {
      locate(finding, kind, tree);
    } catch {
      failed++;
      finding.location ??= { fileKind: kind.fileKind, ...(kind.client ? { client: kind.client } : {}) };
    }
  }
  if (failed) result.notices.push({ level: 'warning', message: `structured location failed for ${plural(failed, 'finding')}: reported with the file kind only` });
  return { ...result, kind, providerContext };
}

/** The file's structure (leaves), adding its credential-like values to the candidates; empty, with a notice, when it cannot be read. */
function structureOf(kind: FileKindMatch, text: string, found: CandidateSet): ParsedTree {
  const empty: ParsedTree = { leaves: [] };
  const label = kind.syntax.toUpperCase();
  if (text.length > MAX_STRUCTURED_CHARS) {
    found.notices.push({ level: 'info', message: `${kind.fileKind} larger than ${MAX_STRUCTURED_CHARS / 1024 / 1024} MB: scanned as plain text without structured locations` });
    return empty;
  }
  const tree = guarded(found.notices, `reading the ${label} structure`, () => PARSERS[kind.syntax](text));
  if (!tree) return empty;
  if (tree.tooDeep) {
    found.notices.push({ level: 'warning', message: `${label} nested deeper than ${MAX_PARSE_DEPTH} levels: scanned as plain text without structured locations` });
    return empty;
  }
  if (tree.error) {
    found.notices.push({ level: 'warning', message: `not valid ${label} (${tree.error}): scanned as plain text without structured locations` });
    return empty;
  }
  if (tree.deepValues) {
    found.notices.push({ level: 'info', message: `values nested deeper than ${MAX_WALK_DEPTH} levels are checked by the text rules only (no structured location, no key-based detection)` });
  }
  const structural = guarded(found.notices, 'the structured credential pass', () => configSecretCandidates(tree.leaves)) ?? [];
  for (const candidate of structural) found.candidates.push(candidate);
  return tree;
}

/** The structured location of one finding, and its description in the message. */
function locate(finding: Finding, kind: FileKindMatch, tree: ParsedTree): void {
  const location: FindingLocation = { fileKind: kind.fileKind };
  if (kind.client) location.client = kind.client;
  if (finding.category === 'scope') {
    finding.location ??= location;
    return;
  }
  const leaf = leafAt(tree.leaves, finding.range[0], finding.range[1]);
  if (leaf) {
    location.path = leaf.path;
    finding.message = `${finding.message} — ${describeLocation(location, tree.leaves)}`;
  }
  finding.location = location;
}

/**
 * Runs one pass of the scan; if it throws, the rest of the scan goes on with a notice naming the pass
 * (and the error's type only: a message could quote the text, and the text may hold a secret).
 */
function guarded<T>(notices: Notice[], pass: string, run: () => T): T | undefined {
  try {
    return run();
  } catch (error) {
    notices.push({ level: 'warning', message: `${pass} failed (${errorName(error)}); the other findings in this file are reported` });
    return undefined;
  }
}

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : typeof error;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** Secret and scope findings together, in text order. */
function withScopes(result: ScanResult, scopes: { findings: ScanResult['findings']; suppressed: number }): ScanResult {
  if (!scopes.findings.length && !scopes.suppressed) return result;
  const findings = [...result.findings, ...scopes.findings].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  return { ...result, findings, suppressed: result.suppressed + scopes.suppressed };
}

/** At most MAX_FINDINGS_PER_FILE findings, secrets and scopes together; one notice counts all that were left out. */
function limited(result: ScanResult): ScanResult {
  const { kept, omitted } = mostSevere(result.findings, (f) => severityRank(f.severity));
  if (!omitted) return result;
  const earlier = result.omitted ?? 0;
  const total = earlier + omitted;
  const notices = result.notices.filter((n) => !(earlier && n.message === omittedNotice(earlier)));
  notices.push({ level: 'warning', message: omittedNotice(total) });
  return { ...result, findings: kept, notices, omitted: total };
}

/**
 * The reference a JIT fix would write, on each secret finding (`remediation.references`), as DESIGN's
 * finding shape has it. One planner for the file; a finding whose planning fails keeps no reference.
 */
function attachReferences(planner: JitPlanner, result: ScanResult): void {
  let failed = 0;
  let first = '';
  for (const finding of result.findings) {
    if (finding.category !== 'secret') continue;
    let reference;
    try {
      reference = planner.reference(finding);
    } catch (error) {
      if (!failed++) first = `${finding.ruleId} at line ${finding.line}, ${errorName(error)}`;
      continue;
    }
    if (reference) finding.remediation = { ...finding.remediation, references: [reference] };
  }
  if (failed) {
    result.notices.push({ level: 'warning', message: `could not plan a fix for ${plural(failed, 'finding')} (first: ${first}): reported without a suggested reference` });
  }
}
