/**
 * .gitignore semantics (https://git-scm.com/docs/gitignore), shared by the CLI walker and the editor's
 * workspace scan: per-directory files, last match wins, `!` re-includes, a trailing `/` matches directories
 * only, a slash at the start or middle anchors the pattern to the file's directory, `**` spans directories.
 */
import { stripTrailing, WHITESPACE } from '../engine/trim.js';

export interface IgnoreRule {
  regex: RegExp;
  negate: boolean;
  directoryOnly: boolean;
}

function globSource(glob: string): string {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i]!;
    if (ch === '*' && glob[i + 1] === '*' && (i === 0 || glob[i - 1] === '/') && (i + 2 === glob.length || glob[i + 2] === '/')) {
      out += i + 2 === glob.length ? '.*' : '(?:.*/)?';
      i += i + 2 === glob.length ? 1 : 2;
    } else if (ch === '*') out += '[^/]*';
    else if (ch === '?') out += '[^/]';
    else if (ch === '[') {
      const close = glob.indexOf(']', i + 1);
      if (close === -1) out += '\\[';
      else {
        out += `[${glob.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\')}]`;
        i = close;
      }
    } else if (ch === '\\' && i + 1 < glob.length) out += glob[++i]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    else out += ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  return out;
}

/**
 * A line without its trailing blanks, except one escaped with a backslash ("Trailing spaces are ignored
 * unless they are quoted with backslash": https://git-scm.com/docs/gitignore#_pattern_format). A loop:
 * `/(?<!\\)\s+$/` retried a long run of blanks from each of its characters (quadratic).
 */
function withoutTrailingBlanks(line: string): string {
  let end = stripTrailing(line, WHITESPACE).length;
  if (end < line.length && line[end - 1] === '\\') end++;
  return line.slice(0, end);
}

/** One .gitignore file's rules, in order (the last match wins). */
export function parseGitignore(text: string): IgnoreRule[] {
  const rules: IgnoreRule[] = [];
  for (const raw of text.split(/\r?\n/)) {
    let pattern = withoutTrailingBlanks(raw);
    if (!pattern || pattern.startsWith('#')) continue;
    const negate = pattern.startsWith('!');
    if (negate) pattern = pattern.slice(1);
    if (pattern.startsWith('\\#') || pattern.startsWith('\\!')) pattern = pattern.slice(1);
    const directoryOnly = pattern.endsWith('/');
    if (directoryOnly) pattern = pattern.slice(0, -1);
    if (!pattern) continue;
    const anchored = pattern.includes('/');
    if (pattern.startsWith('/')) pattern = pattern.slice(1);
    const body = globSource(pattern);
    rules.push({ regex: new RegExp(anchored ? `^${body}$` : `^(?:.*/)?${body}$`), negate, directoryOnly });
  }
  return rules;
}

/** The rules of one .gitignore, and its directory relative to the root ('' for the root). */
export interface IgnoreLayer {
  base: string;
  rules: IgnoreRule[];
}

/** Whether `path` (root-relative, '/' separated) is ignored by `layers`, shallower layers first. */
export function ignoredByLayers(layers: readonly IgnoreLayer[], path: string, isDirectory: boolean): boolean {
  let ignored = false;
  for (const { base, rules } of layers) {
    if (base && !path.startsWith(`${base}/`)) continue;
    const relative = base ? path.slice(base.length + 1) : path;
    for (const rule of rules) {
      if (rule.directoryOnly && !isDirectory) continue;
      if (rule.regex.test(relative)) ignored = !rule.negate;
    }
  }
  return ignored;
}
