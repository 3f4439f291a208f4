/**
 * The full-text index merges its segments when the store is idle, not on the write that happens
 * to cross a threshold: with FTS5's automerge on, a single save now and then paid for merging
 * thousands of pages (16–90 ms at 100,000 events). Saves write one small segment each; the store
 * merges after its writes settle (db/upkeep.ts) and bulk writes merge what they wrote before
 * they commit. Crisis merges stay as the backstop for a writer that is never idle. The larger
 * pending-terms hash lets a 5,000-event batch go to disk as a few segments instead of dozens.
 */
export default `
INSERT INTO events_fts(events_fts, rank) VALUES('automerge', 0);
INSERT INTO events_fts(events_fts, rank) VALUES('crisismerge', 64);
INSERT INTO events_fts(events_fts, rank) VALUES('hashsize', 33554432);
`;
