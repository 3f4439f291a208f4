import { memo, Suspense, useEffect, useRef, useState } from 'react';
import type { EventFilters } from '../../../core/schemas.ts';
import type { Lang } from '../../../core/taxonomy.ts';
import { formatDate } from '../ui/dates.ts';
import type { FilterDimension, TimelineFilters } from '../../../core/timeline-filters.ts';
import { hasFilters, NO_FILTERS } from '../../../core/timeline-filters.ts';
import { addChip, dimensionLabel, removeChip } from './filters.ts';
import { messages } from './messages.ts';

import { AddFilterMenu, DimensionPicker, filterPickersLoaded, loadFilterPickers } from '../app/lazy.ts';

/**
 * "+ Add filter" as a plain button until react-aria's menu has loaded (when the pointer or the
 * focus reaches it, or at once when pressed): the menu then takes its place, open if it was
 * pressed, focused if it had the focus.
 */
function AddFilter({ lang, onPick }: { lang: Lang; onPick: (dim: FilterDimension | 'dates') => void }) {
  const m = messages[lang];
  const [ready, setReady] = useState(filterPickersLoaded);
  const [handOver, setHandOver] = useState({ open: false, focus: false });
  const plain = useRef<HTMLButtonElement>(null);
  const live = useRef(true);
  const load = (open: boolean) =>
    loadFilterPickers().then(() => {
      if (!live.current) return;
      setHandOver((h) => ({ open: h.open || open, focus: document.activeElement === plain.current }));
      setReady(true);
    });
  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);
  const button = (
    <button
      ref={plain}
      type="button"
      className="btn btn--small"
      aria-haspopup="menu"
      onPointerEnter={() => void load(false)}
      onFocus={() => void load(false)}
      onClick={() => void load(true)}
    >
      + {m.addFilter}
    </button>
  );
  if (!ready) return button;
  return (
    <Suspense fallback={button}>
      <AddFilterMenu lang={lang} onPick={onPick} defaultOpen={handOver.open} autoFocus={handOver.focus} />
    </Suspense>
  );
}

function DateRangePicker({ filters, lang, onApply, onCancel }: { filters: TimelineFilters; lang: Lang; onApply: (from?: string, to?: string) => void; onCancel: () => void }) {
  const m = messages[lang];
  const [from, setFrom] = useState(filters.from ?? '');
  const [to, setTo] = useState(filters.to ?? '');
  return (
    <form
      className="filter-editor"
      onSubmit={(e) => {
        e.preventDefault();
        onApply(from || undefined, to || undefined);
      }}
    >
      <label className="field-inline">
        <span>{m.from}</span>
        <input type="date" value={from} max={to || undefined} onChange={(e) => setFrom(e.target.value)} autoFocus />
      </label>
      <label className="field-inline">
        <span>{m.to}</span>
        <input type="date" value={to} min={from || undefined} onChange={(e) => setTo(e.target.value)} />
      </label>
      <button type="submit" className="btn">
        {m.apply}
      </button>
      <button type="button" className="btn btn--quiet" onClick={onCancel}>
        {m.cancel}
      </button>
    </form>
  );
}

/** Filters as chips: add one through a menu, remove each with its ×, clear them all. */
export const FilterBar = memo(function FilterBar({ filters, apiFilters, lang, onChange }: { filters: TimelineFilters; apiFilters: EventFilters; lang: Lang; onChange: (f: TimelineFilters) => void }) {
  const m = messages[lang];
  const [adding, setAdding] = useState<FilterDimension | 'dates' | null>(null);
  return (
    <div className="filters">
      <div className="filter-row">
        <AddFilter lang={lang} onPick={setAdding} />
        {hasFilters(filters) ? (
          <ul className="chips" aria-label={m.filters}>
            {filters.chips.map((chip) => (
              <li key={`${chip.dim}:${chip.value}`} className="chip">
                <span className="chip-dim">{dimensionLabel(chip.dim, lang)}</span>
                <span>{chip.labels[lang]}</span>
                <button type="button" className="chip-remove" aria-label={m.removeFilter(chip.labels[lang])} onClick={() => onChange(removeChip(filters, chip))}>
                  ×
                </button>
              </li>
            ))}
            {filters.from || filters.to ? (
              <li className="chip">
                <span className="chip-dim">{m.dateRange}</span>
                <span>{[filters.from && m.since(formatDate(filters.from, lang)), filters.to && m.until(formatDate(filters.to, lang))].filter(Boolean).join(' ')}</span>
                <button type="button" className="chip-remove" aria-label={m.removeFilter(m.dateRange)} onClick={() => onChange({ ...filters, from: undefined, to: undefined })}>
                  ×
                </button>
              </li>
            ) : null}
          </ul>
        ) : null}
        {hasFilters(filters) ? (
          <button type="button" className="btn btn--quiet btn--small" onClick={() => onChange(NO_FILTERS)}>
            {m.clearFilters}
          </button>
        ) : null}
      </div>
      {adding === 'dates' ? (
        <DateRangePicker
          filters={filters}
          lang={lang}
          onCancel={() => setAdding(null)}
          onApply={(from, to) => {
            onChange({ ...filters, from, to });
            setAdding(null);
          }}
        />
      ) : adding ? (
        <Suspense fallback={null}>
          <DimensionPicker
            key={adding}
            dim={adding}
            apiFilters={apiFilters}
            lang={lang}
            onCancel={() => setAdding(null)}
            onPick={(chip) => {
              onChange(addChip(filters, chip));
              setAdding(null);
            }}
          />
        </Suspense>
      ) : null}
    </div>
  );
});
