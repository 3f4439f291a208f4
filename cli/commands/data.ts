import type { Command } from '../command.ts';
import { printJson, stringOption } from '../command.ts';
import { plural } from '../format.ts';
import { readJsonInput, writeFileWhole } from '../io.ts';

export const exportCommand: Command = {
  name: 'export',
  synopsis: '[--out FILE]',
  summary: 'write everything as one JSON document (standard output unless --out)',
  details: ['--out FILE   write to FILE instead of standard output'],
  options: { out: { type: 'string' } },
  positionals: { min: 0, max: 0, names: '' },
  async run(ctx, _positionals, values) {
    const doc = await ctx.api().invoke('data.export');
    const text = `${JSON.stringify(doc, null, 2)}\n`;
    const out = stringOption(values, 'out');
    if (out === undefined) {
      ctx.io.out(text);
      return;
    }
    await writeFileWhole(out, text);
    if (ctx.json) printJson(ctx, { file: out, events: doc.events.length });
    else ctx.io.out(`Exported ${plural(doc.events.length, 'event', 'events')} to ${out}\n`);
  },
};

export const importCommand: Command = {
  name: 'import',
  synopsis: 'FILE|-',
  summary: 'import a document written by export; all or nothing',
  options: {},
  positionals: { min: 1, max: 1, names: 'FILE' },
  async run(ctx, [file]) {
    const doc = await readJsonInput(ctx.io, file!);
    const summary = await ctx.api().invoke('data.import', doc as never);
    if (ctx.json) {
      printJson(ctx, summary);
      return;
    }
    ctx.io.out(
      `Imported ${plural(summary.events, 'event', 'events')}, ${plural(summary.followUps, 'follow-up', 'follow-ups')}, ` +
        `${plural(summary.people, 'person', 'people')} and ${plural(summary.organisations, 'organisation', 'organisations')}.\n`,
    );
  },
};
