import { isCountryCode } from '../../core/countries.ts';
import type { ApiClient } from '../../core/contract.ts';
import { calendarDateOf } from '../../core/dates.ts';
import type { Bilateral, Side } from '../../core/relations.ts';
import { kindLabel, type Lang } from '../../core/taxonomy.ts';
import { fold } from '../../core/text.ts';
import type { Command } from '../command.ts';
import { dateOption, printJson } from '../command.ts';
import { UsageError } from '../failure.ts';
import { formatDate } from '../format.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const WORDS = {
  en: {
    heading: (a: string, b: string, at: string) => `${a} – ${b}, as of ${at}`,
    events: 'Shared events',
    lastContact: (n: number | null) => (n === null ? 'no contact yet' : `last contact ${n} day${n === 1 ? '' : 's'} ago`),
    longestGap: (n: number | null) => (n === null ? '' : ` · longest gap ${n} days`),
    perQuarter: 'Per quarter',
    followUps: (t: Bilateral['followUps']) => `Follow-ups: ${t.delivered} delivered, ${t.open} open, ${t.overdue} overdue, ${t.dropped} dropped`,
    rate: (r: number | null) => (r === null ? 'delivery rate: none due yet' : `delivery rate ${Math.round(r * 100)} %`),
  },
  fr: {
    heading: (a: string, b: string, at: string) => `${a} – ${b}, au ${at}`,
    events: 'Événements communs',
    lastContact: (n: number | null) => (n === null ? 'aucun contact' : `dernier contact il y a ${n} jour${n > 1 ? 's' : ''}`),
    longestGap: (n: number | null) => (n === null ? '' : ` · plus long silence ${n} jours`),
    perQuarter: 'Par trimestre',
    followUps: (t: Bilateral['followUps']) => `Suites : ${t.delivered} tenues, ${t.open} en cours, ${t.overdue} en retard, ${t.dropped} abandonnées`,
    rate: (r: number | null) => (r === null ? 'taux de réalisation : rien d’échu' : `taux de réalisation ${Math.round(r * 100)} %`),
  },
} as const;

/**
 * A side as typed: a country code (ML), an organisation id, or an organisation's acronym or
 * name in either language (CEDEAO, ECOWAS), matched whole, accents and case aside.
 */
async function resolveSide(api: ApiClient, raw: string, which: string): Promise<string> {
  const text = raw.trim();
  if (UUID.test(text) || isCountryCode(text.toUpperCase())) return text;
  const wanted = fold(text);
  const found = (await api.invoke('directory.organisations', { query: text, limit: 50 })).filter((o) =>
    [o.acronymFr, o.acronymEn, o.nameFr, o.nameEn].some((n) => fold(n) === wanted));
  if (found.length === 1) return found[0]!.id;
  throw new UsageError(`${which}: ${text} is neither a country code nor a known organisation`);
}

function sideName(s: Side, lang: Lang): string {
  if (s.kind === 'country') return s[lang];
  return lang === 'fr' ? s.organisation.acronymFr : s.organisation.acronymEn;
}

export const relationsCommand: Command = {
  name: 'relations',
  synopsis: 'A B [--at YYYY-MM-DD]',
  summary: 'where two countries (or a country and an organisation) stand: cadence, kinds of contact, promises kept',
  details: [
    'A, B         a country code (ML, RU) or an organisation (CES, ECOWAS, or its id)',
    '--at DATE    the day to count from (default: today)',
    '--json       { events, byKind, perQuarter, longestGapDays, daysSinceLast, followUps, deliveryRate }',
  ],
  options: { at: { type: 'string' } },
  positionals: { min: 2, max: 2, names: 'the two sides (A B)' },
  async run(ctx, positionals, values) {
    const at = dateOption(values, 'at') ?? calendarDateOf(ctx.io.now());
    const api = ctx.api();
    const a = await resolveSide(api, positionals[0]!, 'A');
    const b = await resolveSide(api, positionals[1]!, 'B');
    const r = await api.invoke('relations.bilateral', { a, b, at });
    if (ctx.json) {
      const { events, byKind, perQuarter, longestGapDays, daysSinceLast, followUps, deliveryRate } = r;
      printJson(ctx, { events, byKind, perQuarter, longestGapDays, daysSinceLast, followUps, deliveryRate });
      return;
    }
    const w = WORDS[ctx.lang];
    const kinds = Object.entries(r.byKind).map(([k, n]) => `${kindLabel(k as keyof typeof r.byKind, ctx.lang)} ${n}`).join(', ');
    const out = [
      w.heading(sideName(r.a, ctx.lang), sideName(r.b, ctx.lang), formatDate(r.at, ctx.lang)),
      `${w.events}: ${r.events}${kinds ? ` (${kinds})` : ''}`,
      `${w.lastContact(r.daysSinceLast)}${w.longestGap(r.longestGapDays)}`,
    ];
    if (r.perQuarter.length) out.push(`${w.perQuarter}: ${r.perQuarter.map((q) => `${q.quarter} ${q.count}`).join(' · ')}`);
    out.push(`${w.followUps(r.followUps)} · ${w.rate(r.deliveryRate)}`);
    ctx.io.out(`${out.join('\n')}\n`);
  },
};
