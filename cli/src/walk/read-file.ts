import { readFile } from 'node:fs/promises';

export type ReadResult =
  | { kind: 'text'; text: string; bytes: number; notice?: string }
  | { kind: 'binary'; buffer: Uint8Array; bytes: number }
  | { kind: 'skipped'; reason: string; bytes: number };

const BINARY_SNIFF = 8000;

/** Reads a file for scanning: binary files come back as bytes (only keystores are scanned), invalid UTF-8 is scanned with replacement characters (and said). */
export async function readForScan(path: string, maxBytes: number, size: number): Promise<ReadResult> {
  if (size > maxBytes) return { kind: 'skipped', reason: `larger than --max-file-size (${formatBytes(size)} > ${formatBytes(maxBytes)})`, bytes: size };
  const buffer = await readFile(path);
  const sniff = buffer.subarray(0, BINARY_SNIFF);
  if (sniff.includes(0)) return { kind: 'binary', buffer, bytes: buffer.length };
  try {
    return { kind: 'text', text: new TextDecoder('utf-8', { fatal: true }).decode(buffer), bytes: buffer.length };
  } catch {
    return {
      kind: 'text',
      text: new TextDecoder('utf-8').decode(buffer),
      bytes: buffer.length,
      notice: 'invalid UTF-8: scanned with replacement characters',
    };
  }
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} B`;
}
