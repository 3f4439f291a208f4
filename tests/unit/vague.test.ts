import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCalendarDate } from '../../core/dates.ts';
import { normalisePhrase, proposeWindow } from '../../core/vague.ts';

/** The Moscow meeting of the seed story: a Monday. */
const MOSCOW = '2025-06-23';

type Case = [phrase: string, reference: string, from: string, to: string];

function expectWindow([phrase, reference, from, to]: Case): void {
  expect(proposeWindow(phrase, reference), `${phrase} @ ${reference}`).toEqual({ from, to });
}

describe('proposeWindow reads the phrases named in the brief, in French and English', () => {
  const cases: Case[] = [
    ['dans les prochaines semaines', MOSCOW, '2025-06-24', '2025-08-04'],
    ['in the coming weeks', MOSCOW, '2025-06-24', '2025-08-04'],
    ['dans les prochains jours', MOSCOW, '2025-06-24', '2025-06-30'],
    ['in the coming days', MOSCOW, '2025-06-24', '2025-06-30'],
    ['le mois prochain', MOSCOW, '2025-07-01', '2025-07-31'],
    ['next month', MOSCOW, '2025-07-01', '2025-07-31'],
    ["d'ici fin juillet", MOSCOW, '2025-06-24', '2025-07-31'],
    ['by the end of July', MOSCOW, '2025-06-24', '2025-07-31'],
    ["avant la fin de l'année", MOSCOW, '2025-06-24', '2025-12-31'],
    ['before the end of the year', MOSCOW, '2025-06-24', '2025-12-31'],
    ["d'ici deux mois", MOSCOW, '2025-06-24', '2025-08-23'],
    ['within two months', MOSCOW, '2025-06-24', '2025-08-23'],
    ["à l'automne", MOSCOW, '2025-09-01', '2025-11-30'],
    ['in the autumn', MOSCOW, '2025-09-01', '2025-11-30'],
    ['au cours du premier trimestre', MOSCOW, '2026-01-01', '2026-03-31'],
    ['in the first quarter', MOSCOW, '2026-01-01', '2026-03-31'],
    ['la semaine prochaine', MOSCOW, '2025-06-30', '2025-07-06'],
    ['next week', MOSCOW, '2025-06-30', '2025-07-06'],
    ['prochainement', MOSCOW, '2025-06-24', '2025-07-23'],
    ['soon', MOSCOW, '2025-06-24', '2025-07-23'],
  ];
  it.each(cases)('reads "%s" on %s as %s → %s', (phrase, reference, from, to) => expectWindow([phrase, reference, from, to]));
});

describe('proposeWindow is tolerant of how the phrase is typed', () => {
  it.each([
    'Dans les prochaines semaines',
    'DANS LES PROCHAINES SEMAINES',
    'dans les prochaines semaines.',
    '  dans   les prochaines   semaines ',
    'Consultations politiques à Bamako dans les prochaines semaines',
  ])('reads "%s" like the plain phrase', (phrase) => {
    expectWindow([phrase, MOSCOW, '2025-06-24', '2025-08-04']);
  });

  it.each(["d'ici fin juillet", 'd’ici fin juillet', 'D’ICI FIN JUILLET', 'd ici fin juillet', "d'ici à fin juillet", "jusqu'à fin juillet", "d'ici la fin du mois de juillet"])(
    'reads the apostrophe and accent variant "%s" as by the end of July',
    (phrase) => expectWindow([phrase, MOSCOW, '2025-06-24', '2025-07-31']),
  );

  it.each(["avant la fin de l'annee", 'avant la fin de l’année', 'AVANT LA FIN DE L’ANNÉE', "d'ici la fin de l'année", 'by year end', 'by the end of this year'])(
    'reads "%s" as the end of the year',
    (phrase) => expectWindow([phrase, MOSCOW, '2025-06-24', '2025-12-31']),
  );

  it.each(["a l'automne", 'À L’AUTOMNE', "à l'automne", 'in the fall', 'in autumn', 'cet automne'])('reads "%s" as the coming autumn', (phrase) =>
    expectWindow([phrase, MOSCOW, '2025-09-01', '2025-11-30']),
  );
});

describe('proposeWindow at month ends and in leap years', () => {
  it.each<Case>([
    ['next month', '2024-01-31', '2024-02-01', '2024-02-29'],
    ['le mois prochain', '2025-01-31', '2025-02-01', '2025-02-28'],
    ['le mois prochain', '2025-12-15', '2026-01-01', '2026-01-31'],
    ["d'ici deux mois", '2023-12-31', '2024-01-01', '2024-02-29'],
    ["d'ici deux mois", '2024-12-31', '2025-01-01', '2025-02-28'],
    ['within a month', '2025-01-31', '2025-02-01', '2025-02-28'],
    ['within a month', '2024-01-30', '2024-01-31', '2024-02-29'],
    ["d'ici un an", '2024-02-29', '2024-03-01', '2025-02-28'],
    ['by the end of February', '2027-11-10', '2027-11-11', '2028-02-29'],
    ['by the end of February', '2026-11-10', '2026-11-11', '2027-02-28'],
    ["d'ici la fin du mois", '2024-02-10', '2024-02-11', '2024-02-29'],
    ["d'ici la fin du mois", '2023-02-10', '2023-02-11', '2023-02-28'],
    ['dans les prochains jours', '2024-02-28', '2024-02-29', '2024-03-06'],
    ['in the coming weeks', '2024-12-31', '2025-01-01', '2025-02-11'],
    ['cet hiver', '2023-10-01', '2023-12-01', '2024-02-29'],
    ['in the winter', '2024-01-10', '2024-01-11', '2024-02-29'],
    ['in the winter', '2025-01-10', '2025-01-11', '2025-02-28'],
    ['avant le 29 février', '2027-06-01', '2027-06-02', '2028-02-29'],
    ['next week', '2025-12-29', '2026-01-05', '2026-01-11'],
    ['la semaine prochaine', '2024-02-25', '2024-02-26', '2024-03-03'],
  ])('reads "%s" on %s as %s → %s', (phrase, reference, from, to) => expectWindow([phrase, reference, from, to]));

  it('gives no window for a day that does not exist in the year meant', () => {
    expect(proposeWindow('avant le 29 février', '2025-06-01')).toBeNull();
    expect(proposeWindow('by 31 June', MOSCOW)).toBeNull();
  });
});

describe('proposeWindow finds the next occurrence of a named period', () => {
  it.each<Case>([
    ["d'ici fin juillet", '2025-07-15', '2025-07-16', '2025-07-31'],
    ["d'ici fin juillet", '2025-08-01', '2025-08-02', '2026-07-31'],
    ['by the end of July 2026', MOSCOW, '2025-06-24', '2026-07-31'],
    ['in the autumn', '2025-10-15', '2025-10-16', '2025-11-30'],
    ['in the autumn', '2025-12-01', '2026-09-01', '2026-11-30'],
    ["l'automne prochain", '2025-10-15', '2026-09-01', '2026-11-30'],
    ["l'automne prochain", MOSCOW, '2025-09-01', '2025-11-30'],
    ['au printemps 2027', MOSCOW, '2027-03-01', '2027-05-31'],
    ['in the first quarter', '2026-02-10', '2026-02-11', '2026-03-31'],
    ['au cours du premier trimestre', '2025-03-31', '2026-01-01', '2026-03-31'],
    ['T1 2027', MOSCOW, '2027-01-01', '2027-03-31'],
    ['au troisième trimestre', MOSCOW, '2025-07-01', '2025-09-30'],
    ['Q4', MOSCOW, '2025-10-01', '2025-12-31'],
    ['au second semestre', MOSCOW, '2025-07-01', '2025-12-31'],
    ['by 15 July', MOSCOW, '2025-06-24', '2025-07-15'],
    ['by July 15th', MOSCOW, '2025-06-24', '2025-07-15'],
    ['au plus tard le 1er septembre', MOSCOW, '2025-06-24', '2025-09-01'],
    ['avant le 15 juillet', '2025-07-20', '2025-07-21', '2026-07-15'],
    ['en septembre', MOSCOW, '2025-09-01', '2025-09-30'],
    ['début septembre', MOSCOW, '2025-09-01', '2025-09-10'],
    ['mi-juillet', MOSCOW, '2025-07-10', '2025-07-20'],
    ['fin juillet', MOSCOW, '2025-07-21', '2025-07-31'],
    ['en juin', MOSCOW, '2025-06-24', '2025-06-30'],
    ['in May', MOSCOW, '2026-05-01', '2026-05-31'],
    ['in July 2026', MOSCOW, '2026-07-01', '2026-07-31'],
    ["l'année prochaine", MOSCOW, '2026-01-01', '2026-12-31'],
    ['next year', '2024-02-29', '2025-01-01', '2025-12-31'],
  ])('reads "%s" on %s as %s → %s', (phrase, reference, from, to) => expectWindow([phrase, reference, from, to]));
});

describe('proposeWindow reads counted spans', () => {
  it.each<Case>([
    ['dans les trois prochaines semaines', MOSCOW, '2025-06-24', '2025-07-14'],
    ['in the next 10 days', MOSCOW, '2025-06-24', '2025-07-03'],
    ['within 3 weeks', MOSCOW, '2025-06-24', '2025-07-14'],
    ["d'ici quinze jours", MOSCOW, '2025-06-24', '2025-07-08'],
    ['sous huitaine', MOSCOW, '2025-06-24', '2025-07-01'],
    ['within a fortnight', MOSCOW, '2025-06-24', '2025-07-08'],
    ['dans les prochains mois', MOSCOW, '2025-06-24', '2025-09-23'],
    ['in the next few weeks', MOSCOW, '2025-06-24', '2025-08-04'],
    ["d'ici quelques jours", MOSCOW, '2025-06-24', '2025-06-30'],
  ])('reads "%s" on %s as %s → %s', (phrase, reference, from, to) => expectWindow([phrase, reference, from, to]));

  it('reads "dans deux semaines" as a few days either side of that point, not everything until then', () => {
    expectWindow(['dans deux semaines', MOSCOW, '2025-07-04', '2025-07-10']);
    expectWindow(['in two weeks', MOSCOW, '2025-07-04', '2025-07-10']);
  });

  it('never starts a point window before tomorrow', () => {
    expectWindow(['in 1 day', MOSCOW, '2025-06-24', '2025-06-25']);
  });
});

describe('proposeWindow at the very end of a period', () => {
  it('collapses "by the end of July" said on 31 July to that day', () => {
    expectWindow(["d'ici fin juillet", '2025-07-31', '2025-07-31', '2025-07-31']);
  });

  it('collapses "before the end of the year" said on 31 December to that day', () => {
    expectWindow(["avant la fin de l'année", '2025-12-31', '2025-12-31', '2025-12-31']);
  });

  it('reads "next month" said on 31 December as January of the next year', () => {
    expectWindow(['next month', '2025-12-31', '2026-01-01', '2026-01-31']);
  });
});

describe('proposeWindow declines what it cannot read', () => {
  it.each(['', '   ', 'réunion à Bamako', 'le projet a été reporté', 'talks may fall through', 'mars', 'à confirmer', 'dans deux trucs'])(
    'returns null for "%s"',
    (phrase) => {
      expect(proposeWindow(phrase, MOSCOW)).toBeNull();
    },
  );

  it('returns null when the reference is not a calendar date', () => {
    expect(proposeWindow('next month', '2025-02-30')).toBeNull();
    expect(proposeWindow('next month', '23/06/2025')).toBeNull();
  });
});

describe('normalisePhrase', () => {
  it('folds accents, case, curly apostrophes, hyphens and punctuation to single spaces', () => {
    expect(normalisePhrase('  D’ici fin-Juillet, ÉTÉ ! ')).toBe('d ici fin juillet ete');
  });
});

describe('proposeWindow always gives a usable window', () => {
  const phrases = [
    'dans les prochaines semaines', 'in the coming days', 'le mois prochain', "d'ici fin juillet", 'by the end of February',
    "avant la fin de l'année", "d'ici deux mois", "à l'automne", 'cet hiver', 'au cours du premier trimestre', 'S2',
    'la semaine prochaine', 'prochainement', 'in two weeks', 'avant le 15 juillet', 'en mai', 'fin décembre', "l'été prochain",
  ];
  const reference = fc
    .date({ min: new Date(1950, 0, 1), max: new Date(2100, 11, 31), noInvalidDate: true })
    .map((d) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`);

  it('returns calendar dates with from ≤ to and never ending before the reference', () => {
    fc.assert(
      fc.property(fc.constantFrom(...phrases), reference, (phrase, ref) => {
        const w = proposeWindow(phrase, ref);
        expect(w).not.toBeNull();
        if (!w) return;
        expect(isCalendarDate(w.from) && isCalendarDate(w.to)).toBe(true);
        expect(w.from <= w.to).toBe(true);
        expect(w.to >= ref).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
