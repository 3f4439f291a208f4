/**
 * Command-line options of the desktop app. Electron passes Chromium's own switches in argv
 * too, so only our option is read and everything else is left alone.
 */
import path from 'node:path';

/** The folder given with `--data-dir DIR` or `--data-dir=DIR`, made absolute; null when absent. Throws when the flag has no value. */
export function dataDirFromArgv(argv: readonly string[], cwd: string): string | null {
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    let value: string | undefined;
    if (arg === '--data-dir') value = argv[i + 1];
    else if (arg.startsWith('--data-dir=')) value = arg.slice('--data-dir='.length);
    else continue;
    if (value === undefined || value === '' || value.startsWith('--')) {
      throw new Error('--data-dir: a folder is required, e.g. --data-dir ~/Chancery');
    }
    return path.resolve(cwd, value);
  }
  return null;
}
