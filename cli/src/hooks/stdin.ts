/** A hook input is a prompt or a tool call: far below this. More is not read (and then fails to parse). */
const STDIN_LIMIT = 16 * 1024 * 1024;

export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > STDIN_LIMIT) break;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}
