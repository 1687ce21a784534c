/**
 * SHA-1 (FIPS 180-4) and HMAC (RFC 2104), synchronous and pure: PKCS#12 integrity checks need them and
 * the core cannot use node:crypto or the async Web Crypto API. Never used to protect anything.
 */
import { mdPad, sha256 } from '../engine/hash.js';
import { sha384, sha512 } from './sha512.js';

export type Hash = { digest: (bytes: Uint8Array) => Uint8Array; size: number; block: number };

const rotl = (x: number, n: number) => (x << n) | (x >>> (32 - n));

export function sha1(bytes: Uint8Array): Uint8Array {
  const { padded, view } = mdPad(bytes, 64, 8);
  const h = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0];
  const w = new Uint32Array(80);
  for (let offset = 0; offset < padded.length; offset += 64) {
    for (let i = 0; i < 16; i++) w[i] = view.getUint32(offset + i * 4);
    for (let i = 16; i < 80; i++) w[i] = rotl(w[i - 3]! ^ w[i - 8]! ^ w[i - 14]! ^ w[i - 16]!, 1);
    let [a, b, c, d, e] = h as [number, number, number, number, number];
    for (let i = 0; i < 80; i++) {
      const [f, k] =
        i < 20 ? [(b & c) | (~b & d), 0x5a827999] : i < 40 ? [b ^ c ^ d, 0x6ed9eba1] : i < 60 ? [(b & c) | (b & d) | (c & d), 0x8f1bbcdc] : [b ^ c ^ d, 0xca62c1d6];
      const t = (rotl(a, 5) + f + e + k + w[i]!) >>> 0;
      e = d;
      d = c;
      c = rotl(b, 30) >>> 0;
      b = a;
      a = t;
    }
    h[0] = (h[0]! + a) >>> 0;
    h[1] = (h[1]! + b) >>> 0;
    h[2] = (h[2]! + c) >>> 0;
    h[3] = (h[3]! + d) >>> 0;
    h[4] = (h[4]! + e) >>> 0;
  }
  const out = new Uint8Array(20);
  const outView = new DataView(out.buffer);
  h.forEach((word, i) => outView.setUint32(i * 4, word));
  return out;
}

export const SHA1: Hash = { digest: sha1, size: 20, block: 64 };
export const SHA256: Hash = { digest: sha256, size: 32, block: 64 };
export const SHA384: Hash = { digest: sha384, size: 48, block: 128 };
export const SHA512: Hash = { digest: sha512, size: 64, block: 128 };

export function hmac(hash: Hash, key: Uint8Array, data: Uint8Array): Uint8Array {
  const k = new Uint8Array(hash.block);
  k.set(key.length > hash.block ? hash.digest(key) : key);
  const inner = new Uint8Array(hash.block + data.length);
  const outer = new Uint8Array(hash.block + hash.size);
  for (let i = 0; i < hash.block; i++) {
    inner[i] = k[i]! ^ 0x36;
    outer[i] = k[i]! ^ 0x5c;
  }
  inner.set(data, hash.block);
  outer.set(hash.digest(inner), hash.block);
  return hash.digest(outer);
}
