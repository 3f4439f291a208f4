import type { ParticipantRole } from '../taxonomy.ts';
import type { CountryMention } from './countries.ts';
import { countryWithin } from './countries.ts';
import { foldKey } from './fold.ts';
import type { Sentence } from './sentences.ts';
import type { Span } from './types.ts';

export interface PersonMention extends Span {
  name: string;
  title?: string;
  titleSpan?: Span;
  country?: string;
  role: ParticipantRole;
}

/** Words that open a title, folded: a person's name never contains them. */
const TITLE_WORDS = new Set([
  'ministre', 'president', 'presidente', 'secretaire', 'ambassadeur', 'ambassadrice', 'chef', 'directeur', 'directrice',
  'representant', 'representante', 'commissaire', 'conseiller', 'conseillere', 'porte', 'parole', 'envoye', 'envoyee', 'homologue',
  'roi', 'reine', 'prince', 'princesse', 'emir', 'chancelier', 'chanceliere', 'mediateur', 'mediatrice', 'gouverneur', 'maire', 'premier', 'premiere', 'vice', 'sous',
  'minister', 'deputy', 'prime', 'secretary', 'ambassador', 'chair', 'chairperson', 'chairman', 'commissioner', 'envoy', 'head',
  'director', 'spokesperson', 'spokesman', 'spokeswoman', 'chief', 'king', 'queen', 'crown', 'chancellor', 'counterpart', 'mediator',
  'governor', 'mayor', 'under', 'general', 'foreign', 'cabinet', 'senior', 'special', 'haut', 'high', 'representative',
]);
const RANKS = new Set(['general', 'colonel', 'capitaine', 'captain', 'lieutenant', 'marechal', 'dr', 'docteur', 'doctor', 'm', 'mr', 'mrs', 'ms', 'mme', 'sheikh', 'cheikh', 'professeur', 'professor', 'pr', 'sir', 'dame', 'monsieur', 'madame']);
const STOP = new Set([
  ...TITLE_WORDS, ...RANKS,
  'le', 'la', 'les', 'l', 'un', 'une', 'des', 'du', 'de', 'the', 'a', 'an', 'this', 'these', 'that', 'ce', 'cet', 'cette', 'ces', 'son', 'sa', 'ses',
  'leur', 'leurs', 'his', 'her', 'their', 'our', 'notre', 'nos', 'en', 'in', 'on', 'at', 'dans', 'pour', 'for', 'avec', 'with', 'after', 'apres',
  'lors', 'during', 'selon', 'according', 'par', 'by', 'il', 'elle', 'ils', 'elles', 'he', 'she', 'they', 'we', 'nous', 'i', 'it', 'et', 'and',
  'affaires', 'affairs', 'etrangeres', 'exterieures', 'defense', 'defence', 'interieur', 'interior', 'economie', 'economy', 'finances', 'finance',
  'cooperation', 'commerce', 'trade', 'justice', 'sante', 'health', 'education', 'energie', 'energy', 'mines', 'agriculture', 'transports',
  'reconciliation', 'integration', 'africaine', 'african', 'republique', 'republic', 'transition', 'etat', 'etats', 'state', 'states', 'nations',
  'unies', 'united', 'union', 'conseil', 'council', 'assemblee', 'assembly', 'gouvernement', 'government', 'ministere', 'ministry', 'commission',
  'diaspora', 'development', 'developpement', 'security', 'securite', 'peace', 'paix', 'national', 'nationale', 'international', 'internationale',
  'africa', 'afrique', 'sahel', 'west', 'ouest', 'east', 'est', 'nord', 'north', 'sud', 'south', 'summit', 'sommet', 'house', 'palace', 'palais',
  'janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'ministers', 'ministres', 'delegation', 'delegations', 'talks', 'agreement', 'accord', 'memorandum', 'communique', 'statement', 'declaration',
  'minute', 'minutes', 'excellence', 'excellency', 'his', 'son', 'h', 'e', 'office', 'bureau', 'ocean', 'mer', 'sea', 'gulf', 'golfe', 'lake', 'lac',
]);
/** Ministries and institutions inside a title ("des Affaires étrangères", "of Foreign Affairs"), folded. */
const DEPARTMENTS = new Set(['affaires', 'affairs', 'etrangeres', 'exterieures', 'defense', 'defence', 'interieur', 'interior', 'economie',
  'economy', 'finances', 'finance', 'cooperation', 'commerce', 'trade', 'justice', 'sante', 'health', 'education', 'energie', 'energy', 'mines',
  'agriculture', 'transports', 'reconciliation', 'integration', 'africaine', 'republique', 'republic', 'transition', 'etat', 'state', 'conseil',
  'council', 'gouvernement', 'government', 'commission', 'diaspora', 'europe', 'exterieur', 'nationale', 'national', 'humanitarian', 'humanitaires']);
const PARTICLES = new Set(['de', 'da', 'du', 'del', 'van', 'von', 'al', 'el', 'bin', 'ben', 'ould', 'ag', 'dos', 'das', 'di', 'ibn']);

const TOKEN = /[\p{L}][\p{L}'’.-]*/gu;
const isCap = (w: string) => /^\p{Lu}/u.test(w);
const isStop = (w: string) => foldKey(w).split(/[\s'.]+/).some((p) => STOP.has(p)) || /^\p{Lu}{2,}$/u.test(w);

interface Candidate extends Span {
  name: string;
}

/** Runs of two to five capitalised words that are not titles, ranks, months or department names. */
function nameCandidates(sentence: Sentence, blocked: Span[]): Candidate[] {
  const tokens = [...sentence.text.matchAll(TOKEN)].map((m) => {
    // "d'Abdoulaye", "l'Ambassadeur": the elided article is not part of the word.
    const elided = /^[dlDLnNjJ]['’](?=\p{Lu})/u.exec(m[0]) ? 2 : 0;
    const w = m[0].slice(elided).replace(/[.'’]+$/, '');
    return { w, start: sentence.start + m.index + elided, end: sentence.start + m.index + elided + w.length };
  });
  const out: Candidate[] = [];
  let run: typeof tokens = [];
  const flush = () => {
    while (run.length && PARTICLES.has(run[run.length - 1]!.w.toLowerCase())) run.pop();
    const words = run.filter((t) => isCap(t.w));
    if (words.length >= 2 && words.length <= 5) {
      const start = run[0]!.start;
      const end = run[run.length - 1]!.end;
      if (!blocked.some((b) => start < b.end && b.start < end)) out.push({ name: run.map((t) => t.w).join(' '), start, end });
    }
    run = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const gap = i > 0 ? sentence.text.slice(tokens[i - 1]!.end - sentence.start, t.start - sentence.start) : '';
    if (run.length && !/^\s+$/.test(gap)) flush();
    if (isCap(t.w) && !isStop(t.w)) run.push(t);
    else if (run.length && PARTICLES.has(t.w.toLowerCase()) && tokens[i + 1] && isCap(tokens[i + 1]!.w)) run.push(t);
    else flush();
  }
  flush();
  return out;
}

function startsWithTitle(clause: string): boolean {
  const words = foldKey(clause).replace(/^(the|his|her|l'|le|la|son|sa|[a-z]+'s) /, '').split(/[\s']+/);
  // One adjective may come first: "russe", "Kenyan", "former".
  return TITLE_WORDS.has(words[0] ?? '') || (TITLE_WORDS.has(words[1] ?? '') && (words[0] ?? '').length >= 2);
}

/** ", ministre malien des Affaires étrangères," after a name: up to the next comma, full stop, or "et"/"and" before another name. */
function titleAfter(text: string, sentence: Sentence, name: Candidate): { title: string; span: Span; clause: Span } | null {
  const rest = text.slice(name.end, sentence.end);
  const m = /^\s*,\s*/.exec(rest);
  if (!m) return null;
  const from = name.end + m[0].length;
  const body = text.slice(from, sentence.end);
  // "et"/"and" ends the title only before another person's name, not before "Diaspora Affairs".
  let stop: RegExpExecArray | null = null;
  for (const m of body.matchAll(/[,;:()\n]|\.(?=\s|$)|\s(?:et|and)\s+(?=\p{Lu})|\s(?:a|ont|has|have|had|was|were|said|stated|welcomed|declared|a déclaré|held|met|received|signed|hosted)\s/gu)) {
    if (/^\s(?:et|and)\s/.test(m[0])) {
      const next = body.slice(m.index + m[0].length).split(/\s+/).slice(0, 2);
      if (!(next.length === 2 && next.every((w) => isCap(w) && !isStop(w.replace(/[,.;]$/, ''))))) continue;
    }
    stop = m;
    break;
  }
  const clause = body.slice(0, stop ? stop.index : body.length).trim();
  if (!clause || clause.length > 220 || !startsWithTitle(clause)) return null;
  const lead = /^(?:the|his|her|\p{Lu}[\p{L}-]+['’]s)\s+/iu.exec(clause);
  const title = clause.slice(lead ? lead[0].length : 0);
  return { title, span: { start: from + (lead ? lead[0].length : 0), end: from + clause.length }, clause: { start: from, end: from + clause.length } };
}

const CONNECTORS = new Set(['de', 'des', 'du', 'd', 'la', 'l', 'of', 'for', 'and', 'et', 'chargé', 'charge', 'en']);

/**
 * "le Président de la Transition, le Général Assimi Goïta", "Kenyan President William Ruto": the run of
 * title words, department names and nationalities right before the name (walking back from it).
 */
function titleBefore(text: string, sentence: Sentence, name: Candidate, countries: CountryMention[]): { title: string; span: Span; clause: Span } | null {
  const before = text.slice(sentence.start, name.start);
  const gap = /(?:,?\s*(?:(?:le|la|the|l['’])\s*)?(?:(?:Général|General|Colonel|Dr\.?|M\.|Mr\.?|Mrs\.?|Ms\.?|Mme|Sheikh|Cheikh|Maréchal|Capitaine|Captain)\s+)?)$/u.exec(before);
  const end = sentence.start + (gap ? gap.index : before.length);
  const tokens = [...text.slice(sentence.start, end).matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)].map((m) => ({ w: m[0], start: sentence.start + m.index }));
  let first = -1;
  let runStart = end;
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i]!;
    const parts = foldKey(t.w).replace(/'s$/, '').split(/[\s']+/).filter(Boolean);
    const isTitle = parts.some((p) => TITLE_WORDS.has(p));
    const isNation = countries.some((c) => t.start >= c.start && t.start < c.end);
    const isDept = parts.some((p) => DEPARTMENTS.has(p));
    if (isTitle) first = i;
    if (isTitle || isNation || isDept || (CONNECTORS.has(parts[0] ?? '') && i > 0)) {
      runStart = t.start;
      continue;
    }
    break;
  }
  if (first < 0) return null;
  const start = tokens[first]!.start;
  const title = text.slice(start, end).trim().replace(/,$/, '');
  if (!title || title.length > 160) return null;
  return { title, span: { start, end: start + title.length }, clause: { start: runStart, end } };
}

const HEAD_CUE = /(?:dirig[ée]+s?|conduite?s?|emmen[ée]+s?|men[ée]+s?)\s+par\s*$|(?:led|headed)\s+by\s*$|à la tête de la délégation[^,]*,\s*$/iu;

/**
 * People named with a title (before or after the name). Untitled names are left out: in news prose
 * they are as often someone merely quoted or mentioned as a participant.
 */
export function findPeople(text: string, all: Sentence[], countries: CountryMention[], blocked: Span[]): PersonMention[] {
  const people: PersonMention[] = [];
  const taken: Span[] = [...blocked];
  for (const s of all) {
    for (const c of nameCandidates(s, blocked)) {
      if (taken.some((b) => c.start < b.end && b.start < c.end)) continue;
      const t = titleAfter(text, s, c) ?? titleBefore(text, s, c, countries);
      if (!t) continue;
      const after = /^\s+(?:of|du|de la|de l['’]|des|d['’])\s*/.exec(text.slice(c.end, s.end));
      const country = countryWithin(countries, t.clause)?.code
        ?? (after ? countries.find((m) => m.start === c.end + after[0].length)?.code : undefined);
      const head = HEAD_CUE.test(text.slice(Math.max(s.start, c.start - 60), c.start));
      people.push({ name: c.name, start: c.start, end: c.end, title: t.title, titleSpan: t.span, ...(country ? { country } : {}), role: head ? 'head_of_delegation' : 'participant' });
      taken.push(t.span);
    }
  }
  // "Dirigée par A, titre, et B, titre": the cue covers every name of the list it opens.
  for (let i = 1; i < people.length; i++) {
    const prev = people[i - 1]!;
    const cur = people[i]!;
    if (prev.role === 'head_of_delegation' && cur.role === 'participant') {
      const between = text.slice(prev.titleSpan && prev.titleSpan.start > prev.end ? prev.titleSpan.end : prev.end, cur.start);
      if (/^\s*,?\s*(?:et|and)\s*$/.test(between)) cur.role = 'head_of_delegation';
    }
  }
  const seen = new Set<string>();
  return people.filter((p) => {
    const k = foldKey(p.name);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
