/**
 * Which commit introduced each blob, from ONE `git log --raw` process over the range, oldest first.
 * Raw output is tree metadata (modes, object ids, status, path): git compares tree entries and never
 * reads a blob for it (rename detection is off), so it is cheap, and it works in a partial clone whose
 * blobs are missing. No patch text is parsed. https://git-scm.com/docs/git-log#_raw_output_format
 */
import { escapeNameBytes } from '../output/escape.js';
import { NulTokenizer } from './nul-tokens.js';
import { startGit } from './run-git.js';

export interface CommitInfo {
  sha: string;
  author: string;
  email: string;
  /** Author date, strict ISO 8601. */
  date: string;
}

/** One change to one path in one commit: the blob it holds after the commit (absent when deleted). */
export interface PathChange {
  commit: CommitInfo;
  /** Shown form of the path (escaped like every file name). */
  path: string;
  blob?: string;
  /** The blob the path held in the parent commit (absent when the path is new there or was a submodule). */
  previous?: string;
  /** A submodule commit (mode 160000), not a blob. */
  gitlink: boolean;
}

const COMMIT_MARK = 0x01;
const ZERO_ID = /^0+$/;

/**
 * Streams every change in the range, parents before children (`--topo-order --reverse`), so the first
 * time a blob is seen is its oldest introduction. `-m` diffs merges against each parent (a blob first
 * made in a merge is seen); `--root` shows a root commit's files as added.
 */
export async function readChanges(cwd: string, revisions: string[], onChange: (change: PathChange) => void): Promise<void> {
  const args = [
    '-c', 'core.quotePath=false', 'log', '--raw', '--no-abbrev', '-z', '--no-renames', '--no-ext-diff', '--no-textconv',
    '--root', '-m', '--topo-order', '--reverse', '--no-color', '--format=%x01%H%x00%an%x00%ae%x00%aI', ...revisions, '--',
  ];
  const { child, done } = startGit(cwd, args);
  const tokens = new NulTokenizer();
  let commit: CommitInfo | undefined;
  /** Header fields still to read (author, email, date), or the raw entry whose path comes next. */
  let header: string[] | undefined;
  let entry: { blob?: string; previous?: string; gitlink: boolean } | undefined;
  child.stdout.on('data', (chunk: Buffer) => {
    for (const token of tokens.push(chunk)) {
      if (entry) {
        // A path is a path whatever its first byte: it always follows its entry.
        onChange({ commit: commit!, path: escapeNameBytes(token), ...entry });
        entry = undefined;
        continue;
      }
      if (header) {
        header.push(token.toString('utf8'));
        if (header.length === 4) {
          commit = { sha: header[0]!, author: header[1]!, email: header[2]!, date: header[3]! };
          header = undefined;
        }
        continue;
      }
      if (token[0] === COMMIT_MARK) {
        header = [token.subarray(1).toString('latin1')];
        continue;
      }
      // `:oldmode newmode oldsha newsha status` (after a commit header, a newline comes first).
      const text = token.toString('latin1').replace(/^\n+/, '');
      if (!text.startsWith(':')) continue;
      const [oldMode, newMode, oldSha, newSha] = text.slice(1).split(' ');
      entry = {
        gitlink: newMode === '160000',
        ...(newSha && !ZERO_ID.test(newSha) ? { blob: newSha } : {}),
        ...(oldSha && oldMode !== '160000' && !ZERO_ID.test(oldSha) ? { previous: oldSha } : {}),
      };
    }
  });
  await done;
}
