/** Debian's Chromium, launched with the flags that keep it quiet on a closed network (see TOOLCHAIN.md). */
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
  // Frames must keep coming while the page is scripted, even when nothing "visible" changes.
  '--disable-background-timer-throttling', '--disable-renderer-backgrounding',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** Runs in the page: frame intervals from requestAnimationFrame while `step(i)` moves the view, and long tasks meanwhile. */
export interface ScrollFigures { frames: number; frameP95Ms: number; frameMaxMs: number; longTasks: number; longestTaskMs: number; maxDomNodes: number }
