-- The setbacks list reads a window of rows in its order (newest date first, then newest
-- written, then newest row). Read backwards, an index on (date, created_at) gives exactly
-- that order, rowid included, so a window is a few steps of the index and never a sort of
-- every setback. It replaces the index of migration 002, whose descending columns left the
-- rowid tie-break to a sort.
CREATE INDEX setbacks_in_list_order ON setbacks (date, created_at);
DROP INDEX setbacks_by_date;
