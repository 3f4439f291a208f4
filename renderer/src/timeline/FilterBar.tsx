import { useEffect, useState } from 'react';
import { Button, ComboBox, Input, Label, ListBox, ListBoxItem, Menu, MenuItem, MenuTrigger, Popover } from 'react-aria-components';
import type { Facets } from '../../../core/records.ts';
import type { EventFilters } from '../../../core/schemas.ts';
import { EVENT_KIND_IDS, EVENT_KINDS } from '../../../core/taxonomy.ts';
import type { EventKind, Lang } from '../../../core/taxonomy.ts';
import { fold } from '../../../core/text.ts';
import { api } from '../api.ts';
import { formatDate } from '../ui/dates.ts';
import { countryLabel } from '../ui/labels.ts';
import { useDebounced } from '../ui/useDebounced.ts';
import type { FilterChip, FilterDimension, TimelineFilters } from './filters.ts';
import { addChip, hasFilters, NO_FILTERS, removeChip } from './filters.ts';
import { messages } from './messages.ts';

interface Option {
  id: string;
  labels: Record<Lang, string>;
  detail?: string | undefined;
  count?: number | undefined;
}

function dimensionLabel(dim: FilterDimension, lang: Lang): string {
  const m = messages[lang];
  return { countries: m.country, organisations: m.organisation, people: m.person, kinds: m.kind, topics: m.topic }[dim];
}

function both(label: string): Record<Lang, string> {
  return { en: label, fr: label };
}

function facetOptions(dim: FilterDimension, facets: Facets | null): Option[] {
  return (facets?.[dim] ?? []).map((f) => ({
    id: f.value,
    labels:
      dim === 'countries' ? { en: countryLabel(f.value, 'en'), fr: countryLabel(f.value, 'fr') }
      : dim === 'kinds' && f.value in EVENT_KINDS ? EVENT_KINDS[f.value as EventKind]
      : both(f.label),
    count: f.count,
  }));
}

/** Suggestions for one dimension: the facets (with counts) when nothing is typed, else the directory, accent-insensitive. */
async function lookUp(dim: FilterDimension, query: string, facets: Facets | null): Promise<Option[]> {
  const counts = new Map((facets?.[dim] ?? []).map((f) => [f.value, f.count]));
  if (!query.trim()) {
    const fromFacets = facetOptions(dim, facets);
    if (fromFacets.length || dim !== 'kinds') return fromFacets;
  }
  const withCount = (o: Option): Option => ({ ...o, count: counts.get(o.id) });
  switch (dim) {
    case 'countries':
      return (await api.invoke('directory.countries', { query, limit: 20 })).map((c) => withCount({ id: c.code, labels: { en: c.en, fr: c.fr } }));
    case 'organisations':
      return (await api.invoke('directory.organisations', { query, limit: 20 })).map((o) =>
        withCount({ id: o.id, labels: { en: o.acronymEn, fr: o.acronymFr }, detail: `${o.nameFr} / ${o.nameEn}` }),
      );
    case 'people':
      return (await api.invoke('directory.people', { query, limit: 20 })).map((p) => withCount({ id: p.id, labels: both(p.name), detail: p.title ?? undefined }));
    case 'topics':
      return (await api.invoke('directory.topics', { query, limit: 20 })).map((t) => withCount({ id: t.id, labels: both(t.name) }));
    case 'kinds': {
      const q = fold(query);
      return EVENT_KIND_IDS.filter((k) => !q || fold(EVENT_KINDS[k].en).includes(q) || fold(EVENT_KINDS[k].fr).includes(q)).map((k) =>
        withCount({ id: k, labels: EVENT_KINDS[k] }),
      );
    }
  }
}

function DimensionPicker({ dim, apiFilters, lang, onPick, onCancel }: { dim: FilterDimension; apiFilters: EventFilters; lang: Lang; onPick: (chip: FilterChip) => void; onCancel: () => void }) {
  const m = messages[lang];
  const [query, setQuery] = useState('');
  // Counts are fetched only when a filter is being picked: on a large store they cost more than the timeline itself.
  const [facets, setFacets] = useState<Facets | null>(null);
  useEffect(() => {
    let live = true;
    api.invoke('events.facets', { filters: apiFilters }).then((f) => live && setFacets(f), () => undefined);
    return () => {
      live = false;
    };
  }, [apiFilters]);
  const settled = useDebounced(query, 120);
  const [options, setOptions] = useState<Option[]>([]);
  useEffect(() => {
    let live = true;
    lookUp(dim, settled, facets).then((o) => live && setOptions(o), () => live && setOptions([]));
    return () => {
      live = false;
    };
  }, [dim, settled, facets]);
  return (
    <div className="filter-editor">
      <ComboBox
        className="combo"
        items={options}
        inputValue={query}
        onInputChange={setQuery}
        menuTrigger="focus"
        allowsEmptyCollection
        onSelectionChange={(key) => {
          const picked = options.find((o) => o.id === key);
          if (picked) onPick({ dim, value: picked.id, labels: picked.labels });
        }}
      >
        <Label>{dimensionLabel(dim, lang)}</Label>
        <Input autoFocus placeholder={m.typeToSearch} onKeyDown={(e) => e.key === 'Escape' && !query && onCancel()} />
        <Popover className="popover" placement="bottom start">
          <ListBox className="listbox" renderEmptyState={() => <div className="listbox-empty">{m.noSuggestion}</div>}>
            {(o: Option) => (
              <ListBoxItem id={o.id} className="listbox-item" textValue={o.labels[lang]}>
                <span>{o.labels[lang]}</span>
                {o.detail ? <span className="muted"> {o.detail}</span> : null}
                {o.count !== undefined ? <span className="count">{o.count}</span> : null}
              </ListBoxItem>
            )}
          </ListBox>
        </Popover>
      </ComboBox>
      <button type="button" className="btn btn--quiet" onClick={onCancel}>
        {m.cancel}
      </button>
    </div>
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
export function FilterBar({ filters, apiFilters, lang, onChange }: { filters: TimelineFilters; apiFilters: EventFilters; lang: Lang; onChange: (f: TimelineFilters) => void }) {
  const m = messages[lang];
  const [adding, setAdding] = useState<FilterDimension | 'dates' | null>(null);
  const dims: FilterDimension[] = ['countries', 'organisations', 'people', 'kinds', 'topics'];
  return (
    <div className="filters">
      <div className="filter-row">
        <MenuTrigger>
          <Button className="btn btn--small">+ {m.addFilter}</Button>
          <Popover className="popover" placement="bottom start">
            <Menu className="menu" aria-label={m.addFilter} onAction={(key) => setAdding(key as FilterDimension | 'dates')}>
              {dims.map((d) => (
                <MenuItem key={d} id={d} className="menu-item">
                  {dimensionLabel(d, lang)}
                </MenuItem>
              ))}
              <MenuItem id="dates" className="menu-item">
                {m.dateRange}
              </MenuItem>
            </Menu>
          </Popover>
        </MenuTrigger>
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
      ) : null}
    </div>
  );
}
