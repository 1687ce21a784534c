/**
 * Every file the CLI writes (a baseline, a fixed config, a `.env`) goes through here: never through a
 * symlink (a committed `.secret-hygiene-baseline.json -> ~/.bashrc` must not make us overwrite the file it
 * points to), never onto something that is not a regular file, and atomically: the content goes to a
 * temporary file in the same directory, which is then renamed over the target (rename(2) replaces the
 * name itself, so a reader sees the old file or the new one, never half of one, and a link at the
 * target is replaced rather than followed). https://man7.org/linux/man-pages/man2/rename.2.html
 */
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, lstatSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UsageError } from '../errors.js';
import { escapeForTerminal } from './escape.js';

/** We refused to write a file, or the write failed: a UsageError (exit 2, the message names the file). */
const UnsafeWriteError = UsageError;

export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const shown = escapeForTerminal(path);
  let existing;
  try {
    existing = lstatSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw new UnsafeWriteError(`${shown}: cannot write (${(error as NodeJS.ErrnoException).code})`);
  }
  if (existing?.isSymbolicLink()) throw new UnsafeWriteError(`${shown}: is a symbolic link; refusing to write through it (remove the link or choose another path)`);
  if (existing && !existing.isFile()) throw new UnsafeWriteError(`${shown}: not a regular file; refusing to write`);
  // `wx`: the temporary name must be new (O_EXCL never follows or reuses a planted file).
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(temp, 'wx', existing ? existing.mode & 0o777 : 0o644);
    writeSync(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temp, path);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    rmSync(temp, { force: true });
    throw new UnsafeWriteError(`${shown}: cannot write (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}
