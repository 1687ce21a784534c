/**
 * Reading and writing a client's settings file without disturbing it: JSONC edits (jsonc-parser `modify`
 * + `applyEdits`) keep the user's comments, formatting and other keys; a backup is written before the
 * first change; the new text replaces the file atomically (temp file + rename) and never through a
 * symlink (the link could point anywhere, and rename would replace the link, not its target).
 */
import { closeSync, copyFileSync, lstatSync, mkdirSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { applyEdits, modify, parse, type JSONPath, type ParseError } from 'jsonc-parser';
import { InputFileError, readBoundedFile } from '../bounded-read.js';

/** Settings files are small; a bigger one is not a settings file we should rewrite. */
export const SETTINGS_LIMIT = 4 * 1024 * 1024;

export class SettingsFileError extends Error {
  override readonly name = 'SettingsFileError' as const;
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${path}: ${reason}`);
  }
}

export interface SettingsText {
  path: string;
  /** The file's text, or undefined when it does not exist yet. */
  text: string | undefined;
  value: Record<string, unknown>;
}

/** Reads and parses a settings file (JSON with comments and trailing commas, as both clients accept). */
export function readSettings(path: string): SettingsText {
  refuseSymlink(path);
  let text: string;
  try {
    text = readBoundedFile(path, SETTINGS_LIMIT);
  } catch (error) {
    if (error instanceof InputFileError && (error.code === 'ENOENT' || error.code === 'ENOTDIR')) return { path, text: undefined, value: {} };
    if (error instanceof InputFileError) throw new SettingsFileError(path, error.reason);
    throw error;
  }
  const errors: ParseError[] = [];
  const value = parse(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length) throw new SettingsFileError(path, `not valid JSON (offset ${errors[0]!.offset}): fix or move it, nothing was changed`);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new SettingsFileError(path, 'expected a JSON object at the top level');
  return { path, text, value: value as Record<string, unknown> };
}

/** One edit at `path` (undefined removes); `append` inserts into the array at `path`'s end. */
export function editText(text: string, path: JSONPath, value: unknown, append = false): string {
  const edits = modify(text, path, value, { formattingOptions: detectFormatting(text), ...(append ? { isArrayInsertion: true } : {}) });
  return applyEdits(text, edits);
}

function detectFormatting(text: string): { insertSpaces: boolean; tabSize: number; eol: string } {
  const indent = /\n([ \t]+)\S/.exec(text)?.[1] ?? '  ';
  return { insertSpaces: !indent.startsWith('\t'), tabSize: indent.startsWith('\t') ? 1 : indent.length, eol: text.includes('\r\n') ? '\r\n' : '\n' };
}

/** Writes `text` to `path` atomically, after backing the old file up. Returns the backup's path. */
export function writeSettings(path: string, previous: string | undefined, text: string): string | undefined {
  refuseSymlink(path);
  mkdirSync(dirname(path), { recursive: true });
  let backup: string | undefined;
  if (previous !== undefined) {
    backup = `${path}.secret-hygiene-backup`;
    refuseSymlink(backup);
    copyFileSync(path, backup);
  }
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  // wx: a fresh file, never an existing one (or a link someone planted under the temp name).
  // The user's own permissions carry over; a new file is private (settings may hold tokens).
  const mode = previous !== undefined ? statSync(path).mode & 0o777 : 0o600;
  const fd = openSync(temp, 'wx', mode);
  try {
    writeSync(fd, text);
  } finally {
    closeSync(fd);
  }
  try {
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  return backup;
}

function refuseSymlink(path: string): void {
  try {
    if (lstatSync(path).isSymbolicLink()) throw new SettingsFileError(path, 'is a symbolic link: not edited (edit the file it points to, or replace the link with a file)');
  } catch (error) {
    if (error instanceof SettingsFileError) throw error;
  }
}
