/**
 * Where a file's comments are, by the comment syntax of its language (known from its name). One linear
 * pass, outside string literals: shared by the OAuth scope pass (a scope in a comment documents, it does
 * not request) and the inline `secret-hygiene:allow` directive (which counts only inside a comment).
 */

/** Languages with `//` and `/* … *\/` comments. */
const SLASH_COMMENTS = /\.(?:[mc]?[jt]sx?|java|kts?|go|c|h|cc|cpp|hpp|cs|swift|rs|scala|dart|php|groovy|gradle|jsonc|json5|proto)$/i;
/** Languages and config files with `#` comments (Python docstrings too). INI files (`;` or `#`) are left to callers' fallbacks. */
const HASH_COMMENTS =
  /(?:\.(?:py|pyi|rb|sh|bash|zsh|ya?ml|toml|r|pl|ps1|tf|tfvars|hcl|conf|properties|env)|(?:^|\/)(?:Dockerfile|Makefile|Gemfile|Rakefile|\.env(?:\.[\w.-]+)?|\.npmrc|\.netrc|\.pypirc|\.gitconfig|credentials|config))$/i;

export type Span = [start: number, end: number];

/** Comment spans, sorted and disjoint; undefined when the file's comment syntax is not known. */
export function commentSpans(text: string, path: string | undefined): Span[] | undefined {
  if (!path) return undefined;
  if (SLASH_COMMENTS.test(path)) return slashCommentSpans(text);
  if (HASH_COMMENTS.test(path)) return hashCommentSpans(text);
  return undefined;
}

/** The span holding `offset`, by binary search over sorted, disjoint spans; undefined when none does. */
export function spanAt(spans: readonly Span[], offset: number): Span | undefined {
  let lo = 0;
  let hi = spans.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]![0] <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found !== -1 && offset < spans[found]![1] ? spans[found] : undefined;
}

function lineEnd(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end === -1 ? text.length : end;
}

/**
 * `//` and block comments outside string literals. Quotes and double quotes end at the line's end
 * (an unterminated or regex-literal quote cannot swallow the rest of the file); template literals
 * may span lines.
 */
function slashCommentSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 47 /* / */) {
      const next = text.charCodeAt(i + 1);
      if (next === 47) {
        const end = lineEnd(text, i);
        spans.push([i, end]);
        i = end;
      } else if (next === 42 /* * */) {
        const close = text.indexOf('*/', i + 2);
        const end = close === -1 ? text.length : close + 2;
        spans.push([i, end]);
        i = end - 1;
      }
    } else if (c === 34 || c === 39 || c === 96) {
      i = stringEnd(text, i, c, c !== 96);
    }
  }
  return spans;
}

/** `#` comments (at a line start or after white space) and Python docstrings, outside string literals. */
function hashCommentSpans(text: string): Span[] {
  const spans: Span[] = [];
  let lineStart = true; // only white space so far on this line
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      lineStart = true;
      continue;
    }
    if (c === 35 /* # */ && (i === 0 || isSpace(text.charCodeAt(i - 1)) || lineStart)) {
      const end = lineEnd(text, i);
      spans.push([i, end]);
      i = end - 1;
      continue;
    }
    if ((c === 34 || c === 39) && text.charCodeAt(i + 1) === c && text.charCodeAt(i + 2) === c) {
      // A triple-quoted string that opens a statement is a docstring; elsewhere it is a value.
      const close = text.indexOf(text.slice(i, i + 3), i + 3);
      const end = close === -1 ? text.length : close + 3;
      if (lineStart) spans.push([i, end]);
      i = end - 1;
      lineStart = false;
      continue;
    }
    if (c === 34 || c === 39) i = stringEnd(text, i, c, true);
    if (!isSpace(c)) lineStart = false;
  }
  return spans;
}

/** The offset of the quote closing the literal opened at `open` (or where the search gave up). */
function stringEnd(text: string, open: number, quote: number, endsAtLine: boolean): number {
  for (let i = open + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 92 /* \ */) i++;
    else if (c === quote) return i;
    else if (c === 10 && endsAtLine) return i;
  }
  return text.length;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9;
}
