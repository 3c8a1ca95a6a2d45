-- The root cause of each setback: the questionnaire's answers, the cause the person
-- confirmed (with when), and the follow-up: tactical motives and a note.
CREATE TABLE cause_answers (
    setback_id  TEXT NOT NULL REFERENCES setbacks (id) ON DELETE CASCADE,
    question    TEXT NOT NULL,
    answer      TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    PRIMARY KEY (setback_id, question)
);

CREATE TABLE root_causes (
    setback_id    TEXT PRIMARY KEY REFERENCES setbacks (id) ON DELETE CASCADE,
    id            TEXT NOT NULL UNIQUE,
    confirmed     TEXT CHECK (confirmed IN ('tactical', 'emotional', 'unforeseen')),
    confirmed_at  TEXT,
    follow_up     TEXT NOT NULL DEFAULT '',
    updated_at    TEXT NOT NULL
);
CREATE INDEX root_causes_by_cause ON root_causes (confirmed);

CREATE TABLE cause_motives (
    setback_id  TEXT NOT NULL REFERENCES setbacks (id) ON DELETE CASCADE,
    motive      TEXT NOT NULL,
    PRIMARY KEY (setback_id, motive)
);
CREATE INDEX cause_motives_by_motive ON cause_motives (motive);
