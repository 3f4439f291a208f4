/**
 * The few browser globals the in-page measuring functions use, typed here because the node
 * side's TypeScript project has no DOM library (adding it would hide DOM use in node code).
 * Each in-page function reads them as `globalThis as unknown as PageGlobals`; the cast is erased.
 */
export interface PageElement { scrollTop: number; readonly scrollHeight: number; readonly clientHeight: number }

export interface PerformanceList {
  getEntries(): { duration: number }[];
  getEntriesByName(name: string): { startTime: number }[];
}

export interface PageGlobals {
  document: {
    querySelector(selector: string): PageElement | null;
    getElementsByTagName(tag: string): { length: number };
    getElementById(id: string): PageElement | null;
  };
  requestAnimationFrame(callback: (time: number) => void): number;
  MutationObserver: new (callback: () => void) => { observe(target: unknown, options: object): void; disconnect(): void };
  PerformanceObserver: new (callback: (list: PerformanceList, observer: { disconnect(): void }) => void) => {
    observe(options: { type: string; buffered?: boolean }): void;
    disconnect(): void;
  };
  performance: { now(): number };
}
