-- A weekly review: what went well in an ISO week and one small step for the next, kept once
-- per week; the step, once it joins a goal, remembers the goal's step it became.
CREATE TABLE reviews (
    id          TEXT PRIMARY KEY,
    week        TEXT NOT NULL UNIQUE CHECK (week GLOB '[0-9][0-9][0-9][0-9]-W[0-9][0-9]'),
    monday      TEXT NOT NULL,
    well        TEXT NOT NULL DEFAULT '',
    next        TEXT NOT NULL DEFAULT '',
    step_id     TEXT REFERENCES steps (id) ON DELETE SET NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX reviews_by_monday ON reviews (monday);

-- Closed chapters and look-backs by day, for the Review pane's window.
CREATE INDEX closings_by_day ON closings (closed_on);
CREATE INDEX lookbacks_by_day ON lookbacks (on_date);

-- Weekly reviews are searched like every other text, filed under the week's Monday.
CREATE TRIGGER search_reviews_insert AFTER INSERT ON reviews BEGIN
    DELETE FROM search_entries WHERE record = new.id AND kind = 'review';
    INSERT INTO search_entries (kind, record, parent, date, text)
        SELECT * FROM (SELECT 'review' AS kind, new.id AS record, NULL AS parent, new.monday AS date, concat_ws(char(10), nullif(new.well, ''), nullif(new.next, '')) AS text) WHERE text <> '';
END;
CREATE TRIGGER search_reviews_update AFTER UPDATE OF monday, well, next ON reviews BEGIN
    DELETE FROM search_entries WHERE record = old.id AND kind = 'review';
    INSERT INTO search_entries (kind, record, parent, date, text)
        SELECT * FROM (SELECT 'review' AS kind, new.id AS record, NULL AS parent, new.monday AS date, concat_ws(char(10), nullif(new.well, ''), nullif(new.next, '')) AS text) WHERE text <> '';
END;
CREATE TRIGGER search_reviews_delete AFTER DELETE ON reviews BEGIN
    DELETE FROM search_entries WHERE record = old.id AND kind = 'review';
END;
