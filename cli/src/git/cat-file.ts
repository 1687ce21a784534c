/**
 * Blob contents from ONE `git cat-file --batch` process: object ids in on stdin, `<id> <type> <size>\n
 * <content>\n` (or `<id> missing\n`) out on stdout, in request order.
 * https://git-scm.com/docs/git-cat-file#_batch_output
 */
import { startGit } from './run-git.js';

export type BlobRead =
  | { kind: 'content'; id: string; content: Buffer }
  /** Larger than the limit: the content streamed past without being kept. */
  | { kind: 'oversize'; id: string; size: number }
  | { kind: 'missing'; id: string }
  | { kind: 'not-blob'; id: string; type: string };

/**
 * Reads the given objects (ids or `:path` index entries without a newline in them) and hands each to
 * `onBlob` in order. When `onBlob` returns a promise, reading pauses until it settles: git's pipe fills
 * and git waits, so memory holds only what the consumer has not taken yet.
 */
export async function readBlobs(
  cwd: string,
  ids: Iterable<string>,
  maxBytes: number,
  onBlob: (read: BlobRead) => void | Promise<void>,
): Promise<void> {
  const { child, done } = startGit(cwd, ['cat-file', '--batch']);
  const writing = (async () => {
    for (const id of ids) {
      if (!child.stdin.write(`${id}\n`)) await new Promise<void>((resolve) => child.stdin.once('drain', resolve));
    }
    child.stdin.end();
  })();

  let header: Buffer[] = [];
  let body: { id: string; size: number; keep: boolean; parts: Buffer[]; got: number; type: string } | undefined;
  /** Bytes of the newline that ends a body still to skip. */
  let trailer = 0;
  for await (const data of child.stdout as AsyncIterable<Buffer>) {
    let chunk = data;
    while (chunk.length) {
      if (trailer) {
        chunk = chunk.subarray(1);
        trailer = 0;
        continue;
      }
      if (body) {
        const take = Math.min(body.size - body.got, chunk.length);
        if (body.keep) body.parts.push(chunk.subarray(0, take));
        body.got += take;
        chunk = chunk.subarray(take);
        if (body.got === body.size) {
          const finished = body;
          body = undefined;
          trailer = 1;
          const read: BlobRead =
            finished.type !== 'blob'
              ? { kind: 'not-blob', id: finished.id, type: finished.type }
              : finished.keep
                ? { kind: 'content', id: finished.id, content: Buffer.concat(finished.parts, finished.size) }
                : { kind: 'oversize', id: finished.id, size: finished.size };
          const wait = onBlob(read);
          if (wait) await wait;
        }
        continue;
      }
      const newline = chunk.indexOf(0x0a);
      if (newline === -1) {
        header.push(chunk);
        break;
      }
      const line = Buffer.concat([...header, chunk.subarray(0, newline)]).toString('utf8');
      header = [];
      chunk = chunk.subarray(newline + 1);
      const [id, type, size] = line.split(' ');
      if (type === 'missing' || type === 'ambiguous' || size === undefined) {
        const wait = onBlob({ kind: 'missing', id: id! });
        if (wait) await wait;
        continue;
      }
      const bytes = Number(size);
      body = { id: id!, size: bytes, keep: type === 'blob' && bytes <= maxBytes, parts: [], got: 0, type: type! };
      if (bytes === 0) {
        // An empty blob: no body bytes, only the trailing newline.
        const empty = body;
        body = undefined;
        trailer = 1;
        const wait = onBlob(empty.type === 'blob' ? { kind: 'content', id: empty.id, content: Buffer.alloc(0) } : { kind: 'not-blob', id: empty.id, type: empty.type });
        if (wait) await wait;
      }
    }
  }
  await writing;
  await done;
}
