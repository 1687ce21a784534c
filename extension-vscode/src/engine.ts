/**
 * The scanner as the editor uses it: one core Scanner (built on first use, not at activation), the
 * effective settings, baselines and the policy allowlist applied per document.
 */
import * as vscode from 'vscode';
import type { Baselines } from './baselines.js';
import { pathOf } from './files.js';
import { Scanner, builtinRules, pathMatcher } from './model/core.js';
import { scanText, type TextScan } from './model/scan.js';
import type { Settings } from './settings.js';

/** pathMatcher compiled once per glob list (the list object changes only when settings do). */
function cachedMatcher(): (globs: readonly string[], path: string) => boolean {
  let last: { globs: readonly string[]; matches: (path: string) => boolean } | undefined;
  return (globs, path) => {
    if (last?.globs !== globs) last = { globs, matches: pathMatcher(globs) };
    return last.matches(path);
  };
}

export class ScanEngine {
  private scanner: Scanner | undefined;
  private readonly excluded = cachedMatcher();
  private readonly allowlisted = cachedMatcher();

  constructor(
    readonly settings: Settings,
    private readonly baselines: Baselines,
  ) {}

  /** Settings, policy and baselines are loaded. */
  get ready(): Promise<unknown> {
    return Promise.all([this.settings.ready, this.baselines.ready]);
  }

  /** Excluded by `secretHygiene.exclude` or allowlisted by the policy: never scanned, never reported. */
  isExcluded(uri: vscode.Uri): boolean {
    if (uri.scheme === 'untitled') return false;
    const relative = vscode.workspace.asRelativePath(uri, false);
    const { exclude, allowlist } = this.settings.current;
    return this.excluded(exclude, relative) || this.allowlisted(allowlist.paths, relative);
  }

  scan(text: string, uri: vscode.Uri, kindPath?: string): TextScan {
    this.scanner ??= new Scanner(builtinRules);
    const { scan, allowlist } = this.settings.current;
    const baseline = this.baselines.fingerprintsFor(uri);
    const accepted = baseline.size ? new Set([...allowlist.fingerprints, ...baseline]) : allowlist.fingerprints;
    return scanText(this.scanner, text, kindPath ?? pathOf(uri), { ...scan, acceptedFingerprints: accepted, references: this.settings.current.references });
  }
}
