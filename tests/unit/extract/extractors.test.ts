import { describe, expect, test } from 'vitest';
import { findCountryMentions } from '../../../core/extract/countries.ts';
import { findEventDate } from '../../../core/extract/dates.ts';
import { findFollowUps } from '../../../core/extract/followups.ts';
import { extractDraft } from '../../../core/extract/index.ts';
import { detectLang } from '../../../core/extract/lang.ts';
import { findOrganisations } from '../../../core/extract/organisations.ts';
import { findPlaces } from '../../../core/extract/places.ts';
import { sentences } from '../../../core/extract/sentences.ts';
import { findTopics } from '../../../core/extract/topics.ts';

describe('language', () => {
  test('tells French from English by their function words', () => {
    expect(detectLang('Le ministre a reçu la délégation dans la capitale pour des entretiens.')).toBe('fr');
    expect(detectLang('The minister received the delegation in the capital for talks.')).toBe('en');
  });

  test('obeys the language it is given', () => {
    expect(extractDraft('The minister met his counterpart on 3 May 2025.', { lang: 'fr' }).lang).toBe('fr');
  });
});

describe('event date', () => {
  test.each([
    ['Le 23 juin 2025, une réunion s’est tenue.', 'fr', '2025-06-23'],
    ['The talks took place on 23 June 2025 in Dakar.', 'en', '2025-06-23'],
    ['The talks took place on June 23, 2025 in Dakar.', 'en', '2025-06-23'],
    ['Réunion tenue le 1er juillet 2025 à Rabat.', 'fr', '2025-07-01'],
  ] as const)('reads %s', (text, lang, date) => {
    expect(findEventDate(text, lang)).toMatchObject({ date, precision: 'day' });
  });

  test('takes a bare weekday in the lead as that day of the week before the dateline', () => {
    const text = 'NAIROBI, May 8, 2025 — The two presidents met at State House on Tuesday.';
    const found = findEventDate(text, 'en');
    expect(found).toMatchObject({ date: '2025-05-06', precision: 'day' });
    expect(text.slice(found!.start, found!.end)).toBe('on Tuesday');
  });

  test('keeps the dateline when the weekday named is the dateline’s own day', () => {
    expect(findEventDate('NAIROBI, May 8, 2025 — The ministers met on Thursday.', 'en')?.date).toBe('2025-05-08');
  });

  test('gives month precision to a month and a year, and year precision to a year alone', () => {
    expect(findEventDate('En avril 2025, le ministre s’est rendu à Rome.', 'fr')).toMatchObject({ date: '2025-04-01', precision: 'month' });
    expect(findEventDate('The agreement was signed in 2023 after long talks.', 'en')).toMatchObject({ date: '2023-01-01', precision: 'year' });
  });

  test('takes the missing year from the injected reading date, never from the clock', () => {
    expect(findEventDate('Le 3 juin, les ministres se sont réunis.', 'fr', '2031-06-10')?.date).toBe('2031-06-03');
    expect(findEventDate('Le 3 juin, les ministres se sont réunis.', 'fr')).toBeNull();
  });
});

describe('places', () => {
  test('finds a city after a preposition, in French and English, with its country', () => {
    expect(findPlaces('La réunion s’est tenue à Moscou.', 'fr')).toMatchObject([{ name: 'Moscou', country: 'RU' }]);
    expect(findPlaces('Talks were held in Nairobi.', 'en')).toMatchObject([{ name: 'Nairobi', country: 'KE' }]);
  });

  test('finds a capitalised dateline and names it in the article’s language', () => {
    expect(findPlaces('NAIROBI, May 8, 2025 — The leaders met.', 'en')[0]).toMatchObject({ name: 'Nairobi', country: 'KE', via: 'dateline' });
  });

  test('ignores a lower-case word that happens to be a city', () => {
    expect(findPlaces('They met at nice restaurants.', 'en')).toEqual([]);
  });
});

describe('countries', () => {
  test.each([
    ['la délégation malienne', 'ML'],
    ['une ministre malienne', 'ML'],
    ['le vice-ministre russe', 'RU'],
    ['la Russie et ses partenaires', 'RU'],
    ['the Malian minister', 'ML'],
    ['a Mauritanian delegation', 'MR'],
    ['talks with Kenya', 'KE'],
  ])('reads "%s" as %s', (text, code) => {
    expect(findCountryMentions(text).map((m) => m.code)).toEqual([code]);
  });

  test('does not read "réunion" as La Réunion or the Indian Ocean as India', () => {
    expect(findCountryMentions('Une réunion sur la sécurité dans l’océan Indien.')).toEqual([]);
  });
});

describe('organisations', () => {
  test('matches acronyms and full names in both languages and reports the article’s acronym', () => {
    expect(findOrganisations('Le sommet de la CEDEAO et de l’Union africaine.', 'fr').map((o) => o.acronym)).toEqual(['CEDEAO', 'UA']);
    expect(findOrganisations('The Economic Community of West African States and the AU met.', 'en').map((o) => o.acronym)).toEqual(['ECOWAS', 'AU']);
    expect(findOrganisations('la Confederation des Etats du Sahel', 'fr').map((o) => o.acronym)).toEqual(['CES']);
  });

  test('does not take a lower-case word for an acronym', () => {
    expect(findOrganisations('Il a eu une petite ua de retard.', 'fr')).toEqual([]);
  });
});

describe('people', () => {
  const people = (text: string) => extractDraft(text).draft.people;

  test('reads a name followed by its title and nationality', () => {
    expect(people('Le 2 mai 2025, Abdoulaye Diop, ministre malien des Affaires étrangères, a reçu la délégation à Bamako.')).toEqual([
      { name: 'Abdoulaye Diop', title: 'ministre malien des Affaires étrangères', country: 'ML', role: 'host' },
    ]);
  });

  test('reads a title before the name and a country after it', () => {
    expect(people('On 2 May 2025 President William Ruto of Kenya met the delegation in Addis Ababa.')).toEqual([
      { name: 'William Ruto', title: 'President', country: 'KE', role: 'participant' },
    ]);
  });

  test('drops a military rank between title and name', () => {
    expect(people('Le 2 mai 2025, le Président de la Transition, le Général Assimi Goïta, a présidé la réunion.')?.[0]).toMatchObject({ name: 'Assimi Goïta', title: 'Président de la Transition' });
  });

  test('makes whoever leads a delegation its head', () => {
    expect(people('On 2 May 2025 the delegation, led by Nasser Bourita, Morocco’s Minister of Foreign Affairs, arrived in Dakar.')?.[0]).toMatchObject({ name: 'Nasser Bourita', role: 'head_of_delegation', country: 'MA' });
  });
});

describe('topics', () => {
  test('takes bullet lines and the lines after a colon, without their bullets', () => {
    expect(findTopics('Intro paragraph.\nTopics:\n- Trade\n- Security in the Sahel\n').map((t) => t.topic)).toEqual(['Trade', 'Security in the Sahel']);
  });
});

describe('follow-ups', () => {
  const ref = { date: '2025-06-23', precision: 'day' as const, start: -1, end: -1 };
  const follow = (text: string, lang: 'fr' | 'en') => findFollowUps(text, sentences(text), lang, ref, findPlaces(text, lang));

  test.each([
    ['The next session will be held in Dakar next month.', 'en', 'next month', { from: '2025-07-01', to: '2025-07-31' }],
    ['A new round of talks is scheduled before the end of the year.', 'en', 'before the end of the year', { from: '2025-06-24', to: '2025-12-31' }],
    ['A review meeting will take place within two months.', 'en', 'within two months', { from: '2025-06-24', to: '2025-08-23' }],
    ['The joint commission will meet in the autumn.', 'en', 'in the autumn', { from: '2025-09-01', to: '2025-11-30' }],
    ['Le sommet se tiendra au cours du premier trimestre.', 'fr', 'au cours du premier trimestre', { from: '2026-01-01', to: '2026-03-31' }],
  ] as const)('reads "%s"', (text, lang, wording, window) => {
    expect(follow(text, lang)).toMatchObject([{ wording, window }]);
  });

  test('keeps an exact date as due', () => {
    expect(follow('The agreement will be signed in Accra on 15 July 2025.', 'en')).toMatchObject([{ due: '2025-07-15', title: 'Agreement', place: { name: 'Accra', country: 'GH' } }]);
  });

  test('ignores a future verb with no time', () => {
    expect(follow('The ministers plan to strengthen cooperation.', 'en')).toEqual([]);
  });
});

describe('purity', () => {
  test('gives the same draft twice for the same text', () => {
    const text = 'NAIROBI, May 8, 2025 — Kenya and Ethiopia held talks. The commission will meet next month.';
    expect(extractDraft(text)).toEqual(extractDraft(text));
  });
});
