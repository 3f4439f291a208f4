import { countryName } from '../../core/countries.ts';
import { FOLLOW_UP_STATUSES, kindLabel, roleLabel } from '../../core/taxonomy.ts';
import type { Command } from '../command.ts';
import { dateOption, printJson, wholeNumberOption } from '../command.ts';
import { formatCountries, formatDate, formatDue, formatEventDate, placeSuffix } from '../format.ts';
import { messages } from '../messages.ts';

export const listCommand: Command = {
  name: 'list',
  synopsis: '[--from YYYY-MM-DD] [--to YYYY-MM-DD] [--limit N]',
  summary: 'events in date order',
  details: ['--from DATE  on or after DATE', '--to DATE    on or before DATE', '--limit N    at most N events (default 200)'],
  options: { from: { type: 'string' }, to: { type: 'string' }, limit: { type: 'string' } },
  positionals: { min: 0, max: 0, names: '' },
  async run(ctx, _positionals, values) {
    const from = dateOption(values, 'from');
    const to = dateOption(values, 'to');
    const page = await ctx.api().invoke('events.list', {
      filters: { ...(from ? { from } : {}), ...(to ? { to } : {}) },
      limit: wholeNumberOption(values, 'limit') ?? 200,
    });
    if (ctx.json) {
      printJson(ctx, page);
      return;
    }
    const m = messages(ctx.lang);
    if (page.items.length === 0) {
      ctx.io.out(`${m.noEvents}\n`);
      return;
    }
    for (const e of page.items) {
      const place = e.place ? ` — ${e.place}` : '';
      ctx.io.out(`${formatEventDate(e, ctx.lang)}  ${e.title}${place}  (${e.id})\n`);
    }
    ctx.io.out(`\n${m.events(page.items.length, page.total ?? page.items.length)}\n`);
  },
};

export const showCommand: Command = {
  name: 'show',
  synopsis: 'ID',
  summary: 'one event in full, with its follow-ups',
  options: {},
  positionals: { min: 1, max: 1, names: 'ID' },
  async run(ctx, [id]) {
    const e = await ctx.api().invoke('events.get', { id: id! });
    if (ctx.json) {
      printJson(ctx, e);
      return;
    }
    const { lang } = ctx;
    const m = messages(lang);
    const lines: string[] = [e.title, `${formatEventDate(e, lang)} · ${kindLabel(e.kind, lang)}`, `id ${e.id}`, ''];
    if (e.place) lines.push(`${m.place}: ${e.place.name}${e.place.country ? ` (${countryName(e.place.country, lang)})` : ''}`);
    if (e.countries.length) lines.push(`${m.countries}: ${formatCountries(e.countries, lang)}`);
    if (e.organisations.length) {
      lines.push(`${m.organisations}: ${e.organisations.map((o) => (lang === 'fr' ? `${o.acronymFr} (${o.nameFr})` : `${o.acronymEn} (${o.nameEn})`)).join(', ')}`);
    }
    if (e.participants.length) {
      lines.push(`${m.participants}:`);
      for (const p of e.participants) {
        const title = p.title ?? p.person.title;
        lines.push(`  - ${p.person.name}${title ? `, ${title}` : ''} — ${roleLabel(p.role, lang)}`);
      }
    }
    if (e.topics.length) lines.push(`${m.topics}: ${e.topics.map((t) => t.name).join(', ')}`);
    if (e.summary) lines.push('', `${m.summary}:`, ...e.summary.split('\n').map((l) => `  ${l}`.trimEnd()));
    if (e.followUps.length) {
      lines.push('', `${m.followUps}:`);
      for (const f of e.followUps) {
        const wording = f.wording ? ` ("${f.wording}")` : '';
        lines.push(`  - [${FOLLOW_UP_STATUSES[f.status][lang]}] ${f.title}${placeSuffix(f.title, f.place)} — ${formatDue(f.due, lang)}${wording}  (${f.id})`);
      }
    }
    if (e.sources.length) {
      lines.push('', `${m.sources}:`);
      for (const s of e.sources) lines.push(`  - ${s.title ? `${s.title} — ` : ''}${s.url}${s.accessed ? ` (${formatDate(s.accessed, lang)})` : ''}`);
    }
    ctx.io.out(`${lines.join('\n')}\n`);
  },
};
