/**
 * Indexes that answer the hot reads without a second seek into a table; no new B-tree for an event
 * save (three indexes are rebuilt wider, one small one is added on people, written only when a
 * person is added or renamed). At 100,000 events, warm:
 * - people_by_id: a name (or a participant's card) in one seek instead of the id index and then the
 *   row; five or so per timeline row, search result and event read.
 * - follow_ups_event with status: an event's open follow-ups are counted from the index alone; each
 *   follow-up row was read for its status before (a timeline page's count 0.8 → 0.15 ms).
 * - follow_ups_open_due with id: the overdue reminders come in their order (due date, then id)
 *   straight off the index, so the first 500 are read without sorting each due date's ties.
 * - events_timeline with the event's own filtered columns (precision, end date, kind): a filtered
 *   walk of the timeline tests a date range or a kind on the index instead of reading each event's
 *   row (of 100,000 events: a page of one year's events 300–430 → ~21 ms, their density 72–95 →
 *   14–22 ms). The same entries, a few bytes longer each; the unfiltered walk and density cost the
 *   same.
 * On a copy of the 100,000-event store this migration adds ~0.8 s to the one open that runs it.
 * CREATE INDEX packs each leaf full, so on a migrated store the first insert into a leaf of a rebuilt
 * index splits it: saves on the migrated 100k copy wrote 42.5 → 49 log frames each (events_timeline
 * 1.1 → 4.7), until the leaves they land in have split once. A store created at this version is not
 * affected; people_by_id costs one more index write per new person.
 */
export default `
CREATE INDEX people_by_id ON people(id, name, title, country);
DROP INDEX follow_ups_event;
CREATE INDEX follow_ups_event ON follow_ups(event_id, status);
DROP INDEX follow_ups_open_due;
CREATE INDEX follow_ups_open_due ON follow_ups(status, due_from, id) WHERE status = 'open';
DROP INDEX events_timeline;
CREATE INDEX events_timeline ON events(date, precision_rank, seq, precision, end_date, kind);
`;
