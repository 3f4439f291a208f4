import { SAMPLE_EVENT } from '../../core/sample.ts';
import type { Command } from '../command.ts';
import { printJson } from '../command.ts';

export const sampleCommand: Command = {
  name: 'sample',
  synopsis: '',
  summary: 'load the example: the Mali–Russia meeting in Moscow (23 June 2025) and its follow-up',
  options: {},
  positionals: { min: 0, max: 0, names: '' },
  async run(ctx) {
    const api = ctx.api();
    const date = SAMPLE_EVENT.date;
    // The sample is recognised by its date and title, so running the command twice adds it once.
    const sameDay = await api.invoke('events.list', { filters: { from: date, to: date }, limit: 1000 });
    const existing = sameDay.items.find((e) => e.title === SAMPLE_EVENT.title);
    if (existing) {
      if (ctx.json) printJson(ctx, { loaded: false, alreadyLoaded: true, id: existing.id, title: existing.title });
      else ctx.io.out(`The sample is already loaded: ${existing.title} (${existing.id}).\n`);
      return;
    }
    const event = await api.invoke('events.create', SAMPLE_EVENT);
    if (ctx.json) {
      printJson(ctx, { loaded: true, alreadyLoaded: false, id: event.id, title: event.title, followUps: event.followUps.length });
      return;
    }
    ctx.io.out(
      `Loaded the sample: ${event.title} (${event.id}) with ${event.followUps.length} follow-up.\n` +
        'Try: chancery search wague   chancery due --at 2025-07-01   chancery show ' + event.id + '\n',
    );
  },
};
