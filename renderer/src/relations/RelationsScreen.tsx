import { useEffect, useState } from 'react';
import type { Bilateral, FollowUpOutcome, Side } from '../../../core/relations.ts';
import { calendarDateOf } from '../../../core/dates.ts';
import { kindLabel, type EventKind, type Lang } from '../../../core/taxonomy.ts';
import { api } from '../api.ts';
import { useNav } from '../app/navigation.tsx';
import { useLang } from '../i18n/lang.tsx';
import { formatDate, formatSpan } from '../ui/dates.ts';
import { organisationAcronym } from '../ui/labels.ts';
import { messages } from './messages.ts';
import { QuarterChart } from './QuarterChart.tsx';
import { type SideOption, SidePicker, sideOptionOf } from './SidePicker.tsx';
import './relations.css';

/** The short name a brief uses for a side: "Mali", "CEDEAO". */
export function sideName(s: Side, lang: Lang): string {
  return s.kind === 'country' ? s[lang] : organisationAcronym(s.organisation, lang);
}

const OUTCOMES: FollowUpOutcome[] = ['delivered', 'open', 'overdue', 'dropped', 'doneUnlinked'];

/**
 * "Where are we with Mali and Russia?": two sides picked, their figures at a glance, and a print
 * view that makes the same screen a one-page brief (Electron prints it to PDF).
 */
export function RelationsScreen({ a, b }: { a?: string | undefined; b?: string | undefined }) {
  const lang = useLang();
  const m = messages[lang];
  const nav = useNav();
  const [sideA, setSideA] = useState<SideOption | null>(null);
  const [sideB, setSideB] = useState<SideOption | null>(null);
  const [data, setData] = useState<Bilateral | null | 'failed'>(null);

  useEffect(() => {
    let live = true;
    if (a) sideOptionOf(a, lang).then((s) => live && setSideA(s), () => undefined);
    if (b) sideOptionOf(b, lang).then((s) => live && setSideB(s), () => undefined);
    return () => {
      live = false;
    };
  }, [a, b, lang]);

  useEffect(() => {
    let live = true;
    setData(null);
    if (!a || !b) return;
    api.invoke('relations.bilateral', { a, b, at: calendarDateOf(new Date()) }).then(
      (r) => live && setData(r),
      () => live && setData('failed'),
    );
    return () => {
      live = false;
    };
  }, [a, b, nav.dataVersion]);

  const choose = (nextA: SideOption | null, nextB: SideOption | null) => {
    if (nextA && nextB && nextA.id !== nextB.id) nav.navigate({ name: 'relations', a: nextA.id, b: nextB.id });
  };

  const title = data && data !== 'failed' ? m.pairTitle(sideName(data.a, lang), sideName(data.b, lang)) : m.title;
  // The window title names the brief: Electron's and Chromium's PDF take it as the document's title.
  useEffect(() => {
    const before = document.title;
    document.title = title;
    return () => {
      document.title = before;
    };
  }, [title]);

  return (
    <article className="screen relations" aria-labelledby="relations-title">
      <div className="rel-pickers no-print">
        <SidePicker label={m.sideA} value={sideA} onChange={(s) => { setSideA(s); choose(s, sideB); }} />
        <SidePicker label={m.sideB} value={sideB} onChange={(s) => { setSideB(s); choose(sideA, s); }} />
        {data && data !== 'failed' ? (
          <button type="button" className="btn" onClick={() => window.print()}>
            {m.print}
          </button>
        ) : null}
      </div>
      <h1 id="relations-title">{title}</h1>
      {!a || !b ? <p>{m.pickTwo}</p> : data === null ? <p role="status">{m.loading}</p> : data === 'failed' ? <p role="alert">{m.failed}</p> : <Brief data={data} lang={lang} />}
    </article>
  );
}

function Brief({ data, lang }: { data: Bilateral; lang: Lang }) {
  const m = messages[lang];
  const nav = useNav();
  const nameA = sideName(data.a, lang);
  const nameB = sideName(data.b, lang);
  const pct = data.deliveryRate === null ? m.notYetDue : `${Math.round(data.deliveryRate * 100)} %`;
  const kinds = Object.entries(data.byKind) as [EventKind, number][];
  return (
    <>
      <p className="muted rel-asof">{m.asOf(formatDate(data.at, lang))}</p>
      <section aria-labelledby="rel-figures">
        <h2 id="rel-figures" className="sr-only">{m.figures}</h2>
        <dl className="rel-figures" data-testid="relation-figures">
          <div><dt>{m.events}</dt><dd data-figure="events">{data.events}</dd></div>
          <div><dt>{m.lastContact}</dt><dd data-figure="daysSinceLast">{data.daysSinceLast === null ? m.noContact : m.daysAgo(data.daysSinceLast)}</dd></div>
          <div><dt>{m.longestGap}</dt><dd data-figure="longestGapDays">{data.longestGapDays === null ? m.none : m.days(data.longestGapDays)}</dd></div>
          <div><dt>{m.deliveryRate}</dt><dd data-figure="deliveryRate">{pct}</dd></div>
        </dl>
      </section>

      {data.perQuarter.length ? (
        <section aria-labelledby="rel-cadence">
          <h2 id="rel-cadence">{m.cadence}</h2>
          <QuarterChart quarters={data.perQuarter} label={m.cadence} barLabel={m.quarterBar} />
        </section>
      ) : null}

      <div className="rel-columns">
        <section aria-labelledby="rel-kinds">
          <h2 id="rel-kinds">{m.kinds}</h2>
          <ul className="rel-list">
            {kinds.map(([k, n]) => (
              <li key={k}><span>{kindLabel(k, lang)}</span> <strong>{n}</strong></li>
            ))}
            {data.a.kind === 'country' ? <li><span>{m.hostedIn(nameA)}</span> <strong>{data.hostedIn.a}</strong></li> : null}
            {data.b.kind === 'country' ? <li><span>{m.hostedIn(nameB)}</span> <strong>{data.hostedIn.b}</strong></li> : null}
            <li><span>{m.elsewhere}</span> <strong>{data.hostedIn.elsewhere}</strong></li>
          </ul>
        </section>
        <section aria-labelledby="rel-people">
          <h2 id="rel-people">{m.people}</h2>
          {([['a', nameA], ['b', nameB]] as const).map(([side, name]) => (
            <div key={side} className="rel-side">
              <h3>{m.peopleOf(name)}</h3>
              {data.people[side].length ? (
                <ul className="rel-list">
                  {data.people[side].map(({ person, events }) => (
                    <li key={person.id}>
                      <button type="button" className="link" onClick={() => nav.navigate({ name: 'person', personId: person.id })}>{person.name}</button>
                      {person.title ? <span className="muted">, {person.title}</span> : null} <strong>{events}</strong>
                    </li>
                  ))}
                </ul>
              ) : <p className="muted">{m.nobody}</p>}
            </div>
          ))}
        </section>
      </div>

      <section aria-labelledby="rel-followups">
        <h2 id="rel-followups">{m.followUps}</h2>
        <p className="rel-tally">
          {(['delivered', 'open', 'overdue', 'dropped'] as const).map((k) => (
            <span key={k} className={`rel-outcome rel-outcome--${k}`}>{m[k]} <strong>{data.followUps[k]}</strong></span>
          ))}
        </p>
        {data.followUpItems.length ? (
          <ul className="rel-list rel-followups">
            {OUTCOMES.flatMap((o) => data.followUpItems.filter((f) => f.outcome === o)).map((f) => (
              <li key={f.id}>
                <span className={`tag rel-outcome--${f.outcome}`}>{m[f.outcome]}</span> {f.title}{' '}
                <span className="muted">— {m.promisedAt(`${f.eventTitle}, ${formatDate(f.eventDate, lang)}`)}</span>
              </li>
            ))}
          </ul>
        ) : <p className="muted">{m.noFollowUps}</p>}
      </section>

      <section aria-labelledby="rel-events">
        <h2 id="rel-events">{m.sharedEvents} <span className="muted">({m.latest(data.timeline.length, data.events)})</span></h2>
        {data.timeline.length ? (
          <ul className="rel-list rel-events">
            {data.timeline.map((e) => (
              <li key={e.id}>
                <span className="rel-date">{formatSpan(e.date, e.endDate, e.precision, lang)}</span>
                <button type="button" className="link" onClick={() => nav.navigate({ name: 'event', eventId: e.id })}>{e.title}</button>
                <span className="muted"> · {kindLabel(e.kind, lang)}{e.place ? ` · ${e.place}` : ''}</span>
              </li>
            ))}
          </ul>
        ) : <p className="muted">{m.noEvents}</p>}
      </section>
    </>
  );
}
