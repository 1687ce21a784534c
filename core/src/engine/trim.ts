/**
 * Trimming a set of characters from the ends of a string, in linear time. `text.replace(/=+$/, '')`
 * reads the same but is a search: on a long run of `=` not at the end, V8 retries the run from each of
 * its characters (quadratic), and the static ReDoS check (core/test/redos-static.test.ts) says so.
 */

/** `text` without the characters of `chars` at its end (`stripTrailing('ab==', '=')` → `ab`). */
export function stripTrailing(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1]!)) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** `text` without the characters of `chars` at its start. */
export function stripLeading(text: string, chars: string): string {
  let start = 0;
  while (start < text.length && chars.includes(text[start]!)) start++;
  return start === 0 ? text : text.slice(start);
}

/** Whitespace as `\s` reads it (ECMAScript WhiteSpace and LineTerminator). */
export const WHITESPACE = ' \t\n\v\f\r\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
