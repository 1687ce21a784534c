/** The import a lookup needs, inserted where the language expects imports. */
import { eolOf } from '../edits.js';
import type { TextEdit } from '../types.js';

interface Line {
  start: number;
  text: string;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const raw of text.split('\n')) {
    lines.push({ start, text: raw.replace(/\r$/, '') });
    start += raw.length + 1;
  }
  return lines;
}

/** A top-level `import os` (also `import sys, os` or `import os.path`, which bind `os` too). */
function importsPythonOs(lines: Line[]): boolean {
  return lines.some(({ text }) => {
    const match = /^import\s+([^#]+)/.exec(text);
    return !!match && match[1]!.split(',').some((item) => /^os(?:\.\w+)*$/.test(item.trim()));
  });
}

/**
 * `import os` before the first top-level import, or after the module header (shebang, comments,
 * docstring and `from __future__` imports, which must stay first).
 */
export function pythonImportEdit(text: string): TextEdit | undefined {
  const lines = linesOf(text);
  if (importsPythonOs(lines)) return undefined;
  const eol = eolOf(text);
  const firstImport = lines.find(({ text: t }) => /^(?:import|from)\s/.test(t) && !/^from\s+__future__\s/.test(t));
  if (firstImport) return { range: [firstImport.start, firstImport.start], newText: `import os${eol}` };

  let i = 0;
  while (i < lines.length && (/^\s*(?:#.*)?$/.test(lines[i]!.text))) i++;
  const docstring = /^[rRuU]?("""|''')/.exec(lines[i]?.text ?? '');
  if (docstring) {
    const quote = docstring[1]!;
    const rest = lines[i]!.text.slice(docstring[0].length);
    if (!rest.includes(quote)) {
      i++;
      while (i < lines.length && !lines[i]!.text.includes(quote)) i++;
    }
    i++;
  }
  while (i < lines.length && /^(?:from\s+__future__\s|\s*$)/.test(lines[i]!.text)) i++;
  const at = lines[i]?.start ?? text.length;
  const needsBreak = at === text.length && text.length > 0 && !text.endsWith('\n');
  return { range: [at, at], newText: `${needsBreak ? eol : ''}import os${eol}${at < text.length ? eol : ''}` };
}

/** `"os"` added to the import block, next to a single import, or after the package clause. */
export function goImportEdit(text: string): TextEdit | undefined {
  const lines = linesOf(text);
  const eol = eolOf(text);
  let inBlock = false;
  for (const { text: t } of lines) {
    if (/^import\s*\(/.test(t)) inBlock = true;
    else if (inBlock && /^\s*\)/.test(t)) inBlock = false;
    if (/^import\s+"os"\s*(?:\/\/.*)?$/.test(t) || (inBlock && /^\s*"os"\s*(?:\/\/.*)?$/.test(t))) return undefined;
  }
  const block = lines.findIndex(({ text: t }) => /^import\s*\(\s*$/.test(t));
  if (block !== -1 && lines[block + 1]) return { range: [lines[block + 1]!.start, lines[block + 1]!.start], newText: `\t"os"${eol}` };
  const single = lines.find(({ text: t }) => /^import\s+(?:\w+\s+)?"/.test(t));
  if (single) return { range: [single.start, single.start], newText: `import "os"${eol}` };
  const pkg = lines.find(({ text: t }) => /^package\s+\w+/.test(t));
  if (!pkg) return { range: [0, 0], newText: `import "os"${eol}${eol}` };
  const end = pkg.start + pkg.text.length;
  return { range: [end, end], newText: `${eol}${eol}import "os"` };
}
