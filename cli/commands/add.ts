import type { Event } from '../../core/records.ts';
import { inputs } from '../../core/contract.ts';
import type { ApiClient, Input } from '../../core/contract.ts';
import { ApiError } from '../../core/errors.ts';
import type { Command } from '../command.ts';
import { printJson } from '../command.ts';
import { parseInput } from '../../api/validate.ts';
import { readJsonInput } from '../io.ts';
import { formatEventDate, plural } from '../format.ts';

export const addCommand: Command = {
  name: 'add',
  synopsis: 'FILE|-',
  summary: 'add events from a JSON file (one object or an array; - reads standard input); all or nothing',
  options: {},
  positionals: { min: 1, max: 1, names: 'FILE' },
  async run(ctx, [file]) {
    const data = await readJsonInput(ctx.io, file!);
    const records = Array.isArray(data) ? data : [data];
    // Every record is checked before the first is written: one bad record must leave the store untouched.
    records.forEach((record, index) => parseInput(inputs['events.create'], record, `events[${index}]`));
    if (records.length === 0) {
      if (ctx.json) printJson(ctx, { added: [] });
      else ctx.io.out('The file holds no events: nothing added.\n');
      return;
    }
    const created = await createAll(ctx.api(), records as Input<'events.create'>[]);
    if (ctx.json) {
      printJson(ctx, { added: created.map((e) => ({ id: e.id, title: e.title, date: e.date })) });
      return;
    }
    ctx.io.out(`Added ${plural(created.length, 'event', 'events')}:\n`);
    for (const e of created) ctx.io.out(`  ${formatEventDate(e, ctx.lang)}  ${e.title}  (${e.id})\n`);
  },
};

/**
 * The API has no batch create, so records go in one by one; should the store refuse one
 * (a rule the schema alone cannot see), the ones already added are deleted again.
 */
async function createAll(api: ApiClient, records: Input<'events.create'>[]): Promise<Event[]> {
  const created: Event[] = [];
  for (const [index, record] of records.entries()) {
    try {
      created.push(await api.invoke('events.create', record));
    } catch (error) {
      for (const e of created.reverse()) await api.invoke('events.delete', { id: e.id }).catch(() => undefined);
      if (error instanceof ApiError) {
        const issues = error.issues.map((i) => ({ field: i.field ? `events[${index}].${i.field}` : `events[${index}]`, problem: i.problem }));
        throw new ApiError(error.code, error.message, issues.length ? issues : [{ field: `events[${index}]`, problem: error.message }]);
      }
      throw error;
    }
  }
  return created;
}
