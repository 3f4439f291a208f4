import { randomFillSync } from 'node:crypto';
import { v7 } from 'uuid';

/**
 * Record ids: UUID version 7, made by the `uuid` package. Called bare, `v7()` asks Web Crypto for
 * 16 fresh bytes per id (~8 µs, several per save); here its random bytes come from a pool filled
 * a few kilobytes at a time (~0.7 µs an id). Passing them turns off `v7()`'s own clock-and-counter
 * state, so it is kept here as the package keeps it: a counter seeded at random each millisecond
 * and bumped within it, so ids made in one millisecond still sort in the order they were made.
 */
const BYTES = 16;
const pool = new Uint8Array(BYTES * 256);
let at = pool.length;
let msecs = -Infinity;
let seq = 0;

export function newUuidV7(): string {
  if (at === pool.length) {
    randomFillSync(pool);
    at = 0;
  }
  const random = pool.subarray(at, (at += BYTES));
  const now = Date.now();
  if (now > msecs) {
    msecs = now;
    seq = ((random[6]! & 0x7f) << 24) | (random[7]! << 16) | (random[8]! << 8) | random[9]!;
  } else {
    // Same millisecond (or the clock stepped back): count on; a wrapped counter borrows the next millisecond.
    seq = (seq + 1) | 0;
    if (seq === 0) msecs++;
  }
  return v7({ random, msecs, seq });
}
