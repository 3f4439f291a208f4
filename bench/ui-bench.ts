/**
 * UI figures for one size, in Debian's Chromium through the browser preview: time from
 * navigation to the first timeline rows painted, a scripted scroll through the whole timeline
 * (frame intervals, long tasks), DOM nodes and JS heap.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { NO_FILTERS, type TimelineFilters } from '../core/timeline-filters.ts';
import { previewClient } from '../preview/client.ts';
import { type Preview, startPreview } from '../preview/server.ts';
import { BENCH_NOW } from './generate.ts';
import type { ScrollFigures } from './browser.ts';
import type { PageGlobals } from './page-globals.ts';
import { median, round } from './stats.ts';

export interface UiFigures {
  firstRowsMs: number;
  /** The first navigation of a fresh browser context (cold caches); firstRowsMs is the median of the next ones. */
  firstRowsColdMs: number;
  /** The same with a saved filter (a country), which the served page waits for: the month counts are filtered too. */
  firstRowsFilteredMs: number;
  scrollFrameP95Ms: number;
  scrollFrameMaxMs: number;
  scrollFrames: number;
  longTasks: number;
  longestTaskMs: number;
  domNodes: number;
  heapMB: number;
}

/** A loaded event row (skeleton rows have no event id): the renderer's own marker, see renderer/src/timeline/EventRow.tsx. */
export const ROW_SELECTOR = '[data-testid="timeline-scroll"] .ev-row[data-event-id]';
export const SCROLL_SELECTOR = '[data-testid="timeline-scroll"]';
/** Frames the scroll from top to bottom takes: ten seconds at 60 Hz, like dragging the scroll bar. */
export const SCROLL_FRAMES = 600;

/** Installed before any page script: stamps the first animation frame after a loaded row is in the DOM. */
function watchFirstRows(selector: string): void {
  const g = globalThis as unknown as PageGlobals & { __firstRowsMs?: number };
  const mo = new g.MutationObserver(() => {
    if (g.__firstRowsMs !== undefined || !g.document.querySelector(selector)) return;
    g.__firstRowsMs = -1;
    mo.disconnect();
    g.requestAnimationFrame(() => { g.__firstRowsMs = g.performance.now(); });
  });
  mo.observe(g.document, { childList: true, subtree: true });
}

/** Scrolls `selector` from top to bottom over `frames` animation frames; measured in the page. */
export function scrollInPage(args: { selector: string; frames: number }): Promise<ScrollFigures> {
  const g = globalThis as unknown as PageGlobals;
  const el = g.document.querySelector(args.selector)!;
  const tasks: number[] = [];
  const observer = new g.PerformanceObserver((list) => { for (const e of list.getEntries()) tasks.push(e.duration); });
  observer.observe({ type: 'longtask' });
  const distance = el.scrollHeight - el.clientHeight;
  const intervals: number[] = [];
  let maxDomNodes = 0;
  return new Promise((done) => {
    let i = 0;
    let last = 0;
    const frame = (t: number) => {
      if (last) intervals.push(t - last);
      last = t;
      if (i % 30 === 0) maxDomNodes = Math.max(maxDomNodes, g.document.getElementsByTagName('*').length);
      if (i > args.frames) {
        observer.disconnect();
        const sorted = [...intervals].sort((a, b) => a - b);
        done({
          frames: intervals.length,
          frameP95Ms: sorted[Math.ceil(sorted.length * 0.95) - 1] ?? NaN,
          frameMaxMs: sorted[sorted.length - 1] ?? NaN,
          longTasks: tasks.length,
          longestTaskMs: Math.max(0, ...tasks),
          maxDomNodes,
        });
        return;
      }
      el.scrollTop = Math.round((distance * i) / args.frames);
      i++;
      g.requestAnimationFrame(frame);
    };
    g.requestAnimationFrame(frame);
  });
}

/** The page's first contentful paint, once the browser has reported it. */
function firstContentfulPaint(): Promise<number> {
  const g = globalThis as unknown as PageGlobals;
  return new Promise((done) => {
    new g.PerformanceObserver((list, observer) => {
      const entry = list.getEntriesByName('first-contentful-paint')[0];
      if (!entry) return;
      observer.disconnect();
      done(entry.startTime);
    }).observe({ type: 'paint', buffered: true });
  });
}

/**
 * Rows in the page before its first paint (the served first screen) reach the screen with that
 * paint, which can come well after the animation frame stamped for them: the figure is the later
 * of the two, never the earlier.
 */
async function firstRows(page: Page, url: string): Promise<number> {
  await page.goto(url);
  await page.waitForFunction(() => ((globalThis as unknown as { __firstRowsMs?: number }).__firstRowsMs ?? -1) > 0, undefined, { timeout: 120_000 });
  const stamped = await page.evaluate(() => (globalThis as unknown as { __firstRowsMs: number }).__firstRowsMs);
  return Math.max(stamped, await page.evaluate(firstContentfulPaint));
}

export async function heapMB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 1048576;
}

export function rendererReady(dir: string): boolean {
  return existsSync(resolve(dir, 'index.html'));
}

/** A saved timeline filter as a user would keep one: a country a large share of the events name. */
export const SAVED_FILTER: TimelineFilters = { chips: [{ dim: 'countries', value: 'ML', labels: { en: 'Mali', fr: 'Mali' } }] };

/**
 * Navigations in one browser context: a cold one, then `count` pairs, with the saved filter and
 * without, alternating so that neither pays for what the other left (the last page is unfiltered).
 */
async function navigations(context: BrowserContext, preview: Preview, count: number): Promise<{ page: Page; cold: number; plain: number[]; filtered: number[] }> {
  const api = previewClient(() => preview);
  const open = async (filters: TimelineFilters, last?: Page) => {
    await api.invoke('settings.update', { timelineFilters: filters });
    await last?.close();
    const page = await context.newPage();
    return { page, ms: await firstRows(page, preview.url) };
  };
  const first = await open(NO_FILTERS);
  const cold = first.ms;
  let page = first.page;
  const plain: number[] = [];
  const filtered: number[] = [];
  for (let i = 0; i < count; i++) {
    const f = await open(SAVED_FILTER, page);
    filtered.push(f.ms);
    const u = await open(NO_FILTERS, f.page);
    plain.push(u.ms);
    page = u.page;
  }
  return { page, cold, plain, filtered };
}

export async function benchUi(browser: Browser, opts: { dataDir: string; rendererDir: string; log: (line: string) => void; navigations?: number }): Promise<UiFigures> {
  const preview = await startPreview({ dataDir: opts.dataDir, rendererDir: opts.rendererDir, now: () => BENCH_NOW });
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'fr-FR' });
  try {
    await context.addInitScript(watchFirstRows, ROW_SELECTOR);
    const nav = await navigations(context, preview, opts.navigations ?? 5);
    const page = nav.page;
    opts.log(`  first rows: ${[nav.cold, ...nav.plain].map((t) => t.toFixed(0)).join(', ')} ms; with a saved filter: ${nav.filtered.map((t) => t.toFixed(0)).join(', ')} ms`);
    // Start at the top with the first rows loaded, then drag down to the last event.
    await page.$eval(SCROLL_SELECTOR, (el) => { el.scrollTop = 0; });
    await page.waitForSelector(ROW_SELECTOR);
    await page.waitForTimeout(500);
    const scroll = await page.evaluate(scrollInPage, { selector: SCROLL_SELECTOR, frames: SCROLL_FRAMES });
    await page.waitForTimeout(1_000);
    const domNodes = await page.evaluate(() => (globalThis as unknown as PageGlobals).document.getElementsByTagName('*').length);
    return {
      firstRowsMs: round(median(nav.plain), 1),
      firstRowsColdMs: round(nav.cold, 1),
      firstRowsFilteredMs: round(median(nav.filtered), 1),
      scrollFrameP95Ms: round(scroll.frameP95Ms, 2),
      scrollFrameMaxMs: round(scroll.frameMaxMs, 1),
      scrollFrames: scroll.frames,
      longTasks: scroll.longTasks,
      longestTaskMs: round(scroll.longestTaskMs, 1),
      domNodes: Math.max(domNodes, scroll.maxDomNodes),
      heapMB: round(await heapMB(page), 1),
    };
  } finally {
    await context.close();
    await preview.close();
  }
}
