import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, join, relative, resolve, sep } from 'node:path';
import { IgnoreStack, parseGitignore } from './gitignore.js';

export interface WalkedFile {
  /** Absolute path. */
  path: string;
  /** Path as shown to the user: relative to the current directory. */
  display: string;
  /**
   * Bytes, when listing already knew it (symlinks and paths given by name are stat'ed); otherwise the
   * reader learns it from the open file, which saves one `stat` per file.
   */
  size?: number;
}

export interface WalkOptions {
  useGitignore: boolean;
  onNotice: (path: string, message: string) => void;
}

const ALWAYS_SKIPPED = new Set(['.git', '.hg', '.svn']);

/**
 * Yields every regular file under the given paths. Dot-folders (.vscode, .cursor, .github …) are
 * scanned; .gitignore files are honoured unless disabled; symlinks are followed once (loops are
 * reported, not followed).
 *
 * Synchronous on purpose: listing is metadata only, and one `stat` per file through the libuv thread
 * pool cost more than a second per 10 000 files while the scan workers waited.
 */
export function* walk(inputs: readonly string[], options: WalkOptions): Generator<WalkedFile> {
  const visitedDirectories = new Set<string>();
  const cwd = process.cwd();
  const display = (p: string) => relative(cwd, p).split(sep).join('/') || '.';
  // Children's paths are built by concatenation from their directory's (no normalising per file).
  const child = (parent: string, name: string, separator: string) => (parent.endsWith(separator) ? parent + name : parent + separator + name);

  /** `shown`: the directory as displayed; `base`: relative to the walked root, with `/` (root: ''). */
  function* visitDirectory(dir: string, shown: string, base: string, ignore: IgnoreStack): Generator<WalkedFile> {
    let real: string;
    try {
      real = realpathSync.native(dir); // one syscall; the JS version lstats every path component
    } catch (error) {
      options.onNotice(shown, `cannot resolve: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
      return;
    }
    if (visitedDirectories.has(real)) {
      options.onNotice(shown, 'symlink loop or repeated directory: not followed again');
      return;
    }
    visitedDirectories.add(real);

    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      options.onNotice(shown, `cannot read directory: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
      return;
    }
    if (options.useGitignore && entries.some((e) => e.name === '.gitignore')) {
      try {
        ignore = ignore.with(base, parseGitignore(readFileSync(join(dir, '.gitignore'), 'utf8')));
      } catch (error) {
        options.onNotice(child(shown, '.gitignore', '/'), `cannot read: ${(error as Error).message}`);
      }
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (ALWAYS_SKIPPED.has(entry.name)) continue;
      const path = child(dir, entry.name, sep);
      const shownPath = shown === '.' ? entry.name : child(shown, entry.name, '/');
      const rel = base ? `${base}/${entry.name}` : entry.name;
      let isDirectory = entry.isDirectory();
      let isFile = entry.isFile();
      let size: number | undefined;
      // Symlinks are followed; an entry whose type the file system did not report is looked at.
      const typeKnown = isFile || isDirectory || entry.isFIFO() || entry.isSocket() || entry.isBlockDevice() || entry.isCharacterDevice();
      if (entry.isSymbolicLink() || !typeKnown) {
        try {
          const info = statSync(path);
          isDirectory = info.isDirectory();
          isFile = info.isFile();
          size = info.size;
        } catch (error) {
          options.onNotice(shownPath, `cannot stat: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
          continue;
        }
      }
      if (options.useGitignore && ignore.ignores(rel, isDirectory)) continue;
      if (isDirectory) yield* visitDirectory(path, shownPath, rel, ignore);
      else if (isFile) yield size === undefined ? { path, display: shownPath } : { path, display: shownPath, size };
    }
  }

  for (const input of inputs) {
    const path = resolve(input);
    let info;
    try {
      info = lstatSync(path);
      if (info.isSymbolicLink()) info = statSync(path);
    } catch (error) {
      options.onNotice(input, `cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
      continue;
    }
    if (info.isDirectory()) yield* visitDirectory(path, display(path), '', IgnoreStack.empty());
    else if (info.isFile()) yield { path, display: display(path), size: info.size };
    else options.onNotice(input, `not a regular file or directory (${basename(path)})`);
  }
}
