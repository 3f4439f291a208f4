import type { Command } from '../command.ts';
import { printJson } from '../command.ts';

export const infoCommand: Command = {
  name: 'info',
  synopsis: '',
  summary: 'where the store is and what it holds',
  options: {},
  positionals: { min: 0, max: 0, names: '' },
  async run(ctx) {
    const info = await ctx.api().invoke('store.info');
    if (ctx.json) {
      printJson(ctx, info);
      return;
    }
    ctx.io.out(
      [
        `Store:          ${info.path}`,
        `Schema version: ${info.schemaVersion}`,
        `SQLite:         ${info.sqliteVersion}`,
        `Events:         ${info.events}`,
        `Follow-ups:     ${info.followUps}`,
        `People:         ${info.people}`,
        `Organisations:  ${info.organisations}`,
      ].join('\n') + '\n',
    );
  },
};
