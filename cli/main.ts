/**
 * `chancery`: the command line over the same API the desktop app uses. Parses the global
 * flags, routes to one command, and turns every failure into one stderr line and an exit code.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { ParseArgsOptionsConfig } from 'node:util';
import pkg from '../package.json' with { type: 'json' };
import { localClient, openStore, type Store } from '../api/store.ts';
import type { ApiClient } from '../core/contract.ts';
import { ApiError } from '../core/errors.ts';
import type { Lang } from '../core/taxonomy.ts';
import { backupsDir } from '../db/backup.ts';
import { DB_FILE_NAME, defaultDataDir } from '../db/location.ts';
import { type Diagnosis, diagnose } from '../db/recovery.ts';
import type { Command } from './command.ts';
import { addCommand } from './commands/add.ts';
import { backupCommand, restoreCommand } from './commands/backup.ts';
import { exportCommand, importCommand } from './commands/data.ts';
import { dueCommand } from './commands/due.ts';
import { extractCommand } from './commands/extract.ts';
import { listCommand, showCommand } from './commands/events.ts';
import { recoverCommand } from './commands/recover.ts';
import { relationsCommand } from './commands/relations.ts';
import { infoCommand } from './commands/info.ts';
import { sampleCommand } from './commands/sample.ts';
import { searchCommand } from './commands/search.ts';
import { settingsCommand } from './commands/settings.ts';
import { EXIT_OK, failureOf, UsageError } from './failure.ts';
import { processIO } from './io.ts';
import type { CliIO } from './io.ts';
import type { LocalContext } from './local.ts';

const COMMANDS: readonly Command[] = [
  sampleCommand, addCommand, searchCommand, dueCommand, listCommand, showCommand,
  exportCommand, importCommand, infoCommand, extractCommand,
  backupCommand, restoreCommand, recoverCommand, relationsCommand, settingsCommand,
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

export interface MainOptions {
  /** Whether a person watches stderr, to see progress lines (false in tests and pipelines). */
  progress?: boolean;
}

export async function main(argv: readonly string[], io: CliIO, options: MainOptions = {}): Promise<number> {
  let store: Store | undefined;
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
    const dataFile = join(dataDir, DB_FILE_NAME);
    const backups = backupsDir(dataDir);
    const flag = dataDirFlag(values['data-dir']);
    const openLocal = () => (store ??= openOrExplain(dataFile, backups, flag));
    let client: ApiClient | undefined;
    const ctx: LocalContext = {
      io,
      json: values.json === true,
      lang,
      api: () => (client ??= localClient(openLocal())),
      dataFile,
      backupsDir: backups,
      store: openLocal,
      progress: options.progress === true,
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

/** `--data-dir DIR ` when the user gave one, so a suggested command reaches the same store. */
function dataDirFlag(value: string | boolean | undefined): string {
  if (typeof value !== 'string') return '';
  const quoted = /^[\w@%+=:,./-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
  return `--data-dir ${quoted} `;
}

/**
 * Opens the store; when the file cannot be used, says what is wrong with it (a look that never
 * writes) and the ways forward, as one line that `failureOf` prints with exit status 1.
 */
function openOrExplain(file: string, backups: string, flag: string): Store {
  try {
    return openStore({ file });
  } catch (error) {
    if (!(error instanceof ApiError) || error.code !== 'store_unavailable') throw error;
    let diagnosis: Diagnosis | null;
    try {
      diagnosis = diagnose(file, { backupsDir: backups, thorough: true });
    } catch {
      // An unreadable backups folder must not hide why the store itself failed.
      diagnosis = null;
    }
    if (!diagnosis) throw error;
    const ways = diagnosis.remedies.flatMap((r) => {
      if (r === 'restore') return [`chancery ${flag}recover --restore-latest (the backup of ${diagnosis.backup!.date})`];
      if (r === 'fresh') return [`chancery ${flag}recover --start-fresh (an empty store; the file is kept aside)`];
      return [];
    });
    throw new Error(ways.length ? `${diagnosis.message} Ways forward: ${ways.join(', or ')}.` : diagnosis.message, { cause: error });
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
  return main(process.argv.slice(2), processIO(), { progress: process.stderr.isTTY === true });
}
