/**
 * Run-time schemas for every API input. Types vanish at a process boundary, so each
 * handler's input is parsed here first; the messages name the field and the problem.
 */
import { z } from 'zod';
import { isCountryCode } from './countries.ts';
import { calendarDateProblem, normaliseDate, PRECISIONS } from './dates.ts';
import { LIMITS } from './limits.ts';
import { EVENT_KIND_IDS, FOLLOW_UP_STATUS_IDS, LANGS, PARTICIPANT_ROLE_IDS } from './taxonomy.ts';
import { stripControls } from './text.ts';
import { FILTER_DIMENSIONS, MAX_FILTER_CHIPS } from './timeline-filters.ts';

const text = (max: number) =>
  z
    .string({ error: (iss) => (iss.input === undefined ? 'is required' : 'must be text') })
    .transform((s) => stripControls(s).trim())
    .pipe(z.string().max(max, { error: `is longer than ${max} characters` }));

const requiredText = (max: number) =>
  text(max).pipe(z.string().min(1, { error: 'must not be empty' }));

const optionalText = (max: number) => text(max).optional();

export const id = z
  .string({ error: (iss) => (iss.input === undefined ? 'is required' : 'must be an id') })
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, { error: 'is not a valid id' })
  .transform((s) => s.toLowerCase());

// A date or code of megabytes is refused before any message quotes it back.
export const calendarDate = z
  .string({ error: (iss) => (iss.input === undefined ? 'is required' : 'must be a date (YYYY-MM-DD)') })
  .max(64, { error: 'is too long to be a date (YYYY-MM-DD)', abort: true })
  .trim()
  .superRefine((v, ctx) => {
    const problem = calendarDateProblem(v);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

export const countryCode = z
  .string({ error: 'must be an ISO 3166-1 alpha-2 country code' })
  .max(64, { error: 'is too long to be a country code', abort: true })
  .trim()
  .transform((s) => s.toUpperCase())
  .refine(isCountryCode, { error: (iss) => `${String(iss.input)} is not an ISO 3166-1 alpha-2 country code` });

const list = <T extends z.ZodType>(item: T) =>
  z.array(item, { error: 'must be a list' }).max(LIMITS.listItems, { error: `has more than ${LIMITS.listItems} items` });

export const kind = z.enum(EVENT_KIND_IDS, { error: `must be one of ${EVENT_KIND_IDS.join(', ')}` });
export const role = z.enum(PARTICIPANT_ROLE_IDS, { error: `must be one of ${PARTICIPANT_ROLE_IDS.join(', ')}` });
export const precision = z.enum(PRECISIONS, { error: 'must be day, month or year' });
export const followUpStatus = z.enum(FOLLOW_UP_STATUS_IDS, { error: 'must be open, done or cancelled' });
export const lang = z.enum(LANGS, { error: 'must be fr or en' });

export const httpUrl = z
  .string({ error: 'must be a web address' })
  .trim()
  .max(LIMITS.url, { error: `is longer than ${LIMITS.url} characters` })
  .superRefine((v, ctx) => {
    let url: URL;
    try {
      url = new URL(v);
    } catch {
      ctx.addIssue({ code: 'custom', message: `${v.slice(0, 80)} is not a web address` });
      return;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      ctx.addIssue({ code: 'custom', message: 'only http and https addresses are accepted' });
    }
  });

/** A place by name, optionally with its country: "Moscou" or { name: "Moscou", country: "RU" }. */
export const placeInput = z.union(
  [requiredText(LIMITS.name).transform((name) => ({ name, country: undefined as string | undefined })),
    z.strictObject({ name: requiredText(LIMITS.name), country: countryCode.optional() })],
  { error: 'must be a place name or { name, country }' },
);

export const personInput = z.strictObject({
  id: id.optional(),
  name: requiredText(LIMITS.name),
  title: optionalText(LIMITS.shortText),
  country: countryCode.optional(),
  role: role.default('participant'),
});

export const sourceInput = z.strictObject({
  url: httpUrl,
  title: optionalText(LIMITS.shortText),
  publisher: optionalText(LIMITS.name),
  accessed: calendarDate.optional(),
});

export const windowInput = z
  .strictObject({ from: calendarDate, to: calendarDate })
  .superRefine((w, ctx) => {
    if (w.to < w.from) ctx.addIssue({ code: 'custom', path: ['to'], message: `${w.to} is before the window's start ${w.from}` });
  });

/** A follow-up is due on a date, or within a window; wording keeps the original phrase ("dans les prochaines semaines"). */
const followUpFields = {
  title: requiredText(LIMITS.title),
  due: calendarDate.optional(),
  window: windowInput.optional(),
  wording: optionalText(LIMITS.shortText),
  place: placeInput.optional(),
  notes: optionalText(LIMITS.summary),
};

function dueOrWindow(v: { due?: string | undefined; window?: unknown; wording?: string | undefined }, ctx: z.RefinementCtx, allowVague: boolean) {
  if (v.due !== undefined && v.window !== undefined) {
    ctx.addIssue({ code: 'custom', path: ['window'], message: 'give either due or window, not both' });
  } else if (v.due === undefined && v.window === undefined && !(allowVague && v.wording)) {
    ctx.addIssue({ code: 'custom', path: ['due'], message: 'is required (or a window from–to)' });
  }
}

export const followUpInlineInput = z
  .strictObject({ id: id.optional(), ...followUpFields })
  .superRefine((v, ctx) => dueOrWindow(v, ctx, true));

export const eventFields = {
  title: requiredText(LIMITS.title),
  kind: kind.default('meeting'),
  date: z
    .string({ error: (iss) => (iss.input === undefined ? 'is required' : 'must be a date (YYYY-MM-DD)') })
    .max(64, { error: 'is too long to be a date', abort: true })
    .trim()
    .superRefine((v, ctx) => {
      const n = normaliseDate(v);
      if ('problem' in n) ctx.addIssue({ code: 'custom', message: n.problem });
    }),
  precision: precision.optional(),
  endDate: calendarDate.optional(),
  place: placeInput.optional(),
  countries: list(countryCode).default([]),
  organisations: list(requiredText(LIMITS.name)).default([]),
  people: list(personInput).default([]),
  topics: list(requiredText(LIMITS.name)).default([]),
  summary: text(LIMITS.summary).default(''),
  sourceText: text(LIMITS.sourceText).default(''),
  sources: list(sourceInput).default([]),
};

/** Normalises date + precision and checks the end date; shared by create and update. */
function refineEventDates<T extends { date: string; precision?: (typeof PRECISIONS)[number] | undefined; endDate?: string | undefined }>(
  v: T,
  ctx: z.RefinementCtx,
): T {
  const n = normaliseDate(v.date, v.precision);
  if ('problem' in n) {
    ctx.addIssue({ code: 'custom', path: ['date'], message: n.problem });
    return v;
  }
  if (v.endDate !== undefined && v.endDate < n.date) {
    ctx.addIssue({ code: 'custom', path: ['endDate'], message: `${v.endDate} is before the start date ${n.date}` });
  }
  return { ...v, date: n.date, precision: n.precision };
}

export const eventInput = z
  .strictObject({
    id: id.optional(),
    ...eventFields,
    followUps: list(followUpInlineInput).default([]),
  })
  .transform((v, ctx) => refineEventDates(v, ctx) as typeof v & { precision: (typeof PRECISIONS)[number] });

export const eventBatch = z.strictObject({
  events: z.array(eventInput, { error: 'must be a list of events' }).min(1, { error: 'must hold at least one event' }).max(LIMITS.importEvents, { error: `has more than ${LIMITS.importEvents} events` }),
});

export const eventPatch = z
  .strictObject({
    id,
    title: eventFields.title.optional(),
    kind: kind.optional(),
    date: eventFields.date.optional(),
    precision: precision.optional(),
    endDate: calendarDate.nullable().optional(),
    place: placeInput.nullable().optional(),
    countries: list(countryCode).optional(),
    organisations: list(requiredText(LIMITS.name)).optional(),
    people: list(personInput).optional(),
    topics: list(requiredText(LIMITS.name)).optional(),
    summary: text(LIMITS.summary).optional(),
    sourceText: text(LIMITS.sourceText).optional(),
    sources: list(sourceInput).optional(),
  });

export const eventFilters = z
  .strictObject({
    countries: list(countryCode).optional(),
    organisations: list(id).optional(),
    people: list(id).optional(),
    kinds: list(kind).optional(),
    topics: list(id).optional(),
    from: calendarDate.optional(),
    to: calendarDate.optional(),
  })
  .default({});

const pageSize = (dflt: number) =>
  z.number({ error: 'must be a number' }).int({ error: 'must be a whole number' }).min(1, { error: 'must be at least 1' }).max(LIMITS.pageSize, { error: `must be at most ${LIMITS.pageSize}` }).default(dflt);
const offset = z.number({ error: 'must be a number' }).int({ error: 'must be a whole number' }).min(0, { error: 'must not be negative' }).max(10_000_000, { error: 'is too large' }).default(0);

export const eventListInput = z.strictObject({
  filters: eventFilters,
  limit: pageSize(200),
  offset,
  order: z.enum(['asc', 'desc'], { error: 'must be asc or desc' }).default('asc'),
  /** Pages after the first already know the total: skipping the count keeps scrolling cheap. */
  withTotal: z.boolean({ error: 'must be true or false' }).default(true),
}).default({ filters: {}, limit: 200, offset: 0, order: 'asc', withTotal: true });

export const densityInput = z.strictObject({
  filters: eventFilters,
  /** Also count the events before this day in timeline order: where the timeline puts its "today" marker. */
  before: calendarDate.optional(),
}).default({ filters: {} });

const searchQuery = z.string({ error: (iss) => (iss.input === undefined ? 'is required' : 'must be text') }).max(LIMITS.query, { error: `is longer than ${LIMITS.query} characters` });

export const searchInput = z.strictObject({
  query: searchQuery,
  filters: eventFilters,
  limit: pageSize(50),
  offset,
});

export const searchFacetsInput = z.strictObject({
  query: searchQuery,
  filters: eventFilters,
});

export const followUpCreate = z
  .strictObject({ eventId: id, ...followUpFields })
  .superRefine((v, ctx) => dueOrWindow(v, ctx, true));

export const followUpUpdate = z.strictObject({
  id,
  title: followUpFields.title.optional(),
  wording: text(LIMITS.shortText).optional(),
  place: placeInput.nullable().optional(),
  notes: text(LIMITS.summary).optional(),
});

export const followUpReschedule = z
  .strictObject({ id, due: calendarDate.optional(), window: windowInput.optional(), wording: optionalText(LIMITS.shortText) })
  .superRefine((v, ctx) => dueOrWindow(v, ctx, false));

export const followUpComplete = z.strictObject({ id, doneByEventId: id.optional(), at: calendarDate.optional() });
export const followUpSnooze = z.strictObject({ id, until: calendarDate });
export const followUpList = z
  .strictObject({ status: followUpStatus.optional(), eventId: id.optional(), limit: pageSize(500), offset })
  .default({ limit: 500, offset: 0 });

export const remindersInput = z.strictObject({
  at: calendarDate,
  withinDays: z.number({ error: 'must be a number' }).int({ error: 'must be a whole number' }).min(0, { error: 'must not be negative' }).max(3660, { error: 'must be at most 3660' }).default(7),
  /** Follow-ups listed per bucket, at most (the counts stay whole): the timeline shows five, the badge none. */
  limit: z.number({ error: 'must be a number' }).int({ error: 'must be a whole number' }).min(0, { error: 'must not be negative' }).max(LIMITS.remindersBucket, { error: `must be at most ${LIMITS.remindersBucket}` }).optional(),
});

export const directoryQuery = z
  .strictObject({ query: z.string({ error: 'must be text' }).max(LIMITS.name, { error: `is longer than ${LIMITS.name} characters` }).default(''), limit: pageSize(20) })
  .default({ query: '', limit: 20 });

export const organisationInput = z.strictObject({
  acronymFr: requiredText(LIMITS.name),
  acronymEn: requiredText(LIMITS.name),
  nameFr: requiredText(LIMITS.name),
  nameEn: requiredText(LIMITS.name),
});
export const organisationPatch = z.strictObject({
  id,
  acronymFr: requiredText(LIMITS.name).optional(),
  acronymEn: requiredText(LIMITS.name).optional(),
  nameFr: requiredText(LIMITS.name).optional(),
  nameEn: requiredText(LIMITS.name).optional(),
});
export const personPatch = z.strictObject({
  id,
  name: requiredText(LIMITS.name).optional(),
  title: text(LIMITS.shortText).optional(),
  country: countryCode.nullable().optional(),
});

export const byId = z.strictObject({ id });

/** A check across fields runs only on fields that passed their own: one problem, said once. */
const whenValid = { when: (payload: { issues: readonly unknown[] }) => payload.issues.length === 0 };

/** What a chip's value must be to filter on: exactly what events.list's filters accept for its dimension. */
const chipValue = { countries: countryCode, organisations: id, people: id, kinds: kind, topics: id } as const;

const filterChip = z
  .strictObject({
    dim: z.enum(FILTER_DIMENSIONS, { error: `must be one of ${FILTER_DIMENSIONS.join(', ')}` }),
    value: requiredText(LIMITS.name),
    labels: z.strictObject({ en: text(LIMITS.name), fr: text(LIMITS.name) }, { error: 'must be { en, fr }' }),
  }, { error: 'must be a filter { dim, value, labels }' })
  .superRefine((chip, ctx) => {
    const checked = chipValue[chip.dim].safeParse(chip.value);
    if (!checked.success) ctx.addIssue({ code: 'custom', path: ['value'], message: checked.error.issues[0]?.message ?? `is not a value of ${chip.dim}` });
  }, whenValid);

/** The timeline's saved filters (core/timeline-filters.ts); the page is served with them applied. */
export const timelineFilters = z
  .strictObject({
    chips: z.array(filterChip, { error: 'must be a list' }).max(MAX_FILTER_CHIPS, { error: `has more than ${MAX_FILTER_CHIPS} filters` }).default([]),
    from: calendarDate.optional(),
    to: calendarDate.optional(),
  }, { error: 'must be filters { chips, from, to }' })
  .superRefine((f, ctx) => {
    if (f.from !== undefined && f.to !== undefined && f.to < f.from) ctx.addIssue({ code: 'custom', path: ['to'], message: `${f.to} is before ${f.from}` });
  }, whenValid);

export const settingsPatch = z.strictObject({
  language: z.enum(['system', 'fr', 'en'], { error: 'must be system, fr or en' }).optional(),
  reminderTime: z.string({ error: 'must be a time (HH:MM)' }).regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'must be a time of day HH:MM' }).optional(),
  notifications: z.boolean({ error: 'must be true or false' }).optional(),
  timelineFilters: timelineFilters.optional(),
});

export type EventInput = z.output<typeof eventInput>;
export type EventInputRaw = z.input<typeof eventInput>;
export type EventPatch = z.output<typeof eventPatch>;
export type EventFilters = z.output<typeof eventFilters>;
export type PlaceInput = z.output<typeof placeInput>;
export type PersonInput = z.output<typeof personInput>;
export type FollowUpInlineInput = z.output<typeof followUpInlineInput>;

export const emptyInput = z.strictObject({}).optional();

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One side of a relation: "ML" (a country) or an organisation's id. */
export const relationSide = z
  .string({ error: (iss) => (iss.input === undefined ? 'is required' : 'must be a country code or an organisation id') })
  .max(64, { error: 'is too long to be a country code or an organisation id', abort: true })
  .trim()
  .transform((v, ctx): { kind: 'country'; code: string } | { kind: 'organisation'; id: string } => {
    if (UUID.test(v)) return { kind: 'organisation', id: v.toLowerCase() };
    const code = v.toUpperCase();
    if (isCountryCode(code)) return { kind: 'country', code };
    ctx.addIssue({ code: 'custom', message: `${v} is neither an ISO 3166-1 alpha-2 country code nor an organisation id` });
    return z.NEVER;
  });

export const bilateralInput = z
  .strictObject({ a: relationSide, b: relationSide, at: calendarDate.optional() })
  .superRefine((v, ctx) => {
    const key = (s: typeof v.a) => (s.kind === 'country' ? s.code : s.id);
    if (v.a.kind === v.b.kind && key(v.a) === key(v.b)) ctx.addIssue({ code: 'custom', path: ['b'], message: 'must differ from a' });
  });

const alias = requiredText(LIMITS.name);
export const personAlias = z.strictObject({ id, alias });

export const personTitle = z
  .strictObject({ title: requiredText(LIMITS.shortText), from: calendarDate.optional(), to: calendarDate.optional() })
  .superRefine((t, ctx) => {
    if (t.from !== undefined && t.to !== undefined && t.to < t.from) ctx.addIssue({ code: 'custom', path: ['to'], message: `${t.to} is before ${t.from}` });
  });
export const personTitles = z.strictObject({ id, titles: list(personTitle) });

export const personMerge = z
  .strictObject({ keep: id, merge: id })
  .superRefine((v, ctx) => {
    if (v.keep === v.merge) ctx.addIssue({ code: 'custom', path: ['merge'], message: 'must be another person than keep' });
  });

export type SideInput = z.output<typeof relationSide>;
