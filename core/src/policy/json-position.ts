/**
 * Why a JSON document does not parse, by position only. The engine's own message quotes the text around
 * the error (`Unexpected token 'g', "ghp_…" is not valid JSON`), and a policy or baseline file may hold a
 * pasted secret: an error message must never carry a file's content.
 */
import { printParseErrorCode, visit, type ParseError } from 'jsonc-parser';

/** `not valid JSON at line 3, column 14 (InvalidSymbol)`; strict JSON: comments and trailing commas count as errors. */
export function describeJsonSyntaxError(text: string): string {
  let first: { error: ParseError['error']; offset: number } | undefined;
  visit(
    text,
    {
      onError: (error, offset) => {
        first ??= { error, offset };
      },
      onComment: (offset) => {
        first ??= { error: 1 /* InvalidSymbol */, offset };
      },
    },
    { disallowComments: true, allowTrailingComma: false },
  );
  if (!first) return 'not valid JSON';
  const before = text.slice(0, first.offset);
  const line = before.split('\n').length;
  const column = first.offset - (before.lastIndexOf('\n') + 1) + 1;
  return `not valid JSON at line ${line}, column ${column} (${printParseErrorCode(first.error)})`;
}
