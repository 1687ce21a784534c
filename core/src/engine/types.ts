/** The shapes every surface shares. Plain data only: a Finding must survive JSON and postMessage. */
import type { Verification } from '../verify/types.js';

export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export type Lifetime = 'long-lived' | 'short-lived' | 'unknown';
export type Category = 'secret' | 'scope';

export interface FindingLocation {
  fileKind: string;
  path?: (string | number)[];
  client?: string;
}

export interface JitReference {
  kind: string;
  text: string;
  storeAs: string;
}

export interface Finding {
  ruleId: string;
  category: Category;
  severity: Severity;
  lifetime: Lifetime;
  expiresAt?: string;
  provider: string;
  message: string;
  /** UTF-16 offsets of the secret in the scanned text: the source of truth. */
  range: [number, number];
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Masked form of the secret. The raw value never leaves the engine. */
  redacted: string;
  /** Content-based: rule id + hash of the secret; stable across line moves and rebases. */
  fingerprint: string;
  location?: FindingLocation;
  remediation?: { rotateUrl?: string; references: JitReference[] };
  /** What the provider said about the credential (`scan --verify`, a "Check token" action); absent when not checked. */
  verification?: Verification;
}

/** What a rule's classifier learns from the token itself. */
export interface LifetimeEvidence {
  lifetime: Lifetime;
  expiresAt?: string;
  /** Overrides the rule's severity when the evidence changes the risk (e.g. an expired JWT). */
  severity?: Severity;
  note?: string;
}

export interface RuleSample {
  text: string;
  reason: string;
  /** File the sample is scanned as, when the rule depends on the file type. */
  path?: string;
}

export interface RuleContext {
  /** The secret as captured by the rule's `secret` group. */
  secret: string;
  /** The whole regex match (keyword, separators and secret). */
  match: string;
  /** Scan time, for expiry comparisons; injected so results are reproducible. */
  now: Date;
  /** Path of the scanned text when known (some formats depend on the file type). */
  path?: string;
}

export interface Rule {
  /** kebab-case, unique; `diagnostic.code` and suppression key. */
  id: string;
  provider: string;
  description: string;
  /**
   * Bounded regex with a named `secret` group (alternatives may name theirs `secret2`, `secret3`…). Flags are the engine's business:
   * it adds `g` (and keeps `i`/`s`/`m`/`u` you set).
   */
  regex: RegExp;
  /**
   * Lowercase literals; the rule runs only in windows around an occurrence.
   * An empty list must be justified in `keywordless` (the rule then runs over the whole text, unless
   * it brings its own search in `locate`).
   */
  keywords: string[];
  /**
   * The keywords are matched exactly as written, not case-insensitively: for token prefixes whose case
   * is part of the format (`AKIA`, Twilio's `AC` + hex, Facebook's `EAA`). Saves running the rule after
   * every `access` or `replace` in ordinary code.
   */
  keywordsMatchCase?: boolean;
  keywordless?: string;
  severity: Severity;
  lifetime: Lifetime | ((ctx: RuleContext) => LifetimeEvidence);
  /** Minimum Shannon entropy (bits per char) of the secret. */
  entropy?: number;
  /** Extra validation (checksum, structure). Return false to drop the candidate. */
  validate?: (ctx: RuleContext) => boolean;
  /** Skip the shared placeholder/reference filters (e.g. for rules whose format is fixed and checksummed). */
  allowPlaceholders?: boolean;
  /** How far around a keyword hit the regex may look. Defaults to the hit's line, bounded. */
  window?: { before: number; after: number; crossLines?: boolean };
  /**
   * For rules whose regex opens with a bounded name before the keyword, where a window search would
   * retry the name at every character: `starts` lists, in ascending order, every offset where a match
   * holding the keyword found at `hit` can begin, and the engine tries the regex only there (sticky).
   * Matches stay on the hit's line unless `crossLines` is set, as window searches do. `window` is unused.
   */
  anchored?: {
    starts: (text: string, hit: number) => readonly number[];
    crossLines?: boolean;
    /**
     * The sticky attempt made another way: what `regex` with the flags `dy` returns at offset `at` of
     * `subject` (the same `0`, `index`, `groups` and `indices.groups`), or null. For a family of rules
     * that share all but a literal head (the long-tail table), so that each process compiles the shared
     * part once instead of once per rule.
     */
    exec?: (subject: string, at: number) => RegExpExecArray | null;
  };
  /**
   * For an `anchored` rule without keywords: its own cheap search (native `indexOf`, a character
   * test) for the offsets, ascending, that `anchored.starts` takes as hits. It must find every offset
   * a match can hold; the regex still decides. Without it, a keywordless regex searches the whole text.
   */
  locate?: (text: string) => number[];
  /** Assignment-style rules (`password = …`): a provider rule on the same span wins. */
  generic?: boolean;
  /**
   * The rule knows its provider's token by documented shape only (no prefix structure or checksum to
   * confirm it), so it does not claim values bound to its provider's name: when its shape does not
   * match, generic rules still judge the value. The long-tail table's rules set this.
   */
  shapeOnly?: boolean;
  rotateUrl?: string;
  /** Where the format is documented. */
  reference?: string;
  samples: { match: RuleSample[]; noMatch: RuleSample[] };
}

export type Notice = { level: 'info' | 'warning' | 'error'; message: string };
