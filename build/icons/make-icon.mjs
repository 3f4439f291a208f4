// Draws Chancery's app icon (a gold "C" ring on a navy rounded square) as a 512x512 PNG,
// with nothing but node:zlib, so the icon can be regenerated offline: `node build/icons/make-icon.mjs`.
import { writeFileSync } from 'node:fs';
import { deflateSync, crc32 } from 'node:zlib';

const SIZE = 512;
const SAMPLES = 4; // per axis: edges are anti-aliased by supersampling
const NAVY = [22, 42, 82];
const GOLD = [214, 170, 72];

function inRoundedSquare(x, y) {
  const r = 96;
  const m = 16;
  const cx = Math.min(Math.max(x, m + r), SIZE - m - r);
  const cy = Math.min(Math.max(y, m + r), SIZE - m - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r && x >= m && x <= SIZE - m && y >= m && y <= SIZE - m;
}

function inC(x, y) {
  const dx = x - SIZE / 2;
  const dy = y - SIZE / 2;
  const d = Math.hypot(dx, dy);
  const angle = Math.abs(Math.atan2(dy, dx));
  return d >= 120 && d <= 176 && angle > Math.PI / 4;
}

function pixel(px, py) {
  let bg = 0;
  let fg = 0;
  for (let i = 0; i < SAMPLES; i += 1) {
    for (let j = 0; j < SAMPLES; j += 1) {
      const x = px + (i + 0.5) / SAMPLES;
      const y = py + (j + 0.5) / SAMPLES;
      if (inRoundedSquare(x, y)) {
        if (inC(x, y)) fg += 1;
        else bg += 1;
      }
    }
  }
  const n = SAMPLES * SAMPLES;
  const cover = bg + fg;
  if (cover === 0) return [0, 0, 0, 0];
  const mix = (k) => Math.round((NAVY[k] * bg + GOLD[k] * fg) / cover);
  return [mix(0), mix(1), mix(2), Math.round((255 * cover) / n)];
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

const rows = Buffer.alloc(SIZE * (1 + SIZE * 4));
for (let y = 0; y < SIZE; y += 1) {
  const base = y * (1 + SIZE * 4);
  rows[base] = 0; // filter: none
  for (let x = 0; x < SIZE; x += 1) Buffer.from(pixel(x, y)).copy(rows, base + 1 + x * 4);
}
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(SIZE, 0);
ihdr.writeUInt32BE(SIZE, 4);
ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', ihdr),
  chunk('IDAT', deflateSync(rows, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
writeFileSync(new URL('./icon.png', import.meta.url), png);
console.log(`build/icons/icon.png: ${png.length} bytes`);
