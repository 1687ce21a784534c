import type { Scanner, ScanOptions, ScanResult } from '../engine/scanner.js';
import type { FindingLocation } from '../engine/types.js';
import { SCOPE_GATE_WORDS, scopeFindings } from '../oauth/code-scopes.js';
import { PROVIDER_CONTEXT_WORDS } from '../oauth/code/scope-literals.js';
import { isJitFixUnavailable, planJitFix } from '../remediation/index.js';
import type { ReferenceSettings } from '../remediation/types.js';
import { configSecretCandidates } from './config-secrets.js';
import { describeLocation } from './describe.js';
import { detectFileKind, type FileKindMatch, type Syntax } from './detect.js';
import { jsonLeaves } from './tree/json.js';
import { leafAt, type ParsedTree } from './tree/leaf.js';
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
 * (`servers.github.env.GITHUB_TOKEN` in VS Code's `mcp.json`). A file that does not parse is scanned
 * as plain text and says so.
 */
export function scanDocument(scanner: Scanner, text: string, options: DocumentScanOptions = {}): DocumentScanResult {
  const result = locatedFindings(scanner, text, options);
  if (options.path !== undefined) attachReferences(text, result, { path: options.path, references: options.references ?? DEFAULT_REFERENCES });
  return result;
}

function locatedFindings(scanner: Scanner, text: string, options: ScanOptions): DocumentScanResult {
  const kind = detectFileKind(options.path, text);
  const found = scanner.candidates(text, { ...options, observe: SCOPE_GATE_WORDS });
  const scopes = scopeFindings(text, options.path, options, found.observed);
  const providerContext = PROVIDER_CONTEXT_WORDS.some((word) => found.observed?.has(word));
  if (!kind) return { ...withScopes(scanner.report(text, found, options), scopes), providerContext };

  let tree: ParsedTree = { leaves: [] };
  if (text.length > MAX_STRUCTURED_CHARS) {
    found.notices.push({ level: 'info', message: `${kind.fileKind} larger than ${MAX_STRUCTURED_CHARS / 1024 / 1024} MB: scanned as plain text without structured locations` });
  } else {
    tree = PARSERS[kind.syntax](text);
    if (tree.error) {
      found.notices.push({ level: 'warning', message: `not valid ${kind.syntax.toUpperCase()} (${tree.error}): scanned as plain text without structured locations` });
    } else {
      found.candidates.push(...configSecretCandidates(tree.leaves));
    }
  }

  const result: DocumentScanResult = { ...withScopes(scanner.report(text, found, options), scopes), kind, providerContext };
  for (const finding of result.findings) {
    const location: FindingLocation = { fileKind: kind.fileKind };
    if (kind.client) location.client = kind.client;
    if (finding.category === 'scope') {
      finding.location ??= location;
      continue;
    }
    const leaf = leafAt(tree.leaves, finding.range[0], finding.range[1]);
    if (leaf) {
      location.path = leaf.path;
      finding.message = `${finding.message} — ${describeLocation(location, tree.leaves)}`;
    }
    finding.location = location;
  }
  return result;
}

/** Secret and scope findings together, in text order. */
function withScopes(result: ScanResult, scopes: { findings: ScanResult['findings']; suppressed: number }): ScanResult {
  if (!scopes.findings.length && !scopes.suppressed) return result;
  const findings = [...result.findings, ...scopes.findings].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  return { ...result, findings, suppressed: result.suppressed + scopes.suppressed };
}

/** The reference a JIT fix would write, on each secret finding (`remediation.references`), as DESIGN's finding shape has it. */
function attachReferences(text: string, result: ScanResult, context: { path: string; references?: ReferenceSettings }): void {
  for (const finding of result.findings) {
    if (finding.category !== 'secret') continue;
    const plan = planJitFix(text, finding, context);
    if (isJitFixUnavailable(plan)) continue;
    finding.remediation = { ...finding.remediation, references: [plan.reference] };
  }
}
