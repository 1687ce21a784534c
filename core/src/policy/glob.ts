/**
 * Allowlist globs, deliberately small: `**` (any depth), `*` (within one segment), `?` (one character).
 * Paths are relative to the workspace root with `/` separators. Like .gitignore, a pattern without a
 * `/` matches a name at any depth, and a pattern that matches a directory covers everything in it.
 */

/** The pattern as an anchored RegExp over a whole relative path. */
export function globToRegExp(glob: string): RegExp {
  let pattern = normalizePath(glob);
  if (pattern.endsWith('/')) pattern = pattern.slice(0, -1);
  const anchored = pattern.includes('/');
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i]!;
    if (char === '*' && pattern[i + 1] === '*') {
      const slash = pattern[i + 2] === '/';
      source += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (char === '*') source += '[^/]*';
    else if (char === '?') source += '[^/]';
    else source += char.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(anchored ? `^${source}$` : `^(?:.*/)?${source}$`);
}

/** One test for many patterns: true when the path, or a directory it is in, matches any of them. */
export function pathMatcher(globs: readonly string[]): (relativePath: string) => boolean {
  const regexes = globs.map(globToRegExp);
  if (regexes.length === 0) return () => false;
  return (relativePath) => {
    let path = normalizePath(relativePath);
    while (path) {
      if (regexes.some((regex) => regex.test(path))) return true;
      const slash = path.lastIndexOf('/');
      path = slash === -1 ? '' : path.slice(0, slash);
    }
    return false;
  };
}

function normalizePath(path: string): string {
  return path.replace(/\\/g, '/').replace(/^(?:\.\/)+/, '').replace(/^\/+/, '');
}
