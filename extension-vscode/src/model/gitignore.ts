import { ignoredByLayers, parseGitignore, type IgnoreLayer } from '@secret-hygiene/core';

/**
 * .gitignore semantics for workspace scans (https://git-scm.com/docs/gitignore): one rule list per
 * directory, deeper files override shallower ones, the last matching rule wins, `!` re-includes, a
 * trailing `/` matches directories only, a leading or inner `/` anchors the pattern to its directory,
 * and nothing inside an ignored directory can be re-included. The rules themselves are core's.
 *
 * All .gitignore files of one workspace folder, keyed by their directory ('' for the root).
 */
export class GitignoreSet {
  private readonly layers: IgnoreLayer[] = [];

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
    return ignoredByLayers(this.layers, path, isDirectory);
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
