/**
 * Building blocks for rule regexes, so every provider file reads as the token format and not as
 * regex plumbing. Everything here returns bounded patterns (no unbounded `.*` near the secret).
 */

/** A literal matched case-insensitively without making the whole regex case-insensitive. */
export function anyCase(literal: string): string {
  return literal.replace(/[a-zA-Z]|[.*+?^${}()|[\]\\/-]/g, (ch) =>
    /[a-zA-Z]/.test(ch) ? `[${ch.toLowerCase()}${ch.toUpperCase()}]` : `\\${ch}`,
  );
}

/** Characters that may continue a token: a match must not start or stop inside such a run. */
const TOKEN_CHAR = 'A-Za-z0-9_';

/**
 * A self-identifying token (fixed prefix): it must not be glued to other token characters.
 * `body` is the regex source of the whole token, prefix included.
 */
export function standalone(body: string, options: { flags?: string; tokenChars?: string } = {}): RegExp {
  const chars = options.tokenChars ?? TOKEN_CHAR;
  return new RegExp(`(?<![${chars}])(?<secret>${body})(?![${chars}])`, options.flags ?? '');
}

/** Operators that bind a name to a value across languages and config formats. */
const OPERATOR = String.raw`[\s'"\x60]{0,3}(?:=|>|:{1,3}=|\|\|=?|:|=>|\?=|\.=|,)[\x60'"\s=]{0,5}`;

export interface AssignmentOptions {
  /** Characters allowed between the identifier and the operator (rest of the variable name). Default 20. */
  nameSlack?: number;
  /** Lookahead after the secret. Default: not followed by a token character. */
  end?: string;
  flags?: string;
}

/**
 * A secret assigned to a name containing one of `identifiers` (matched case-insensitively):
 * `stripeKey = "…"`, `"stripe_key": "…"`, `STRIPE_KEY=…`, `<stripeKey>…</stripeKey>`, `setProperty("STRIPE_KEY", "…")`.
 * `secret` is the regex source of the value.
 */
export function assignment(identifiers: readonly string[], secret: string, options: AssignmentOptions = {}): RegExp {
  const names = identifiers.map(anyCase).join('|');
  const slack = options.nameSlack ?? 20;
  const end = options.end ?? String.raw`(?![A-Za-z0-9_-])`;
  return new RegExp(
    String.raw`(?:${names})[ \t\w.-]{0,${slack}}?${OPERATOR}(?<secret>${secret})${end}`,
    options.flags ?? '',
  );
}

/** Lowercase keywords for a list of identifiers (what the prefilter looks for). */
export function keywordsOf(...identifiers: string[]): string[] {
  return [...new Set(identifiers.map((k) => k.toLowerCase()))];
}

/**
 * `anchored.starts` for a rule whose match begins with its keyword (`CREATE USER …`, a function URL's
 * host suffix): one sticky attempt where each keyword occurrence starts.
 */
export function atKeyword(_text: string, hit: number): number[] {
  return [hit];
}

export const HEX = '[a-fA-F0-9]';
export const ALNUM = '[A-Za-z0-9]';
export const BASE64URL = '[A-Za-z0-9_-]';
export const BASE64 = '[A-Za-z0-9+/]';
