/** Record ids: UUID v7 in the `uuid` package's layout, in the order they were made. */
import { describe, expect, it } from 'vitest';
import { id } from '../../core/schemas.ts';
import { newUuidV7 } from '../../db/ids.ts';

const V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('newUuidV7', () => {
  it('makes version-7, RFC 9562 variant ids the API accepts as they are', () => {
    for (let i = 0; i < 2_000; i++) {
      const x = newUuidV7();
      expect(x).toMatch(V7);
      expect(id.parse(x)).toBe(x);
    }
  });

  it('stamps the current millisecond in the first 48 bits', () => {
    const before = Date.now();
    const x = newUuidV7();
    const after = Date.now();
    const ms = parseInt(x.slice(0, 8) + x.slice(9, 13), 16);
    // A burst may have borrowed a millisecond ahead (a counter wrap), never more.
    expect(ms).toBeGreaterThanOrEqual(before);
    expect(ms).toBeLessThanOrEqual(after + 1);
  });

  it('sorts in the order made, within a millisecond and across pool refills, and never repeats', () => {
    // Far more ids than the random pool holds, most of them within one millisecond of another.
    const ids = Array.from({ length: 20_000 }, newUuidV7);
    for (let i = 1; i < ids.length; i++) expect(ids[i]! > ids[i - 1]!).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
