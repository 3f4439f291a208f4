import type { Command, CommandContext } from '../command.ts';
import { printJson, stringOption } from '../command.ts';
import { UsageError } from '../failure.ts';
import { plural } from '../format.ts';
import { readJsonInput, writeFileWhole } from '../io.ts';
import { showImportProgress, localAccess } from '../local.ts';

const FORMATS = ['json', 'csv', 'ics'] as const;
type Format = (typeof FORMATS)[number];

function formatOption(value: string | undefined): Format {
  if (value === undefined) return 'json';
  const format = FORMATS.find((f) => f === value.trim().toLowerCase());
  if (!format) throw new UsageError(`--format: ${value} must be json, csv or ics`);
  return format;
}

/** `events.csv` → `events.followups.csv`; a name without `.csv` gets the whole suffix. */
export function followUpsFileFor(eventsFile: string): string {
  return `${eventsFile.replace(/\.csv$/i, '')}.followups.csv`;
}

async function exportJson(ctx: CommandContext, out: string | undefined): Promise<void> {
  const doc = await ctx.api().invoke('data.export');
  const text = `${JSON.stringify(doc, null, 2)}\n`;
  if (out === undefined) {
    ctx.io.out(text);
    return;
  }
  await writeFileWhole(out, text);
  if (ctx.json) printJson(ctx, { file: out, events: doc.events.length });
  else ctx.io.out(`Exported ${plural(doc.events.length, 'event', 'events')} to ${out}\n`);
}

async function exportCsv(ctx: CommandContext, out: string | undefined): Promise<void> {
  // Two tables make two files: a stream holding both would open as neither in a spreadsheet.
  if (out === undefined) throw new UsageError('--format csv: writes two files, so it needs --out FILE (e.g. --out events.csv)');
  const followUpsFile = followUpsFileFor(out);
  const { events, followUps } = await ctx.api().invoke('data.exportCsv');
  await writeFileWhole(out, events);
  await writeFileWhole(followUpsFile, followUps);
  if (ctx.json) printJson(ctx, { events: out, followUps: followUpsFile });
  else ctx.io.out(`Exported events to ${out} and follow-ups to ${followUpsFile}\n`);
}

async function exportIcs(ctx: CommandContext, out: string | undefined): Promise<void> {
  const { ics } = await ctx.api().invoke('data.exportIcs');
  if (out === undefined) {
    ctx.io.out(ics);
    return;
  }
  await writeFileWhole(out, ics);
  // Content lines escape their line breaks, so this line only ever starts a calendar entry.
  const count = ics.split('\r\n').filter((line) => line === 'BEGIN:VEVENT').length;
  if (ctx.json) printJson(ctx, { file: out, followUps: count });
  else ctx.io.out(`Exported ${plural(count, 'open follow-up', 'open follow-ups')} to ${out}\n`);
}

export const exportCommand: Command = {
  name: 'export',
  synopsis: '[--format json|csv|ics] [--out FILE]',
  summary: 'write everything as one JSON document, or events and follow-ups for a spreadsheet or a calendar',
  details: [
    '--format json   (default) everything, versioned; chancery import reads it back',
    '--format csv    two spreadsheet files (UTF-8 with a BOM): --out events.csv also writes',
    '                events.followups.csv beside it; --out is required',
    '--format ics    the open follow-ups as an iCalendar file (windows as all-day spans)',
    '--out FILE      write to FILE instead of standard output',
  ],
  options: { out: { type: 'string' }, format: { type: 'string' } },
  positionals: { min: 0, max: 0, names: '' },
  async run(ctx, _positionals, values) {
    const format = formatOption(stringOption(values, 'format'));
    const out = stringOption(values, 'out');
    if (out !== undefined && out.trim() === '') throw new UsageError('--out: must not be empty');
    if (format === 'csv') await exportCsv(ctx, out);
    else if (format === 'ics') await exportIcs(ctx, out);
    else await exportJson(ctx, out);
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
    const events = (doc as { events?: unknown } | null)?.events;
    showImportProgress(localAccess(ctx), Array.isArray(events) ? events.length : 0);
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
