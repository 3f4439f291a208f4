/** People across spellings and over time: the other names a person goes by, and the titles they held when. */
export default `
-- folded is the accent- and case-free form search matches on; one spelling per person once.
CREATE TABLE person_aliases (
  person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  alias TEXT NOT NULL,
  folded TEXT NOT NULL,
  PRIMARY KEY (person_id, folded)
) STRICT, WITHOUT ROWID;
CREATE INDEX person_aliases_folded ON person_aliases(folded, person_id);

-- A null from_date or to_date is an open end: "until 2024-03-01", "since 2020-06-11".
CREATE TABLE person_titles (
  person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  title TEXT NOT NULL,
  from_date TEXT,
  to_date TEXT CHECK (to_date IS NULL OR from_date IS NULL OR to_date >= from_date),
  PRIMARY KEY (person_id, position)
) STRICT, WITHOUT ROWID;
`;
