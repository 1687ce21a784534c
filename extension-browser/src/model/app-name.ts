/**
 * Reading the app's name from a consent page's heading ("Acme CI wants to access your account").
 * Untrusted page text: length-bounded, control characters removed, only ever displayed as text.
 */

/** Page text longer than this is not searched for the app's name (a real heading is a line). */
export const MAX_HEADING_CHARS = 4096;

const PATTERNS: RegExp[] = [
  /^(.{1,80}?) (?:wants|would like) (?:to )?(?:access|install|connect|permission)/i,
  /^(.{1,80}?) is requesting (?:access|permission)/i,
  /^Authori[sz]e (?!application$)(.{1,80})$/i,
  /^Install (.{1,80})$/i,
  /^Sign in to (?:continue to )?(.{1,80})$/i,
  /^(?:Allow|Grant) (.{1,80}?) (?:to )?access/i,
];

export function appNameFromText(text: string): string | undefined {
  // Untrusted and possibly huge (a heading can hold a whole page): not even normalised above the cap.
  if (text.length > MAX_HEADING_CHARS) return undefined;
  const line = text.replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (!line || line.length > 200) return undefined;
  for (const pattern of PATTERNS) {
    const name = pattern.exec(line)?.[1]?.trim();
    if (name) return name.slice(0, 80);
  }
  return undefined;
}
