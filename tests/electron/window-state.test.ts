import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_WINDOW_STATE, loadWindowState, restoreWindowState, saveWindowState } from '../../electron/window-state.ts';

const screens = [{ x: 0, y: 0, width: 1920, height: 1080 }];
const dir = mkdtempSync(path.join(tmpdir(), 'chancery-window-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('restoreWindowState', () => {
  it('keeps a sound size and a position on a present screen', () => {
    expect(restoreWindowState({ bounds: { x: 100, y: 50, width: 1000, height: 700 }, maximized: true }, screens)).toEqual({
      bounds: { x: 100, y: 50, width: 1000, height: 700 },
      maximized: true,
    });
  });

  it('drops a position that lies on a screen no longer plugged in', () => {
    expect(restoreWindowState({ bounds: { x: 3000, y: 50, width: 1000, height: 700 } }, screens).bounds).toEqual({ width: 1000, height: 700 });
  });

  it('falls back to the default for garbage, tiny or huge sizes', () => {
    for (const raw of [null, 'x', { bounds: { width: 10, height: 10 } }, { bounds: { width: 1e9, height: 700 } }, { bounds: { width: '1000', height: 700 } }]) {
      expect(restoreWindowState(raw, screens)).toEqual(DEFAULT_WINDOW_STATE);
    }
  });
});

describe('window state file', () => {
  it('survives a round trip through its file', () => {
    const file = path.join(dir, 'window-state.json');
    saveWindowState(file, { bounds: { x: 5, y: 6, width: 900, height: 650 }, maximized: false });
    expect(loadWindowState(file, screens)).toEqual({ bounds: { x: 5, y: 6, width: 900, height: 650 }, maximized: false });
  });

  it('gives the default for a missing or truncated file', () => {
    const file = path.join(dir, 'truncated.json');
    writeFileSync(file, '{"bounds":{"wid');
    expect(loadWindowState(file, screens)).toEqual(DEFAULT_WINDOW_STATE);
    expect(loadWindowState(path.join(dir, 'absent.json'), screens)).toEqual(DEFAULT_WINDOW_STATE);
  });
});
