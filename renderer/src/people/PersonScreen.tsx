import { useEffect, useState } from 'react';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import type { Person, PersonProfile, PersonTitle } from '../../../core/records.ts';
import { ApiError } from '../../../core/errors.ts';
import { kindLabel } from '../../../core/taxonomy.ts';
import { api } from '../api.ts';
import { useNav } from '../app/navigation.tsx';
import { useLang } from '../i18n/lang.tsx';
import { formatDate, formatSpan } from '../ui/dates.ts';
import { countryLabel } from '../ui/labels.ts';
import { messages } from './messages.ts';
import { PersonPicker } from './PersonPicker.tsx';
import '../relations/relations.css';

function problemOf(err: unknown): string {
  return err instanceof ApiError ? (err.issues[0]?.problem ?? err.message) : String(err);
}

/** A person: every spelling (editable), titles over time, their events, whom they met; merge a duplicate in. */
export function PersonScreen({ personId }: { personId: string }) {
  const lang = useLang();
  const m = messages[lang];
  const nav = useNav();
  const [profile, setProfile] = useState<PersonProfile | null | 'missing'>(null);
  const [notice, setNotice] = useState('');

  useEffect(() => {
    let live = true;
    api.invoke('people.get', { id: personId }).then(
      (p) => live && setProfile(p),
      () => live && setProfile('missing'),
    );
    return () => {
      live = false;
    };
  }, [personId, nav.dataVersion]);

  if (profile === null) return <section className="screen"><p role="status">{m.loading}</p></section>;
  if (profile === 'missing') return <section className="screen"><p role="alert">{m.notFound}</p></section>;

  const changed = (p: PersonProfile, message = '') => {
    setProfile(p);
    setNotice(message);
    nav.dataChanged();
  };
  const { person } = profile;

  return (
    <article className="screen person" aria-labelledby="person-name">
      <h1 id="person-name">{person.name}</h1>
      <p className="muted">{[person.title, person.country ? countryLabel(person.country, lang) : null].filter(Boolean).join(' · ')}</p>
      {notice ? <p role="status">{notice}</p> : null}

      <Aliases profile={profile} onChanged={changed} />
      <Titles profile={profile} onChanged={changed} />

      <section aria-labelledby="person-events">
        <h2 id="person-events">{m.events(profile.eventCount)}</h2>
        {profile.events.length ? (
          <ul className="rel-list">
            {profile.events.map((e) => (
              <li key={e.id}>
                <span className="rel-date">{formatSpan(e.date, e.endDate, e.precision, lang)}</span>
                <button type="button" className="link" onClick={() => nav.navigate({ name: 'event', eventId: e.id })}>{e.title}</button>
                <span className="muted"> · {kindLabel(e.kind, lang)}</span>
              </li>
            ))}
          </ul>
        ) : <p className="muted">{m.noEvents}</p>}
      </section>

      <section aria-labelledby="person-counterparts">
        <h2 id="person-counterparts">{m.counterparts}</h2>
        {profile.counterparts.length ? (
          <ul className="rel-list">
            {profile.counterparts.map(({ person: p, events }) => (
              <li key={p.id}>
                <button type="button" className="link" onClick={() => nav.navigate({ name: 'person', personId: p.id })}>{p.name}</button>
                <span className="muted">{p.country ? ` (${countryLabel(p.country, lang)})` : ''} · {m.met(events)}</span>
              </li>
            ))}
          </ul>
        ) : <p className="muted">{m.noCounterparts}</p>}
      </section>

      <Merge self={person} onMerged={(p, other) => changed(p, m.merged(other))} />
    </article>
  );
}

function Aliases({ profile, onChanged }: { profile: PersonProfile; onChanged(p: PersonProfile): void }) {
  const m = messages[useLang()];
  const [alias, setAlias] = useState('');
  const [error, setError] = useState('');
  const add = async () => {
    try {
      onChanged(await api.invoke('people.addAlias', { id: profile.person.id, alias }));
      setAlias('');
      setError('');
    } catch (err) {
      setError(problemOf(err));
    }
  };
  return (
    <section aria-labelledby="person-aliases">
      <h2 id="person-aliases">{m.aliases}</h2>
      {profile.aliases.length ? (
        <ul className="rel-list person-aliases">
          {profile.aliases.map((a) => (
            <li key={a}>
              {a}{' '}
              <button type="button" className="btn btn--quiet btn--small" aria-label={m.removeAlias(a)} onClick={async () => onChanged(await api.invoke('people.removeAlias', { id: profile.person.id, alias: a }))}>
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : <p className="muted">{m.noAliases}</p>}
      <form className="person-inline" onSubmit={(e) => { e.preventDefault(); void add(); }}>
        <label>
          {m.newAlias} <input value={alias} onChange={(e) => setAlias(e.target.value)} aria-invalid={error ? true : undefined} aria-describedby={error ? 'alias-error' : undefined} />
        </label>
        <button type="submit" className="btn" disabled={!alias.trim()}>{m.addAlias}</button>
        {error ? <span id="alias-error" role="alert" className="rel-outcome--overdue">{error}</span> : null}
      </form>
    </section>
  );
}

function spanText(t: PersonTitle, lang: 'fr' | 'en'): string {
  const m = messages[lang];
  if (t.from && t.to) return m.span(formatDate(t.from, lang), formatDate(t.to, lang));
  if (t.from) return m.since(formatDate(t.from, lang));
  if (t.to) return m.until(formatDate(t.to, lang));
  return '';
}

function Titles({ profile, onChanged }: { profile: PersonProfile; onChanged(p: PersonProfile, message?: string): void }) {
  const lang = useLang();
  const m = messages[lang];
  const [rows, setRows] = useState(profile.titles.map((t) => ({ title: t.title, from: t.from ?? '', to: t.to ?? '' })));
  const [error, setError] = useState('');
  const set = (i: number, key: 'title' | 'from' | 'to', value: string) => setRows(rows.map((r, j) => (j === i ? { ...r, [key]: value } : r)));
  const save = async () => {
    try {
      const titles = rows.map((r) => ({ title: r.title, ...(r.from ? { from: r.from } : {}), ...(r.to ? { to: r.to } : {}) }));
      onChanged(await api.invoke('people.setTitles', { id: profile.person.id, titles }), m.saved);
      setError('');
    } catch (err) {
      setError(err instanceof ApiError && err.issues[0] ? `${err.issues[0].field}: ${err.issues[0].problem}` : String(err));
    }
  };
  return (
    <section aria-labelledby="person-titles">
      <h2 id="person-titles">{m.titles}</h2>
      {profile.titles.length ? (
        <ul className="rel-list">
          {profile.titles.map((t, i) => (
            <li key={i}><strong>{t.title}</strong> <span className="muted">{spanText(t, lang)}</span></li>
          ))}
        </ul>
      ) : <p className="muted">{m.noTitles}</p>}
      <form className="person-titles-form" onSubmit={(e) => { e.preventDefault(); void save(); }}>
        {rows.map((r, i) => (
          <fieldset key={i} className="person-inline">
            <label>{m.titleText} <input value={r.title} onChange={(e) => set(i, 'title', e.target.value)} /></label>
            <label>{m.from} <input type="date" value={r.from} onChange={(e) => set(i, 'from', e.target.value)} /></label>
            <label>{m.to} <input type="date" value={r.to} onChange={(e) => set(i, 'to', e.target.value)} /></label>
            <button type="button" className="btn btn--quiet btn--small" onClick={() => setRows(rows.filter((_, j) => j !== i))}>{m.removeTitle}</button>
          </fieldset>
        ))}
        <div className="person-inline">
          <button type="button" className="btn" onClick={() => setRows([...rows, { title: '', from: '', to: '' }])}>{m.addTitle}</button>
          <button type="submit" className="btn btn--primary">{m.saveTitles}</button>
          {error ? <span role="alert" className="rel-outcome--overdue">{error}</span> : null}
        </div>
      </form>
    </section>
  );
}

function Merge({ self, onMerged }: { self: Person; onMerged(p: PersonProfile, otherName: string): void }) {
  const m = messages[useLang()];
  const [other, setOther] = useState<Person | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState('');
  const merge = async () => {
    if (!other) return;
    try {
      const p = await api.invoke('people.merge', { keep: self.id, merge: other.id });
      setConfirming(false);
      setOther(null);
      onMerged(p, other.name);
    } catch (err) {
      setError(problemOf(err));
    }
  };
  return (
    <section aria-labelledby="person-merge" className="no-print">
      <h2 id="person-merge">{m.merge}</h2>
      <div className="person-inline">
        <PersonPicker excludeId={self.id} value={other} onChange={setOther} />
        <button type="button" className="btn" disabled={!other} onClick={() => setConfirming(true)}>{m.mergeButton}</button>
      </div>
      {confirming && other ? (
        <ModalOverlay className="modal-overlay" isOpen isDismissable onOpenChange={(open) => (open ? undefined : setConfirming(false))}>
          <Modal className="modal">
            <Dialog className="dialog person-confirm" role="alertdialog">
              <Heading slot="title">{m.mergeButton.replace('…', '')}</Heading>
              <p>{m.confirmMerge(other.name, self.name)}</p>
              {error ? <p role="alert">{error}</p> : null}
              <div className="person-inline">
                <button type="button" className="btn" onClick={() => setConfirming(false)}>{m.cancel}</button>
                <button type="button" className="btn btn--primary" onClick={() => void merge()}>{m.confirm}</button>
              </div>
            </Dialog>
          </Modal>
        </ModalOverlay>
      ) : null}
    </section>
  );
}
