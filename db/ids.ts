import { randomFillSync } from 'node:crypto';

/**
 * Record ids: UUID version 7 (RFC 9562), laid out as the `uuid` package's `v7()` lays them out —
 * 48 bits of Unix milliseconds, then a 32-bit counter seeded at random each millisecond and
 * bumped within it (so ids made in one millisecond still sort in the order they were made), then
 * random bits. The random bytes come from a pool filled a few kilobytes at a time: `v7()` asks
 * Web Crypto for 16 bytes per id, ~8 µs each, and a save makes several ids.
 */
const HEX = Array.from({ length: 256 }, (_, i) => (i + 0x100).toString(16).slice(1));
/** Bytes an id takes from the pool: four seed the counter, six are the id's random tail. */
const TAKEN = 10;
const pool = new Uint8Array(TAKEN * 400);
let at = pool.length;
let msecs = -Infinity;
let seq = 0;

export function newUuidV7(): string {
  if (at + TAKEN > pool.length) {
    randomFillSync(pool);
    at = 0;
  }
  const r = pool;
  const o = at;
  at += TAKEN;
  const now = Date.now();
  if (now > msecs) {
    seq = ((r[o]! & 0x7f) << 24) | (r[o + 1]! << 16) | (r[o + 2]! << 8) | r[o + 3]!;
    msecs = now;
  } else {
    // Same millisecond (or the clock stepped back): count on; a wrapped counter borrows the next millisecond.
    seq = (seq + 1) | 0;
    if (seq === 0) msecs++;
  }
  const m = msecs;
  return `${HEX[(m / 0x10000000000) & 0xff]}${HEX[(m / 0x100000000) & 0xff]}${HEX[(m / 0x1000000) & 0xff]}${HEX[(m / 0x10000) & 0xff]}-${
    HEX[(m / 0x100) & 0xff]}${HEX[m & 0xff]}-${HEX[0x70 | ((seq >>> 28) & 0x0f)]}${HEX[(seq >>> 20) & 0xff]}-${
    HEX[0x80 | ((seq >>> 14) & 0x3f)]}${HEX[(seq >>> 6) & 0xff]}-${HEX[((seq << 2) & 0xff) | (r[o + 4]! & 0x03)]}${
    HEX[r[o + 5]!]}${HEX[r[o + 6]!]}${HEX[r[o + 7]!]}${HEX[r[o + 8]!]}${HEX[r[o + 9]!]}`;
}
