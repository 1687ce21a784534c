/** The repository a history or staged scan reads: found once, with what limits what can be scanned. */
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { GitError, gitText } from './run-git.js';

export interface Repository {
  /** Absolute path of the work tree's top (or of the git directory for a bare repository). */
  root: string;
  /** Commits whose parents are not here (a shallow clone), empty otherwise. */
  shallowBoundary: string[];
  /** A partial clone: some objects may be missing and must not be fetched one by one. */
  partial: boolean;
}

export function openRepository(path: string): Repository {
  const dir = resolve(path);
  let isDirectory = false;
  try {
    isDirectory = statSync(dir).isDirectory();
  } catch {
    throw new GitError(`${path}: no such directory`);
  }
  if (!isDirectory) throw new GitError(`${path}: not a directory (--git and --staged take the repository's folder)`);
  let inside: string;
  try {
    inside = gitText(dir, ['rev-parse', '--is-inside-work-tree', '--is-bare-repository']);
  } catch (error) {
    if ((error as Error).name === 'GitError') throw new GitError(`${path}: not a git repository (${(error as Error).message.replace(/^git rev-parse: /, '')})`);
    throw error;
  }
  const bare = inside.split('\n')[1] === 'true';
  const root = bare ? resolve(dir, gitText(dir, ['rev-parse', '--git-dir'])) : gitText(dir, ['rev-parse', '--show-toplevel']);
  const shallow = gitText(dir, ['rev-parse', '--is-shallow-repository']) === 'true';
  const shallowBoundary = shallow ? readShallowFile(dir) : [];
  // A partial clone names its promisor remote: `extensions.partialClone` (older gits) or
  // `remote.<name>.promisor = true` (git 2.x clones with --filter).
  // https://git-scm.com/docs/partial-clone#_design_details
  let partial = false;
  try {
    const settings = gitText(dir, ['config', '--get-regexp', '^(extensions\\.partialclone|remote\\..*\\.promisor)$']);
    partial = settings.split('\n').some((line) => /^extensions\.partialclone \S/i.test(line) || /^remote\..*\.promisor true$/i.test(line));
  } catch {
    partial = false; // `git config --get-regexp` exits 1 when nothing matches
  }
  return { root, shallowBoundary, partial };
}

/** The shallow boundary commits (`.git/shallow`), through git so that worktrees and GIT_DIR are honoured. */
function readShallowFile(dir: string): string[] {
  const file = gitText(dir, ['rev-parse', '--git-path', 'shallow']);
  try {
    return readFileSync(resolve(dir, file), 'utf8').split('\n').filter(Boolean);
  } catch {
    return [];
  }
}
