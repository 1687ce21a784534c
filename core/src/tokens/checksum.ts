/**
 * CRC32 checksums embedded in GitHub and npm tokens: the last 6 characters are the CRC32 of the
 * preceding payload, base62-encoded and left-padded with '0'.
 * Source: https://github.blog/engineering/platform-security/behind-githubs-new-authentication-token-formats/
 */
const TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(text: string): number {
  let crc = 0xffffffff;
  for (let i = 0; i < text.length; i++) crc = TABLE[(crc ^ text.charCodeAt(i)) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

export function base62(value: number, width: number): string {
  let out = '';
  let n = value;
  while (n > 0) {
    out = BASE62[n % 62] + out;
    n = Math.floor(n / 62);
  }
  return out.padStart(width, '0');
}

/** `ghp_<30 random><6 checksum>`: the checksum covers the random part only. */
export function hasValidCrc32Suffix(token: string, prefixLength: number): boolean {
  const body = token.slice(prefixLength);
  if (body.length <= 6) return false;
  const payload = body.slice(0, -6);
  return base62(crc32(payload), 6) === body.slice(-6);
}
