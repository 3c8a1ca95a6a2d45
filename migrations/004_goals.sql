-- Goals set after a setback, each broken into small steps that are ticked off.
-- A goal is finished when its last step is ticked (finished_on); archiving hides it
-- from the active list without losing it.
CREATE TABLE goals (
    id           TEXT PRIMARY KEY,
    title        TEXT NOT NULL CHECK (length(trim(title)) > 0),
    why          TEXT NOT NULL DEFAULT '',
    success      TEXT NOT NULL DEFAULT '',
    target       TEXT,
    reward       TEXT NOT NULL DEFAULT '',
    setback_id   TEXT REFERENCES setbacks (id) ON DELETE SET NULL,
    lesson_id    TEXT REFERENCES lessons (id) ON DELETE SET NULL,
    started_on   TEXT NOT NULL,
    finished_on  TEXT,
    archived     INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE INDEX goals_by_state ON goals (archived, finished_on, started_on DESC);

CREATE TABLE steps (
    id          TEXT PRIMARY KEY,
    goal_id     TEXT NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    text        TEXT NOT NULL CHECK (length(trim(text)) > 0),
    due         TEXT,
    done_at     TEXT,
    done_on     TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX steps_in_order ON steps (goal_id, position);
CREATE INDEX steps_by_done_day ON steps (done_on) WHERE done_on IS NOT NULL;
