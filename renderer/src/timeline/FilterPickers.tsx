/**
 * The parts of the filter bar that need react-aria (the "add a filter" menu and the look-up
 * combo box): loaded on demand, so the timeline's first screen does not wait for them.
 */
import { useEffect, useState } from 'react';
import { Button, ComboBox, Input, Label, ListBox, ListBoxItem, Menu, MenuItem, MenuTrigger, Popover } from 'react-aria-components';
import type { Facets } from '../../../core/records.ts';
import type { EventFilters } from '../../../core/schemas.ts';
import { EVENT_KIND_IDS, EVENT_KINDS } from '../../../core/taxonomy.ts';
import type { EventKind, Lang } from '../../../core/taxonomy.ts';
import { fold } from '../../../core/text.ts';
import { api } from '../api.ts';
import { countryLabel } from '../ui/labels.ts';
import { useDebounced } from '../ui/useDebounced.ts';
import type { FilterChip, FilterDimension } from '../../../core/timeline-filters.ts';
import { FILTER_DIMENSIONS } from '../../../core/timeline-filters.ts';
import { dimensionLabel } from './filters.ts';
import { messages } from './messages.ts';

interface Option {
  id: string;
  labels: Record<Lang, string>;
  detail?: string | undefined;
  count?: number | undefined;
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

export function DimensionPicker({ dim, apiFilters, lang, onPick, onCancel }: { dim: FilterDimension; apiFilters: EventFilters; lang: Lang; onPick: (chip: FilterChip) => void; onCancel: () => void }) {
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

/** "+ Add filter": a menu of the dimensions and the date range. */
export function AddFilterMenu({ lang, onPick, defaultOpen, autoFocus }: { lang: Lang; onPick: (dim: FilterDimension | 'dates') => void; defaultOpen: boolean; autoFocus: boolean }) {
  const m = messages[lang];
  return (
    <MenuTrigger defaultOpen={defaultOpen}>
      <Button className="btn btn--small" autoFocus={autoFocus}>
        + {m.addFilter}
      </Button>
      <Popover className="popover" placement="bottom start">
        <Menu className="menu" aria-label={m.addFilter} onAction={(key) => onPick(key as FilterDimension | 'dates')}>
          {FILTER_DIMENSIONS.map((d) => (
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
  );
}
