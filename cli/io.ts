/** The process edges the commands touch, gathered so a command never reaches for `process` itself. */
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { UsageError } from './failure.ts';

export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  /** Hits are bolded only on a terminal that accepts colour; elsewhere they are marked «like this». */
  readonly emphasis: boolean;
  readStdin(): Promise<string>;
  now(): Date;
  readonly env: NodeJS.ProcessEnv;
}

export function processIO(): CliIO {
  return {
    out: (text) => void process.stdout.write(text),
    err: (text) => void process.stderr.write(text),
    emphasis: process.stdout.isTTY === true && !process.env.NO_COLOR && process.env.TERM !== 'dumb',
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
    now: () => new Date(),
    env: process.env,
  };
}

/** Reads a whole text file (or standard input for `-`); a missing or unreadable file is the user's input error. */
export async function readTextInput(io: CliIO, file: string): Promise<string> {
  let text: string;
  if (file === '-') {
    text = await io.readStdin();
  } else {
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      throw new UsageError(`${file}: ${fileProblem(error)}`);
    }
  }
  return text.replace(/^\uFEFF/, '');
}

export async function readJsonInput(io: CliIO, file: string): Promise<unknown> {
  const text = await readTextInput(io, file);
  const name = file === '-' ? 'standard input' : file;
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${name}: is not valid JSON (${(error as Error).message})`);
  }
}

/** Writes through a temporary file and a rename, so an interrupted export never leaves half a file under the real name. */
export async function writeFileWhole(file: string, text: string): Promise<void> {
  const temp = `${file}.${process.pid}.tmp`;
  try {
    await writeFile(temp, text, 'utf8');
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw new UsageError(`${file}: ${fileProblem(error)}`);
  }
}

function fileProblem(error: unknown): string {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'ENOENT': return 'no such file or folder';
    case 'EISDIR': return 'is a folder, not a file';
    case 'EACCES':
    case 'EPERM': return 'permission denied';
    default: return (error as Error).message;
  }
}
