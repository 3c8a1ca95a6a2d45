-- The daily journal: one row per day that has a note or a mood, and the gratitude items of
-- each day. Dates are ISO 8601 (YYYY-MM-DD), times RFC 3339 in UTC, ids UUIDs as text.
CREATE TABLE days (
    date        TEXT PRIMARY KEY,
    id          TEXT NOT NULL UNIQUE,
    note        TEXT NOT NULL DEFAULT '',
    mood        INTEGER CHECK (mood IS NULL OR mood BETWEEN 1 AND 5),
    updated_at  TEXT NOT NULL
);

CREATE TABLE gratitude_items (
    id          TEXT PRIMARY KEY,
    date        TEXT NOT NULL,
    position    INTEGER NOT NULL,
    text        TEXT NOT NULL CHECK (length(trim(text)) > 0),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX gratitude_items_by_date ON gratitude_items (date, position);

-- Text that was being typed and not yet saved, keyed by where it was typed.
CREATE TABLE drafts (
    slot        TEXT PRIMARY KEY,
    text        TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
