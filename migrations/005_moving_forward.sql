-- Moving forward: ideas weighed before they become goals, the people who can help, harsh
-- thoughts rewritten kindly, and what a setback gave (skills and people) among strengths.
CREATE TABLE ideas (
    id              TEXT PRIMARY KEY,
    text            TEXT NOT NULL CHECK (length(trim(text)) > 0),
    realistic       TEXT CHECK (realistic IN ('yes', 'maybe', 'no')),
    realistic_note  TEXT NOT NULL DEFAULT '',
    fits_values     TEXT CHECK (fits_values IN ('yes', 'maybe', 'no')),
    values_note     TEXT NOT NULL DEFAULT '',
    happy           TEXT CHECK (happy IN ('yes', 'maybe', 'no')),
    happy_note      TEXT NOT NULL DEFAULT '',
    status          TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'not_now', 'promoted')),
    goal_id         TEXT REFERENCES goals (id) ON DELETE SET NULL,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE INDEX ideas_by_status ON ideas (status, created_at DESC);

CREATE TABLE people (
    id            TEXT PRIMARY KEY,
    name          TEXT NOT NULL CHECK (length(trim(name)) > 0),
    helps         TEXT NOT NULL DEFAULT '',
    last_contact  TEXT,
    note          TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
CREATE INDEX people_by_contact ON people (last_contact);

-- A step that names a person ("ask Ana for an intro") remembers them.
ALTER TABLE steps ADD COLUMN person_id TEXT REFERENCES people (id) ON DELETE SET NULL;

CREATE TABLE reframes (
    id          TEXT PRIMARY KEY,
    setback_id  TEXT NOT NULL REFERENCES setbacks (id) ON DELETE CASCADE,
    thought     TEXT NOT NULL CHECK (length(trim(thought)) > 0),
    kinder      TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX reframes_by_setback ON reframes (setback_id, created_at);
CREATE INDEX reframes_by_time ON reframes (created_at DESC);

-- Strengths gain two kinds: skills the setback helped develop, and people it brought in
-- (who can join the support network). SQLite cannot change a CHECK in place, so the table
-- is rebuilt with its rows.
CREATE TABLE strengths_new (
    id          TEXT PRIMARY KEY,
    setback_id  TEXT NOT NULL REFERENCES setbacks (id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('praise', 'enjoyed', 'easy', 'skill', 'person')),
    text        TEXT NOT NULL CHECK (length(trim(text)) > 0),
    person_id   TEXT REFERENCES people (id) ON DELETE SET NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
INSERT INTO strengths_new (id, setback_id, kind, text, created_at, updated_at)
    SELECT id, setback_id, kind, text, created_at, updated_at FROM strengths;
DROP TABLE strengths;
ALTER TABLE strengths_new RENAME TO strengths;
CREATE INDEX strengths_by_setback ON strengths (setback_id, kind, created_at);
