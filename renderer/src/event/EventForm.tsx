import { useContext, useEffect, useId, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { Input } from '../../../core/contract.ts';
import type { Precision } from '../../../core/dates.ts';
import { ApiError } from '../../../core/errors.ts';
import type { Event } from '../../../core/records.ts';
import type { EventKind } from '../../../core/taxonomy.ts';
import { EVENT_KIND_IDS, EVENT_KINDS } from '../../../core/taxonomy.ts';
import { NavContext } from '../app/navigation.tsx';
import { api } from '../api.ts';
import { useLang, useMessages } from '../i18n/lang.tsx';
import { formatDate } from '../ui/dates.ts';
import { DeleteEventButton } from './DeleteEventButton.tsx';
import type { EventDraft, FollowUpRow } from './draft.ts';
import { draftFromEvent, draftFromInput, emptyDraft, referenceDate, sameDraft, toCreateInput, withoutBlankRows } from './draft.ts';
import { errorsFromIssues } from './field-errors.ts';
import { CountriesField } from './fields/CountriesField.tsx';
import { FieldMessage, FormEnvContext, useField } from './fields/form-env.tsx';
import { FollowUpsField } from './fields/FollowUpsField.tsx';
import { OrganisationsField } from './fields/OrganisationsField.tsx';
import { PeopleField } from './fields/PeopleField.tsx';
import { PlaceField } from './fields/PlaceField.tsx';
import { SourcesField } from './fields/SourcesField.tsx';
import { SummaryField } from './fields/SummaryField.tsx';
import { TextField } from './fields/TextField.tsx';
import { TopicsField } from './fields/TopicsField.tsx';
import { messages } from './messages.ts';
import { saveEdits } from './save-edits.ts';
import { useUnsavedGuard } from './useUnsavedGuard.ts';
import { clearDraft, draftKey, readDraft, useDraftAutosave } from './useDraftStorage.ts';
import './event-form.css';

export { DeleteEventButton } from './DeleteEventButton.tsx';
export { EventHistory } from './EventHistory.tsx';

export interface EventFormProps {
  /** Edit this event; without it the form creates a new one. */
  eventId?: string;
  /** Values to start a new event from (e.g. a captured article). */
  draft?: Partial<Input<'events.create'>>;
  onSaved(event: Event): void;
  onCancel(): void;
  /** After a delete from the form (edit mode); defaults to onCancel. */
  onDeleted?(): void;
}

const why = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** The whole event — what, when, where, who, what was said, what follows — created or edited in one form. */
export function EventForm(props: EventFormProps) {
  const { eventId } = props;
  const m = useMessages(messages);
  const formId = `ef${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const storageKey = draftKey(eventId);
  const nav = useContext(NavContext);

  const [original, setOriginal] = useState<Event | null>(null);
  const [baseline, setBaseline] = useState<EventDraft | null>(() => (eventId ? null : props.draft ? draftFromInput(props.draft) : emptyDraft()));
  const [draft, setDraft] = useState<EventDraft | null>(() => (eventId ? null : (!props.draft && readDraft(storageKey)) || baseline));
  const [restored, setRestored] = useState(() => !eventId && !props.draft && readDraft(storageKey) !== null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [errors, setErrors] = useState<Map<string, string>>(new Map());
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    if (!eventId) return undefined;
    let live = true;
    api.invoke('events.get', { id: eventId }).then(
      (event) => {
        if (!live) return;
        const base = draftFromEvent(event);
        const stored = readDraft(storageKey);
        setOriginal(event);
        setBaseline(base);
        setDraft(stored ?? base);
        setRestored(stored !== null && !sameDraft(stored, base));
      },
      (e: unknown) => live && setLoadError(why(e)),
    );
    return () => {
      live = false;
    };
  }, [eventId, storageKey]);

  const dirty = Boolean(draft && baseline && !sameDraft(draft, baseline));
  useDraftAutosave(storageKey, draft, dirty, !saved);
  const guard = useUnsavedGuard(dirty && !saved, m.unsavedConfirm);

  // After a failed save, take the keyboard to the first field to fix.
  useEffect(() => {
    if (errors.size === 0) return;
    const first = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    first?.focus();
  }, [errors]);

  if (loadError) {
    return (
      <section className="event-form">
        <p role="alert" className="ef-error">
          {m.loadFailed(loadError)}
        </p>
        <button type="button" onClick={props.onCancel}>
          {m.cancel}
        </button>
      </section>
    );
  }
  if (!draft) {
    return (
      <section className="event-form" aria-busy="true">
        <p>{m.loading}</p>
      </section>
    );
  }

  const set = (patch: Partial<EventDraft>) => setDraft((d) => (d ? { ...d, ...patch } : d));

  const save = async () => {
    if (saving) return;
    const clean = withoutBlankRows(draft);
    setDraft(clean);
    setSaving(true);
    setErrors(new Map());
    setFormError(null);
    try {
      const event =
        eventId && original
          ? await saveEdits(eventId, original, clean, (rows: FollowUpRow[]) => setDraft((d) => (d ? { ...d, followUps: rows } : d)))
          : await api.invoke('events.create', toCreateInput(clean));
      guard.bypass();
      clearDraft(storageKey);
      setSaved(true);
      setBaseline(clean);
      nav?.dataChanged();
      props.onSaved(event);
    } catch (e) {
      if (e instanceof ApiError && e.issues.some((i) => i.field)) {
        setErrors(errorsFromIssues(e.issues, m));
        const general = e.issues.filter((i) => !i.field);
        setFormError(general.length ? m.saveFailed(general.map((i) => i.problem).join(' ')) : null);
      } else {
        setFormError(m.saveFailed(why(e)));
      }
    } finally {
      setSaving(false);
    }
  };

  const cancel = () => {
    if (dirty && !window.confirm(m.unsavedConfirm)) return;
    guard.bypass();
    clearDraft(storageKey);
    props.onCancel();
  };

  const discardDraft = () => {
    clearDraft(storageKey);
    setDraft(baseline);
    setRestored(false);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    const target = e.target as HTMLElement;
    if ((e.ctrlKey || e.metaKey) && (e.key === 'Enter' || e.key.toLowerCase() === 's')) {
      e.preventDefault();
      void save();
    } else if (e.key === 'Enter' && target instanceof HTMLInputElement && target.type !== 'submit') {
      // Enter picks an option or moves on; saving a whole event by accident is not its job.
      e.preventDefault();
    }
  };

  return (
    <FormEnvContext.Provider value={{ formId, errors }}>
      <form
        ref={formRef}
        className="event-form"
        aria-labelledby={`${formId}-heading`}
        noValidate
        onKeyDown={onKeyDown}
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <header className="ef-header">
          <h1 id={`${formId}-heading`}>{eventId ? m.editTitle : m.newTitle}</h1>
          {restored ? (
            <p className="ef-restored" role="status">
              {m.draftRestored}{' '}
              <button type="button" className="ef-link" onClick={discardDraft}>
                {m.discardDraft}
              </button>
            </p>
          ) : null}
        </header>

        {formError || errors.size > 0 ? <ErrorSummary errors={errors} general={formError} formId={formId} /> : null}

        <fieldset className="ef-section">
          <legend>{m.essentials}</legend>
          <TextField field="title" label={m.title} value={draft.title} onChange={(title) => set({ title })} required autoFocus={!eventId} className="ef-title" />
          <div className="ef-row">
            <KindSelect value={draft.kind} onChange={(kind) => set({ kind })} />
            <DateFields draft={draft} set={set} />
          </div>
          <PlaceField name={draft.placeName} country={draft.placeCountry} onChange={(placeName, placeCountry) => set({ placeName, placeCountry })} />
        </fieldset>

        <fieldset className="ef-section">
          <legend>{m.actors}</legend>
          <div className="ef-grid-2">
            <CountriesField value={draft.countries} onChange={(countries) => set({ countries })} />
            <OrganisationsField value={draft.organisations} onChange={(organisations) => set({ organisations })} />
          </div>
          <PeopleField value={draft.people} onChange={(people) => set({ people })} />
          <TopicsField value={draft.topics} onChange={(topics) => set({ topics })} />
        </fieldset>

        <fieldset className="ef-section">
          <legend>{m.content}</legend>
          <SummaryField value={draft.summary} onChange={(summary) => set({ summary })} />
          <TextField field="sourceText" label={m.sourceText} value={draft.sourceText} onChange={(sourceText) => set({ sourceText })} multiline rows={4} />
          <fieldset className="ef-subsection">
            <legend>{m.sources}</legend>
            <SourcesField value={draft.sources} onChange={(sources) => set({ sources })} />
          </fieldset>
        </fieldset>

        <fieldset className="ef-section">
          <legend>{m.followUps}</legend>
          <FollowUpsField value={draft.followUps} onChange={(followUps) => set({ followUps })} reference={referenceDate(draft)} />
        </fieldset>

        <footer className="ef-actions">
          <button type="submit" className="ef-primary" disabled={saving} aria-keyshortcuts="Control+Enter Meta+Enter">
            {saving ? m.saving : m.save}
          </button>
          <button type="button" onClick={cancel}>
            {m.cancel}
          </button>
          {eventId && original ? (
            <DeleteEventButton
              eventId={eventId}
              title={original.title}
              onDeleted={() => {
                guard.bypass();
                clearDraft(storageKey);
                (props.onDeleted ?? props.onCancel)();
              }}
            />
          ) : null}
        </footer>
      </form>
    </FormEnvContext.Provider>
  );
}

function KindSelect({ value, onChange }: { value: EventKind; onChange(kind: EventKind): void }) {
  const m = useMessages(messages);
  const lang = useLang();
  const { error, errorId, controlProps } = useField('kind');
  return (
    <div className="ef-field" data-field="kind">
      <label htmlFor={controlProps.id}>{m.kind}</label>
      <select {...controlProps} value={value} onChange={(e) => onChange(e.target.value as EventKind)}>
        {EVENT_KIND_IDS.map((k) => (
          <option key={k} value={k}>
            {EVENT_KINDS[k][lang]}
          </option>
        ))}
      </select>
      <FieldMessage id={errorId}>{error}</FieldMessage>
    </div>
  );
}

/** The date as typed at its precision (2025-06-23, 2025-06 or 2025), read back in words so a slip shows at once. */
function DateFields({ draft, set }: { draft: EventDraft; set(patch: Partial<EventDraft>): void }) {
  const m = useMessages(messages);
  const lang = useLang();
  const precisionField = useField('precision');
  const ref = referenceDate(draft);
  const form = draft.precision === 'year' ? m.dateHintYear : draft.precision === 'month' ? m.dateHintMonth : m.dateHintDay;
  const hint = ref ? `${form} · ${formatDate(ref, lang, draft.precision)}` : form;
  return (
    <>
      <TextField field="date" label={m.date} value={draft.date} onChange={(date) => set({ date })} hint={hint} required inputMode="numeric" className="ef-date" />
      <div className="ef-field" data-field="precision">
        <label htmlFor={precisionField.controlProps.id}>{m.precision}</label>
        <select {...precisionField.controlProps} value={draft.precision} onChange={(e) => set({ precision: e.target.value as Precision })}>
          <option value="day">{m.precisionDay}</option>
          <option value="month">{m.precisionMonth}</option>
          <option value="year">{m.precisionYear}</option>
        </select>
        <FieldMessage id={precisionField.errorId}>{precisionField.error}</FieldMessage>
      </div>
      <TextField field="endDate" label={m.endDate} type="date" value={draft.endDate} onChange={(endDate) => set({ endDate })} className="ef-date" />
    </>
  );
}

/** Every problem in one place at the top, each a button that takes focus to its field. */
function ErrorSummary({ errors, general, formId }: { errors: ReadonlyMap<string, string>; general: string | null; formId: string }) {
  const m = useMessages(messages);
  const focusField = (field: string) => {
    const form = document.getElementById(`${formId}-heading`)?.closest('form');
    const candidates = [field, field.replace(/\[\d+\]$/, ''), field.split('.')[0] ?? field];
    for (const f of candidates) {
      const el = form?.querySelector<HTMLElement>(`[data-field="${CSS.escape(f)}"] :is(input, select, textarea)`);
      if (el) {
        el.focus();
        return;
      }
    }
  };
  return (
    <div className="ef-summary-errors" role="alert">
      {general ? <p>{general}</p> : null}
      {errors.size > 0 ? (
        <>
          <p>{m.errorSummary(errors.size)}</p>
          <ul>
            {[...errors].map(([field, text]) => (
              <li key={field}>
                <button type="button" className="ef-link" onClick={() => focusField(field)}>
                  {fieldLabel(field, m)}
                </button>
                {' — '}
                {text}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}

type M = (typeof messages)['en'];

/** `people[0].name` → "People 1 — Name": how the summary names a field. */
export function fieldLabel(field: string, m: M): string {
  const parts = field.split('.');
  const head = parts[0] ?? '';
  const indexed = /^(\w+)\[(\d+)\]$/.exec(head);
  const base = indexed ? indexed[1]! : head;
  const n = indexed ? Number(indexed[2]) + 1 : undefined;
  const names: Record<string, string> = {
    title: m.title, kind: m.kind, date: m.date, precision: m.precision, endDate: m.endDate, place: m.place,
    countries: m.countries, organisations: m.organisations, people: m.people, topics: m.topics,
    summary: m.summary, sourceText: m.sourceText, sources: m.sources, followUps: m.followUps,
  };
  const sub: Record<string, string> = {
    name: m.personName, country: m.personCountry, role: m.personRole, url: m.sourceUrl, publisher: m.sourcePublisher,
    due: m.dueDate, wording: m.followUpWording, from: m.windowFrom, to: m.windowTo, window: m.dueInWindow,
  };
  const rest = parts.slice(1).map((p) => (base === 'people' && p === 'title' ? m.personTitle : base === 'followUps' && p === 'title' ? m.followUpTitle : sub[p] ?? p));
  const label = n === undefined ? (names[base] ?? base) : base === 'followUps' ? m.followUpNumber(n) : `${names[base] ?? base} ${n}`;
  return [label, ...rest].join(' — ');
}
