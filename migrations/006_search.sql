-- Full-text search over everything a person writes. `search_entries` holds one row per
-- piece of text (its kind, the record it belongs to, the parent a pane needs to show it, the
-- date it is filed under, and the text); `search_text` is the FTS5 index over it. Triggers
-- keep both in step with every write, in the same transaction, including cascading deletes.
CREATE TABLE search_entries (
    entry   INTEGER PRIMARY KEY,
    kind    TEXT NOT NULL,
    record  TEXT NOT NULL,
    parent  TEXT,
    date    TEXT NOT NULL,
    text    TEXT NOT NULL,
    UNIQUE (record, kind)
);
CREATE INDEX search_entries_by_parent ON search_entries (parent) WHERE parent IS NOT NULL;

CREATE VIRTUAL TABLE search_text USING fts5 (
    text,
    content = 'search_entries',
    content_rowid = 'entry',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);

CREATE TRIGGER search_entries_insert AFTER INSERT ON search_entries BEGIN
    INSERT INTO search_text (rowid, text) VALUES (new.entry, new.text);
END;
CREATE TRIGGER search_entries_delete AFTER DELETE ON search_entries BEGIN
    INSERT INTO search_text (search_text, rowid, text) VALUES ('delete', old.entry, old.text);
END;
CREATE TRIGGER search_entries_update AFTER UPDATE OF text ON search_entries BEGIN
    INSERT INTO search_text (search_text, rowid, text) VALUES ('delete', old.entry, old.text);
    INSERT INTO search_text (rowid, text) VALUES (new.entry, new.text);
END;

-- What is already written. Empty texts are not indexed.
INSERT INTO search_entries (kind, record, parent, date, text)
    SELECT * FROM (SELECT 'setback' AS kind, t.id AS record, NULL AS parent, t.date AS date, concat_ws(char(10), t.title, nullif(t.summary, ''), nullif(t.reflection, '')) AS text FROM setbacks t) WHERE text <> '';
INSERT INTO search_entries (kind, record, parent, date, text)
    SELECT * FROM (SELECT 'event' AS kind, t.id AS record, t.setback_id AS parent, t.date AS date, concat_ws(char(10), t.what, nullif(t.who, ''), nullif(t.thought, ''), nullif(t.felt, '')) AS text FROM events t) WHERE text <> '';
INSERT INTO search_entries (kind, record, parent, date, text)
    SELECT * FROM (SELECT 'answer' AS kind, t.id AS record, t.setback_id AS parent, (SELECT date FROM setbacks WHERE id = t.setback_id) AS date, t.text AS text FROM answers t) WHERE text <> '';
INSERT INTO search_entries (kind, record, parent, date, text)
    SELECT * FROM (SELECT 'strength' AS kind, t.id AS record, t.setback_id AS parent, (SELECT date FROM setbacks WHERE id = t.setback_id) AS date, t.text AS text FROM strengths t) WHERE text <> '';
INSERT INTO search_entries (kind, record, parent, date, text)
    SELECT * FROM (SELECT 'lesson' AS kind, t.id AS record, t.setback_id AS parent, (SELECT date FROM setbacks WHERE id = t.setback_id) AS date, t.text AS text FROM lessons t) WHERE text <> '';
INSERT INTO search_entries (kind, record, parent, date, text)
    SELECT * FROM (SELECT 'story' AS kind, t.id AS record, t.setback_id AS parent, (SELECT date FROM setbacks WHERE id = t.setback_id) AS date, concat_ws(char(10), nullif(t.situation, ''), nullif(t.action, ''), nullif(t.result, ''), nullif(t.learning, '')) AS text FROM stories t) WHERE text <> '';
INSERT INTO search_entries (kind, record, parent, date, text)
    SELECT * FROM (SELECT 'checkin' AS kind, t.id AS record, t.setback_id AS parent, t.date AS date, t.note AS text FROM checkins t) WHERE text <> '';
INSERT INTO search_entries (kind, record, parent, date, text)
    SELECT * FROM (SELECT 'reframe' AS kind, t.id AS record, t.setback_id AS parent, (SELECT date FROM setbacks WHERE id = t.setback_id) AS date, concat_ws(char(10), t.thought, nullif(t.kinder, '')) AS text FROM reframes t) WHERE text <> '';
INSERT INTO search_entries (kind, record, parent, date, text)
    SELECT * FROM (SELECT 'followup' AS kind, t.id AS record, t.setback_id AS parent, (SELECT date FROM setbacks WHERE id = t.setback_id) AS date, t.follow_up AS text FROM root_causes t) WHERE text <> '';
INSERT INTO search_entries (kind, record, parent, date, text)
    SELECT * FROM (SELECT 'gratitude' AS kind, t.id AS record, NULL AS parent, t.date AS date, t.text AS text FROM gratitude_items t) WHERE text <> '';
INSERT INTO search_entries (kind, record, parent, date, text)
    SELECT * FROM (SELECT 'note' AS kind, t.id AS record, NULL AS parent, t.date AS date, t.note AS text FROM days t) WHERE text <> '';
INSERT INTO search_entries (kind, record, parent, date, text)
    SELECT * FROM (SELECT 'goal' AS kind, t.id AS record, NULL AS parent, t.started_on AS date, concat_ws(char(10), t.title, nullif(t.why, ''), nullif(t.success, ''), nullif(t.reward, '')) AS text FROM goals t) WHERE text <> '';
INSERT INTO search_entries (kind, record, parent, date, text)
    SELECT * FROM (SELECT 'step' AS kind, t.id AS record, t.goal_id AS parent, (SELECT started_on FROM goals WHERE id = t.goal_id) AS date, t.text AS text FROM steps t) WHERE text <> '';
INSERT INTO search_entries (kind, record, parent, date, text)
    SELECT * FROM (SELECT 'idea' AS kind, t.id AS record, t.goal_id AS parent, substr(t.created_at, 1, 10) AS date, concat_ws(char(10), t.text, nullif(t.realistic_note, ''), nullif(t.values_note, ''), nullif(t.happy_note, '')) AS text FROM ideas t) WHERE text <> '';
INSERT INTO search_entries (kind, record, parent, date, text)
    SELECT * FROM (SELECT 'person' AS kind, t.id AS record, NULL AS parent, substr(t.created_at, 1, 10) AS date, concat_ws(char(10), t.name, nullif(t.note, '')) AS text FROM people t) WHERE text <> '';

-- setbacks
CREATE TRIGGER search_setbacks_insert AFTER INSERT ON setbacks BEGIN
    DELETE FROM search_entries WHERE record = new.id AND kind = 'setback';
    INSERT INTO search_entries (kind, record, parent, date, text)
        SELECT * FROM (SELECT 'setback' AS kind, new.id AS record, NULL AS parent, new.date AS date, concat_ws(char(10), new.title, nullif(new.summary, ''), nullif(new.reflection, '')) AS text) WHERE text <> '';
END;
CREATE TRIGGER search_setbacks_update AFTER UPDATE OF title, date, summary, reflection ON setbacks BEGIN
    DELETE FROM search_entries WHERE record = old.id AND kind = 'setback';
    INSERT INTO search_entries (kind, record, parent, date, text)
        SELECT * FROM (SELECT 'setback' AS kind, new.id AS record, NULL AS parent, new.date AS date, concat_ws(char(10), new.title, nullif(new.summary, ''), nullif(new.reflection, '')) AS text) WHERE text <> '';
    UPDATE search_entries SET date = new.date
        WHERE parent = new.id AND kind IN ('answer', 'strength', 'lesson', 'story', 'reframe', 'followup');
END;
CREATE TRIGGER search_setbacks_delete AFTER DELETE ON setbacks BEGIN
    DELETE FROM search_entries WHERE record = old.id AND kind = 'setback';
END;

-- events
CREATE TRIGGER search_events_insert AFTER INSERT ON events BEGIN
    DELETE FROM search_entries WHERE record = new.id AND kind = 'event';
    INSERT INTO search_entries (kind, record, parent, date, text)
        SELECT * FROM (SELECT 'event' AS kind, new.id AS record, new.setback_id AS parent, new.date AS date, concat_ws(char(10), new.what, nullif(new.who, ''), nullif(new.thought, ''), nullif(new.felt, '')) AS text) WHERE text <> '';
END;
CREATE TRIGGER search_events_update AFTER UPDATE OF setback_id, date, what, who, thought, felt ON events BEGIN
    DELETE FROM search_entries WHERE record = old.id AND kind = 'event';
    INSERT INTO search_entries (kind, record, parent, date, text)
        SELECT * FROM (SELECT 'event' AS kind, new.id AS record, new.setback_id AS parent, new.date AS date, concat_ws(char(10), new.what, nullif(new.who, ''), nullif(new.thought, ''), nullif(new.felt, '')) AS text) WHERE text <> '';
END;
CREATE TRIGGER search_events_delete AFTER DELETE ON events BEGIN
    DELETE FROM search_entries WHERE record = old.id AND kind = 'event';
END;

-- answers
CREATE TRIGGER search_answers_insert AFTER INSERT ON answers BEGIN
    DELETE FROM search_entries WHERE record = new.id AND kind = 'answer';
    INSERT INTO search_entries (kind, record, parent, date, text)
        SELECT * FROM (SELECT 'answer' AS kind, new.id AS record, new.setback_id AS parent, (SELECT date FROM setbacks WHERE id = new.setback_id) AS date, new.text AS text) WHERE text <> '';
END;
CREATE TRIGGER search_answers_update AFTER UPDATE OF setback_id, text ON answers BEGIN
    DELETE FROM search_entries WHERE record = old.id AND kind = 'answer';
    INSERT INTO search_entries (kind, record, parent, date, text)
        SELECT * FROM (SELECT 'answer' AS kind, new.id AS record, new.setback_id AS parent, (SELECT date FROM setbacks WHERE id = new.setback_id) AS date, new.text AS text) WHERE text <> '';
END;
CREATE TRIGGER search_answers_delete AFTER DELETE ON answers BEGIN
    DELETE FROM search_entries WHERE record = old.id AND kind = 'answer';
END;

-- strengths
CREATE TRIGGER search_strengths_insert AFTER INSERT ON strengths BEGIN
    DELETE FROM search_entries WHERE record = new.id AND kind = 'strength';
    INSERT INTO search_entries (kind, record, parent, date, text)
        SELECT * FROM (SELECT 'strength' AS kind, new.id AS record, new.setback_id AS parent, (SELECT date FROM setbacks WHERE id = new.setback_id) AS date, new.text AS text) WHERE text <> '';
END;
CREATE TRIGGER search_strengths_update AFTER UPDATE OF setback_id, text ON strengths BEGIN
    DELETE FROM search_entries WHERE record = old.id AND kind = 'strength';
    INSERT INTO search_entries (kind, record, parent, date, text)
        SELECT * FROM (SELECT 'strength' AS kind, new.id AS record, new.setback_id AS parent, (SELECT date FROM setbacks WHERE id = new.setback_id) AS date, new.text AS text) WHERE text <> '';
END;
CREATE TRIGGER search_strengths_delete AFTER DELETE ON strengths BEGIN
    DELETE FROM search_entries WHERE record = old.id AND kind = 'strength';
END;

-- lessons
CREATE TRIGGER search_lessons_insert AFTER INSERT ON lessons BEGIN
    DELETE FROM search_entries WHERE record = new.id AND kind = 'lesson';
    INSERT INTO search_entries (kind, record, parent, date, text)
        SELECT * FROM (SELECT 'lesson' AS kind, new.id AS record, new.setback_id AS parent, (SELECT date FROM setbacks WHERE id = new.setback_id) AS date, new.text AS text) WHERE text <> '';
END;
CREATE TRIGGER search_lessons_update AFTER UPDATE OF setback_id, text ON lessons BEGIN
    DELETE FROM search_entries WHERE record = old.id AND kind = 'lesson';
    INSERT INTO search_entries (kind, record, parent, date, text)
        SELECT * FROM (SELECT 'lesson' AS kind, new.id AS record, new.setback_id AS parent, (SELECT date FROM setbacks WHERE id = new.setback_id) AS date, new.text AS text) WHERE text <> '';
END;
CREATE TRIGGER search_lessons_delete AFTER DELETE ON lessons BEGIN
    DELETE FROM search_entries WHERE record = old.id AND kind = 'lesson';
END;

-- stories
CREATE TRIGGER search_stories_insert AFTER INSERT ON stories BEGIN
    DELETE FROM search_entries WHERE record = new.id AND kind = 'story';
    INSERT INTO search_entries (kind, record, parent, date, text)
        SELECT * FROM (SELECT 'story' AS kind, new.id AS record, new.setback_id AS parent, (SELECT date FROM setbacks WHERE id = new.setback_id) AS date, concat_ws(char(10), nullif(new.situation, ''), nullif(new.action, ''), nullif(new.result, ''), nullif(new.learning, '')) AS text) WHERE text <> '';
END;
CREATE TRIGGER search_stories_update AFTER UPDATE OF situation, action, result, learning ON stories BEGIN
    DELETE FROM search_entries WHERE record = old.id AND kind = 'story';
    INSERT INTO search_entries (kind, record, parent, date, text)
        SELECT * FROM (SELECT 'story' AS kind, new.id AS record, new.setback_id AS parent, (SELECT date FROM setbacks WHERE id = new.setback_id) AS date, concat_ws(char(10), nullif(new.situation, ''), nullif(new.action, ''), nullif(new.result, ''), nullif(new.learning, '')) AS text) WHERE text <> '';
END;
CREATE TRIGGER search_stories_delete AFTER DELETE ON stories BEGIN
    DELETE FROM search_entries WHERE record = old.id AND kind = 'story';
END;

-- checkins
CREATE TRIGGER search_checkins_insert AFTER INSERT ON checkins BEGIN
    DELETE FROM search_entries WHERE record = new.id AND kind = 'checkin';
    INSERT INTO search_entries (kind, record, parent, date, text)
        SELECT * FROM (SELECT 'checkin' AS kind, new.id AS record, new.setback_id AS parent, new.date AS date, new.note AS text) WHERE text <> '';
END;
CREATE TRIGGER search_checkins_update AFTER UPDATE OF date, note ON checkins BEGIN
    DELETE FROM search_entries WHERE record = old.id AND kind = 'checkin';
    INSERT INTO search_entries (kind, record, parent, date, text)
        SELECT * FROM (SELECT 'checkin' AS kind, new.id AS record, new.setback_id AS parent, new.date AS date, new.note AS text) WHERE text <> '';
END;
CREATE TRIGGER search_checkins_delete AFTER DELETE ON checkins BEGIN
    DELETE FROM search_entries WHERE record = old.id AND kind = 'checkin';
END;

-- reframes
CREATE TRIGGER search_reframes_insert AFTER INSERT ON reframes BEGIN
    DELETE FROM search_entries WHERE record = new.id AND kind = 'reframe';
    INSERT INTO search_entries (kind, record, parent, date, text)
        SELECT * FROM (SELECT 'reframe' AS kind, new.id AS record, new.setback_id AS parent, (SELECT date FROM setbacks WHERE id = new.setback_id) AS date, concat_ws(char(10), new.thought, nullif(new.kinder, '')) AS text) WHERE text <> '';
END;
CREATE TRIGGER search_reframes_update AFTER UPDATE OF setback_id, thought, kinder ON reframes BEGIN
    DELETE FROM search_entries WHERE record = old.id AND kind = 'reframe';
    INSERT INTO search_entries (kind, record, parent, date, text)
        SELECT * FROM (SELECT 'reframe' AS kind, new.id AS record, new.setback_id AS parent, (SELECT date FROM setbacks WHERE id = new.setback_id) AS date, concat_ws(char(10), new.thought, nullif(new.kinder, '')) AS text) WHERE text <> '';
END;
CREATE TRIGGER search_reframes_delete AFTER DELETE ON reframes BEGIN
    DELETE FROM search_entries WHERE record = old.id AND kind = 'reframe';
END;

-- root_causes
CREATE TRIGGER search_root_causes_insert AFTER INSERT ON root_causes BEGIN
    DELETE FROM search_entries WHERE record = new.id AND kind = 'followup';
    INSERT INTO search_entries (kind, record, parent, date, text)
        SELECT * FROM (SELECT 'followup' AS kind, new.id AS record, new.setback_id AS parent, (SELECT date FROM setbacks WHERE id = new.setback_id) AS date, new.follow_up AS text) WHERE text <> '';
END;
CREATE TRIGGER search_root_causes_update AFTER UPDATE OF follow_up ON root_causes BEGIN
    DELETE FROM search_entries WHERE record = old.id AND kind = 'followup';
    INSERT INTO search_entries (kind, record, parent, date, text)
        SELECT * FROM (SELECT 'followup' AS kind, new.id AS record, new.setback_id AS parent, (SELECT date FROM setbacks WHERE id = new.setback_id) AS date, new.follow_up AS text) WHERE text <> '';
END;
CREATE TRIGGER search_root_causes_delete AFTER DELETE ON root_causes BEGIN
    DELETE FROM search_entries WHERE record = old.id AND kind = 'followup';
END;

-- gratitude_items
CREATE TRIGGER search_gratitude_items_insert AFTER INSERT ON gratitude_items BEGIN
    DELETE FROM search_entries WHERE record = new.id AND kind = 'gratitude';
    INSERT INTO search_entries (kind, record, parent, date, text)
        SELECT * FROM (SELECT 'gratitude' AS kind, new.id AS record, NULL AS parent, new.date AS date, new.text AS text) WHERE text <> '';
END;
CREATE TRIGGER search_gratitude_items_update AFTER UPDATE OF date, text ON gratitude_items BEGIN
    DELETE FROM search_entries WHERE record = old.id AND kind = 'gratitude';
    INSERT INTO search_entries (kind, record, parent, date, text)
        SELECT * FROM (SELECT 'gratitude' AS kind, new.id AS record, NULL AS parent, new.date AS date, new.text AS text) WHERE text <> '';
END;
CREATE TRIGGER search_gratitude_items_delete AFTER DELETE ON gratitude_items BEGIN
    DELETE FROM search_entries WHERE record = old.id AND kind = 'gratitude';
END;

-- days
CREATE TRIGGER search_days_insert AFTER INSERT ON days BEGIN
    DELETE FROM search_entries WHERE record = new.id AND kind = 'note';
    INSERT INTO search_entries (kind, record, parent, date, text)
        SELECT * FROM (SELECT 'note' AS kind, new.id AS record, NULL AS parent, new.date AS date, new.note AS text) WHERE text <> '';
END;
CREATE TRIGGER search_days_update AFTER UPDATE OF date, note ON days BEGIN
    DELETE FROM search_entries WHERE record = old.id AND kind = 'note';
    INSERT INTO search_entries (kind, record, parent, date, text)
        SELECT * FROM (SELECT 'note' AS kind, new.id AS record, NULL AS parent, new.date AS date, new.note AS text) WHERE text <> '';
END;
CREATE TRIGGER search_days_delete AFTER DELETE ON days BEGIN
    DELETE FROM search_entries WHERE record = old.id AND kind = 'note';
END;

-- goals
CREATE TRIGGER search_goals_insert AFTER INSERT ON goals BEGIN
    DELETE FROM search_entries WHERE record = new.id AND kind = 'goal';
    INSERT INTO search_entries (kind, record, parent, date, text)
        SELECT * FROM (SELECT 'goal' AS kind, new.id AS record, NULL AS parent, new.started_on AS date, concat_ws(char(10), new.title, nullif(new.why, ''), nullif(new.success, ''), nullif(new.reward, '')) AS text) WHERE text <> '';
END;
CREATE TRIGGER search_goals_update AFTER UPDATE OF title, why, success, reward, started_on ON goals BEGIN
    DELETE FROM search_entries WHERE record = old.id AND kind = 'goal';
    INSERT INTO search_entries (kind, record, parent, date, text)
        SELECT * FROM (SELECT 'goal' AS kind, new.id AS record, NULL AS parent, new.started_on AS date, concat_ws(char(10), new.title, nullif(new.why, ''), nullif(new.success, ''), nullif(new.reward, '')) AS text) WHERE text <> '';
    UPDATE search_entries SET date = new.started_on WHERE parent = new.id AND kind = 'step';
END;
CREATE TRIGGER search_goals_delete AFTER DELETE ON goals BEGIN
    DELETE FROM search_entries WHERE record = old.id AND kind = 'goal';
END;

-- steps
CREATE TRIGGER search_steps_insert AFTER INSERT ON steps BEGIN
    DELETE FROM search_entries WHERE record = new.id AND kind = 'step';
    INSERT INTO search_entries (kind, record, parent, date, text)
        SELECT * FROM (SELECT 'step' AS kind, new.id AS record, new.goal_id AS parent, (SELECT started_on FROM goals WHERE id = new.goal_id) AS date, new.text AS text) WHERE text <> '';
END;
CREATE TRIGGER search_steps_update AFTER UPDATE OF goal_id, text ON steps BEGIN
    DELETE FROM search_entries WHERE record = old.id AND kind = 'step';
    INSERT INTO search_entries (kind, record, parent, date, text)
        SELECT * FROM (SELECT 'step' AS kind, new.id AS record, new.goal_id AS parent, (SELECT started_on FROM goals WHERE id = new.goal_id) AS date, new.text AS text) WHERE text <> '';
END;
CREATE TRIGGER search_steps_delete AFTER DELETE ON steps BEGIN
    DELETE FROM search_entries WHERE record = old.id AND kind = 'step';
END;

-- ideas
CREATE TRIGGER search_ideas_insert AFTER INSERT ON ideas BEGIN
    DELETE FROM search_entries WHERE record = new.id AND kind = 'idea';
    INSERT INTO search_entries (kind, record, parent, date, text)
        SELECT * FROM (SELECT 'idea' AS kind, new.id AS record, new.goal_id AS parent, substr(new.created_at, 1, 10) AS date, concat_ws(char(10), new.text, nullif(new.realistic_note, ''), nullif(new.values_note, ''), nullif(new.happy_note, '')) AS text) WHERE text <> '';
END;
CREATE TRIGGER search_ideas_update AFTER UPDATE OF text, realistic_note, values_note, happy_note, goal_id ON ideas BEGIN
    DELETE FROM search_entries WHERE record = old.id AND kind = 'idea';
    INSERT INTO search_entries (kind, record, parent, date, text)
        SELECT * FROM (SELECT 'idea' AS kind, new.id AS record, new.goal_id AS parent, substr(new.created_at, 1, 10) AS date, concat_ws(char(10), new.text, nullif(new.realistic_note, ''), nullif(new.values_note, ''), nullif(new.happy_note, '')) AS text) WHERE text <> '';
END;
CREATE TRIGGER search_ideas_delete AFTER DELETE ON ideas BEGIN
    DELETE FROM search_entries WHERE record = old.id AND kind = 'idea';
END;

-- people
CREATE TRIGGER search_people_insert AFTER INSERT ON people BEGIN
    DELETE FROM search_entries WHERE record = new.id AND kind = 'person';
    INSERT INTO search_entries (kind, record, parent, date, text)
        SELECT * FROM (SELECT 'person' AS kind, new.id AS record, NULL AS parent, substr(new.created_at, 1, 10) AS date, concat_ws(char(10), new.name, nullif(new.note, '')) AS text) WHERE text <> '';
END;
CREATE TRIGGER search_people_update AFTER UPDATE OF name, note ON people BEGIN
    DELETE FROM search_entries WHERE record = old.id AND kind = 'person';
    INSERT INTO search_entries (kind, record, parent, date, text)
        SELECT * FROM (SELECT 'person' AS kind, new.id AS record, NULL AS parent, substr(new.created_at, 1, 10) AS date, concat_ws(char(10), new.name, nullif(new.note, '')) AS text) WHERE text <> '';
END;
CREATE TRIGGER search_people_delete AFTER DELETE ON people BEGIN
    DELETE FROM search_entries WHERE record = old.id AND kind = 'person';
END;

