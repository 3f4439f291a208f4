/** Property: for any store built from valid inputs, export → import → export gives the same document. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ExportDocument } from '../../core/export-format.ts';
import { openTestStore } from '../helpers/store.ts';
import { eventInput } from './arbitraries.ts';

const withoutStamp = (doc: ExportDocument) => ({ ...doc, exportedAt: undefined });

describe('JSON export', () => {
  it('round-trips any store made of valid events', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(fc.array(eventInput, { minLength: 1, maxLength: 6 }), (inputs) => {
        const source = openTestStore();
        const target = openTestStore({ now: '2030-01-01T00:00:00.000Z' });
        try {
          for (const input of inputs) {
            const r = source.store.dispatch('events.create', input);
            // A valid input may still be refused for a reason (say, a duplicate); never for a crash.
            if (!r.ok) expect(r.error.code, r.error.message).not.toBe('internal');
          }
          const first = source.call('data.export');
          const text = JSON.parse(JSON.stringify(first)) as ExportDocument;
          target.call('data.import', text);
          expect(withoutStamp(target.call('data.export'))).toEqual(withoutStamp(first));
        } finally {
          source.cleanup();
          target.cleanup();
        }
      }),
      { numRuns: 25 },
    );
  });
});
