/**
 * Objects a partial clone does not have. Asking `cat-file` for one would make git fetch it from the
 * promisor remote, one fetch per blob (or fail offline); `rev-list --missing=print` lists them without
 * fetching anything, so they are skipped with a notice and the rest is scanned.
 * https://git-scm.com/docs/git-rev-list#Documentation/git-rev-list.txt---missingltmissing-actiongt
 */
import { startGit } from './run-git.js';

export async function listMissingObjects(cwd: string, revisions: string[]): Promise<Set<string>> {
  const { child, done } = startGit(cwd, ['rev-list', '--objects', '--no-object-names', '--missing=print', ...revisions, '--']);
  const missing = new Set<string>();
  let carry = '';
  child.stdout.on('data', (chunk: Buffer) => {
    const lines = (carry + chunk.toString('latin1')).split('\n');
    carry = lines.pop()!;
    for (const line of lines) if (line.startsWith('?')) missing.add(line.slice(1).trim());
  });
  await done;
  if (carry.startsWith('?')) missing.add(carry.slice(1).trim());
  return missing;
}
