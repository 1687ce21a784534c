/**
 * Source code and plain config files without a structured location: the literal becomes the
 * language's environment lookup. A whole string literal is replaced with its quotes (and prefix);
 * a secret inside a larger literal is spliced out with the language's string concatenation, or the
 * fix is declined. Never an edit that leaves the code unparseable.
 */
import type { Finding } from '../../engine/types.js';
import { assignedName, secretName } from '../names.js';
import type { PlanningText } from '../planning-text.js';
import { environmentStore } from '../store.js';
import { unavailable, type JitContext, type JitPlan, type TextEdit } from '../types.js';
import { SHELL_SYNTAX, sourceKindOf, type Language } from './languages.js';
import { lexLine, type StringLiteral, type StringSyntax } from './strings.js';

/**
 * A secret inside a longer string literal is spliced out with concatenation, which copies the rest of
 * the literal into the edit. Past this length (a bundled blob, an embedded document) that copy per
 * finding is not worth it; the fix is declined instead.
 */
const MAX_SPLICED_LITERAL = 8192;

interface Placement {
  edits: TextEdit[];
  /** The reference as written (what the title shows). */
  reference: string;
  notes: string[];
}

export function planSource(doc: PlanningText, finding: Finding, context: JitContext): JitPlan {
  const [start, end] = finding.range;
  const line = doc.lineAt(start);
  if (end > line.end) return unavailable('the secret spans several lines; move it by hand');
  const source = sourceKindOf(context.path);
  if (source.kind === 'unknown') return unavailable(`no environment lookup is known for ${source.extension ? `.${source.extension}` : 'these'} files`);

  const local: [number, number] = [start - line.start, end - line.start];
  const syntax: StringSyntax = source.kind === 'code' ? source.language.syntax : SHELL_SYNTAX;
  // Lexed once per line and syntax, however many findings the line holds.
  const lexing = doc.perLine(syntax, line, () => lexLine(line.text, syntax));
  if (source.kind !== 'config' && lexing.commentStart !== undefined && local[0] >= lexing.commentStart) {
    return unavailable('the secret is in a comment; delete it there (and rotate it)');
  }
  const literal = literalAround(lexing.literals, local);
  // The assigned variable names the whole literal; it names the secret only when the secret is all of it.
  const whole = !literal || (literal.contentStart === local[0] && literal.contentEnd === local[1]);
  const variable = whole ? assignedName(line.text.slice(0, literal ? literal.prefixStart : local[0])) : undefined;
  const name = secretName(finding, { variable });

  let placement: Placement | string;
  if (source.kind === 'code') placement = placeInCode(doc, line.start, local, literal, source.language, name);
  else if (source.kind === 'shell') placement = placeInShell(line.start, local, literal, name);
  else {
    placement = {
      edits: [{ range: finding.range, newText: `\${${name}}` }],
      reference: `\${${name}}`,
      notes: [`\${${name}} works only if the program reading this file expands environment variables; check its documentation.`],
    };
  }
  if (typeof placement === 'string') return unavailable(placement);

  const runner = source.kind === 'shell' ? 'the script' : 'the program';
  const stored = environmentStore(name, context.references, runner);
  if (typeof stored === 'string') return unavailable(stored);
  return {
    title: `Use ${placement.reference}`,
    reference: { kind: 'env', text: placement.reference, storeAs: name },
    edits: placement.edits,
    store: stored.store,
    notes: [...placement.notes, ...stored.notes],
  };
}

/** The literal whose content holds `[start, end)` (literals are in line order and disjoint: a binary search). */
function literalAround(literals: readonly StringLiteral[], [start, end]: [number, number]): StringLiteral | undefined {
  let lo = 0;
  let hi = literals.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (literals[mid]!.contentStart <= start) lo = mid + 1;
    else hi = mid;
  }
  const literal = literals[lo - 1];
  return literal && end <= literal.contentEnd ? literal : undefined;
}

function placeInCode(
  doc: PlanningText,
  lineStart: number,
  [start, end]: [number, number],
  literal: StringLiteral | undefined,
  language: Language,
  name: string,
): Placement | string {
  if (!literal) return 'the secret is not inside a single-line string literal; move it by hand';
  const content = (from: number, to: number) => doc.text.slice(lineStart + from, lineStart + to);
  // The stored value must equal the runtime value; escape sequences would store their source form.
  if (!literal.raw && content(start, end).includes('\\')) return 'the secret contains escape sequences; move it by hand';

  const lookup = language.lookup(name, doc);
  const notes = language.notes?.(name) ?? [];
  const requiredImport = language.requiredImport;
  const imports = requiredImport && doc.memo(requiredImport, () => requiredImport(doc.text));
  const withImport = (edit: TextEdit): Placement => ({
    edits: imports ? [imports, edit] : [edit],
    reference: lookup,
    notes: imports ? [`Adds the import ${JSON.stringify(imports.newText.trim())}.`, ...notes] : notes,
  });
  const whole: [number, number] = [lineStart + literal.prefixStart, lineStart + literal.end];

  if (start === literal.contentStart && end === literal.contentEnd) {
    // Python bytes literals stay bytes.
    const bytes = /[bB]/.test(literal.prefix) && language.label === 'Python';
    return withImport({ range: whole, newText: bytes ? `${lookup}.encode()` : lookup });
  }

  if (literal.contentEnd - literal.contentStart > MAX_SPLICED_LITERAL) {
    return `the secret is part of a string literal longer than ${MAX_SPLICED_LITERAL} characters; move it by hand`;
  }
  const before = content(literal.contentStart, start);
  const after = content(end, literal.contentEnd);
  if (literal.delimiter === '`' && language.label.endsWith('Script')) {
    // A template literal takes the lookup inline, unless it already has substitutions we could split.
    if (before.includes('${') || after.includes('${')) return 'the secret sits in a template literal with substitutions; move it by hand';
    return withImport({ range: [lineStart + start, lineStart + end], newText: `\${${lookup}}` });
  }
  if (!language.concat) return `the secret is part of a larger ${language.label} string; move it by hand`;
  if (/[fF$]/.test(literal.prefix) || /[bB]/.test(literal.prefix)) {
    return 'the secret is part of a formatted or bytes string; move it by hand';
  }
  if (!literal.raw && /\\$/.test(before.replace(/\\\\/g, ''))) return 'the string has an escape next to the secret; move it by hand';
  const piece = (s: string) => `${literal.prefix}${literal.delimiter}${s}${literal.delimiter}`;
  const parts = [before && piece(before), lookup, after && piece(after)].filter(Boolean);
  // Parentheses keep the concatenation one operand wherever the literal stood (`"…".length`).
  return withImport({ range: whole, newText: `(${parts.join(language.concat)})` });
}

/** Shell: `"$NAME"` for a whole or unquoted value, `${NAME}` inside double quotes, `'"$NAME"'` inside single quotes. */
function placeInShell(lineStart: number, [start, end]: [number, number], literal: StringLiteral | undefined, name: string): Placement {
  const quoted = `"$${name}"`;
  if (!literal) return { edits: [{ range: [lineStart + start, lineStart + end], newText: quoted }], reference: quoted, notes: [] };
  if (start === literal.contentStart && end === literal.contentEnd) {
    return { edits: [{ range: [lineStart + literal.open, lineStart + literal.end], newText: quoted }], reference: quoted, notes: [] };
  }
  const inline = literal.delimiter === '"' ? `\${${name}}` : `'${quoted}'`;
  return { edits: [{ range: [lineStart + start, lineStart + end], newText: inline }], reference: `\${${name}}`, notes: [] };
}
