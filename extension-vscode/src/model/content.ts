/** Cheap checks on a document's content before it is scanned. */

const SAMPLE = 8192;

/**
 * Binary-looking text: a NUL character, or many U+FFFD replacement characters (bytes that were not
 * valid UTF-8), in the first 8 KB. Scanning such content finds noise and costs time.
 */
export function looksBinary(text: string): boolean {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  if (sample.includes('\u0000')) return true;
  let replaced = 0;
  for (let i = sample.indexOf('\uFFFD'); i !== -1; i = sample.indexOf('\uFFFD', i + 1)) replaced++;
  return replaced > 8 && replaced / Math.max(sample.length, 1) > 0.01;
}
