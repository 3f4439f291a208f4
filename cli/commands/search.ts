import type { Command } from '../command.ts';
import { printJson, wholeNumberOption } from '../command.ts';
import { formatEventDate, formatSnippet } from '../format.ts';
import { messages } from '../messages.ts';

export const searchCommand: Command = {
  name: 'search',
  synopsis: 'QUERY [--limit N]',
  summary: 'full-text search, accents and case ignored (wague finds Wagué)',
  details: ['--limit N   at most N results (default 20)'],
  options: { limit: { type: 'string' } },
  positionals: { min: 1, max: Infinity, names: 'QUERY' },
  async run(ctx, words, values) {
    const query = words.join(' ');
    const result = await ctx.api().invoke('search', { query, limit: wholeNumberOption(values, 'limit') ?? 20 });
    if (ctx.json) {
      printJson(ctx, result);
      return;
    }
    const m = messages(ctx.lang);
    if (result.items.length === 0) {
      ctx.io.out(`${m.noResults(query)}\n`);
      return;
    }
    ctx.io.out(`${m.results(result.items.length, result.total, query, result.totalCapped)}\n\n`);
    for (const { event, snippet } of result.items) {
      ctx.io.out(`${formatEventDate(event, ctx.lang)}  ${event.title}\n`);
      const text = formatSnippet(snippet, ctx.io.emphasis);
      if (text) ctx.io.out(`  ${text}\n`);
      ctx.io.out(`  id ${event.id}\n\n`);
    }
  },
};
