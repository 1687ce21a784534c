/**
 * The long-tail provider table: providers whose tokens have no self-identifying structure and are
 * recognisable only as "the provider's name (or its variable names) bound to a value of a known shape".
 * One line of data per provider; one shared matcher (./matcher.ts) turns each line into an ordinary
 * engine `Rule`, so the keyword automaton, windows, overlap resolution and the rule meta-tests all apply.
 *
 * Providers with real structure (distinctive prefixes, checksums, JWTs, lifetimes in the token) keep a
 * hand-written file in ../ instead. Facts come from each provider's own documentation (`doc`).
 */
import type { Lifetime, Severity } from '../../engine/types.js';

/** Character sets a token is drawn from. `hex` accepts either case; `-lower`/`-upper` pin it. */
export type TokenAlphabet =
  | 'hex'
  | 'hex-lower'
  | 'hex-upper'
  | 'alnum'
  | 'alnum-lower'
  | 'alnum-upper'
  | 'digits'
  | 'base64'
  | 'base64url'
  | 'uuid';

export interface TokenShape {
  /** The body's alphabet (after `prefix`, before `suffix`). `uuid` ignores `length`. */
  alphabet: TokenAlphabet;
  /**
   * Exact length of the body, or an inclusive [min, max] range (at most 512). For `base64` the `=` padding
   * is not counted: up to two may follow the body.
   */
  length?: number | [min: number, max: number];
  /** A literal that starts every token (case-sensitive), e.g. `sk_` or `key-`. */
  prefix?: string;
  /** A literal that ends every token (case-sensitive). */
  suffix?: string;
}

export interface LongTailProvider {
  /** kebab-case provider id; rule ids derive from it (`<id>-api-key`). Unique across the table and the hand-written rules. */
  id: string;
  /** Display name, as the provider spells it. */
  name: string;
  /**
   * Lowercase identifier stems that name this provider's credential in code and config: the provider's
   * name as people write it in variable names (`abstractapi`, `abstract_api`). They are the rule's
   * keywords and the name the value must be bound to. At least 5 characters, or distinctive enough to
   * not occur in ordinary prose and code (`ably`, `mux_` are too short alone: write `ably_`, `mux_token`).
   * The matcher listens for each name as written and, when it has inner separators, joined
   * (`abstract_api` → also `abstractapi`, for camelCase `abstractApiKey`); in the text a separator may be
   * `_`, `-` or none once the name is heard. List the kebab spelling (`abstract-api`) where headers or
   * flags use it.
   */
  names: string[];
  /** What the credential is called in the provider's docs: `API key`, `access token`, `secret key`. */
  credential: string;
  token: TokenShape;
  /**
   * Only with a `prefix` of 4+ characters that nothing else uses: the token is recognised on its own,
   * without the provider's name nearby.
   */
  standalone?: boolean;
  /** Default `high`. */
  severity?: Severity;
  /** Default `long-lived` (API keys live until someone revokes them). */
  lifetime?: Lifetime;
  /** Where a leaked credential is revoked or rotated (the provider's console page), when known. */
  rotateUrl?: string;
  /** The provider's documentation of the credential or its API authentication (the source of `token`). */
  doc: string;
}
