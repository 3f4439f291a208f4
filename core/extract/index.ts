/**
 * Turns a pasted article or communiqué into a draft event: the `events.create` input shape,
 * plus, for every extracted value, the offsets of the words it came from so the form can
 * highlight them. Pure and offline: no clock (the reading date is injected), no model, no network.
 */
import type { EventInputRaw } from '../schemas.ts';
import { LIMITS } from '../limits.ts';
import type { Lang } from '../taxonomy.ts';
import { findCountryMentions } from './countries.ts';
import { findEventDate } from './dates.ts';
import { findFollowUps } from './followups.ts';
import { guessKind } from './kind.ts';
import { detectLang } from './lang.ts';
import { findOrganisations } from './organisations.ts';
import { findPeople } from './people.ts';
import type { PlaceMention } from './places.ts';
import { findPlaces } from './places.ts';
import { sentenceAt, sentences } from './sentences.ts';
import { makeTitle } from './title.ts';
import { findTopics } from './topics.ts';
import type { Evidence, ExtractOptions, ExtractResult, Span } from './types.ts';

export type { Evidence, ExtractOptions, ExtractResult } from './types.ts';

const inside = (s: Span, spans: readonly Span[]) => spans.some((o) => s.start >= o.start && s.end <= o.end);

export function extractDraft(text: string, options: ExtractOptions = {}): ExtractResult {
  const source = text.replace(/\r\n?/g, '\n');
  const lang: Lang = options.lang ?? detectLang(source);
  const evidence: Evidence[] = [];
  const all = sentences(source);

  const date = findEventDate(source, lang, options.refDate);
  if (date) evidence.push({ field: 'date', start: date.start, end: date.end });

  const mentions = findCountryMentions(source);
  const mentionOrder = [...new Set(mentions.map((m) => m.code))];
  const places = findPlaces(source, lang, mentionOrder);
  const followUps = findFollowUps(source, all, lang, date, places, options.refDate);
  const announcements: Span[] = followUps.map((f) => ({ start: f.start, end: f.end }));

  const dated = date ? sentenceAt(all, date.start) : undefined;
  const candidates = places.filter((p) => !inside(p, announcements));
  const place: PlaceMention | undefined = candidates.find((p) => p.via === 'dateline')
    ?? (dated ? candidates.find((p) => p.start >= dated.start && p.end <= dated.end) : undefined)
    ?? candidates[0];
  if (place) evidence.push({ field: 'place', start: place.start, end: place.end });

  const organisations = findOrganisations(source, lang);
  const blocked: Span[] = [...places, ...mentions.filter((m) => m.via === 'name'), ...organisations];
  const people = findPeople(source, all, mentions, blocked);

  // Someone on a visit with no country of their own in the text comes from the other side of a two-country event.
  const parties = [...new Set([...(place ? [place.country] : []), ...mentionOrder])];
  // "… la délégation malienne", "the Malian delegation": the sentence's delegation gives its members a country.
  for (const p of people) {
    if (p.country) continue;
    const s = sentenceAt(all, p.start);
    const delegation = s && mentions.find((m) => m.via === 'demonym' && m.start >= s.start && m.end <= s.end
      && (/d[ée]l[ée]gation\s*$/iu.test(source.slice(Math.max(s.start, m.start - 15), m.start)) || /^\s*delegation/i.test(source.slice(m.end, m.end + 12))));
    if (delegation) p.country = delegation.code;
  }
  for (const p of people) {
    if (p.country) continue;
    const s = sentenceAt(all, p.start);
    if (s && /visite|visit/i.test(s.text) && place && parties.length === 2) p.country = parties.find((c) => c !== place.country);
  }
  // "le Président de la République" unqualified is the head of state of the country the article is set in.
  for (const p of people) {
    if (!p.country && place && /^(?:le )?(?:président de la république|chef de l['’]état|president of the republic|head of state)$/iu.test(p.title ?? '')) p.country = place.country;
  }
  for (const p of people) if (p.role === 'participant' && place && p.country === place.country) p.role = 'host';

  const countryCodes: string[] = [];
  const addCountry = (code: string, span?: Span) => {
    if (countryCodes.includes(code)) return;
    if (span) evidence.push({ field: `countries[${countryCodes.length}]`, ...span });
    countryCodes.push(code);
  };
  for (const m of mentions) if (!inside(m, announcements) || m.via === 'demonym') addCountry(m.code, m);
  if (place) addCountry(place.country, place);
  for (const p of people) if (p.country) addCountry(p.country);

  const orgAcronyms: string[] = [];
  for (const o of organisations) {
    if (orgAcronyms.includes(o.acronym)) continue;
    evidence.push({ field: `organisations[${orgAcronyms.length}]`, start: o.start, end: o.end });
    orgAcronyms.push(o.acronym);
  }

  people.forEach((p, i) => {
    evidence.push({ field: `people[${i}]`, start: p.start, end: p.end });
    if (p.titleSpan) evidence.push({ field: `people[${i}].title`, ...p.titleSpan });
  });

  const topics = findTopics(source);
  topics.forEach((t, i) => evidence.push({ field: `topics[${i}]`, start: t.start, end: t.end }));

  followUps.forEach((f, i) => {
    evidence.push({ field: `followUps[${i}]`, start: f.start, end: f.end });
    if (f.wordingSpan) evidence.push({ field: `followUps[${i}].wording`, ...f.wordingSpan });
    if (f.place) evidence.push({ field: `followUps[${i}].place`, start: f.place.start, end: f.place.end });
  });

  const paragraphs = source.split('\n').map((l) => l.trim()).filter((l) => l.length >= 100);
  const firstParagraph = paragraphs[0] ?? source.trim().split('\n')[0] ?? '';
  const secondParagraph = paragraphs[1] ?? firstParagraph;
  const leadEnd = Math.max(source.indexOf(secondParagraph) + secondParagraph.length, dated?.end ?? 0);
  const kind = guessKind(source, { start: 0, end: leadEnd });
  if (kind.end > kind.start) evidence.push({ field: 'kind', start: kind.start, end: kind.end });

  const draft: EventInputRaw = {
    title: makeTitle(kind.kind, lang, countryCodes, orgAcronyms, place?.name),
    kind: kind.kind,
    date: date?.date ?? options.refDate ?? '',
    ...(date ? { precision: date.precision } : {}),
    ...(place ? { place: { name: place.name, country: place.country } } : {}),
    countries: countryCodes,
    organisations: orgAcronyms,
    people: people.map((p) => ({ name: p.name, ...(p.title ? { title: p.title } : {}), ...(p.country ? { country: p.country } : {}), role: p.role })),
    topics: topics.map((t) => t.topic),
    summary: firstParagraph.slice(0, 1_000),
    sourceText: source.slice(0, LIMITS.sourceText),
    followUps: followUps.map((f) => ({
      title: f.title,
      ...(f.due ? { due: f.due } : {}),
      ...(f.window ? { window: f.window } : {}),
      ...(f.wording ? { wording: f.wording } : {}),
      ...(f.place ? { place: { name: f.place.name, country: f.place.country } } : {}),
    })),
  };
  return { draft, evidence: evidence.sort((a, b) => a.start - b.start), lang };
}
