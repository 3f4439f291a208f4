/** What every subcommand is given and what it declares, so `main.ts` can parse, route and explain them alike. */
import type { ParseArgsOptionsConfig } from 'node:util';
import type { ApiClient } from '../core/contract.ts';
import { calendarDateProblem } from '../core/dates.ts';
import type { Lang } from '../core/taxonomy.ts';
import { UsageError } from './failure.ts';
import type { CliIO } from './io.ts';

export interface CommandContext {
  io: CliIO;
  json: boolean;
  lang: Lang;
  /** Opens the store on first use, so `--help` and bad arguments never touch the data folder. */
  api(): ApiClient;
}

export type OptionValues = Record<string, string | boolean | undefined>;

export interface Command {
  name: string;
  /** The arguments after the command name, as shown in help: `QUERY [--limit N]`. */
  synopsis: string;
  summary: string;
  /** Extra help lines: each option explained. */
  details?: string[];
  options: ParseArgsOptionsConfig;
  /** How many positionals the command takes. */
  positionals: { min: number; max: number; names: string };
  run(ctx: CommandContext, positionals: string[], values: OptionValues): Promise<void>;
}

export function stringOption(values: OptionValues, name: string): string | undefined {
  const v = values[name];
  return typeof v === 'string' ? v : undefined;
}

export function wholeNumberOption(values: OptionValues, name: string): number | undefined {
  const raw = stringOption(values, name);
  if (raw === undefined) return undefined;
  if (!/^\d+$/.test(raw.trim())) throw new UsageError(`--${name}: ${raw} is not a whole number`);
  return Number(raw);
}

export function dateOption(values: OptionValues, name: string): string | undefined {
  const raw = stringOption(values, name)?.trim();
  if (raw === undefined) return undefined;
  const problem = calendarDateProblem(raw);
  if (problem) throw new UsageError(`--${name}: ${problem}`);
  return raw;
}

export function printJson(ctx: CommandContext, value: unknown): void {
  ctx.io.out(`${JSON.stringify(value, null, 2)}\n`);
}
