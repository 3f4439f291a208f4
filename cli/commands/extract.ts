/**
 * `chancery extract`: a draft event from an article's text, offline. With --json it prints the
 * very object `chancery add -` takes, so `chancery extract --json < a.txt | chancery add -` files it.
 */
import { countryName, isCountryCode } from '../../core/countries.ts';
import { calendarDateOf } from '../../core/dates.ts';
import type { Precision } from '../../core/dates.ts';
import { extractDraft } from '../../core/extract/index.ts';
import { LIMITS } from '../../core/limits.ts';
import type { EventInputRaw } from '../../core/schemas.ts';
import { EVENT_KIND_IDS, kindLabel, PARTICIPANT_ROLE_IDS, roleLabel } from '../../core/taxonomy.ts';
import type { EventKind, Lang, ParticipantRole } from '../../core/taxonomy.ts';
import type { Command, CommandContext } from '../command.ts';
import { dateOption, printJson, stringOption } from '../command.ts';
import { UsageError } from '../failure.ts';
import { formatDate } from '../format.ts';
import { readTextInput } from '../io.ts';

const WORDS = {
  en: {
    heading: (lang: string, ref: string) => `Draft event (text read as ${lang}, on ${ref}); nothing was saved.`,
    languages: { fr: 'French', en: 'English' },
    title: 'Title', kind: 'Kind', date: 'Date', place: 'Place', countries: 'Countries', organisations: 'Organisations',
    people: 'People', topics: 'Topics', followUps: 'Follow-ups', none: '—',
    noDate: (ref: string) => `no date found in the text: the draft is dated ${ref}, the reading date`,
    toAdd: 'To save it: chancery extract --json < FILE | chancery add -',
  },
  fr: {
    heading: (lang: string, ref: string) => `Brouillon d’événement (texte lu en ${lang}, le ${ref}) ; rien n’a été enregistré.`,
    languages: { fr: 'français', en: 'anglais' },
    title: 'Titre', kind: 'Type', date: 'Date', place: 'Lieu', countries: 'Pays', organisations: 'Organisations',
    people: 'Personnalités', topics: 'Thèmes', followUps: 'Suivis', none: '—',
    noDate: (ref: string) => `aucune date trouvée dans le texte : le brouillon est daté du ${ref}, jour de lecture`,
    toAdd: 'Pour l’enregistrer : chancery extract --json < FICHIER | chancery add -',
  },
} as const;

export const extractCommand: Command = {
  name: 'extract',
  synopsis: '[FILE|-] [--lang fr|en] [--ref-date YYYY-MM-DD]',
  summary: 'propose a draft event from an article or communiqué (standard input by default); saves nothing',
  details: [
    'FILE              the text to read; - or nothing reads standard input',
    '--lang fr|en      the language of the text (default: detected); also the language of the summary',
    '--ref-date DATE   the day the text is read, YYYY-MM-DD (default today): gives the year when the text has none',
    '--json            print the draft as the JSON `chancery add -` takes',
  ],
  options: { 'ref-date': { type: 'string' } },
  positionals: { min: 0, max: 1, names: 'FILE' },
  async run(ctx, [file], values) {
    const refDate = dateOption(values, 'ref-date') ?? calendarDateOf(ctx.io.now());
    // --lang is global (the output's language); given here, it also says what language the text is in.
    const textLang = stringOption(values, 'lang') === undefined ? undefined : ctx.lang;
    const text = await readTextInput(ctx.io, file ?? '-');
    const source = file && file !== '-' ? file : 'standard input';
    if (text.trim() === '') throw new UsageError(`${source}: is empty: give the text of an article`);
    if (text.replace(/\r\n?/g, '\n').length > LIMITS.sourceText) {
      throw new UsageError(`${source}: is longer than the ${LIMITS.sourceText} characters an event keeps as its source text`);
    }
    const { draft, evidence, lang } = extractDraft(text, { refDate, ...(textLang ? { lang: textLang } : {}) });
    const w = WORDS[ctx.lang];
    // A pipeline has no one to ask for the date: keep the engine's fallback, but say so where a human looks.
    if (!evidence.some((e) => e.field === 'date')) ctx.io.err(`warning: ${w.noDate(refDate)}\n`);
    if (ctx.json) {
      printJson(ctx, draft);
      return;
    }
    ctx.io.out(summary(ctx, draft, lang, refDate));
  },
};

const isKind = (k: unknown): k is EventKind => (EVENT_KIND_IDS as readonly unknown[]).includes(k);
const isRole = (r: unknown): r is ParticipantRole => (PARTICIPANT_ROLE_IDS as readonly unknown[]).includes(r);
const country = (code: string | undefined, lang: Lang) => (code && isCountryCode(code) ? countryName(code, lang) : code);
const placeText = (place: EventInputRaw['place'], lang: Lang) =>
  typeof place === 'string' ? place : place ? [place.name, country(place.country, lang)].filter(Boolean).join(', ') : undefined;

function summary(ctx: CommandContext, d: EventInputRaw, textLang: Lang, refDate: string): string {
  const lang = ctx.lang;
  const w = WORDS[lang];
  const precision: Precision = d.precision ?? 'day';
  const rows: [string, string | undefined][] = [
    [w.title, d.title],
    [w.kind, isKind(d.kind) ? kindLabel(d.kind, lang) : d.kind],
    [w.date, d.date ? formatDate(d.date, lang, precision) : undefined],
    [w.place, placeText(d.place, lang)],
    [w.countries, (d.countries ?? []).map((c) => country(c, lang)).join(', ')],
    [w.organisations, (d.organisations ?? []).join(', ')],
  ];
  const width = Math.max(...[...rows.map(([k]) => k), w.people, w.topics, w.followUps].map((k) => k.length)) + 2;
  const line = (label: string, value: string | undefined) => `  ${`${label}:`.padEnd(width)}${value || w.none}\n`;
  const list = (label: string, items: string[]) =>
    items.length === 0 ? line(label, undefined) : `  ${label}:\n${items.map((i) => `    - ${i}\n`).join('')}`;

  const people = (d.people ?? []).map((p) => {
    const detail = [p.title, country(p.country, lang)].filter(Boolean).join(', ');
    return `${p.name}${detail ? ` — ${detail}` : ''}${isRole(p.role) ? ` (${roleLabel(p.role, lang)})` : ''}`;
  });
  const followUps = (d.followUps ?? []).map((f) => {
    const when = f.due ? formatDate(f.due, lang) : f.window ? `${formatDate(f.window.from, lang)} – ${formatDate(f.window.to, lang)}` : undefined;
    const said = f.wording ? `“${f.wording}”` : undefined;
    return [f.title, when, said, placeText(f.place, lang)].filter(Boolean).join(' · ');
  });
  return [
    `${w.heading(w.languages[textLang], formatDate(refDate, lang))}\n\n`,
    ...rows.map(([k, v]) => line(k, v)),
    list(w.people, people),
    list(w.topics, d.topics ?? []),
    list(w.followUps, followUps),
    `\n${w.toAdd}\n`,
  ].join('');
}
