/**
 * The peer: vis-timeline, the library users would otherwise pick, loading the same events in
 * the same browser. Its standalone UMD build is read from `--peer-dir` or node_modules; when
 * absent the peer is skipped with a message. Its clock starts when the data is already in the
 * page (ours starts at navigation, API round trips included): the comparison favours the peer.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import type { ScrollFigures } from './browser.ts';
import type { GeneratedEvent } from './generate.ts';
import type { PageGlobals } from './page-globals.ts';
import { round } from './stats.ts';
import { SCROLL_FRAMES } from './ui-bench.ts';

export interface PeerFigures { name: string; version: string; firstPaintMs: number; scrollFrameP95Ms: number; longTasks: number; domNodes: number }

const UMD = join('standalone', 'umd', 'vis-timeline-graph2d.min.js');

/** The package folder holding vis-timeline's standalone build, or a sentence saying why there is none. */
export function findPeer(peerDir: string | undefined, projectRoot: string): { dir: string; version: string } | { missing: string } {
  const candidates = peerDir ? [resolve(peerDir), resolve(peerDir, 'node_modules', 'vis-timeline'), resolve(peerDir, 'package')] : [resolve(projectRoot, 'node_modules', 'vis-timeline')];
  for (const dir of candidates) {
    if (existsSync(join(dir, UMD))) {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version?: string };
      return { dir, version: pkg.version ?? 'unknown' };
    }
  }
  return { missing: `vis-timeline's ${UMD} not found in ${candidates.join(' or ')}; pass --peer-dir with an unpacked vis-timeline package` };
}

type Item = [id: string, content: string, start: string, end: string | null];

export async function benchPeer(browser: Browser, peer: { dir: string; version: string }, events: GeneratedEvent[]): Promise<PeerFigures> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.setContent('<!doctype html><html><body style="margin:0"><div id="tl"></div></body></html>');
    await page.addScriptTag({ path: join(peer.dir, UMD) });
    const css = join(peer.dir, 'styles', 'vis-timeline-graph2d.min.css');
    if (existsSync(css)) await page.addStyleTag({ path: css });
    const items: Item[] = events.map((e) => [e.id, e.input.title, normalise(e.input.date), e.input.endDate ?? null]);
    await page.evaluate((data) => { (globalThis as unknown as { __items: Item[] }).__items = data; }, items);

    // Default options, as a user would start: the whole range in view, items stacked.
    const firstPaintMs = await page.evaluate(() => new Promise<number>((done) => {
      const w = globalThis as unknown as PageGlobals & { __items: Item[]; __tl: unknown; vis: { DataSet: new (x: unknown[]) => unknown; Timeline: new (el: unknown, items: unknown, options: object) => unknown } };
      const start = w.performance.now();
      const data = new w.vis.DataSet(w.__items.map(([id, content, s, e]) => (e ? { id, content, start: s, end: e } : { id, content, start: s })));
      w.__tl = new w.vis.Timeline(w.document.getElementById('tl'), data, { height: '700px' });
      const check = () => (w.document.querySelector('.vis-item') ? w.requestAnimationFrame(() => done(w.performance.now() - start)) : w.requestAnimationFrame(check));
      check();
    }));

    const scroll = await page.evaluate((frames) => new Promise<ScrollFigures>((done) => {
      const g = globalThis as unknown as PageGlobals;
      const tl = (globalThis as unknown as { __tl: { getItemRange(): { min: Date; max: Date }; setWindow(a: number, b: number, o: object): void } }).__tl;
      const range = tl.getItemRange();
      const from = range.min.valueOf();
      const span = 365 * 86_400_000;
      const distance = range.max.valueOf() - span - from;
      const intervals: number[] = [];
      const tasks: number[] = [];
      const observer = new g.PerformanceObserver((list) => { for (const e of list.getEntries()) tasks.push(e.duration); });
      observer.observe({ type: 'longtask' });
      let i = 0;
      let last = 0;
      let maxDomNodes = 0;
      const frame = (t: number) => {
        if (last) intervals.push(t - last);
        last = t;
        if (i % 30 === 0) maxDomNodes = Math.max(maxDomNodes, g.document.getElementsByTagName('*').length);
        if (i > frames) {
          observer.disconnect();
          const sorted = [...intervals].sort((a, b) => a - b);
          done({ frames: intervals.length, frameP95Ms: sorted[Math.ceil(sorted.length * 0.95) - 1] ?? NaN, frameMaxMs: sorted[sorted.length - 1] ?? NaN, longTasks: tasks.length, longestTaskMs: Math.max(0, ...tasks), maxDomNodes });
          return;
        }
        // A year in view, panned from the first event to the last.
        const at = from + (distance * i) / frames;
        tl.setWindow(at, at + span, { animation: false });
        i++;
        g.requestAnimationFrame(frame);
      };
      g.requestAnimationFrame(frame);
    }), SCROLL_FRAMES);

    return { name: 'vis-timeline', version: peer.version, firstPaintMs: round(firstPaintMs, 1), scrollFrameP95Ms: round(scroll.frameP95Ms, 2), longTasks: scroll.longTasks, domNodes: scroll.maxDomNodes };
  } finally {
    await context.close();
  }
}

/** vis-timeline reads "2025" and "2025-03" as dates too, but the stored form is the first day: use it. */
function normalise(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}
