-- Search within a date range: the entries filed in the range are found by date, and their
-- lowest and highest entry numbers bound the full-text query, so that it does not read back
-- through every newer match to reach them.
CREATE INDEX search_entries_by_date ON search_entries (date, entry);
