/** The first schema: events, their actors, follow-ups, history, settings and the search index. */
export default `
CREATE TABLE places (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  country TEXT,
  folded TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX places_identity ON places(folded, ifnull(country, ''));

CREATE TABLE organisations (
  id TEXT PRIMARY KEY,
  acronym_fr TEXT NOT NULL,
  acronym_en TEXT NOT NULL,
  name_fr TEXT NOT NULL,
  name_en TEXT NOT NULL,
  folded TEXT NOT NULL
) STRICT;

CREATE TABLE people (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  title TEXT,
  country TEXT,
  folded TEXT NOT NULL
) STRICT;
CREATE INDEX people_folded ON people(folded);

CREATE TABLE topics (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  folded TEXT NOT NULL UNIQUE
) STRICT;

-- seq is the integer key the full-text index joins on; id is the stable UUID v7 records are known by.
CREATE TABLE events (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  kind TEXT NOT NULL,
  date TEXT NOT NULL,
  precision TEXT NOT NULL CHECK (precision IN ('day', 'month', 'year')),
  -- imprecise events sort to the head of their month or year
  precision_rank INTEGER NOT NULL GENERATED ALWAYS AS (CASE precision WHEN 'year' THEN 0 WHEN 'month' THEN 1 ELSE 2 END) VIRTUAL,
  end_date TEXT,
  place_id TEXT REFERENCES places(id),
  summary TEXT NOT NULL DEFAULT '',
  source_text TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX events_timeline ON events(date, precision_rank, seq);
CREATE INDEX events_kind ON events(kind, date);

CREATE TABLE event_countries (
  event_seq INTEGER NOT NULL REFERENCES events(seq) ON DELETE CASCADE,
  country TEXT NOT NULL,
  position INTEGER NOT NULL,
  PRIMARY KEY (event_seq, country)
) STRICT, WITHOUT ROWID;
CREATE INDEX event_countries_country ON event_countries(country, event_seq);

CREATE TABLE event_organisations (
  event_seq INTEGER NOT NULL REFERENCES events(seq) ON DELETE CASCADE,
  organisation_id TEXT NOT NULL REFERENCES organisations(id),
  position INTEGER NOT NULL,
  PRIMARY KEY (event_seq, organisation_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX event_organisations_org ON event_organisations(organisation_id, event_seq);

CREATE TABLE participants (
  event_seq INTEGER NOT NULL REFERENCES events(seq) ON DELETE CASCADE,
  person_id TEXT NOT NULL REFERENCES people(id),
  role TEXT NOT NULL,
  title TEXT,
  position INTEGER NOT NULL,
  PRIMARY KEY (event_seq, person_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX participants_person ON participants(person_id, event_seq);

CREATE TABLE event_topics (
  event_seq INTEGER NOT NULL REFERENCES events(seq) ON DELETE CASCADE,
  topic_id TEXT NOT NULL REFERENCES topics(id),
  position INTEGER NOT NULL,
  PRIMARY KEY (event_seq, topic_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX event_topics_topic ON event_topics(topic_id, event_seq);

CREATE TABLE sources (
  event_seq INTEGER NOT NULL REFERENCES events(seq) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  url TEXT NOT NULL,
  title TEXT,
  publisher TEXT,
  accessed TEXT,
  PRIMARY KEY (event_seq, position)
) STRICT, WITHOUT ROWID;

CREATE TABLE follow_ups (
  id TEXT PRIMARY KEY,
  event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  title TEXT NOT NULL,
  due_kind TEXT NOT NULL CHECK (due_kind IN ('date', 'window')),
  due_from TEXT NOT NULL,
  due_to TEXT NOT NULL CHECK (due_to >= due_from),
  wording TEXT,
  place_id TEXT REFERENCES places(id),
  notes TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL CHECK (status IN ('open', 'done', 'cancelled')),
  snoozed_until TEXT,
  done_by_event_id TEXT REFERENCES events(id) ON DELETE SET NULL,
  done_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX follow_ups_event ON follow_ups(event_id);
-- the reminders query: open follow-ups by the day they become due
CREATE INDEX follow_ups_open_due ON follow_ups(status, due_from) WHERE status = 'open';

CREATE TABLE history (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  record_type TEXT NOT NULL,
  record_id TEXT NOT NULL,
  action TEXT NOT NULL,
  at TEXT NOT NULL,
  before TEXT,
  after TEXT
) STRICT;
CREATE INDEX history_record ON history(record_id, seq);

CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

-- One row per event, rowid = events.seq; rewritten in the same transaction as every write to the event.
CREATE VIRTUAL TABLE events_fts USING fts5(
  title, summary, place, people, countries, organisations, topics, follow_ups, source_text,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3'
);
`;
