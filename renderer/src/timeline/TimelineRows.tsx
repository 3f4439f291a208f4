import { memo, useCallback, useEffect, useImperativeHandle, useLayoutEffect, useRef, useState } from 'react';
import type { RefObject } from 'react';
import type { Reminders } from '../../../core/records.ts';
import type { EventFilters } from '../../../core/schemas.ts';
import type { Lang } from '../../../core/taxonomy.ts';
import { capitalise, formatMonthName } from '../ui/dates.ts';
import { EventRow } from './EventRow.tsx';
import { messages } from './messages.ts';
import { type Seed, usePagedEvents } from './pages.ts';
import type { Layout, Row } from './rows.ts';
import { rowAt, rowAtOffset, rowBox } from './rows.ts';
import { TodayRow } from './TodayRow.tsx';

export interface TimelineRowsHandle {
  scrollToRow(index: number, align: 'start' | 'center'): void;
}

/** Rows drawn beyond each edge of the screen, so a small scroll never shows a gap. */
const OVERSCAN = 6;
/** Rows a slow scroll asks for beyond the screen, in the direction it goes: the next page is there before it is needed. */
const READ_AHEAD = 40;
/** After a jump of more than a screen, how long the view must stay put before its pages are asked for. */
const SETTLE_MS = 60;
/** Before the view is measured, rows are drawn this far either side of where it opens: windows up to twice as tall open filled. */
const OPEN_SPAN = 1200;

function rowKey(row: Row): string {
  switch (row.type) {
    case 'year':
      return `y${row.year}`;
    case 'month':
      return `m${row.month}`;
    case 'event':
      return `e${row.index}`;
    case 'today':
      return 'today';
  }
}

function rowMonth(row: Row | undefined, today: string): string | null {
  if (!row) return null;
  if (row.type === 'year') return `${row.year}-01`;
  if (row.type === 'today') return today.slice(0, 7);
  return row.month.length === 4 ? `${row.month}-01` : row.month;
}

const YearHead = memo(function YearHead({ year, count, lang }: { year: string; count: number; lang: Lang }) {
  return (
    <h2 className="year-head">
      {year} <span className="muted">{messages[lang].count(count)}</span>
    </h2>
  );
});

const MonthHead = memo(function MonthHead({ month, count, lang }: { month: string; count: number; lang: Lang }) {
  return (
    <h3 className="month-head">
      {capitalise(formatMonthName(month, lang))} {month.slice(0, 4)} <span className="muted">{messages[lang].count(count)}</span>
    </h3>
  );
});

export interface TimelineRowsProps {
  layout: Layout;
  /** Where to open: a saved scroll offset, or null for today (or the latest events). */
  restoreOffset: number | null;
  apiFilters: EventFilters;
  /** Filters and data version: pages are dropped when it changes. */
  dataKey: string;
  seed: Seed | null;
  today: string;
  reminders: Reminders | null;
  lang: Lang;
  scrollRef: RefObject<HTMLDivElement | null>;
  handleRef: RefObject<TimelineRowsHandle | null>;
  /** Written on every scroll, read when the timeline is left. */
  offsetRef: RefObject<number>;
  onMonth: (month: string | null) => void;
  onOpenEvent: (id: string) => void;
  onOpenFollowUp: (id: string) => void;
  onShowAllFollowUps: () => void;
}

interface Range {
  first: number;
  last: number;
  /** The first row whose bottom is below the top of the view: what the density strip marks. */
  top: number;
}

/** The rows between two offsets, overscan included (rowAtOffset keeps both within the list). */
function spanRange(layout: Layout, from: number, to: number): Range {
  const top = rowAtOffset(layout, from);
  const bottom = rowAtOffset(layout, to - 1);
  return { first: Math.max(0, top - OVERSCAN), last: Math.min(layout.rowCount - 1, bottom + OVERSCAN), top };
}

function rangeAt(layout: Layout, offset: number, viewport: number): Range {
  return spanRange(layout, offset, offset + Math.max(viewport, 1));
}

/** Where the list opens: today, or the last row when today is filtered out. */
function openingRow(layout: Layout): number {
  return layout.todayRow >= 0 ? layout.todayRow : layout.rowCount - 1;
}

/** The middle of the row the list opens on, as an offset. */
function openingCentre(layout: Layout): number {
  const box = rowBox(layout, openingRow(layout));
  return box.top + box.height / 2;
}

/**
 * The rows the view may show when it opens, whatever its height up to 2 × OPEN_SPAN: the opening
 * row is centred, or the view is against an end of the list (see offsetFor).
 */
function openingRange(layout: Layout): Range {
  const centre = openingCentre(layout);
  const from = Math.max(0, Math.min(centre - OPEN_SPAN, layout.totalHeight - 2 * OPEN_SPAN));
  return { ...spanRange(layout, from, Math.max(centre + OPEN_SPAN, 2 * OPEN_SPAN)), top: openingRow(layout) };
}

/**
 * The canvas's place before the view is measured: shifted up by the offset offsetFor would
 * scroll to, computed by CSS from the view's height (100%), so the opening row shows where it will stay.
 */
function openingTop(layout: Layout, restoreOffset: number | null): string {
  if (restoreOffset !== null) return `${-restoreOffset}px`;
  const centre = openingCentre(layout);
  return `min(0px, max(calc(50% - ${centre}px), calc(100% - ${layout.totalHeight}px)))`;
}

function offsetFor(layout: Layout, row: number, align: 'start' | 'center', viewport: number): number {
  const box = rowBox(layout, row);
  const wanted = align === 'start' ? box.top : box.top + (box.height - viewport) / 2;
  return Math.max(0, Math.min(wanted, layout.totalHeight - viewport));
}

/**
 * The virtual rows of one set of filters (mounted once the density is known, anew for other
 * filters). Rows have fixed heights by kind, so which rows are on screen is a binary search over
 * the layout's few hundred runs: nothing is measured, nothing grows with the number of events.
 * It opens where it should on its first frame, and a scroll re-renders only this list, and only
 * when the rows on screen change.
 */
export function TimelineRows(props: TimelineRowsProps) {
  const { layout, scrollRef, lang, today } = props;
  const layoutRef = useRef(layout);
  layoutRef.current = layout;

  // The first frame is drawn before the view is measured (it may even be drawn by the server):
  // the rows around where the list opens, for any window height, on a canvas placed by CSS so the
  // opening row shows where scrolling will put it. Then, before anything is painted by the page,
  // the view is measured, scrolled there, and the canvas takes its real place.
  const restoreOffset = useRef(props.restoreOffset);
  const [placed, setPlaced] = useState(false);
  const placedRef = useRef(false);
  const [range, setRange] = useState<Range>(() =>
    restoreOffset.current !== null ? spanRange(layout, restoreOffset.current, restoreOffset.current + OPEN_SPAN) : openingRange(layout),
  );

  const update = useCallback(() => {
    const el = scrollRef.current;
    if (!el || !placedRef.current) return;
    props.offsetRef.current = el.scrollTop;
    const next = rangeAt(layoutRef.current, el.scrollTop, el.clientHeight);
    setRange((r) => (r.first === next.first && r.last === next.last && r.top === next.top ? r : next));
    // offsetRef and scrollRef are refs: stable.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useLayoutEffect(() => setPlaced(true), []);
  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (!el || !placed) return;
    placedRef.current = true;
    el.scrollTop = restoreOffset.current ?? offsetFor(layoutRef.current, openingRow(layoutRef.current), 'center', el.clientHeight);
    update();
    el.addEventListener('scroll', update, { passive: true });
    const resize = new ResizeObserver(update);
    resize.observe(el);
    return () => {
      el.removeEventListener('scroll', update);
      resize.disconnect();
    };
  }, [placed, scrollRef, update]);
  // A new layout for the same filters (new data, the today marker's follow-ups): same offset, other rows.
  useLayoutEffect(update, [layout, update]);

  useImperativeHandle(
    props.handleRef,
    () => ({
      scrollToRow: (row, align) => {
        const el = scrollRef.current;
        if (el) el.scrollTop = offsetFor(layoutRef.current, row, align, el.clientHeight);
      },
    }),
    [scrollRef],
  );

  const { ensure, get } = usePagedEvents(props.apiFilters, props.dataKey, props.seed);
  let firstEvent = Infinity;
  let lastEvent = -1;
  for (let i = range.first; i <= range.last; i++) {
    const row = rowAt(layout, i);
    if (row?.type === 'event') {
      firstEvent = Math.min(firstEvent, row.index);
      lastEvent = Math.max(lastEvent, row.index);
    }
  }

  // Pages follow the view: a slow scroll asks for what is on screen and the page after it; a
  // jump of more than a screen (a dragged scroll bar, the density strip) waits until the view
  // stays put, since pages asked for mid-flight would land after their rows had gone by.
  const lastRange = useRef<{ first: number; last: number } | null>(null);
  const settle = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => {
    if (!placed || lastEvent < 0) return;
    const prev = lastRange.current;
    lastRange.current = { first: firstEvent, last: lastEvent };
    clearTimeout(settle.current);
    if (prev && (firstEvent > prev.last + 1 || lastEvent < prev.first - 1)) {
      settle.current = setTimeout(() => ensure(firstEvent, lastEvent), SETTLE_MS);
      return;
    }
    // Reading ahead stops at the last event: past it there is nothing to ask for (a short list,
    // or the opening page served with the page, is then complete without a request).
    if (prev && firstEvent < prev.first) ensure(firstEvent - READ_AHEAD, lastEvent);
    else ensure(firstEvent, Math.min(lastEvent + READ_AHEAD, layout.events - 1));
  }, [placed, firstEvent, lastEvent, ensure, props.dataKey, layout.events]);
  useEffect(() => () => clearTimeout(settle.current), []);

  const currentMonth = rowMonth(rowAt(layout, range.top), today);
  const { onMonth } = props;
  useEffect(() => onMonth(currentMonth), [currentMonth, onMonth]);

  const drawn = [];
  for (let i = range.first; i <= range.last; i++) {
    const row = rowAt(layout, i);
    if (!row) continue;
    const box = rowBox(layout, i);
    drawn.push(
      <div key={rowKey(row)} className={`vrow vrow--${row.type}`} style={{ transform: `translateY(${box.top}px)`, height: box.height }}>
        {row.type === 'year' ? (
          <YearHead year={row.year} count={row.count} lang={lang} />
        ) : row.type === 'month' ? (
          <MonthHead month={row.month} count={row.count} lang={lang} />
        ) : row.type === 'today' ? (
          <TodayRow today={today} reminders={props.reminders} lang={lang} onOpenFollowUp={props.onOpenFollowUp} onShowAll={props.onShowAllFollowUps} />
        ) : (
          <EventRow event={get(row.index)} lang={lang} onOpen={props.onOpenEvent} />
        )}
      </div>,
    );
  }
  return (
    <div
      className="timeline-canvas"
      style={placed ? { height: layout.totalHeight } : { height: layout.totalHeight, position: 'absolute', top: openingTop(layout, restoreOffset.current) }}
    >
      {drawn}
    </div>
  );
}
