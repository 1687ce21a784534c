/**
 * .gitignore semantics for workspace scans (https://git-scm.com/docs/gitignore): one rule list per
 * directory, deeper files override shallower ones, the last matching rule wins, `!` re-includes, a
 * trailing `/` matches directories only, a leading or inner `/` anchors the pattern to its directory,
 * and nothing inside an ignored directory can be re-included.
 */
interface IgnoreRule {
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

export function parseGitignore(text: string): IgnoreRule[] {
  const rules: IgnoreRule[] = [];
  for (const raw of text.split(/\r?\n/)) {
    let pattern = raw.replace(/(?<!\\)\s+$/, '');
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

/** All .gitignore files of one workspace folder, keyed by their directory ('' for the root). */
export class GitignoreSet {
  private readonly layers: { base: string; rules: IgnoreRule[] }[] = [];

  add(directory: string, text: string): void {
    const base = directory.replace(/\\/g, '/').replace(/^\/+|\/+$/g, '');
    this.layers.push({ base, rules: parseGitignore(text) });
    // Shallower files first: a deeper .gitignore overrides them.
    this.layers.sort((a, b) => depth(a.base) - depth(b.base));
  }

  /** `path` relative to the workspace folder with '/' separators. */
  ignores(path: string): boolean {
    const segments = path.replace(/\\/g, '/').split('/').filter(Boolean);
    for (let i = 1; i <= segments.length; i++) {
      const isDirectory = i < segments.length;
      if (this.matches(segments.slice(0, i).join('/'), isDirectory)) return true;
    }
    return false;
  }

  private matches(path: string, isDirectory: boolean): boolean {
    let ignored = false;
    for (const { base, rules } of this.layers) {
      if (base && !path.startsWith(`${base}/`)) continue;
      const relative = base ? path.slice(base.length + 1) : path;
      for (const rule of rules) {
        if (rule.directoryOnly && !isDirectory) continue;
        if (rule.regex.test(relative)) ignored = !rule.negate;
      }
    }
    return ignored;
  }
}

function depth(base: string): number {
  return base ? base.split('/').length : 0;
}

/**
 * The .gitignore text with `entry` (a path relative to the .gitignore's directory) ignored, or
 * undefined when it already is.
 */
export function withIgnored(text: string | undefined, entry: string): string | undefined {
  const set = new GitignoreSet();
  if (text) set.add('', text);
  if (set.ignores(entry)) return undefined;
  const prefix = text && !text.endsWith('\n') ? `${text}\n` : text ?? '';
  return `${prefix}${entry}\n`;
}
