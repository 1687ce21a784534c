/** A minimal DER reader: enough of X.690 to walk PKCS#12 containers. Throws on malformed input. */
export interface Tlv {
  tag: number;
  /** The value bytes (a view, not a copy). */
  value: Uint8Array;
  /** Offset just past this element in the parent buffer. */
  end: number;
}

export function readTlv(bytes: Uint8Array, offset = 0): Tlv {
  const tag = bytes[offset];
  let lengthByte = bytes[offset + 1];
  if (tag === undefined || lengthByte === undefined) throw new Error('truncated DER element');
  let cursor = offset + 2;
  let length = lengthByte;
  if (lengthByte & 0x80) {
    const count = lengthByte & 0x7f;
    if (count === 0 || count > 4) throw new Error('unsupported DER length');
    length = 0;
    for (let i = 0; i < count; i++) {
      lengthByte = bytes[cursor++];
      if (lengthByte === undefined) throw new Error('truncated DER length');
      length = length * 256 + lengthByte;
    }
  }
  const end = cursor + length;
  if (end > bytes.length) throw new Error('DER element runs past the end');
  return { tag, value: bytes.subarray(cursor, end), end };
}

/** The elements of a constructed value, in order. */
export function children(value: Uint8Array): Tlv[] {
  const out: Tlv[] = [];
  for (let offset = 0; offset < value.length; offset = out[out.length - 1]!.end) out.push(readTlv(value, offset));
  return out;
}

export function oid(value: Uint8Array): string {
  const parts = [Math.floor(value[0]! / 40), value[0]! % 40];
  let n = 0;
  for (let i = 1; i < value.length; i++) {
    n = n * 128 + (value[i]! & 0x7f);
    if (!(value[i]! & 0x80)) {
      parts.push(n);
      n = 0;
    }
  }
  return parts.join('.');
}

export function integer(value: Uint8Array): number {
  let n = 0;
  for (const byte of value) n = n * 256 + byte;
  return n;
}
