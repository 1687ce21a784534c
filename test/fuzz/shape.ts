/**
 * A short description of an input that is safe to print (no secret appears unmasked in output): runs
 * of one unit are counted (`⟨\n⟩×40`), token-like runs cut to their first four characters and their
 * length, control characters escaped. Enough for a reader to route the case to the rule's owner.
 */
const REPEATED_UNIT = /([\s\S]{1,16}?)\1{3,}/g;
const TOKEN_LIKE = /[A-Za-z0-9+/_=-]{12,}/g;

export function describeShape(text: string, max = 200): string {
  const counted = text.slice(0, 200_000).replace(REPEATED_UNIT, (run: string, unit: string) => `⟨${unit}⟩×${run.length / unit.length}`);
  const masked = counted.replace(TOKEN_LIKE, (token) => `${token.slice(0, 4)}…(${token.length})`);
  const escaped = JSON.stringify(masked).slice(1, -1);
  return escaped.length > max ? `${escaped.slice(0, max)}…` : escaped;
}
