import { useEffect, useState } from 'react';
import type { Event, FollowUp } from '../../../core/records.ts';
import { FOLLOW_UP_STATUSES, kindLabel, roleLabel } from '../../../core/taxonomy.ts';
import type { Lang } from '../../../core/taxonomy.ts';
import { api } from '../api.ts';
import { useNav } from '../app/navigation.tsx';
import { useLang } from '../i18n/lang.tsx';
import { formatDate, formatSpan } from '../ui/dates.ts';
import { countryLabel, organisationLabel } from '../ui/labels.ts';
import { Markdown, safeUrl } from '../ui/Markdown.tsx';
import { DeleteEventButton, EventHistory } from '../event/EventForm.tsx';
import { messages } from './messages.ts';

function dueText(f: FollowUp, lang: Lang): string {
  const m = messages[lang];
  return f.due.kind === 'date' ? m.due(formatDate(f.due.date, lang)) : m.window(formatDate(f.due.from, lang), formatDate(f.due.to, lang));
}

/** One event, read-only, with its participants, sources, follow-ups and history. */
export function EventDetail({ eventId }: { eventId: string }) {
  const lang = useLang();
  const m = messages[lang];
  const nav = useNav();
  const [event, setEvent] = useState<Event | null | 'missing'>(null);

  useEffect(() => {
    let live = true;
    api.invoke('events.get', { id: eventId }).then(
      (e) => live && setEvent(e),
      () => live && setEvent('missing'),
    );
    return () => {
      live = false;
    };
  }, [eventId, nav.dataVersion]);

  const back = (
    <button type="button" className="btn btn--quiet btn--small" onClick={() => nav.navigate({ name: 'timeline' })}>
      ← {m.back}
    </button>
  );
  if (event === null) return <section className="screen"><p role="status">{m.loading}</p></section>;
  if (event === 'missing') return <section className="screen">{back}<p role="alert">{m.notFound}</p></section>;

  return (
    <article className="screen detail" aria-labelledby="event-title">
      <div className="detail-bar">
        {back}
        <span className="detail-actions">
          <DeleteEventButton
            eventId={event.id}
            title={event.title}
            onDeleted={() => {
              nav.dataChanged();
              nav.navigate({ name: 'timeline' });
            }}
            onRestored={(restored) => nav.navigate({ name: 'event', eventId: restored.id })}
          />
          <button type="button" className="btn btn--primary" onClick={() => nav.navigate({ name: 'edit', eventId: event.id })}>
            {m.edit}
          </button>
        </span>
      </div>
      <h1 id="event-title">{event.title}</h1>
      <dl className="facts">
        <dt>{m.when}</dt>
        <dd>
          {formatSpan(event.date, event.endDate, event.precision, lang)}
          {event.precision !== 'day' ? <span className="tag">{m.approximate}</span> : null}
        </dd>
        <dt>{m.kind}</dt>
        <dd>{kindLabel(event.kind, lang)}</dd>
        {event.place ? (
          <>
            <dt>{m.where}</dt>
            <dd>
              {event.place.name}
              {event.place.country ? ` (${countryLabel(event.place.country, lang)})` : ''}
            </dd>
          </>
        ) : null}
        {event.countries.length ? (
          <>
            <dt>{m.countries}</dt>
            <dd>{event.countries.map((c) => countryLabel(c, lang)).join(', ')}</dd>
          </>
        ) : null}
        {event.countries.length > 1 ? (
          <>
            <dt>{m.relations}</dt>
            <dd className="relation-links">
              {event.countries.flatMap((a, i) => event.countries.slice(i + 1).map((b) => (
                <button key={`${a}-${b}`} type="button" className="link" onClick={() => nav.navigate({ name: 'relations', a, b })}>
                  {m.pairRelations(countryLabel(a, lang), countryLabel(b, lang))}
                </button>
              )))}
            </dd>
          </>
        ) : null}
        {event.organisations.length ? (
          <>
            <dt>{m.organisations}</dt>
            <dd>{event.organisations.map((o) => organisationLabel(o, lang)).join(' ; ')}</dd>
          </>
        ) : null}
        {event.topics.length ? (
          <>
            <dt>{m.topics}</dt>
            <dd className="tags">
              {event.topics.map((t) => (
                <span key={t.id} className="tag">
                  {t.name}
                </span>
              ))}
            </dd>
          </>
        ) : null}
      </dl>

      {event.participants.length ? (
        <section aria-labelledby="participants-title">
          <h2 id="participants-title">{m.participants}</h2>
          <ul className="participants">
            {event.participants.map((p) => (
              <li key={p.person.id}>
                <button type="button" className="link" onClick={() => nav.navigate({ name: 'person', personId: p.person.id })}>
                  <strong>{p.person.name}</strong>
                </button>
                {p.titleOnDay ?? p.person.title ? <span>, {p.titleOnDay ?? p.person.title}</span> : null}
                {p.person.country ? <span className="muted"> — {countryLabel(p.person.country, lang)}</span> : null}
                <span className="tag">{roleLabel(p.role, lang)}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {event.summary ? (
        <section aria-labelledby="summary-title">
          <h2 id="summary-title">{m.summary}</h2>
          <Markdown text={event.summary} />
        </section>
      ) : null}

      {event.sources.length ? (
        <section aria-labelledby="sources-title">
          <h2 id="sources-title">{m.sources}</h2>
          <ul className="sources">
            {event.sources.map((s, i) => {
              const href = safeUrl(s.url);
              return (
                <li key={i}>
                  {href ? (
                    <a href={href} target="_blank" rel="noopener noreferrer">
                      {s.title || s.url}
                    </a>
                  ) : (
                    <span>{s.title || s.url}</span>
                  )}
                  {s.publisher ? <span className="muted"> — {s.publisher}</span> : null}
                  {s.accessed ? <span className="muted">, {m.accessed(formatDate(s.accessed, lang))}</span> : null}
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}

      {event.sourceText ? (
        <details className="source-text">
          <summary>{m.sourceText}</summary>
          <pre>{event.sourceText}</pre>
        </details>
      ) : null}

      <section aria-labelledby="followups-title">
        <h2 id="followups-title">{m.followUps}</h2>
        {event.followUps.length === 0 ? (
          <p className="muted">{m.noFollowUps}</p>
        ) : (
          <ul className="detail-followups">
            {event.followUps.map((f) => (
              <li key={f.id} className={`fu fu--${f.status}`}>
                <button type="button" className="link" aria-label={m.openFollowUp(f.title)} onClick={() => nav.navigate({ name: 'followups', followUpId: f.id })}>
                  {f.title}
                </button>
                <span className="muted">
                  {' '}— {dueText(f, lang)}
                  {f.wording ? ` (« ${f.wording} »)` : ''}
                  {f.place ? ` · ${f.place.name}` : ''}
                </span>
                <span className="tag">{FOLLOW_UP_STATUSES[f.status][lang]}</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <EventHistory eventId={event.id} refreshKey={nav.dataVersion} />
    </article>
  );
}
