import type { Settings } from '../../core/records.ts';
import type { TimelineFilters } from '../../core/timeline-filters.ts';
import { ApiError } from '../../core/errors.ts';
import type { Command, CommandContext, OptionValues } from '../command.ts';
import { printJson, stringOption } from '../command.ts';
import { UsageError } from '../failure.ts';
import { messages } from '../messages.ts';

/** The options that set a value, by the API's field each one sets. */
const FIELD_OF = { language: 'language', 'reminder-time': 'reminderTime', notifications: 'notifications' } as const;
const OPTION_OF: Record<string, string> = Object.fromEntries(Object.entries(FIELD_OF).map(([option, field]) => [field, `--${option}`]));

export const settingsCommand: Command = {
  name: 'settings',
  synopsis: '[--language system|fr|en] [--reminder-time HH:MM] [--notifications on|off] [--clear-filters]',
  summary: 'show the settings the desktop app uses, or change them',
  details: [
    '--language L        the app\'s language: system (follow the computer), fr or en',
    '--reminder-time T   when the day\'s reminders are shown, HH:MM',
    '--notifications X   on or off: remind with a system notification',
    '--clear-filters     take the timeline\'s saved filters off',
  ],
  options: { language: { type: 'string' }, 'reminder-time': { type: 'string' }, notifications: { type: 'string' }, 'clear-filters': { type: 'boolean' } },
  positionals: { min: 0, max: 0, names: '' },
  async run(ctx, _positionals, values) {
    const patch = patchOf(values);
    const settings = Object.keys(patch).length ? await update(ctx, patch) : await ctx.api().invoke('settings.get');
    if (ctx.json) {
      printJson(ctx, settings);
      return;
    }
    printSettings(ctx, settings);
  },
};

function patchOf(values: OptionValues): Record<string, unknown> {
  const patch: Record<string, unknown> = {};
  for (const [option, field] of Object.entries(FIELD_OF)) {
    const value = stringOption(values, option);
    if (value !== undefined) patch[field] = value;
  }
  if (patch.notifications !== undefined) {
    if (patch.notifications !== 'on' && patch.notifications !== 'off') throw new UsageError(`--notifications: ${String(patch.notifications)} must be on or off`);
    patch.notifications = patch.notifications === 'on';
  }
  if (values['clear-filters']) patch.timelineFilters = { chips: [] };
  return patch;
}

/** The API checks the values; its refusal is said with the option the user typed. */
async function update(ctx: CommandContext, patch: Record<string, unknown>): Promise<Settings> {
  try {
    return await ctx.api().invoke('settings.update', patch);
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    const said = error.issues.map((i) => ({ option: OPTION_OF[i.field], problem: i.problem })).find((i) => i.option);
    if (!said) throw error;
    throw new UsageError(`${said.option}: ${said.problem}`);
  }
}

function printSettings(ctx: CommandContext, s: Settings): void {
  const m = messages(ctx.lang);
  const rows: [string, string][] = [
    [m.language, s.language],
    [m.reminderTime, s.reminderTime],
    [m.notifications, s.notifications ? m.on : m.off],
    [m.timelineFilters, describeFilters(ctx, s.timelineFilters)],
  ];
  const width = Math.max(...rows.map(([label]) => label.length)) + 2;
  ctx.io.out(rows.map(([label, value]) => `${`${label}:`.padEnd(width)}${value}`).join('\n') + '\n');
}

function describeFilters(ctx: CommandContext, f: TimelineFilters): string {
  const m = messages(ctx.lang);
  const parts = f.chips.map((c) => c.labels[ctx.lang]);
  if (f.from || f.to) parts.push(m.dateRange(f.from, f.to));
  return parts.length ? parts.join(', ') : m.none;
}
