/**
 * A deliberately small lexer: the string literals on ONE line, so a fix knows whether a secret is a
 * whole literal (replace it, quotes and all) or part of one (splice a lookup in). Strings spanning
 * lines and block comments opened on earlier lines are out of reach; the caller then declines.
 */

export interface StringSyntax {
  /** Characters that open a string literal. */
  quotes: string;
  /** Quotes whose strings have no backslash escapes (Go `` ` ``, shell `'`). */
  rawQuotes?: string;
  /** Whether `"""` / `'''` open a (single-line, here) triple-quoted string. */
  tripleQuotes?: boolean;
  /** Prefixes glued to the opening quote (`r`, `b`, `f` in Python; `@`, `$` in C#). */
  prefixes?: RegExp;
  /** Prefix letters that make the content raw (no backslash escapes). */
  rawPrefix?: RegExp;
  lineComments: string[];
  blockComment?: [string, string];
  /** `#` starts a comment only at the start of a word (shell). */
  commentAtWordStart?: boolean;
}

export interface StringLiteral {
  /** Where the literal's prefix starts (== open without a prefix). */
  prefixStart: number;
  prefix: string;
  /** The opening delimiter's offset and text (`"`, `'''`…). */
  open: number;
  delimiter: string;
  contentStart: number;
  contentEnd: number;
  /** Just past the closing delimiter. */
  end: number;
  /** Backslashes are literal characters in this string. */
  raw: boolean;
}

export interface LineLexing {
  literals: StringLiteral[];
  /** Where a comment starts on the line, if one does. */
  commentStart?: number;
  /** The line ends inside an unterminated string (a multi-line literal). */
  unterminated?: boolean;
}

/** Per syntax, a search for the next character that can start a string or a comment: the rest are skipped at once. */
const SIGNIFICANT = new WeakMap<StringSyntax, RegExp>();

function significantOf(syntax: StringSyntax): RegExp {
  let search = SIGNIFICANT.get(syntax);
  if (!search) {
    const starts = [...syntax.quotes, ...syntax.lineComments.map((c) => c[0]!), ...(syntax.blockComment ? [syntax.blockComment[0][0]!] : [])];
    search = new RegExp(`[${[...new Set(starts)].join('').replace(/[\\\]^-]/g, '\\$&')}]`, 'g');
    SIGNIFICANT.set(syntax, search);
  }
  return search;
}

export function lexLine(line: string, syntax: StringSyntax): LineLexing {
  const literals: StringLiteral[] = [];
  const significant = significantOf(syntax);
  let i = 0;
  while (i < line.length) {
    significant.lastIndex = i;
    const next = significant.exec(line);
    if (!next) break;
    i = next.index;
    const atWordStart = i === 0 || /\s/.test(line[i - 1]!);
    if (syntax.lineComments.some((c) => line.startsWith(c, i)) && (!syntax.commentAtWordStart || atWordStart)) {
      return { literals, commentStart: i };
    }
    if (syntax.blockComment && line.startsWith(syntax.blockComment[0], i)) {
      const close = line.indexOf(syntax.blockComment[1], i + syntax.blockComment[0].length);
      if (close === -1) return { literals, commentStart: i };
      i = close + syntax.blockComment[1].length;
      continue;
    }
    const quote = line[i]!;
    if (!syntax.quotes.includes(quote)) {
      i++;
      continue;
    }
    const delimiter = syntax.tripleQuotes && line.startsWith(quote.repeat(3), i) ? quote.repeat(3) : quote;
    const { prefixStart, prefix } = prefixBefore(line, i, syntax.prefixes);
    const raw = (syntax.rawQuotes ?? '').includes(quote) || (!!syntax.rawPrefix && syntax.rawPrefix.test(prefix));
    // C# verbatim strings escape a quote by doubling it; Python raw strings still let `\"` skip the quote.
    const doubledQuotes = prefix.includes('@');
    const backslashSkips = !(syntax.rawQuotes ?? '').includes(quote) && !doubledQuotes;
    let j = i + delimiter.length;
    for (;;) {
      if (j >= line.length) return { literals, unterminated: true };
      if (backslashSkips && line[j] === '\\') {
        j += 2;
        continue;
      }
      if (line.startsWith(delimiter, j)) {
        if (doubledQuotes && line[j + 1] === quote) {
          j += 2;
          continue;
        }
        break;
      }
      j++;
    }
    literals.push({ prefixStart, prefix, open: i, delimiter, contentStart: i + delimiter.length, contentEnd: j, end: j + delimiter.length, raw });
    i = j + delimiter.length;
  }
  return { literals };
}

function prefixBefore(line: string, quoteAt: number, prefixes: RegExp | undefined): { prefixStart: number; prefix: string } {
  if (!prefixes) return { prefixStart: quoteAt, prefix: '' };
  let p = quoteAt;
  while (p > 0 && /[A-Za-z@$]/.test(line[p - 1]!)) p--;
  const prefix = line.slice(p, quoteAt);
  // `foo"…"` is an identifier followed by a string, not a prefix.
  if (prefix && prefixes.test(prefix) && (p === 0 || !/[\w$]/.test(line[p - 1]!))) return { prefixStart: p, prefix };
  return { prefixStart: quoteAt, prefix: '' };
}
