import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Density, Reminders } from '../../../core/records.ts';
import { addCalendarDays, calendarDateOf } from '../../../core/dates.ts';
import { api } from '../api.ts';
import { useNav } from '../app/navigation.tsx';
import { useLang } from '../i18n/lang.tsx';
import { capitalise, formatMonthName } from '../ui/dates.ts';
import { DensityStrip } from './DensityStrip.tsx';
import { EventRow } from './EventRow.tsx';
import { FilterBar } from './FilterBar.tsx';
import type { TimelineFilters } from './filters.ts';
import { hasFilters, loadFilters, NO_FILTERS, saveFilters, toApiFilters } from './filters.ts';
import { messages } from './messages.ts';
import { usePagedEvents } from './pages.ts';
import type { Row } from './rows.ts';
import { buildRows, insertToday, ROW_HEIGHT, todayRowHeight } from './rows.ts';
import { followUpsAhead, TodayRow } from './TodayRow.tsx';

interface Overview {
  density: Density;
  eventsBeforeToday: number;
  reminders: Reminders | null;
}

/** Where the list was when the user left it (to open an event), so coming back lands there again. */
let lastPosition: { filters: string; offset: number } | null = null;

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

/**
 * The timeline: its whole shape comes from per-month counts, rows are virtual, and events are
 * fetched a page at a time for what is on screen — never the whole table.
 */
export function Timeline() {
  const lang = useLang();
  const m = messages[lang];
  const nav = useNav();
  const [filters, setFilters] = useState<TimelineFilters>(() => loadFilters());
  const [overview, setOverview] = useState<Overview | null>(null);
  const [failed, setFailed] = useState(false);
  const today = calendarDateOf(new Date());

  useEffect(() => saveFilters(filters), [filters]);
  const apiFilters = useMemo(() => toApiFilters(filters), [filters]);
  const key = `${JSON.stringify(apiFilters)}|${nav.dataVersion}`;

  useEffect(() => {
    let live = true;
    // Events before today = whole months before this one (from the density) + this month's
    // days before today (one narrow count), so no query has to count the whole table.
    const month = today.slice(0, 7);
    const yesterday = addCalendarDays(today, -1);
    const from = apiFilters.from && apiFilters.from > `${month}-01` ? apiFilters.from : `${month}-01`;
    const to = apiFilters.to && apiFilters.to < yesterday ? apiFilters.to : yesterday;
    Promise.all([
      api.invoke('events.density', { filters: apiFilters }),
      from <= to ? api.invoke('events.list', { filters: { ...apiFilters, from, to }, limit: 1 }).then((p) => p.total ?? 0) : Promise.resolve(0),
      api.invoke('reminders.due', { at: today, withinDays: 90 }).catch(() => null),
    ]).then(
      ([density, thisMonthBefore, reminders]) => {
        if (!live) return;
        const earlier = density.months.reduce((n, mc) => (mc.month < month ? n + mc.count : n), 0);
        setFailed(false);
        setOverview({ density, eventsBeforeToday: earlier + thisMonthBefore, reminders });
      },
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
    // `key` captures the filters and data version; today is read once per load.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  const showToday = (!filters.from || filters.from <= today) && (!filters.to || filters.to >= today);
  const layout = useMemo(() => {
    if (!overview) return null;
    const built = buildRows(overview.density);
    if (!showToday) return { ...built, todayRow: -1 };
    const withToday = insertToday(built.rows, today, overview.eventsBeforeToday);
    const monthRow = new Map([...built.monthRow].map(([k, v]) => [k, v >= withToday.todayRow ? v + 1 : v]));
    return { rows: withToday.rows, monthRow, todayRow: withToday.todayRow };
  }, [overview, showToday, today]);

  const rows = useMemo(() => layout?.rows ?? [], [layout]);
  const aheadCount = followUpsAhead(overview?.reminders ?? null).length;
  const scrollRef = useRef<HTMLDivElement>(null);
  // Stable callbacks matter: the virtualizer re-measures every row whenever they change,
  // which at 100k rows would be a long task on every scroll frame.
  const estimateSize = useCallback(
    (i: number) => {
      const row = rows[i];
      if (!row) return ROW_HEIGHT.event;
      return row.type === 'today' ? todayRowHeight(aheadCount) : ROW_HEIGHT[row.type];
    },
    [rows, aheadCount],
  );
  const getItemKey = useCallback((i: number) => (rows[i] ? rowKey(rows[i]) : i), [rows]);
  const getScrollElement = useCallback(() => scrollRef.current, []);
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement, estimateSize, getItemKey, overscan: 6 });

  const { ensure, get } = usePagedEvents(apiFilters, key);
  const items = virtualizer.getVirtualItems();
  let firstEvent = Infinity;
  let lastEvent = -1;
  for (const item of items) {
    const row = rows[item.index];
    if (row?.type === 'event') {
      firstEvent = Math.min(firstEvent, row.index);
      lastEvent = Math.max(lastEvent, row.index);
    }
  }
  useEffect(() => {
    if (lastEvent >= 0) ensure(firstEvent, lastEvent);
  }, [firstEvent, lastEvent, ensure, key]);

  // Open on today (or the latest events) whenever the layout is rebuilt for new filters.
  const positionedFor = useRef<string | null>(null);
  useEffect(() => {
    if (!layout || rows.length === 0 || positionedFor.current === JSON.stringify(apiFilters)) return;
    positionedFor.current = JSON.stringify(apiFilters);
    if (lastPosition && lastPosition.filters === positionedFor.current) {
      virtualizer.scrollToOffset(lastPosition.offset);
      return;
    }
    const target = layout.todayRow >= 0 ? layout.todayRow : rows.length - 1;
    virtualizer.scrollToIndex(target, { align: 'center' });
  }, [layout, rows.length, apiFilters, virtualizer]);

  useEffect(
    () => () => {
      if (positionedFor.current !== null) lastPosition = { filters: positionedFor.current, offset: virtualizer.scrollOffset ?? 0 };
    },
    [virtualizer],
  );

  const jumpTo = useCallback(
    (month: string) => {
      if (!layout) return;
      const keys = [...layout.monthRow.keys()].filter((k) => k.length > 4).sort();
      const target = keys.find((k) => k >= month) ?? keys[keys.length - 1];
      const row = target ? layout.monthRow.get(target) : undefined;
      if (row !== undefined) virtualizer.scrollToIndex(row, { align: 'start' });
    },
    [layout, virtualizer],
  );

  const openEvent = useCallback((id: string) => nav.navigate({ name: 'event', eventId: id }), [nav]);
  const firstVisible = items.find((i) => i.start + i.size > (virtualizer.scrollOffset ?? 0)) ?? items[0];
  const currentMonth = rowMonth(firstVisible ? rows[firstVisible.index] : undefined, today);
  const total = overview?.density.total ?? 0;

  return (
    <section className="screen timeline" aria-labelledby="timeline-title">
      <header className="screen-head">
        <h1 id="timeline-title">{m.title}</h1>
        {overview ? <span className="muted">{m.count(total)}</span> : null}
        {layout && layout.todayRow >= 0 ? (
          <button type="button" className="btn btn--quiet btn--small push-right" onClick={() => virtualizer.scrollToIndex(layout.todayRow, { align: 'center' })}>
            {m.jumpToday}
          </button>
        ) : null}
      </header>
      <FilterBar filters={filters} apiFilters={apiFilters} lang={lang} onChange={setFilters} />
      {overview ? <DensityStrip months={overview.density.months} current={currentMonth} lang={lang} onJump={jumpTo} /> : null}
      {failed ? <p role="alert" className="notice notice--error">{m.loadError}</p> : null}
      {overview && total === 0 ? (
        <div className="empty" role="status">
          {hasFilters(filters) ? (
            <>
              <p>{m.noMatch}</p>
              <button type="button" className="btn" onClick={() => setFilters(NO_FILTERS)}>
                {m.clearFilters}
              </button>
            </>
          ) : (
            <>
              <p>{m.noEvents}</p>
              <button type="button" className="btn btn--primary" onClick={() => nav.navigate({ name: 'new' })}>
                {m.logFirst}
              </button>
            </>
          )}
        </div>
      ) : null}
      <div ref={scrollRef} className="timeline-scroll" tabIndex={0} aria-label={m.events} data-testid="timeline-scroll">
        <div className="timeline-canvas" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            return (
              <div key={item.key} className={`vrow vrow--${row.type}`} style={{ transform: `translateY(${item.start}px)`, height: item.size }}>
                {row.type === 'year' ? (
                  <h2 className="year-head">
                    {row.year} <span className="muted">{m.count(row.count)}</span>
                  </h2>
                ) : row.type === 'month' ? (
                  <h3 className="month-head">
                    {capitalise(formatMonthName(row.month, lang))} {row.month.slice(0, 4)} <span className="muted">{m.count(row.count)}</span>
                  </h3>
                ) : row.type === 'today' ? (
                  <TodayRow
                    today={today}
                    reminders={overview?.reminders ?? null}
                    lang={lang}
                    onOpenFollowUp={(id) => nav.navigate({ name: 'followups', followUpId: id })}
                    onShowAll={() => nav.navigate({ name: 'followups' })}
                  />
                ) : (
                  <EventRow event={get(row.index)} lang={lang} onOpen={openEvent} />
                )}
              </div>
            );
          })}
        </div>
      </div>
    </section>
  );
}
