-- Setbacks and their debrief: the timeline of events, the answers to the debrief questions,
-- strengths, lessons, the story to share, and "where am I now" check-ins.
CREATE TABLE setbacks (
    id          TEXT PRIMARY KEY,
    title       TEXT NOT NULL CHECK (length(trim(title)) > 0),
    date        TEXT NOT NULL,
    summary     TEXT NOT NULL DEFAULT '',
    reflection  TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX setbacks_by_date ON setbacks (date DESC, created_at DESC);

CREATE TABLE events (
    id          TEXT PRIMARY KEY,
    setback_id  TEXT NOT NULL REFERENCES setbacks (id) ON DELETE CASCADE,
    date        TEXT NOT NULL,
    time        TEXT,
    position    INTEGER NOT NULL,
    what        TEXT NOT NULL CHECK (length(trim(what)) > 0),
    who         TEXT NOT NULL DEFAULT '',
    thought     TEXT NOT NULL DEFAULT '',
    felt        TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX events_in_order ON events (setback_id, date, time, position);

CREATE TABLE answers (
    id          TEXT NOT NULL UNIQUE,
    setback_id  TEXT NOT NULL REFERENCES setbacks (id) ON DELETE CASCADE,
    question    TEXT NOT NULL,
    text        TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    PRIMARY KEY (setback_id, question)
);

CREATE TABLE strengths (
    id          TEXT PRIMARY KEY,
    setback_id  TEXT NOT NULL REFERENCES setbacks (id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('praise', 'enjoyed', 'easy')),
    text        TEXT NOT NULL CHECK (length(trim(text)) > 0),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX strengths_by_setback ON strengths (setback_id, kind, created_at);

CREATE TABLE lessons (
    id          TEXT PRIMARY KEY,
    setback_id  TEXT NOT NULL REFERENCES setbacks (id) ON DELETE CASCADE,
    text        TEXT NOT NULL CHECK (length(trim(text)) > 0),
    goal_id     TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX lessons_by_setback ON lessons (setback_id, created_at);

CREATE TABLE stories (
    setback_id  TEXT PRIMARY KEY REFERENCES setbacks (id) ON DELETE CASCADE,
    id          TEXT NOT NULL UNIQUE,
    situation   TEXT NOT NULL DEFAULT '',
    action      TEXT NOT NULL DEFAULT '',
    result      TEXT NOT NULL DEFAULT '',
    learning    TEXT NOT NULL DEFAULT '',
    updated_at  TEXT NOT NULL
);

CREATE TABLE checkins (
    id              TEXT PRIMARY KEY,
    setback_id      TEXT NOT NULL REFERENCES setbacks (id) ON DELETE CASCADE,
    date            TEXT NOT NULL,
    grief           TEXT CHECK (grief IN ('denial', 'anger', 'bargaining', 'depression', 'acceptance')),
    transformation  TEXT CHECK (transformation IN ('disengagement', 'disidentification', 'disorientation',
                        'letting_go', 're_engagement', 'discovery', 'clarity', 'integration')),
    note            TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL,
    CHECK (grief IS NOT NULL OR transformation IS NOT NULL)
);
CREATE INDEX checkins_by_setback ON checkins (setback_id, date DESC, created_at DESC);
