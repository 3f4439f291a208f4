/**
 * The main window's size and position, kept in a small JSON file between runs. The file is
 * ours but still read defensively: a hand-edited or truncated file must not stop the app.
 */
import { readFileSync, writeFileSync } from 'node:fs';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: { width: number; height: number; x?: number; y?: number };
  maximized: boolean;
}

export const DEFAULT_WINDOW_STATE: WindowState = { bounds: { width: 1200, height: 800 }, maximized: false };
const MIN = { width: 640, height: 480 };
const MAX_SIDE = 20_000;

const isInt = (v: unknown, lo: number, hi: number): v is number => Number.isInteger(v) && (v as number) >= lo && (v as number) <= hi;

/**
 * The remembered state if it is sound, else the default. A position is kept only when the
 * window's top strip lands on one of today's screens: a monitor unplugged since must not hide it.
 */
export function restoreWindowState(raw: unknown, screens: readonly Rect[]): WindowState {
  if (typeof raw !== 'object' || raw === null) return DEFAULT_WINDOW_STATE;
  const { bounds, maximized } = raw as { bounds?: Record<string, unknown>; maximized?: unknown };
  if (typeof bounds !== 'object' || bounds === null) return DEFAULT_WINDOW_STATE;
  const { width, height, x, y } = bounds;
  if (!isInt(width, MIN.width, MAX_SIDE) || !isInt(height, MIN.height, MAX_SIDE)) return DEFAULT_WINDOW_STATE;
  const state: WindowState = { bounds: { width, height }, maximized: maximized === true };
  if (isInt(x, -MAX_SIDE, MAX_SIDE) && isInt(y, -MAX_SIDE, MAX_SIDE)) {
    const onScreen = screens.some((s) => x + 100 > s.x && x + 100 < s.x + s.width && y >= s.y && y + 20 < s.y + s.height);
    if (onScreen) state.bounds = { width, height, x, y };
  }
  return state;
}

export function loadWindowState(file: string, screens: readonly Rect[]): WindowState {
  try {
    return restoreWindowState(JSON.parse(readFileSync(file, 'utf8')), screens);
  } catch {
    return DEFAULT_WINDOW_STATE;
  }
}

export function saveWindowState(file: string, state: WindowState): void {
  try {
    writeFileSync(file, `${JSON.stringify(state)}\n`);
  } catch (err) {
    // Losing the window position is not worth interrupting a quit for.
    console.error('chancery: could not remember the window position', err);
  }
}
