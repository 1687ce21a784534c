import { crc32 } from '@secret-hygiene/core';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** A GitHub classic PAT with a valid checksum, made from the given 30 random characters. */
export function makeGithubPat(random30: string): string {
  let n = crc32(random30);
  let sum = '';
  while (n > 0) {
    sum = BASE62[n % 62] + sum;
    n = Math.floor(n / 62);
  }
  return `ghp_${random30}${sum.padStart(6, '0')}`;
}

/** Writes a file tree into a fresh temp dir and returns its path. */
export function tree(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(join(tmpdir(), 'sh-cli-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(root, dirname(path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}
