/**
 * File names are data from whoever made the tree: a name may hold a newline, an ANSI escape that clears
 * the screen, a right-to-left override, or bytes that are not UTF-8 at all. Names are escaped once, where
 * the walker makes them displayable, so every output (text, JSON, SARIF, notices) shows the same
 * unambiguous form; text printed to a terminal is escaped once more as a last line of defence.
 *
 * Form: `\\` for a backslash, `\n` `\r` `\t` for those, `\xNN` for any other C0/C1 control or a byte that
 * is not part of valid UTF-8, `\u{NNNN}` for invisible format characters that reorder or hide text
 * (bidirectional controls, line/paragraph separators, zero-width characters, the BOM).
 */

/** Characters that need escaping in a name: controls, backslash, and reordering or invisible characters. */
const UNSAFE_IN_NAME = /[\u0000-\u001f\u007f-\u009f\\\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]/;
const UNSAFE_IN_NAME_ALL = new RegExp(UNSAFE_IN_NAME.source, 'g');
/** The same minus backslash: for text already made of escaped names (escaping `\` again would double it). */
const UNSAFE_ON_TERMINAL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]/g;

function escapeChar(ch: string): string {
  if (ch === '\\') return '\\\\';
  if (ch === '\n') return '\\n';
  if (ch === '\r') return '\\r';
  if (ch === '\t') return '\\t';
  const code = ch.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`;
}

/** A name (already valid text) made safe to print. Most names pass the one test unchanged. */
export function escapeName(name: string): string {
  return UNSAFE_IN_NAME.test(name) ? name.replace(UNSAFE_IN_NAME_ALL, escapeChar) : name;
}

/**
 * A name read from the file system as bytes: valid UTF-8 sequences become their characters (then escaped
 * as above), every other byte becomes `\xNN`, so two different names never print the same.
 */
export function escapeNameBytes(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  while (i < bytes.length) {
    const length = utf8SequenceLength(bytes, i);
    if (length === 0) {
      out += `\\x${bytes[i]!.toString(16).padStart(2, '0')}`;
      i++;
    } else {
      out += escapeName(Buffer.from(bytes.subarray(i, i + length)).toString('utf8'));
      i += length;
    }
  }
  return out;
}

/**
 * Length of the well-formed UTF-8 sequence at `i`, or 0 (Unicode 15, table 3-7: no overlongs, no
 * surrogates, nothing above U+10FFFF). https://www.unicode.org/versions/Unicode15.0.0/ch03.pdf#G7404
 */
function utf8SequenceLength(b: Uint8Array, i: number): number {
  const lead = b[i]!;
  if (lead < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf) => i + k < b.length && b[i + k]! >= lo && b[i + k]! <= hi;
  if (lead >= 0xc2 && lead <= 0xdf) return cont(1) ? 2 : 0;
  if (lead === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
  if ((lead >= 0xe1 && lead <= 0xec) || lead === 0xee || lead === 0xef) return cont(1) && cont(2) ? 3 : 0;
  if (lead === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
  if (lead === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (lead >= 0xf1 && lead <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (lead === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

/**
 * One line of text bound for a terminal (a message, a notice, a policy origin): every control but tab
 * escaped, newlines included, so nothing in it can start a forged line, move the cursor, recolour or
 * clear the screen.
 */
export function escapeForTerminal(text: string): string {
  return text.replace(UNSAFE_ON_TERMINAL, escapeChar);
}
