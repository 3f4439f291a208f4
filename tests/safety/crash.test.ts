/** Killing the app mid-write loses nothing it acknowledged and leaves nothing half-written. */
import { describe, expect, it } from 'vitest';
import { runCrash } from '../../scripts/crash/harness.ts';

describe('crash safety', () => {
  // Each iteration starts a fresh writer process; most of the time is its module loading.
  it('keeps every acknowledged write through 50 SIGKILLs, with an intact file and search index', { timeout: 600_000 }, async () => {
    const report = await runCrash({ iterations: 50 });
    expect(report.failures, `seed ${report.seed}`).toEqual([]);
    expect(report).toMatchObject({ iterations: 50, lost: 0, corrupt: 0 });
    expect(report.acknowledged).toBeGreaterThan(0);
  });
});
