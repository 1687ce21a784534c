import { isUtf8 } from 'node:buffer';
import { lstatSync, readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { InputFileError, READ_LIMITS, describeFileType, readBoundedFile } from '../bounded-read.js';
import { escapeName, escapeNameBytes } from '../output/escape.js';
import { IgnoreStack, parseGitignore } from './gitignore.js';

/**
 * A path as the file system knows it: a string, or the raw bytes when a name on the way is not valid
 * UTF-8 (a string would carry U+FFFD in its place and open nothing).
 */
export type FsPath = string | Buffer;

/** A regular file as the listing saw it (by its directory entry, or a stat for symlinks and named paths). */
export interface WalkedFile {
  /** Absolute path (bytes only when a name on the way is not UTF-8; a worker receives those as Uint8Array). */
  path: string | Uint8Array;
  /** Path as shown to the user: relative to the current directory, with unsafe characters escaped. */
  display: string;
  /**
   * Bytes, when listing already knew it (symlinks and paths given by name are stat'ed); otherwise the
   * reader learns it from the open file, which saves one `stat` per file.
   */
  size?: number;
  /**
   * The content itself, when it is already in memory (a git blob read by `git cat-file --batch`): the
   * scan decodes these bytes as it would the file's, and `path` is not opened.
   */
  content?: Uint8Array;
}

export interface WalkOptions {
  useGitignore: boolean;
  /** Something worth knowing that does not leave content unread (a symlink loop, a dangling link). */
  onNotice: (path: string, message: string) => void;
  /** Content that exists and could not be read: the scan is incomplete. */
  onUnread: (path: string, reason: string) => void;
  /**
   * Follow symlinks that lead out of the scan root (a repository's link to `/etc` or `~` is otherwise
   * reported and not followed: a scan reads only what it was pointed at).
   */
  followSymlinks?: boolean;
}

const ALWAYS_SKIPPED = new Set(['.git', '.hg', '.svn']);
const SEPARATOR = Buffer.from(sep);

/** An entry of a directory: its name as text (for ignore rules and display) and, if not UTF-8, as bytes. */
interface Entry {
  dirent: Dirent<string> | Dirent<Buffer>;
  name: string;
  shown: string;
  raw?: Buffer;
}

/**
 * Yields every regular file under the given paths. Dot-folders (.vscode, .cursor, .github …) are
 * scanned; .gitignore files are honoured unless disabled; symlinks inside the root are followed once
 * (loops are reported, not followed), symlinks leading out of it only with `followSymlinks`. Names that are not UTF-8 are walked as bytes and shown escaped.
 *
 * Synchronous on purpose: listing is metadata only, and one `stat` per file through the libuv thread
 * pool cost more than a second per 10 000 files while the scan workers waited.
 */
export function* walk(inputs: readonly string[], options: WalkOptions): Generator<WalkedFile> {
  const visitedDirectories = new Set<string>();
  const cwd = process.cwd();
  const display = (p: string) => escapeName(relative(cwd, p).split(sep).join('/') || '.');
  const code = (error: unknown) => (error as NodeJS.ErrnoException).code ?? (error as Error).message;

  /** `shown`: the directory as displayed; `base`: relative to the walked root, with `/` (root: ''). */
  /** The real path of the input being walked, with a trailing separator: a link may lead only under it. */
  let rootReal = '';
  const outsideRoot = (path: FsPath): boolean => {
    if (options.followSymlinks) return false;
    try {
      const real = realpathSync.native(path, { encoding: 'buffer' }).toString('latin1');
      return !(real + sep).startsWith(rootReal);
    } catch {
      return false; // the stat below reports it
    }
  };

  function* visitDirectory(dir: FsPath, shown: string, base: string, ignore: IgnoreStack): Generator<WalkedFile> {
    let real: string;
    try {
      // One syscall (the JS version lstats every path component); as bytes, so that two names differing
      // only in invalid bytes never look like the same directory.
      real = realpathSync.native(dir, { encoding: 'buffer' }).toString('latin1');
    } catch (error) {
      options.onUnread(shown, `directory not scanned: cannot resolve (${code(error)})`);
      return;
    }
    if (visitedDirectories.has(real)) {
      options.onNotice(shown, 'symlink loop or repeated directory: not followed again');
      return;
    }
    visitedDirectories.add(real);

    let entries: Entry[];
    try {
      entries = listDirectory(dir);
    } catch (error) {
      options.onUnread(shown, `directory not scanned: cannot read (${code(error)})`);
      return;
    }
    const gitignore = options.useGitignore ? entries.find((e) => e.name === '.gitignore' && !e.raw) : undefined;
    if (gitignore) {
      const shownIgnore = shown === '.' ? '.gitignore' : `${shown}/.gitignore`;
      try {
        ignore = ignore.with(base, parseGitignore(readBoundedFile(childPath(dir, '.gitignore'), READ_LIMITS.gitignore, shownIgnore)));
      } catch (error) {
        // Not applying an ignore file scans more, never less: a notice, not an incomplete scan.
        options.onNotice(shownIgnore, error instanceof InputFileError ? `${error.reason} (its rules are not applied)` : `cannot read: ${code(error)}`);
      }
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const { dirent: entry, name, shown: shownName, raw } of entries) {
      if (ALWAYS_SKIPPED.has(name)) continue;
      const path = childPath(dir, raw ?? name);
      const shownPath = shown === '.' ? shownName : `${shown}/${shownName}`;
      const rel = base ? `${base}/${name}` : name;
      let isDirectory = entry.isDirectory();
      let isFile = entry.isFile();
      let size: number | undefined;
      // Symlinks are followed; an entry whose type the file system did not report is looked at.
      const typeKnown = isFile || isDirectory || entry.isFIFO() || entry.isSocket() || entry.isBlockDevice() || entry.isCharacterDevice();
      if (entry.isSymbolicLink() && outsideRoot(path)) {
        options.onNotice(shownPath, 'symlink to outside the scan root: not followed (--follow-symlinks to follow it)');
        continue;
      }
      if (entry.isSymbolicLink() || !typeKnown) {
        try {
          const info = statSync(path);
          isDirectory = info.isDirectory();
          isFile = info.isFile();
          size = info.size;
        } catch (error) {
          const why = code(error);
          // A dangling link or a loop of links has no content to miss; anything else (EACCES…) does.
          if (why === 'ENOENT' || why === 'ELOOP') options.onNotice(shownPath, `cannot stat: ${why}`);
          else options.onUnread(shownPath, `not scanned: cannot stat (${why})`);
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
    const shown = escapeName(input);
    let info;
    try {
      info = lstatSync(path);
      if (info.isSymbolicLink()) info = statSync(path);
    } catch (error) {
      options.onUnread(shown, `not scanned: cannot read (${code(error)})`);
      continue;
    }
    if (info.isDirectory()) {
      try {
        const real = realpathSync.native(path, { encoding: 'buffer' }).toString('latin1');
        rootReal = real.endsWith(sep) ? real : real + sep;
      } catch {
        rootReal = '';
      }
      yield* visitDirectory(path, display(path), '', IgnoreStack.empty());
    }
    else if (info.isFile()) yield { path, display: display(path), size: info.size };
    else options.onUnread(shown, `not scanned: ${describeFileType(info)}, not a regular file or directory`);
  }
}

/**
 * A directory's entries. Names come as strings (the fast path); only when one of them decoded with a
 * replacement character is the directory read again as bytes, and the names that are not UTF-8 keep them.
 */
function listDirectory(dir: FsPath): Entry[] {
  if (typeof dir === 'string') {
    const entries = readdirSync(dir, { withFileTypes: true });
    if (!entries.some((e) => e.name.includes('\uFFFD'))) return entries.map((dirent) => ({ dirent, name: dirent.name, shown: escapeName(dirent.name) }));
  }
  return readdirSync(dir, { withFileTypes: true, encoding: 'buffer' }).map((dirent) => {
    const bytes = dirent.name;
    if (isUtf8(bytes)) {
      const name = bytes.toString('utf8');
      return { dirent, name, shown: escapeName(name) };
    }
    // Ignore rules see the name with U+FFFD in place of its invalid bytes; the path keeps the bytes.
    return { dirent, name: bytes.toString('utf8'), shown: escapeNameBytes(bytes), raw: bytes };
  });
}

/** A child's path, built by concatenation from its directory's (no normalising per file). */
function childPath(parent: FsPath, name: string | Buffer): FsPath {
  if (typeof parent === 'string' && typeof name === 'string') return parent.endsWith(sep) ? parent + name : parent + sep + name;
  const head = typeof parent === 'string' ? Buffer.from(parent) : parent;
  const tail = typeof name === 'string' ? Buffer.from(name) : name;
  return head[head.length - 1] === SEPARATOR[0] ? Buffer.concat([head, tail]) : Buffer.concat([head, SEPARATOR, tail]);
}
