-- After the debrief: the conversations a setback calls for, closing its chapter, and looking
-- back at it months later.

-- A conversation planned with someone from the support network, maybe about a setback or a
-- goal; once held, what they said and what to take from it.
CREATE TABLE conversations (
    id          TEXT PRIMARY KEY,
    person_id   TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    setback_id  TEXT REFERENCES setbacks (id) ON DELETE SET NULL,
    goal_id     TEXT REFERENCES goals (id) ON DELETE SET NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('feedback', 'learn', 'ask', 'share', 'listen')),
    planned_on  TEXT,
    questions   TEXT NOT NULL DEFAULT '',
    held_on     TEXT,
    said        TEXT NOT NULL DEFAULT '',
    takeaway    TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX conversations_by_person ON conversations (person_id);
CREATE INDEX conversations_by_setback ON conversations (setback_id);
CREATE INDEX conversations_by_goal ON conversations (goal_id);
-- Planned ones come first by their day; held ones by the day they were held.
CREATE INDEX conversations_by_day ON conversations (held_on, planned_on);

-- A setback whose chapter is closed: one row while it stays closed.
CREATE TABLE closings (
    setback_id  TEXT PRIMARY KEY REFERENCES setbacks (id) ON DELETE CASCADE,
    closed_on   TEXT NOT NULL,
    best        TEXT CHECK (best IN ('yes', 'partly', 'no')),
    best_note   TEXT NOT NULL DEFAULT '',
    accept      TEXT NOT NULL DEFAULT '',
    permission  TEXT NOT NULL DEFAULT '',
    carry       TEXT NOT NULL DEFAULT '',
    rating      INTEGER CHECK (rating BETWEEN 0 AND 10),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

-- How a setback looks from further on: 0 (a step that taught me) to 10 (a failure still).
CREATE TABLE lookbacks (
    id          TEXT PRIMARY KEY,
    setback_id  TEXT NOT NULL REFERENCES setbacks (id) ON DELETE CASCADE,
    on_date     TEXT NOT NULL,
    rating      INTEGER NOT NULL CHECK (rating BETWEEN 0 AND 10),
    note        TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX lookbacks_by_setback ON lookbacks (setback_id, on_date);
