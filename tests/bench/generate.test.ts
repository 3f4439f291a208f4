import { describe, expect, it } from 'vitest';
import { generateDataset, toCreateInput, toExportFile } from '../../bench/generate.ts';
import { createRng } from '../../bench/prng.ts';
import { inputs } from '../../core/contract.ts';
import { isCountryCode } from '../../core/countries.ts';
import { EVENT_KIND_IDS } from '../../core/taxonomy.ts';

const data = generateDataset(200);
const ACCENTED = /[àâäçéèêëîïôöùûüÿœæñ]/i;

describe('the benchmark generator', () => {
  it('gives the same numbers for the same seed and different ones for another', () => {
    const a = createRng(7);
    const b = createRng(7);
    const seqA = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(seqA);
    expect(Array.from({ length: 5 }, () => createRng(8).next())).not.toEqual(seqA);
  });

  it('generates the same diary for the same seed', () => {
    expect(generateDataset(200)).toEqual(data);
    expect(generateDataset(50, 1).events[0]!.input.title).not.toBe(generateDataset(50, 2).events[0]!.input.title);
  });

  it('is a prefix: the first 100 of 200 events are the 100 events of a smaller run', () => {
    expect(generateDataset(100).events).toEqual(data.events.slice(0, 100));
  });

  it('uses every kind of event from the taxonomy', () => {
    expect(new Set(data.events.map((e) => e.input.kind))).toEqual(new Set(EVENT_KIND_IDS));
  });

  it('gives every event 2 to 8 participants and valid ISO country codes', () => {
    for (const e of data.events) {
      expect(e.input.people.length).toBeGreaterThanOrEqual(2);
      expect(e.input.people.length).toBeLessThanOrEqual(8);
      expect(e.input.countries!.every((c) => isCountryCode(c))).toBe(true);
    }
  });

  it('writes French and English text with accents, names included', () => {
    expect(new Set(data.events.map((e) => e.lang))).toEqual(new Set(['fr', 'en']));
    expect(data.events.filter((e) => ACCENTED.test(e.input.summary ?? '')).length).toBeGreaterThan(50);
    expect(data.people.filter((p) => ACCENTED.test(p.name)).length).toBeGreaterThan(100);
  });

  it('refers to organisations by acronym and has follow-ups due on dates and within windows', () => {
    expect(data.events.some((e) => e.input.organisations!.includes('CEDEAO') || e.input.organisations!.includes('ECOWAS'))).toBe(true);
    const followUps = data.events.flatMap((e) => e.followUps);
    expect(followUps.some((f) => f.due)).toBe(true);
    expect(followUps.some((f) => f.window && f.wording)).toBe(true);
    expect(new Set(followUps.map((f) => f.status))).toEqual(new Set(['open', 'done', 'cancelled']));
  });

  it('spreads events over about thirty years, with a few ahead of today', () => {
    const years = data.events.map((e) => Number(String(e.input.date).slice(0, 4)));
    expect(Math.max(...years) - Math.min(...years)).toBeGreaterThanOrEqual(25);
    expect(data.events.some((e) => String(e.input.date).length < 10)).toBe(true);
  });

  it('produces input the API accepts, both as events.create and as a data.import file', () => {
    for (const e of data.events) {
      const parsed = inputs['events.create'].safeParse(toCreateInput(e));
      expect(parsed.error?.issues ?? []).toEqual([]);
    }
    const file = inputs['data.import'].safeParse(toExportFile(data));
    expect(file.error?.issues.slice(0, 3) ?? []).toEqual([]);
  });
});
