import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Density, EventSummary, Reminders } from '../../../core/records.ts';
import type { EventFilters } from '../../../core/schemas.ts';
import { calendarDateOf } from '../../../core/dates.ts';
import { includesToday } from '../../../core/first-screen.ts';
import type { TimelineFilters } from '../../../core/timeline-filters.ts';
import { hasFilters, NO_FILTERS, toApiFilters } from '../../../core/timeline-filters.ts';
import { api } from '../api.ts';
import { useFirstScreen } from '../app/first-screen.tsx';
import { useNav } from '../app/navigation.tsx';
import { useSettings } from '../app/settings-context.tsx';
import { useLang } from '../i18n/lang.tsx';
import { DensityStrip } from './DensityStrip.tsx';
import { FilterBar } from './FilterBar.tsx';
import { messages } from './messages.ts';
import { openingKey, requestOpening, takeEarlyOpening } from './opening.ts';
import type { Seed } from './pages.ts';
import { FOLLOW_UPS_SHOWN, layOut } from './rows.ts';
import { followUpsAheadCount } from './TodayRow.tsx';
import { type TimelineRowsHandle, TimelineRows } from './TimelineRows.tsx';

/** The density of one set of filters and data version: all the timeline needs to lay out its rows. */
interface Loaded {
  key: string;
  filters: EventFilters;
  density: Density;
}

/** The page fetched beside the density, newest first: the events just before today, or the last ones. */
interface OpeningPage {
  key: string;
  items: EventSummary[];
  beforeToday: boolean;
}

/** Where the list was when the user left it (to open an event), so coming back lands there again. */
let lastPosition: { filters: string; offset: number } | null = null;

/**
 * The timeline: its whole shape comes from per-month counts, rows are virtual, and events are
 * fetched a page at a time for what is on screen — never the whole table. The rows are laid out
 * as soon as the density is in; the page they open on is asked for at the same time, and the
 * follow-ups of the today marker fill in after.
 */
export function Timeline() {
  const lang = useLang();
  const m = messages[lang];
  const nav = useNav();
  // The first screen served with the page, when this is the first timeline shown and it is for
  // these filters and data: the first render then draws the rows, with nothing to ask for.
  const first = useFirstScreen();
  const [served] = useState(() => (nav.dataVersion === 0 ? first.screen : null));
  const { done: firstDone } = first;
  useEffect(() => () => firstDone(), [firstDone]);
  // The saved filters are a setting: served with the page, whose first screen is drawn for them.
  const { settings, update: updateSettings } = useSettings();
  const savedFilters = settings?.timelineFilters ?? null;
  const [filters, setFilters] = useState<TimelineFilters>(() => savedFilters ?? NO_FILTERS);
  // Without a served page (a dev server) the settings come after the first render: their filters
  // are taken up then, unless the user has picked some meanwhile.
  const awaitingSaved = useRef(savedFilters === null);
  useEffect(() => {
    if (savedFilters === null || !awaitingSaved.current) return;
    awaitingSaved.current = false;
    setFilters(savedFilters);
  }, [savedFilters]);
  const changeFilters = useCallback(
    (next: TimelineFilters) => {
      awaitingSaved.current = false;
      setFilters(next);
      // A refused or failed save leaves them for this visit only, as the page shows them.
      updateSettings({ timelineFilters: next }).catch(() => undefined);
    },
    [updateSettings],
  );
  const [loaded, setLoaded] = useState<Loaded | null>(() =>
    served ? { key: openingKey(served.filters, 0), filters: served.filters, density: served.density } : null,
  );
  const [opening, setOpening] = useState<OpeningPage | null>(() =>
    served && loaded ? { key: loaded.key, items: served.page, beforeToday: served.aroundToday } : null,
  );
  const [reminders, setReminders] = useState<Reminders | null>(null);
  const [failed, setFailed] = useState(false);
  const today = served ? served.today : calendarDateOf(new Date());
  // Served, the list opens on today's row: the density strip marks its month from the first frame.
  const [currentMonth, setCurrentMonth] = useState<string | null>(served ? today.slice(0, 7) : null);

  const loadedRef = useRef(loaded);
  loadedRef.current = loaded;
  const openingRef = useRef(opening);
  openingRef.current = opening;

  const apiFilters = useMemo(() => toApiFilters(filters), [filters]);
  const key = openingKey(apiFilters, nav.dataVersion);

  useEffect(() => {
    // Served with the page: already here.
    if (loadedRef.current?.key === key && openingRef.current?.key === key) return;
    let live = true;
    const opening = takeEarlyOpening(key) ?? requestOpening(apiFilters, key, today);
    opening.page.then(
      (items) => live && setOpening({ key, items, beforeToday: opening.aroundToday }),
      () => undefined,
    );
    opening.density.then(
      (density) => {
        if (!live) return;
        setFailed(false);
        setLoaded({ key, filters: apiFilters, density });
      },
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
    // `key` captures the filters and data version; today is read once per load.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  // The today marker's follow-ups come after the rows: they never hold up the first screen.
  const laidOut = loaded !== null;
  useEffect(() => {
    if (!laidOut) return;
    let live = true;
    api.invoke('reminders.due', { at: today, withinDays: 90, limit: FOLLOW_UPS_SHOWN }).then(
      (r) => live && setReminders(r),
      () => live && setReminders(null),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [laidOut, nav.dataVersion]);

  const aheadCount = followUpsAheadCount(reminders);
  const layout = useMemo(() => {
    if (!loaded) return null;
    const marker = includesToday(loaded.filters, today) ? { date: today, eventsBefore: loaded.density.before ?? 0, followUps: aheadCount } : null;
    return layOut(loaded.density, marker);
  }, [loaded, today, aheadCount]);

  const seed = useMemo<Seed | null>(() => {
    if (!loaded || !opening || opening.key !== loaded.key) return null;
    const end = opening.beforeToday ? (loaded.density.before ?? 0) : loaded.density.total;
    const items = [...opening.items].reverse();
    return { key: loaded.key, start: end - items.length, items };
  }, [loaded, opening]);

  const scrollRef = useRef<HTMLDivElement>(null);
  const rowsRef = useRef<TimelineRowsHandle | null>(null);
  const offsetRef = useRef(0);
  useEffect(
    () => () => {
      if (loadedRef.current) lastPosition = { filters: JSON.stringify(loadedRef.current.filters), offset: offsetRef.current };
    },
    [],
  );

  const jumpTo = useCallback(
    (month: string) => {
      if (!layout) return;
      const keys = [...layout.monthRow.keys()].filter((k) => k.length > 4).sort();
      const target = keys.find((k) => k >= month) ?? keys[keys.length - 1];
      const row = target ? layout.monthRow.get(target) : undefined;
      if (row !== undefined) rowsRef.current?.scrollToRow(row, 'start');
    },
    [layout],
  );

  const openEvent = useCallback((id: string) => nav.navigate({ name: 'event', eventId: id }), [nav]);
  const openFollowUp = useCallback((id: string) => nav.navigate({ name: 'followups', followUpId: id }), [nav]);
  const showAllFollowUps = useCallback(() => nav.navigate({ name: 'followups' }), [nav]);
  const total = loaded?.density.total ?? 0;
  const loadedFilters = loaded ? JSON.stringify(loaded.filters) : null;

  return (
    <section className="screen timeline" aria-labelledby="timeline-title">
      <header className="screen-head">
        <h1 id="timeline-title">{m.title}</h1>
        {loaded ? <span className="muted">{m.count(total)}</span> : null}
        {layout && layout.todayRow >= 0 ? (
          <button type="button" className="btn btn--quiet btn--small push-right" onClick={() => rowsRef.current?.scrollToRow(layout.todayRow, 'center')}>
            {m.jumpToday}
          </button>
        ) : null}
      </header>
      <FilterBar filters={filters} apiFilters={apiFilters} lang={lang} onChange={changeFilters} />
      {loaded ? <DensityStrip months={loaded.density.months} current={currentMonth} lang={lang} onJump={jumpTo} /> : null}
      {failed ? <p role="alert" className="notice notice--error">{m.loadError}</p> : null}
      {loaded && total === 0 ? (
        <div className="empty" role="status">
          {hasFilters(filters) ? (
            <>
              <p>{m.noMatch}</p>
              <button type="button" className="btn" onClick={() => changeFilters(NO_FILTERS)}>
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
        {loaded && layout ? (
          <TimelineRows
            key={loadedFilters}
            layout={layout}
            restoreOffset={lastPosition && lastPosition.filters === loadedFilters ? lastPosition.offset : null}
            apiFilters={loaded.filters}
            dataKey={loaded.key}
            seed={seed}
            today={today}
            reminders={reminders}
            lang={lang}
            scrollRef={scrollRef}
            handleRef={rowsRef}
            offsetRef={offsetRef}
            onMonth={setCurrentMonth}
            onOpenEvent={openEvent}
            onOpenFollowUp={openFollowUp}
            onShowAllFollowUps={showAllFollowUps}
          />
        ) : null}
      </div>
    </section>
  );
}
