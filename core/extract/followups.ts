import type { Lang } from '../taxonomy.ts';
import { proposeWindow } from '../vague.ts';
import { findDays } from './dates.ts';
import type { FoundDate } from './dates.ts';
import { foldWithMap, originalSpan } from './fold.ts';
import type { PlaceMention } from './places.ts';
import type { Sentence } from './sentences.ts';
import type { Span } from './types.ts';

export interface FollowUpMention extends Span {
  title: string;
  due?: string;
  window?: { from: string; to: string };
  wording?: string;
  wordingSpan?: Span;
  place?: PlaceMention;
}

const NUM = '(?:\\d{1,3}|un|une|deux|trois|quatre|cinq|six|sept|huit|dix|quinze|a|one|two|three|four|five|six|seven|eight|ten|few|couple of)';
const MONTH = 'janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|january|february|march|april|may|june|july|august|september|october|november|december';
const ORD = 'premier|deuxieme|second|seconde|troisieme|quatrieme|dernier|first|second|third|fourth|last';

/** The vague time phrases announcements use, folded; proposeWindow reads each one found. */
const WORDING = new RegExp([
  `dans les (?:${NUM} )?prochain(?:e)?s (?:jours|semaines|mois)`,
  `(?:au cours|dans le courant) des (?:${NUM} )?prochain(?:e)?s (?:jours|semaines|mois)`,
  `d'ici (?:la )?fin (?:de l'annee|de l'an|du mois|(?:de |d')?(?:${MONTH}))`,
  `avant la fin (?:de l'annee|du mois|de l'an)`,
  `(?:d'ici|sous|dans) (?:${NUM}) (?:jours|semaines|mois|ans)`,
  `(?:le|au cours du|dans le courant du|courant du) mois (?:prochain|suivant)`,
  `(?:au cours du|au|durant le|pendant le|d'ici le) (?:${ORD}) (?:trimestre|semestre)(?: \\d{4})?`,
  `(?:a l'|au |en |cet |l')(?:automne|printemps|hiver|ete)(?: prochain)?(?: \\d{4})?`,
  `(?:l'annee|la semaine) prochaine`,
  `(?:debut|mi|fin|courant|en|in|early|mid|late) (?:${MONTH})(?: \\d{4})?`,
  `in the (?:coming|next) (?:few )?(?:days|weeks|months)`,
  `(?:within|in|over) the next (?:${NUM} )?(?:days|weeks|months)`,
  `(?:within|in) (?:${NUM}) (?:days|weeks|months|years)`,
  `(?:the )?(?:next|following|coming) (?:week|month|year)`,
  `(?:before|by) the end of (?:the |this )?(?:year|month|${MONTH})`,
  `(?:later )?this (?:year|month|week)`,
  `in the (?:autumn|fall|spring|summer|winter)(?: of \\d{4})?`,
  `(?:in|during) the (?:${ORD}) (?:quarter|half)(?: of (?:the year|\\d{4}))?`,
  `prochainement|tres prochainement|bientot|soon|shortly|in the near future`,
].join('|'), 'g');

/** Verbs that announce something still to come, folded. */
const FUTURE = /\b(?:est prevue?s?|sont prevue?s?|sera organisee?s?|seront organisee?s?|se tiendra|se tiendront|aura lieu|auront lieu|devrai(?:en)?t se tenir|doi(?:ven)?t se tenir|ont convenu de (?:se|tenir|reunir|organiser)|sont convenus de (?:se|tenir|reunir|organiser)|se reunira|se retrouveront|se reuniront|se rendra|effectuera|signeront|est programmee?|sont programmee?s|ont decide de|will be held|will take place|(?:is|are) scheduled|(?:is|are) expected to|(?:is|are) planned|agreed to (?:meet|hold|reconvene|convene|return)|will meet|will visit|will travel|plans? to|will sign|will hold|will convene|to be held|will be signed|will return)\b/;
const PASSIVE = /\b(?:est prevue?s?|sont prevue?s?|sera organisee?s?|seront organisee?s?|se tiendra|se tiendront|aura lieu|auront lieu|devrai(?:en)?t se tenir|doi(?:ven)?t se tenir|est programmee?|sont programmee?s|will be held|will take place|(?:is|are) scheduled|(?:is|are) expected to|(?:is|are) planned|to be held|will be signed)\b/;

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function titleFor(sentence: Sentence, cueAt: number, lang: Lang, place: PlaceMention | undefined): string {
  const f = foldWithMap(sentence.text);
  const folded = f.text;
  const before = sentence.text.slice(0, f.map[cueAt]).trim();
  const object = /^(?:ont convenu de|sont convenus de|ont decide de|agreed to|decided to|will) (?:tenir|organiser|hold|convene) /.exec(folded.slice(cueAt));
  if (object) {
    const rest = sentence.text.slice(f.map[cueAt + object[0].length]);
    const noun = rest.replace(/\s+(?:à|a|en|in|at|dans|d['’]ici|avant|before|by|within|during|au cours|next|le|on)\s.*$/su, '').replace(/^(?:(?:une|un|la|le|les|des|the|a|an)\s+|l['’]\s*)/i, '').trim();
    if (noun && noun.split(/\s+/).length <= 12) return capitalise(noun);
  }
  if (PASSIVE.test(folded.slice(cueAt, cueAt + 40)) || /^(?:will meet|se reunira|se reuniront|will convene)/.test(folded.slice(cueAt))) {
    const cut = Math.max(before.lastIndexOf(','), ...[...before.matchAll(/\s(?:that|que|qu['’]|said|announced|a annoncé|a indiqué|ont annoncé)\s/gu)].map((m) => m.index + m[0].length - 1));
    const clause = before.slice(cut + 1).trim()
      .replace(/^(?:(?:une|un|la|le|les|des|the|a|an)\s+|l['’]\s*)/i, '')
      .replace(/\s+(?:à|in|at)\s+\p{Lu}[\p{L}-]*$/u, '');
    if (clause && clause.split(/\s+/).length <= 14 && !/^(?:il|elle|ils|elles|it|they|he|she)$|\b(?:two|deux|both|parties|sides|leaders|ministers|ministres|dirigeants)\b/i.test(clause)) return capitalise(clause);
  }
  const cue = folded.slice(cueAt);
  const where = place ? (lang === 'fr' ? ` à ${place.name}` : ` in ${place.name}`) : '';
  if (/^(?:se rendra|effectuera|will visit|will travel)/.test(cue)) return lang === 'fr' ? `Visite${where}` : `Visit${where}`;
  if (/^(?:signeront|will sign|will be signed)/.test(cue) || /\b(?:sign|signer|signature)\b/.test(cue.slice(0, 40))) return lang === 'fr' ? `Signature${where}` : `Signing${where}`;
  return lang === 'fr' ? `Prochaine rencontre${where}` : `Next meeting${where}`;
}

/**
 * Announcements of what comes next: a sentence with a future verb and a time (a vague phrase or a
 * date). The window is proposed from the event's date, so "dans les prochaines semaines" means weeks after the meeting.
 */
export function findFollowUps(text: string, all: Sentence[], lang: Lang, eventDate: FoundDate | null, places: PlaceMention[], refDate?: string): FollowUpMention[] {
  const out: FollowUpMention[] = [];
  for (const s of all) {
    const f = foldWithMap(s.text);
    const cue = FUTURE.exec(f.text);
    if (!cue) continue;
    // The sentence that dates the event reports it; it announces nothing.
    if (eventDate && eventDate.start >= s.start && eventDate.end <= s.end) continue;
    const place = places.find((p) => p.start >= s.start && p.end <= s.end && p.via === 'preposition');
    const item: FollowUpMention = { title: '', start: s.start, end: s.end };
    const day = findDays(s.text, lang, eventDate?.date ?? refDate).find((d) => !(eventDate && s.start + d.start === eventDate.start));
    const vague = [...f.text.matchAll(WORDING)].find((m) => !/^(?:en|in) /.test(m[0]) || m.index > cue.index);
    if (day && (!vague || day.start <= vague.index)) {
      item.due = day.date;
      const span = { start: s.start + day.start, end: s.start + day.end };
      item.wording = text.slice(span.start, span.end);
      item.wordingSpan = span;
    } else if (vague) {
      const span = originalSpan(f, vague.index, vague.index + vague[0].length);
      item.wording = s.text.slice(span.start, span.end);
      item.wordingSpan = { start: s.start + span.start, end: s.start + span.end };
      const w = eventDate ? proposeWindow(item.wording, eventDate.date) : null;
      if (w) item.window = w;
    } else {
      continue;
    }
    if (place) item.place = place;
    item.title = titleFor(s, cue.index, lang, place);
    out.push(item);
  }
  return out;
}
