/** Sensible sizes for every text a user types: a title is not a megabyte. */
export const LIMITS = {
  title: 300,
  name: 200,
  shortText: 500,
  summary: 20_000,
  sourceText: 200_000,
  url: 2_000,
  query: 500,
  listItems: 200,
  pageSize: 1_000,
  importEvents: 1_000_000,
  /** Follow-ups listed per reminders bucket (the counts are whole). */
  remindersBucket: 500,
} as const;
