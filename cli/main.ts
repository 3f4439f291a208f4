/**
 * `chancery`: the command line over the same API the desktop app uses. Parses the global
 * flags, routes to one command, and turns every failure into one stderr line and an exit code.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { ParseArgsOptionsConfig } from 'node:util';
import pkg from '../package.json' with { type: 'json' };
import { localClient, openStore } from '../api/store.ts';
import type { ApiClient } from '../core/contract.ts';
import type { Lang } from '../core/taxonomy.ts';
import { DB_FILE_NAME, defaultDataDir } from '../db/location.ts';
import type { Command, CommandContext } from './command.ts';
import { addCommand } from './commands/add.ts';
import { exportCommand, importCommand } from './commands/data.ts';
import { dueCommand } from './commands/due.ts';
import { extractCommand } from './commands/extract.ts';
import { listCommand, showCommand } from './commands/events.ts';
import { infoCommand } from './commands/info.ts';
import { sampleCommand } from './commands/sample.ts';
import { searchCommand } from './commands/search.ts';
import { EXIT_OK, failureOf, UsageError } from './failure.ts';
import { processIO } from './io.ts';
import type { CliIO } from './io.ts';

const COMMANDS: readonly Command[] = [
  sampleCommand, addCommand, searchCommand, dueCommand, listCommand, showCommand,
  exportCommand, importCommand, infoCommand, extractCommand,
];

const GLOBAL_OPTIONS = {
  'data-dir': { type: 'string' },
  json: { type: 'boolean' },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const satisfies ParseArgsOptionsConfig;

/** Global flags that take a value: the word after them is never the command name. */
const VALUED_GLOBALS = new Set(['--data-dir', '--lang']);

export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  let store: { close(): void } | undefined;
  try {
    const name = findCommandName(argv);
    const command = name === undefined ? undefined : COMMANDS.find((c) => c.name === name);
    if (name !== undefined && !command) throw new UsageError(`unknown command "${name}" (see chancery --help)`);

    const { values, positionals } = parse(argv, command);
    if (values.version) {
      io.out(`${pkg.version}\n`);
      return EXIT_OK;
    }
    if (values.help || !command) {
      io.out(command ? commandHelp(command) : mainHelp(io));
      return EXIT_OK;
    }

    const args = positionals.slice(1);
    const { min, max, names } = command.positionals;
    const usage = `usage: ${[`chancery ${command.name}`, command.synopsis].filter(Boolean).join(' ')}`;
    if (args.length < min) throw new UsageError(`${command.name}: missing ${names} (${usage})`);
    if (args.length > max) throw new UsageError(`${command.name}: unexpected argument "${args[max]}" (${usage})`);

    const lang = parseLang(values.lang);
    const dataDir = typeof values['data-dir'] === 'string' ? values['data-dir'] : defaultDataDir(io.env);
    if (dataDir.trim() === '') throw new UsageError('--data-dir: must not be empty');
    let client: ApiClient | undefined;
    const ctx: CommandContext = {
      io,
      json: values.json === true,
      lang,
      api: () => {
        client ??= localClient((store = openStore({ file: join(dataDir, DB_FILE_NAME) })));
        return client;
      },
    };
    await command.run(ctx, args, values);
    return EXIT_OK;
  } catch (error) {
    const { line, exitCode } = failureOf(error);
    io.err(`${line}\n`);
    return exitCode;
  } finally {
    store?.close();
  }
}

function findCommandName(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') return argv[i + 1];
    if (VALUED_GLOBALS.has(arg)) i++;
    else if (!arg.startsWith('-') || arg === '-') return arg;
  }
  return undefined;
}

function parse(argv: readonly string[], command: Command | undefined) {
  try {
    return parseArgs({
      args: [...argv],
      options: { ...GLOBAL_OPTIONS, ...command?.options },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError(parseProblem(error as Error & { code?: string }, command));
  }
}

/** Node's own messages suggest `--` tricks; say plainly which flag is wrong instead. */
function parseProblem(error: Error & { code?: string }, command: Command | undefined): string {
  const where = command ? `chancery ${command.name}` : 'chancery';
  const flag = /'(-[^' ]+)/.exec(error.message)?.[1] ?? '';
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `${flag}: unknown option for ${where} (see ${where} --help)`;
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return /argument missing/.test(error.message) ? `${flag}: needs a value` : `${flag}: takes no value`;
  }
  return error.message;
}

function parseLang(value: string | boolean | undefined): Lang {
  if (value === undefined) return 'en';
  if (value === 'en' || value === 'fr') return value;
  throw new UsageError(`--lang: ${String(value)} must be en or fr`);
}

function mainHelp(io: CliIO): string {
  const rows = COMMANDS.flatMap((c) => [`  ${c.name} ${c.synopsis}`.trimEnd(), `      ${c.summary}`]);
  return [
    `chancery ${pkg.version} — diplomatic events, their follow-ups and reminders, offline`,
    '',
    'Usage: chancery [--data-dir DIR] [--json] [--lang en|fr] COMMAND [ARGS]',
    '',
    'Commands:',
    ...rows,
    '',
    'Options:',
    `  --data-dir DIR  the folder holding ${DB_FILE_NAME} (default: ${defaultDataDir(io.env)})`,
    '  --json          machine-readable output on stdout',
    '  --lang en|fr    language of dates and headings (default en)',
    '  -h, --help      this help, or a command\'s: chancery COMMAND --help',
    '  -v, --version   the version',
    '',
    'Exit status: 0 done, 2 bad command line or input (nothing written), 1 any other failure.',
    '',
  ].join('\n');
}

function commandHelp(command: Command): string {
  return [
    `Usage: chancery ${command.name} ${command.synopsis}`.trimEnd(),
    '',
    `  ${command.summary}`,
    ...(command.details?.length ? ['', ...command.details.map((d) => `  ${d}`)] : []),
    '',
    'Global options: --data-dir DIR, --json, --lang en|fr (see chancery --help)',
    '',
  ].join('\n');
}

export async function runFromProcess(): Promise<number> {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    // A reader that stops early (`chancery export | head`) is not a failure.
    if (error.code === 'EPIPE') process.exit(EXIT_OK);
  });
  return main(process.argv.slice(2), processIO());
}
