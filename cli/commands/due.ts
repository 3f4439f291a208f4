import { calendarDateOf } from '../../core/dates.ts';
import type { FollowUp } from '../../core/records.ts';
import type { Command, CommandContext } from '../command.ts';
import { dateOption, printJson, wholeNumberOption } from '../command.ts';
import { formatDate, formatDue, placeSuffix } from '../format.ts';
import { messages } from '../messages.ts';

export const dueCommand: Command = {
  name: 'due',
  synopsis: '[--at YYYY-MM-DD] [--within N]',
  summary: 'open follow-ups: overdue, due today, due within N days, later',
  details: ['--at DATE    the day to count from (default: today)', '--within N   days ahead counted as upcoming (default 7)'],
  options: { at: { type: 'string' }, within: { type: 'string' } },
  positionals: { min: 0, max: 0, names: '' },
  async run(ctx, _positionals, values) {
    const at = dateOption(values, 'at') ?? calendarDateOf(ctx.io.now());
    const withinDays = wholeNumberOption(values, 'within') ?? 7;
    const due = await ctx.api().invoke('reminders.due', { at, withinDays });
    if (ctx.json) {
      printJson(ctx, due);
      return;
    }
    const m = messages(ctx.lang);
    ctx.io.out(`${m.dueAsOf(formatDate(due.at, ctx.lang))}\n`);
    const buckets: [string, FollowUp[]][] = [
      [m.overdue, due.overdue],
      [m.today, due.today],
      [m.upcoming(withinDays), due.upcoming],
      [m.later, due.later],
    ];
    if (buckets.every(([, items]) => items.length === 0)) {
      ctx.io.out(`${m.nothingDue}\n`);
      return;
    }
    for (const [heading, items] of buckets) {
      if (items.length === 0) continue;
      ctx.io.out(`\n${heading} (${items.length})\n`);
      for (const f of items) printFollowUp(ctx, f);
    }
    if (due.nextDueDate) ctx.io.out(`\n${m.nextDue(formatDate(due.nextDueDate, ctx.lang))}\n`);
  },
};

function printFollowUp(ctx: CommandContext, f: FollowUp): void {
  const m = messages(ctx.lang);
  const wording = f.wording ? ` ("${f.wording}")` : '';
  ctx.io.out(`  ${formatDue(f.due, ctx.lang)}${wording}  ${f.title}${placeSuffix(f.title, f.place)}\n`);
  ctx.io.out(`    ${m.from} ${f.eventTitle}, ${formatDate(f.eventDate, ctx.lang)}  (${f.eventId})\n`);
}
