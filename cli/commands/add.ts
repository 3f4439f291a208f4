import type { Input } from '../../core/contract.ts';
import type { Command } from '../command.ts';
import { printJson } from '../command.ts';
import { readJsonInput } from '../io.ts';
import { formatEventDate, plural } from '../format.ts';
import { showImportProgress, localAccess } from '../local.ts';

export const addCommand: Command = {
  name: 'add',
  synopsis: 'FILE|-',
  summary: 'add events from a JSON file (one object or an array; - reads standard input); all or nothing',
  options: {},
  positionals: { min: 1, max: 1, names: 'FILE' },
  async run(ctx, [file]) {
    const data = await readJsonInput(ctx.io, file!);
    const records = (Array.isArray(data) ? data : [data]) as Input<'events.create'>[];
    if (records.length === 0) {
      if (ctx.json) printJson(ctx, { added: [] });
      else ctx.io.out('The file holds no events: nothing added.\n');
      return;
    }
    showImportProgress(localAccess(ctx), records.length);
    // One call, one transaction: the store names a bad record as events[i].field and adds none.
    const api = ctx.api();
    const { ids } = await api.invoke('events.createMany', { events: records });
    // Read back for the stored (normalised) date: "2025-07" is kept as 2025-07-01 at month precision.
    const added = await Promise.all(ids.map(async (id) => {
      const e = await api.invoke('events.get', { id });
      return { id, title: e.title, date: e.date, precision: e.precision, endDate: e.endDate };
    }));
    if (ctx.json) {
      printJson(ctx, { added });
      return;
    }
    ctx.io.out(`Added ${plural(added.length, 'event', 'events')}:\n`);
    for (const e of added) ctx.io.out(`  ${formatEventDate(e, ctx.lang)}  ${e.title}  (${e.id})\n`);
  },
};
