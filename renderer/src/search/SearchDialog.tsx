import { useEffect, useId, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import type { FacetCount, Facets, SearchResult } from '../../../core/records.ts';
import type { EventFilters } from '../../../core/schemas.ts';
import { EVENT_KINDS, kindLabel } from '../../../core/taxonomy.ts';
import type { EventKind, Lang } from '../../../core/taxonomy.ts';
import { api } from '../api.ts';
import { useLang } from '../i18n/lang.tsx';
import { formatSpan } from '../ui/dates.ts';
import { countryLabel } from '../ui/labels.ts';
import { Snippet } from '../ui/Snippet.tsx';
import { useDebounced } from '../ui/useDebounced.ts';
import { messages } from './messages.ts';

type FacetDim = 'countries' | 'people' | 'organisations' | 'kinds' | 'topics';
const FACET_DIMS: FacetDim[] = ['countries', 'people', 'organisations', 'kinds', 'topics'];
const MAX_RESULTS = 30;

function facetLabel(dim: FacetDim, f: FacetCount, lang: Lang): string {
  if (dim === 'countries') return countryLabel(f.value, lang);
  if (dim === 'kinds' && f.value in EVENT_KINDS) return kindLabel(f.value as EventKind, lang);
  return f.label;
}

/** Ctrl/Cmd+K: results as you type, highlighted snippets, facets with counts, keyboard all the way. */
export function SearchDialog({ isOpen, onClose, onOpenEvent }: { isOpen: boolean; onClose: () => void; onOpenEvent: (id: string) => void }) {
  return (
    <ModalOverlay className="modal-overlay" isOpen={isOpen} onOpenChange={(open) => !open && onClose()} isDismissable>
      <Modal className="modal modal--search">
        <SearchBody onOpenEvent={onOpenEvent} onClose={onClose} />
      </Modal>
    </ModalOverlay>
  );
}

function SearchBody({ onOpenEvent, onClose }: { onOpenEvent: (id: string) => void; onClose: () => void }) {
  const lang = useLang();
  const m = messages[lang];
  const ids = useId();
  const [query, setQuery] = useState('');
  const [picked, setPicked] = useState<{ dim: FacetDim; value: string }[]>([]);
  const [result, setResult] = useState<SearchResult | null>(null);
  const [facets, setFacets] = useState<Facets | null>(null);
  const [failed, setFailed] = useState(false);
  const [active, setActive] = useState(0);
  const settled = useDebounced(query.trim(), 120);
  const listRef = useRef<HTMLUListElement>(null);

  useEffect(() => {
    if (!settled) {
      setResult(null);
      setFacets(null);
      return;
    }
    let live = true;
    const filters: EventFilters = {};
    for (const p of picked) ((filters as Record<string, string[]>)[p.dim] ??= []).push(p.value);
    // Results first; the facets are counted in a call of their own and fill in after.
    api.invoke('search', { query: settled, filters, limit: MAX_RESULTS }).then(
      (r) => {
        if (!live) return;
        setFailed(false);
        setResult(r);
        setActive(0);
        if (r.total === 0) {
          setFacets(null);
          return;
        }
        api.invoke('search.facets', { query: settled, filters }).then(
          (f) => live && setFacets(f),
          () => undefined,
        );
      },
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [settled, picked]);

  const hits = result?.items ?? [];
  const optionId = (i: number) => `${ids}-opt-${i}`;
  useEffect(() => {
    listRef.current?.querySelector(`[data-index="${active}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' && hits.length) {
      setActive((a) => Math.min(hits.length - 1, a + 1));
      e.preventDefault();
    } else if (e.key === 'ArrowUp' && hits.length) {
      setActive((a) => Math.max(0, a - 1));
      e.preventDefault();
    } else if (e.key === 'Enter') {
      const hit = hits[active];
      if (hit) onOpenEvent(hit.event.id);
      e.preventDefault();
    }
  };

  const toggle = (dim: FacetDim, value: string) =>
    setPicked((p) => (p.some((x) => x.dim === dim && x.value === value) ? p.filter((x) => !(x.dim === dim && x.value === value)) : [...p, { dim, value }]));
  const facetGroups = result && facets ? FACET_DIMS.map((dim) => ({ dim, values: facets[dim].slice(0, 6) })).filter((g) => g.values.length) : [];
  const dimTitle: Record<FacetDim, string> = { countries: m.country, people: m.person, organisations: m.organisation, kinds: m.kind, topics: m.topic };
  const status = !settled ? m.hint : failed ? m.failed : result ? (result.total === 0 ? m.noMatch(settled) : m.results(result.total, result.totalCapped)) : '';

  return (
    <Dialog className="dialog search" aria-label={m.title}>
      <Heading slot="title" className="sr-only">
        {m.title}
      </Heading>
      <div className="search-bar">
        <label htmlFor={`${ids}-input`} className="sr-only">
          {m.label}
        </label>
        <input
          id={`${ids}-input`}
          className="search-input"
          type="search"
          role="combobox"
          aria-expanded={hits.length > 0}
          aria-controls={`${ids}-list`}
          aria-autocomplete="list"
          aria-activedescendant={hits.length ? optionId(active) : undefined}
          placeholder={m.placeholder}
          autoComplete="off"
          spellCheck={false}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={onKey}
          autoFocus
        />
        <button type="button" className="btn btn--quiet btn--small" onClick={onClose}>
          <span aria-hidden="true">Esc</span>
          <span className="sr-only">{m.close}</span>
        </button>
      </div>
      <p className="search-status" role="status">
        {status}
      </p>
      <div className="search-body">
        <ul id={`${ids}-list`} ref={listRef} className="search-results" role="listbox" aria-label={m.label}>
          {hits.map((hit, i) => (
            <li
              key={hit.event.id}
              id={optionId(i)}
              data-index={i}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'search-hit search-hit--active' : 'search-hit'}
              onMouseEnter={() => setActive(i)}
              onClick={() => onOpenEvent(hit.event.id)}
            >
              <span className="search-hit-title">{hit.event.title}</span>
              <span className="search-hit-meta">
                {formatSpan(hit.event.date, hit.event.endDate, hit.event.precision, lang)} · {kindLabel(hit.event.kind, lang)}
                {hit.event.place ? ` · ${hit.event.place}` : ''}
              </span>
              {hit.snippet.length ? <Snippet parts={hit.snippet} /> : null}
            </li>
          ))}
        </ul>
        {facetGroups.length ? (
          <aside className="search-facets" aria-label={m.facets}>
            {facetGroups.map((g) => (
              <div key={g.dim} className="facet-group" role="group" aria-label={dimTitle[g.dim]}>
                <h3>{dimTitle[g.dim]}</h3>
                {g.values.map((f) => {
                  const on = picked.some((p) => p.dim === g.dim && p.value === f.value);
                  return (
                    <button key={f.value} type="button" className={on ? 'facet facet--on' : 'facet'} aria-pressed={on} onClick={() => toggle(g.dim, f.value)}>
                      <span>{facetLabel(g.dim, f, lang)}</span>
                      <span className="count">{f.count}</span>
                    </button>
                  );
                })}
              </div>
            ))}
          </aside>
        ) : null}
      </div>
      <p className="search-keys muted" aria-hidden="true">
        {m.keys}
      </p>
    </Dialog>
  );
}
