/**
 * .gitignore semantics (https://git-scm.com/docs/gitignore): per-directory files, last match wins,
 * `!` re-includes, trailing `/` matches directories only, a slash at the start or middle anchors the
 * pattern to the file's directory, `**` spans directories.
 */
interface IgnoreRule {
  regex: RegExp;
  negate: boolean;
  directoryOnly: boolean;
}

function globToRegex(glob: string): string {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i]!;
    if (ch === '*') {
      if (glob[i + 1] === '*') {
        const atSegmentStart = i === 0 || glob[i - 1] === '/';
        const atSegmentEnd = i + 2 === glob.length || glob[i + 2] === '/';
        if (atSegmentStart && atSegmentEnd) {
          if (i + 2 === glob.length) out += '.*';
          else {
            out += '(?:.*/)?';
            i++; // the slash after ** is consumed by the group
          }
          i++;
          continue;
        }
      }
      out += '[^/]*';
    } else if (ch === '?') out += '[^/]';
    else if (ch === '[') {
      const close = glob.indexOf(']', i + 1);
      if (close === -1) out += '\\[';
      else {
        out += `[${glob.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\')}]`;
        i = close;
      }
    } else if (ch === '\\' && i + 1 < glob.length) {
      out += glob[++i]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    } else out += ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  return out;
}

export function parseGitignore(text: string): IgnoreRule[] {
  const rules: IgnoreRule[] = [];
  for (const raw of text.split(/\r?\n/)) {
    let line = raw.replace(/(?<!\\)\s+$/, '');
    if (!line || line.startsWith('#')) continue;
    const negate = line.startsWith('!');
    if (negate) line = line.slice(1);
    if (line.startsWith('\\#') || line.startsWith('\\!')) line = line.slice(1);
    const directoryOnly = line.endsWith('/');
    if (directoryOnly) line = line.slice(0, -1);
    const anchored = line.includes('/');
    if (line.startsWith('/')) line = line.slice(1);
    const body = globToRegex(line);
    rules.push({ regex: new RegExp(anchored ? `^${body}$` : `^(?:.*/)?${body}$`), negate, directoryOnly });
  }
  return rules;
}

/** Ignore state of a directory tree: the rules of each ancestor's .gitignore, relative to it. */
export class IgnoreStack {
  private constructor(private readonly layers: { base: string; rules: IgnoreRule[] }[]) {}

  static empty(): IgnoreStack {
    return new IgnoreStack([]);
  }

  /** `base` is the directory of the .gitignore, relative to the scan root with '/' separators ('' for root). */
  with(base: string, rules: IgnoreRule[]): IgnoreStack {
    return rules.length ? new IgnoreStack([...this.layers, { base, rules }]) : this;
  }

  /** `path` is relative to the scan root, '/' separated. */
  ignores(path: string, isDirectory: boolean): boolean {
    let ignored = false;
    for (const { base, rules } of this.layers) {
      const relative = base ? (path.startsWith(`${base}/`) ? path.slice(base.length + 1) : undefined) : path;
      if (relative === undefined) continue;
      for (const rule of rules) {
        if (rule.directoryOnly && !isDirectory) continue;
        if (rule.regex.test(relative)) ignored = !rule.negate;
      }
    }
    return ignored;
  }
}
