// The toolbar icon, drawn at build time (no binary assets in the repository): a white padlock on a
// blue rounded square, written as RGBA PNG with node:zlib.
import { deflateSync } from 'node:zlib';
import { crc32 } from './zip.mjs';

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) raw.set(pixel(x, y), y * (size * 4 + 1) + 1 + x * 4);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

/** Coverage of a pixel by the shape, 4×4 supersampled, in the unit square. */
function coverage(x, y, size, inside) {
  let hits = 0;
  for (let i = 0; i < 4; i++) for (let j = 0; j < 4; j++) if (inside((x + (i + 0.5) / 4) / size, (y + (j + 0.5) / 4) / size)) hits++;
  return hits / 16;
}

const square = (u, v) => {
  const r = 0.2;
  const dx = Math.max(0, Math.abs(u - 0.5) - (0.5 - r));
  const dy = Math.max(0, Math.abs(v - 0.5) - (0.5 - r));
  return dx * dx + dy * dy <= r * r;
};
const lock = (u, v) => {
  const body = u >= 0.24 && u <= 0.76 && v >= 0.46 && v <= 0.82;
  const d = Math.hypot(u - 0.5, v - 0.46);
  const shackle = v <= 0.46 && d >= 0.12 && d <= 0.2;
  const legs = v > 0.4 && v <= 0.48 && ((u >= 0.3 && u <= 0.38) || (u >= 0.62 && u <= 0.7));
  const keyhole = Math.hypot(u - 0.5, v - 0.6) <= 0.05 || (Math.abs(u - 0.5) <= 0.022 && v >= 0.6 && v <= 0.72);
  return (body || shackle || legs) && !keyhole;
};

export function iconPng(size) {
  return png(size, (x, y) => {
    const bg = coverage(x, y, size, square);
    const fg = coverage(x, y, size, lock);
    const [r, g, b] = [11, 87, 208].map((c) => Math.round(c * (1 - fg) + 255 * fg));
    return [r, g, b, Math.round(255 * Math.max(bg, fg))];
  });
}
