import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataDirFromArgv } from '../../electron/args.ts';

const cwd = path.resolve('/home/ambassade');

describe('dataDirFromArgv', () => {
  it('is null when no data folder is given', () => {
    expect(dataDirFromArgv(['/usr/bin/electron', '.', '--no-sandbox'], cwd)).toBeNull();
  });

  it('reads --data-dir DIR and --data-dir=DIR, relative to the working folder', () => {
    expect(dataDirFromArgv(['electron', '.', '--data-dir', 'store'], cwd)).toBe(path.join(cwd, 'store'));
    expect(dataDirFromArgv(['chancery', '--data-dir=/tmp/x'], cwd)).toBe(path.resolve('/tmp/x'));
  });

  it('refuses a --data-dir without a folder, naming the option', () => {
    expect(() => dataDirFromArgv(['electron', '.', '--data-dir'], cwd)).toThrow(/--data-dir/);
    expect(() => dataDirFromArgv(['electron', '--data-dir', '--inspect'], cwd)).toThrow(/--data-dir/);
    expect(() => dataDirFromArgv(['electron', '--data-dir='], cwd)).toThrow(/--data-dir/);
  });
});
