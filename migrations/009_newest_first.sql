-- Indexes for the Home pane's "newest" and "due" reads, so each reads a few rows instead of
-- sorting a whole table. Read backwards, an index on a column is also in rowid order within
-- equal values, which the queries use as their last tie-break.
CREATE INDEX reframes_newest ON reframes (created_at);
CREATE INDEX checkins_newest ON checkins (date, created_at);
CREATE INDEX people_by_due ON people (COALESCE(last_contact, substr(created_at, 1, 10)), name COLLATE NOCASE);
