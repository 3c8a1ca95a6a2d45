-- Per-connection triggers that record how to reverse each change to the tables a person
-- writes, while this connection has a change group open (temp.undo_state.seq > 0). Being
-- TEMP, they exist only in bounce's own connections; other programs reading the file are
-- not affected. A table that gains a column needs its triggers updated here (a test checks
-- every column is covered).
CREATE TEMP TABLE IF NOT EXISTS undo_state (
    only  INTEGER PRIMARY KEY CHECK (only = 1),
    seq   INTEGER NOT NULL DEFAULT 0
);
INSERT OR IGNORE INTO temp.undo_state (only, seq) VALUES (1, 0);

CREATE TEMP TRIGGER IF NOT EXISTS undo_days_insert AFTER INSERT ON main.days
WHEN (SELECT seq FROM undo_state) > 0 BEGIN
    INSERT INTO undo_steps (seq, sql) SELECT seq,
        'DELETE FROM days WHERE rowid = ' || new.rowid FROM undo_state;
END;
CREATE TEMP TRIGGER IF NOT EXISTS undo_days_update AFTER UPDATE ON main.days
WHEN (SELECT seq FROM undo_state) > 0 BEGIN
    INSERT INTO undo_steps (seq, sql) SELECT seq,
        'UPDATE days SET ' || 'date = ' || quote(old.date) || ', ' || 'id = ' || quote(old.id) || ', ' || 'note = ' || quote(old.note) || ', ' || 'mood = ' || quote(old.mood) || ', ' || 'selfcare = ' || quote(old.selfcare) || ', ' || 'updated_at = ' || quote(old.updated_at)
        || ' WHERE rowid = ' || old.rowid FROM undo_state;
END;
CREATE TEMP TRIGGER IF NOT EXISTS undo_days_delete AFTER DELETE ON main.days
WHEN (SELECT seq FROM undo_state) > 0 BEGIN
    INSERT INTO undo_steps (seq, sql) SELECT seq,
        'INSERT INTO days (rowid, date, id, note, mood, selfcare, updated_at) VALUES ('
        || old.rowid || ', ' || quote(old.date) || ', ' || quote(old.id) || ', ' || quote(old.note) || ', ' || quote(old.mood) || ', ' || quote(old.selfcare) || ', ' || quote(old.updated_at) || ')' FROM undo_state;
END;

CREATE TEMP TRIGGER IF NOT EXISTS undo_gratitude_items_insert AFTER INSERT ON main.gratitude_items
WHEN (SELECT seq FROM undo_state) > 0 BEGIN
    INSERT INTO undo_steps (seq, sql) SELECT seq,
        'DELETE FROM gratitude_items WHERE rowid = ' || new.rowid FROM undo_state;
END;
CREATE TEMP TRIGGER IF NOT EXISTS undo_gratitude_items_update AFTER UPDATE ON main.gratitude_items
WHEN (SELECT seq FROM undo_state) > 0 BEGIN
    INSERT INTO undo_steps (seq, sql) SELECT seq,
        'UPDATE gratitude_items SET ' || 'id = ' || quote(old.id) || ', ' || 'date = ' || quote(old.date) || ', ' || 'position = ' || quote(old.position) || ', ' || 'text = ' || quote(old.text) || ', ' || 'created_at = ' || quote(old.created_at) || ', ' || 'updated_at = ' || quote(old.updated_at)
        || ' WHERE rowid = ' || old.rowid FROM undo_state;
END;
CREATE TEMP TRIGGER IF NOT EXISTS undo_gratitude_items_delete AFTER DELETE ON main.gratitude_items
WHEN (SELECT seq FROM undo_state) > 0 BEGIN
    INSERT INTO undo_steps (seq, sql) SELECT seq,
        'INSERT INTO gratitude_items (rowid, id, date, position, text, created_at, updated_at) VALUES ('
        || old.rowid || ', ' || quote(old.id) || ', ' || quote(old.date) || ', ' || quote(old.position) || ', ' || quote(old.text) || ', ' || quote(old.created_at) || ', ' || quote(old.updated_at) || ')' FROM undo_state;
END;

CREATE TEMP TRIGGER IF NOT EXISTS undo_setbacks_insert AFTER INSERT ON main.setbacks
WHEN (SELECT seq FROM undo_state) > 0 BEGIN
    INSERT INTO undo_steps (seq, sql) SELECT seq,
        'DELETE FROM setbacks WHERE rowid = ' || new.rowid FROM undo_state;
END;
CREATE TEMP TRIGGER IF NOT EXISTS undo_setbacks_update AFTER UPDATE ON main.setbacks
WHEN (SELECT seq FROM undo_state) > 0 BEGIN
    INSERT INTO undo_steps (seq, sql) SELECT seq,
        'UPDATE setbacks SET ' || 'id = ' || quote(old.id) || ', ' || 'title = ' || quote(old.title) || ', ' || 'date = ' || quote(old.date) || ', ' || 'summary = ' || quote(old.summary) || ', ' || 'reflection = ' || quote(old.reflection) || ', ' || 'created_at = ' || quote(old.created_at) || ', ' || 'updated_at = ' || quote(old.updated_at)
        || ' WHERE rowid = ' || old.rowid FROM undo_state;
END;
CREATE TEMP TRIGGER IF NOT EXISTS undo_setbacks_delete AFTER DELETE ON main.setbacks
WHEN (SELECT seq FROM undo_state) > 0 BEGIN
    INSERT INTO undo_steps (seq, sql) SELECT seq,
        'INSERT INTO setbacks (rowid, id, title, date, summary, reflection, created_at, updated_at) VALUES ('
        || old.rowid || ', ' || quote(old.id) || ', ' || quote(old.title) || ', ' || quote(old.date) || ', ' || quote(old.summary) || ', ' || quote(old.reflection) || ', ' || quote(old.created_at) || ', ' || quote(old.updated_at) || ')' FROM undo_state;
END;

CREATE TEMP TRIGGER IF NOT EXISTS undo_events_insert AFTER INSERT ON main.events
WHEN (SELECT seq FROM undo_state) > 0 BEGIN
    INSERT INTO undo_steps (seq, sql) SELECT seq,
        'DELETE FROM events WHERE rowid = ' || new.rowid FROM undo_state;
END;
CREATE TEMP TRIGGER IF NOT EXISTS undo_events_update AFTER UPDATE ON main.events
WHEN (SELECT seq FROM undo_state) > 0 BEGIN
    INSERT INTO undo_steps (seq, sql) SELECT seq,
        'UPDATE events SET ' || 'id = ' || quote(old.id) || ', ' || 'setback_id = ' || quote(old.setback_id) || ', ' || 'date = ' || quote(old.date) || ', ' || 'time = ' || quote(old.time) || ', ' || 'position = ' || quote(old.position) || ', ' || 'what = ' || quote(old.what) || ', ' || 'who = ' || quote(old.who) || ', ' || 'thought = ' || quote(old.thought) || ', ' || 'felt = ' || quote(old.felt) || ', ' || 'created_at = ' || quote(old.created_at) || ', ' || 'updated_at = ' || quote(old.updated_at)
        || ' WHERE rowid = ' || old.rowid FROM undo_state;
END;
CREATE TEMP TRIGGER IF NOT EXISTS undo_events_delete AFTER DELETE ON main.events
WHEN (SELECT seq FROM undo_state) > 0 BEGIN
    INSERT INTO undo_steps (seq, sql) SELECT seq,
        'INSERT INTO events (rowid, id, setback_id, date, time, position, what, who, thought, felt, created_at, updated_at) VALUES ('
        || old.rowid || ', ' || quote(old.id) || ', ' || quote(old.setback_id) || ', ' || quote(old.date) || ', ' || quote(old.time) || ', ' || quote(old.position) || ', ' || quote(old.what) || ', ' || quote(old.who) || ', ' || quote(old.thought) || ', ' || quote(old.felt) || ', ' || quote(old.created_at) || ', ' || quote(old.updated_at) || ')' FROM undo_state;
END;

CREATE TEMP TRIGGER IF NOT EXISTS undo_answers_insert AFTER INSERT ON main.answers
WHEN (SELECT seq FROM undo_state) > 0 BEGIN
    INSERT INTO undo_steps (seq, sql) SELECT seq,
        'DELETE FROM answers WHERE rowid = ' || new.rowid FROM undo_state;
END;
CREATE TEMP TRIGGER IF NOT EXISTS undo_answers_update AFTER UPDATE ON main.answers
WHEN (SELECT seq FROM undo_state) > 0 BEGIN
    INSERT INTO undo_steps (seq, sql) SELECT seq,
        'UPDATE answers SET ' || 'id = ' || quote(old.id) || ', ' || 'setback_id = ' || quote(old.setback_id) || ', ' || 'question = ' || quote(old.question) || ', ' || 'text = ' || quote(old.text) || ', ' || 'updated_at = ' || quote(old.updated_at)
        || ' WHERE rowid = ' || old.rowid FROM undo_state;
END;
CREATE TEMP TRIGGER IF NOT EXISTS undo_answers_delete AFTER DELETE ON main.answers
WHEN (SELECT seq FROM undo_state) > 0 BEGIN
    INSERT INTO undo_steps (seq, sql) SELECT seq,
        'INSERT INTO answers (rowid, id, setback_id, question, text, updated_at) VALUES ('
        || old.rowid || ', ' || quote(old.id) || ', ' || quote(old.setback_id) || ', ' || quote(old.question) || ', ' || quote(old.text) || ', ' || quote(old.updated_at) || ')' FROM undo_state;
END;

CREATE TEMP TRIGGER IF NOT EXISTS undo_strengths_insert AFTER INSERT ON main.strengths
WHEN (SELECT seq FROM undo_state) > 0 BEGIN
    INSERT INTO undo_steps (seq, sql) SELECT seq,
        'DELETE FROM strengths WHERE rowid = ' || new.rowid FROM undo_state;
END;
CREATE TEMP TRIGGER IF NOT EXISTS undo_strengths_update AFTER UPDATE ON main.strengths
WHEN (SELECT seq FROM undo_state) > 0 BEGIN
    INSERT INTO undo_steps (seq, sql) SELECT seq,
        'UPDATE strengths SET ' || 'id = ' || quote(old.id) || ', ' || 'setback_id = ' || quote(old.setback_id) || ', ' || 'kind = ' || quote(old.kind) || ', ' || 'text = ' || quote(old.text) || ', ' || 'person_id = ' || quote(old.person_id) || ', ' || 'created_at = ' || quote(old.created_at) || ', ' || 'updated_at = ' || quote(old.updated_at)
        || ' WHERE rowid = ' || old.rowid FROM undo_state;
END;
CREATE TEMP TRIGGER IF NOT EXISTS undo_strengths_delete AFTER DELETE ON main.strengths
WHEN (SELECT seq FROM undo_state) > 0 BEGIN
    INSERT INTO undo_steps (seq, sql) SELECT seq,
        'INSERT INTO strengths (rowid, id, setback_id, kind, text, person_id, created_at, updated_at) VALUES ('
        || old.rowid || ', ' || quote(old.id) || ', ' || quote(old.setback_id) || ', ' || quote(old.kind) || ', ' || quote(old.text) || ', ' || quote(old.person_id) || ', ' || quote(old.created_at) || ', ' || quote(old.updated_at) || ')' FROM undo_state;
END;

CREATE TEMP TRIGGER IF NOT EXISTS undo_lessons_insert AFTER INSERT ON main.lessons
WHEN (SELECT seq FROM undo_state) > 0 BEGIN
    INSERT INTO undo_steps (seq, sql) SELECT seq,
        'DELETE FROM lessons WHERE rowid = ' || new.rowid FROM undo_state;
END;
CREATE TEMP TRIGGER IF NOT EXISTS undo_lessons_update AFTER UPDATE ON main.lessons
WHEN (SELECT seq FROM undo_state) > 0 BEGIN
    INSERT INTO undo_steps (seq, sql) SELECT seq,
        'UPDATE lessons SET ' || 'id = ' || quote(old.id) || ', ' || 'setback_id = ' || quote(old.setback_id) || ', ' || 'text = ' || quote(old.text) || ', ' || 'goal_id = ' || quote(old.goal_id) || ', ' || 'created_at = ' || quote(old.created_at) || ', ' || 'updated_at = ' || quote(old.updated_at)
        || ' WHERE rowid = ' || old.rowid FROM undo_state;
END;
CREATE TEMP TRIGGER IF NOT EXISTS undo_lessons_delete AFTER DELETE ON main.lessons
WHEN (SELECT seq FROM undo_state) > 0 BEGIN
    INSERT INTO undo_steps (seq, sql) SELECT seq,
        'INSERT INTO lessons (rowid, id, setback_id, text, goal_id, created_at, updated_at) VALUES ('
        || old.rowid || ', ' || quote(old.id) || ', ' || quote(old.setback_id) || ', ' || quote(old.text) || ', ' || quote(old.goal_id) || ', ' || quote(old.created_at) || ', ' || quote(old.updated_at) || ')' FROM undo_state;
END;

CREATE TEMP TRIGGER IF NOT EXISTS undo_stories_insert AFTER INSERT ON main.stories
WHEN (SELECT seq FROM undo_state) > 0 BEGIN
    INSERT INTO undo_steps (seq, sql) SELECT seq,
        'DELETE FROM stories WHERE rowid = ' || new.rowid FROM undo_state;
END;
CREATE TEMP TRIGGER IF NOT EXISTS undo_stories_update AFTER UPDATE ON main.stories
WHEN (SELECT seq FROM undo_state) > 0 BEGIN
    INSERT INTO undo_steps (seq, sql) SELECT seq,
        'UPDATE stories SET ' || 'setback_id = ' || quote(old.setback_id) || ', ' || 'id = ' || quote(old.id) || ', ' || 'situation = ' || quote(old.situation) || ', ' || 'action = ' || quote(old.action) || ', ' || 'result = ' || quote(old.result) || ', ' || 'learning = ' || quote(old.learning) || ', ' || 'updated_at = ' || quote(old.updated_at)
        || ' WHERE rowid = ' || old.rowid FROM undo_state;
END;
CREATE TEMP TRIGGER IF NOT EXISTS undo_stories_delete AFTER DELETE ON main.stories
WHEN (SELECT seq FROM undo_state) > 0 BEGIN
    INSERT INTO undo_steps (seq, sql) SELECT seq,
        'INSERT INTO stories (rowid, setback_id, id, situation, action, result, learning, updated_at) VALUES ('
        || old.rowid || ', ' || quote(old.setback_id) || ', ' || quote(old.id) || ', ' || quote(old.situation) || ', ' || quote(old.action) || ', ' || quote(old.result) || ', ' || quote(old.learning) || ', ' || quote(old.updated_at) || ')' FROM undo_state;
END;

CREATE TEMP TRIGGER IF NOT EXISTS undo_checkins_insert AFTER INSERT ON main.checkins
WHEN (SELECT seq FROM undo_state) > 0 BEGIN
    INSERT INTO undo_steps (seq, sql) SELECT seq,
        'DELETE FROM checkins WHERE rowid = ' || new.rowid FROM undo_state;
END;
CREATE TEMP TRIGGER IF NOT EXISTS undo_checkins_update AFTER UPDATE ON main.checkins
WHEN (SELECT seq FROM undo_state) > 0 BEGIN
    INSERT INTO undo_steps (seq, sql) SELECT seq,
        'UPDATE checkins SET ' || 'id = ' || quote(old.id) || ', ' || 'setback_id = ' || quote(old.setback_id) || ', ' || 'date = ' || quote(old.date) || ', ' || 'grief = ' || quote(old.grief) || ', ' || 'transformation = ' || quote(old.transformation) || ', ' || 'note = ' || quote(old.note) || ', ' || 'created_at = ' || quote(old.created_at)
        || ' WHERE rowid = ' || old.rowid FROM undo_state;
END;
CREATE TEMP TRIGGER IF NOT EXISTS undo_checkins_delete AFTER DELETE ON main.checkins
WHEN (SELECT seq FROM undo_state) > 0 BEGIN
    INSERT INTO undo_steps (seq, sql) SELECT seq,
        'INSERT INTO checkins (rowid, id, setback_id, date, grief, transformation, note, created_at) VALUES ('
        || old.rowid || ', ' || quote(old.id) || ', ' || quote(old.setback_id) || ', ' || quote(old.date) || ', ' || quote(old.grief) || ', ' || quote(old.transformation) || ', ' || quote(old.note) || ', ' || quote(old.created_at) || ')' FROM undo_state;
END;

CREATE TEMP TRIGGER IF NOT EXISTS undo_cause_answers_insert AFTER INSERT ON main.cause_answers
WHEN (SELECT seq FROM undo_state) > 0 BEGIN
    INSERT INTO undo_steps (seq, sql) SELECT seq,
        'DELETE FROM cause_answers WHERE rowid = ' || new.rowid FROM undo_state;
END;
CREATE TEMP TRIGGER IF NOT EXISTS undo_cause_answers_update AFTER UPDATE ON main.cause_answers
WHEN (SELECT seq FROM undo_state) > 0 BEGIN
    INSERT INTO undo_steps (seq, sql) SELECT seq,
        'UPDATE cause_answers SET ' || 'setback_id = ' || quote(old.setback_id) || ', ' || 'question = ' || quote(old.question) || ', ' || 'answer = ' || quote(old.answer) || ', ' || 'updated_at = ' || quote(old.updated_at)
        || ' WHERE rowid = ' || old.rowid FROM undo_state;
END;
CREATE TEMP TRIGGER IF NOT EXISTS undo_cause_answers_delete AFTER DELETE ON main.cause_answers
WHEN (SELECT seq FROM undo_state) > 0 BEGIN
    INSERT INTO undo_steps (seq, sql) SELECT seq,
        'INSERT INTO cause_answers (rowid, setback_id, question, answer, updated_at) VALUES ('
        || old.rowid || ', ' || quote(old.setback_id) || ', ' || quote(old.question) || ', ' || quote(old.answer) || ', ' || quote(old.updated_at) || ')' FROM undo_state;
END;

CREATE TEMP TRIGGER IF NOT EXISTS undo_root_causes_insert AFTER INSERT ON main.root_causes
WHEN (SELECT seq FROM undo_state) > 0 BEGIN
    INSERT INTO undo_steps (seq, sql) SELECT seq,
        'DELETE FROM root_causes WHERE rowid = ' || new.rowid FROM undo_state;
END;
CREATE TEMP TRIGGER IF NOT EXISTS undo_root_causes_update AFTER UPDATE ON main.root_causes
WHEN (SELECT seq FROM undo_state) > 0 BEGIN
    INSERT INTO undo_steps (seq, sql) SELECT seq,
        'UPDATE root_causes SET ' || 'setback_id = ' || quote(old.setback_id) || ', ' || 'id = ' || quote(old.id) || ', ' || 'confirmed = ' || quote(old.confirmed) || ', ' || 'confirmed_at = ' || quote(old.confirmed_at) || ', ' || 'follow_up = ' || quote(old.follow_up) || ', ' || 'updated_at = ' || quote(old.updated_at)
        || ' WHERE rowid = ' || old.rowid FROM undo_state;
END;
CREATE TEMP TRIGGER IF NOT EXISTS undo_root_causes_delete AFTER DELETE ON main.root_causes
WHEN (SELECT seq FROM undo_state) > 0 BEGIN
    INSERT INTO undo_steps (seq, sql) SELECT seq,
        'INSERT INTO root_causes (rowid, setback_id, id, confirmed, confirmed_at, follow_up, updated_at) VALUES ('
        || old.rowid || ', ' || quote(old.setback_id) || ', ' || quote(old.id) || ', ' || quote(old.confirmed) || ', ' || quote(old.confirmed_at) || ', ' || quote(old.follow_up) || ', ' || quote(old.updated_at) || ')' FROM undo_state;
END;

CREATE TEMP TRIGGER IF NOT EXISTS undo_cause_motives_insert AFTER INSERT ON main.cause_motives
WHEN (SELECT seq FROM undo_state) > 0 BEGIN
    INSERT INTO undo_steps (seq, sql) SELECT seq,
        'DELETE FROM cause_motives WHERE rowid = ' || new.rowid FROM undo_state;
END;
CREATE TEMP TRIGGER IF NOT EXISTS undo_cause_motives_update AFTER UPDATE ON main.cause_motives
WHEN (SELECT seq FROM undo_state) > 0 BEGIN
    INSERT INTO undo_steps (seq, sql) SELECT seq,
        'UPDATE cause_motives SET ' || 'setback_id = ' || quote(old.setback_id) || ', ' || 'motive = ' || quote(old.motive)
        || ' WHERE rowid = ' || old.rowid FROM undo_state;
END;
CREATE TEMP TRIGGER IF NOT EXISTS undo_cause_motives_delete AFTER DELETE ON main.cause_motives
WHEN (SELECT seq FROM undo_state) > 0 BEGIN
    INSERT INTO undo_steps (seq, sql) SELECT seq,
        'INSERT INTO cause_motives (rowid, setback_id, motive) VALUES ('
        || old.rowid || ', ' || quote(old.setback_id) || ', ' || quote(old.motive) || ')' FROM undo_state;
END;

CREATE TEMP TRIGGER IF NOT EXISTS undo_goals_insert AFTER INSERT ON main.goals
WHEN (SELECT seq FROM undo_state) > 0 BEGIN
    INSERT INTO undo_steps (seq, sql) SELECT seq,
        'DELETE FROM goals WHERE rowid = ' || new.rowid FROM undo_state;
END;
CREATE TEMP TRIGGER IF NOT EXISTS undo_goals_update AFTER UPDATE ON main.goals
WHEN (SELECT seq FROM undo_state) > 0 BEGIN
    INSERT INTO undo_steps (seq, sql) SELECT seq,
        'UPDATE goals SET ' || 'id = ' || quote(old.id) || ', ' || 'title = ' || quote(old.title) || ', ' || 'why = ' || quote(old.why) || ', ' || 'success = ' || quote(old.success) || ', ' || 'target = ' || quote(old.target) || ', ' || 'reward = ' || quote(old.reward) || ', ' || 'setback_id = ' || quote(old.setback_id) || ', ' || 'lesson_id = ' || quote(old.lesson_id) || ', ' || 'started_on = ' || quote(old.started_on) || ', ' || 'finished_on = ' || quote(old.finished_on) || ', ' || 'archived = ' || quote(old.archived) || ', ' || 'created_at = ' || quote(old.created_at) || ', ' || 'updated_at = ' || quote(old.updated_at) || ', ' || 'was_finished_on = ' || quote(old.was_finished_on)
        || ' WHERE rowid = ' || old.rowid FROM undo_state;
END;
CREATE TEMP TRIGGER IF NOT EXISTS undo_goals_delete AFTER DELETE ON main.goals
WHEN (SELECT seq FROM undo_state) > 0 BEGIN
    INSERT INTO undo_steps (seq, sql) SELECT seq,
        'INSERT INTO goals (rowid, id, title, why, success, target, reward, setback_id, lesson_id, started_on, finished_on, archived, created_at, updated_at, was_finished_on) VALUES ('
        || old.rowid || ', ' || quote(old.id) || ', ' || quote(old.title) || ', ' || quote(old.why) || ', ' || quote(old.success) || ', ' || quote(old.target) || ', ' || quote(old.reward) || ', ' || quote(old.setback_id) || ', ' || quote(old.lesson_id) || ', ' || quote(old.started_on) || ', ' || quote(old.finished_on) || ', ' || quote(old.archived) || ', ' || quote(old.created_at) || ', ' || quote(old.updated_at) || ', ' || quote(old.was_finished_on) || ')' FROM undo_state;
END;

CREATE TEMP TRIGGER IF NOT EXISTS undo_steps_insert AFTER INSERT ON main.steps
WHEN (SELECT seq FROM undo_state) > 0 BEGIN
    INSERT INTO undo_steps (seq, sql) SELECT seq,
        'DELETE FROM steps WHERE rowid = ' || new.rowid FROM undo_state;
END;
CREATE TEMP TRIGGER IF NOT EXISTS undo_steps_update AFTER UPDATE ON main.steps
WHEN (SELECT seq FROM undo_state) > 0 BEGIN
    INSERT INTO undo_steps (seq, sql) SELECT seq,
        'UPDATE steps SET ' || 'id = ' || quote(old.id) || ', ' || 'goal_id = ' || quote(old.goal_id) || ', ' || 'position = ' || quote(old.position) || ', ' || 'text = ' || quote(old.text) || ', ' || 'due = ' || quote(old.due) || ', ' || 'done_at = ' || quote(old.done_at) || ', ' || 'done_on = ' || quote(old.done_on) || ', ' || 'created_at = ' || quote(old.created_at) || ', ' || 'updated_at = ' || quote(old.updated_at) || ', ' || 'person_id = ' || quote(old.person_id) || ', ' || 'was_done_at = ' || quote(old.was_done_at) || ', ' || 'was_done_on = ' || quote(old.was_done_on)
        || ' WHERE rowid = ' || old.rowid FROM undo_state;
END;
CREATE TEMP TRIGGER IF NOT EXISTS undo_steps_delete AFTER DELETE ON main.steps
WHEN (SELECT seq FROM undo_state) > 0 BEGIN
    INSERT INTO undo_steps (seq, sql) SELECT seq,
        'INSERT INTO steps (rowid, id, goal_id, position, text, due, done_at, done_on, created_at, updated_at, person_id, was_done_at, was_done_on) VALUES ('
        || old.rowid || ', ' || quote(old.id) || ', ' || quote(old.goal_id) || ', ' || quote(old.position) || ', ' || quote(old.text) || ', ' || quote(old.due) || ', ' || quote(old.done_at) || ', ' || quote(old.done_on) || ', ' || quote(old.created_at) || ', ' || quote(old.updated_at) || ', ' || quote(old.person_id) || ', ' || quote(old.was_done_at) || ', ' || quote(old.was_done_on) || ')' FROM undo_state;
END;

CREATE TEMP TRIGGER IF NOT EXISTS undo_ideas_insert AFTER INSERT ON main.ideas
WHEN (SELECT seq FROM undo_state) > 0 BEGIN
    INSERT INTO undo_steps (seq, sql) SELECT seq,
        'DELETE FROM ideas WHERE rowid = ' || new.rowid FROM undo_state;
END;
CREATE TEMP TRIGGER IF NOT EXISTS undo_ideas_update AFTER UPDATE ON main.ideas
WHEN (SELECT seq FROM undo_state) > 0 BEGIN
    INSERT INTO undo_steps (seq, sql) SELECT seq,
        'UPDATE ideas SET ' || 'id = ' || quote(old.id) || ', ' || 'text = ' || quote(old.text) || ', ' || 'realistic = ' || quote(old.realistic) || ', ' || 'realistic_note = ' || quote(old.realistic_note) || ', ' || 'fits_values = ' || quote(old.fits_values) || ', ' || 'values_note = ' || quote(old.values_note) || ', ' || 'happy = ' || quote(old.happy) || ', ' || 'happy_note = ' || quote(old.happy_note) || ', ' || 'status = ' || quote(old.status) || ', ' || 'goal_id = ' || quote(old.goal_id) || ', ' || 'created_at = ' || quote(old.created_at) || ', ' || 'updated_at = ' || quote(old.updated_at)
        || ' WHERE rowid = ' || old.rowid FROM undo_state;
END;
CREATE TEMP TRIGGER IF NOT EXISTS undo_ideas_delete AFTER DELETE ON main.ideas
WHEN (SELECT seq FROM undo_state) > 0 BEGIN
    INSERT INTO undo_steps (seq, sql) SELECT seq,
        'INSERT INTO ideas (rowid, id, text, realistic, realistic_note, fits_values, values_note, happy, happy_note, status, goal_id, created_at, updated_at) VALUES ('
        || old.rowid || ', ' || quote(old.id) || ', ' || quote(old.text) || ', ' || quote(old.realistic) || ', ' || quote(old.realistic_note) || ', ' || quote(old.fits_values) || ', ' || quote(old.values_note) || ', ' || quote(old.happy) || ', ' || quote(old.happy_note) || ', ' || quote(old.status) || ', ' || quote(old.goal_id) || ', ' || quote(old.created_at) || ', ' || quote(old.updated_at) || ')' FROM undo_state;
END;

CREATE TEMP TRIGGER IF NOT EXISTS undo_people_insert AFTER INSERT ON main.people
WHEN (SELECT seq FROM undo_state) > 0 BEGIN
    INSERT INTO undo_steps (seq, sql) SELECT seq,
        'DELETE FROM people WHERE rowid = ' || new.rowid FROM undo_state;
END;
CREATE TEMP TRIGGER IF NOT EXISTS undo_people_update AFTER UPDATE ON main.people
WHEN (SELECT seq FROM undo_state) > 0 BEGIN
    INSERT INTO undo_steps (seq, sql) SELECT seq,
        'UPDATE people SET ' || 'id = ' || quote(old.id) || ', ' || 'name = ' || quote(old.name) || ', ' || 'helps = ' || quote(old.helps) || ', ' || 'last_contact = ' || quote(old.last_contact) || ', ' || 'note = ' || quote(old.note) || ', ' || 'lifts = ' || quote(old.lifts) || ', ' || 'created_at = ' || quote(old.created_at) || ', ' || 'updated_at = ' || quote(old.updated_at)
        || ' WHERE rowid = ' || old.rowid FROM undo_state;
END;
CREATE TEMP TRIGGER IF NOT EXISTS undo_people_delete AFTER DELETE ON main.people
WHEN (SELECT seq FROM undo_state) > 0 BEGIN
    INSERT INTO undo_steps (seq, sql) SELECT seq,
        'INSERT INTO people (rowid, id, name, helps, last_contact, note, lifts, created_at, updated_at) VALUES ('
        || old.rowid || ', ' || quote(old.id) || ', ' || quote(old.name) || ', ' || quote(old.helps) || ', ' || quote(old.last_contact) || ', ' || quote(old.note) || ', ' || quote(old.lifts) || ', ' || quote(old.created_at) || ', ' || quote(old.updated_at) || ')' FROM undo_state;
END;

CREATE TEMP TRIGGER IF NOT EXISTS undo_reframes_insert AFTER INSERT ON main.reframes
WHEN (SELECT seq FROM undo_state) > 0 BEGIN
    INSERT INTO undo_steps (seq, sql) SELECT seq,
        'DELETE FROM reframes WHERE rowid = ' || new.rowid FROM undo_state;
END;
CREATE TEMP TRIGGER IF NOT EXISTS undo_reframes_update AFTER UPDATE ON main.reframes
WHEN (SELECT seq FROM undo_state) > 0 BEGIN
    INSERT INTO undo_steps (seq, sql) SELECT seq,
        'UPDATE reframes SET ' || 'id = ' || quote(old.id) || ', ' || 'setback_id = ' || quote(old.setback_id) || ', ' || 'thought = ' || quote(old.thought) || ', ' || 'kinder = ' || quote(old.kinder) || ', ' || 'created_at = ' || quote(old.created_at) || ', ' || 'updated_at = ' || quote(old.updated_at)
        || ' WHERE rowid = ' || old.rowid FROM undo_state;
END;
CREATE TEMP TRIGGER IF NOT EXISTS undo_reframes_delete AFTER DELETE ON main.reframes
WHEN (SELECT seq FROM undo_state) > 0 BEGIN
    INSERT INTO undo_steps (seq, sql) SELECT seq,
        'INSERT INTO reframes (rowid, id, setback_id, thought, kinder, created_at, updated_at) VALUES ('
        || old.rowid || ', ' || quote(old.id) || ', ' || quote(old.setback_id) || ', ' || quote(old.thought) || ', ' || quote(old.kinder) || ', ' || quote(old.created_at) || ', ' || quote(old.updated_at) || ')' FROM undo_state;
END;

CREATE TEMP TRIGGER IF NOT EXISTS undo_conversations_insert AFTER INSERT ON main.conversations
WHEN (SELECT seq FROM undo_state) > 0 BEGIN
    INSERT INTO undo_steps (seq, sql) SELECT seq,
        'DELETE FROM conversations WHERE rowid = ' || new.rowid FROM undo_state;
END;
CREATE TEMP TRIGGER IF NOT EXISTS undo_conversations_update AFTER UPDATE ON main.conversations
WHEN (SELECT seq FROM undo_state) > 0 BEGIN
    INSERT INTO undo_steps (seq, sql) SELECT seq,
        'UPDATE conversations SET ' || 'id = ' || quote(old.id) || ', ' || 'person_id = ' || quote(old.person_id) || ', ' || 'setback_id = ' || quote(old.setback_id) || ', ' || 'goal_id = ' || quote(old.goal_id) || ', ' || 'kind = ' || quote(old.kind) || ', ' || 'planned_on = ' || quote(old.planned_on) || ', ' || 'questions = ' || quote(old.questions) || ', ' || 'held_on = ' || quote(old.held_on) || ', ' || 'said = ' || quote(old.said) || ', ' || 'takeaway = ' || quote(old.takeaway) || ', ' || 'created_at = ' || quote(old.created_at) || ', ' || 'updated_at = ' || quote(old.updated_at)
        || ' WHERE rowid = ' || old.rowid FROM undo_state;
END;
CREATE TEMP TRIGGER IF NOT EXISTS undo_conversations_delete AFTER DELETE ON main.conversations
WHEN (SELECT seq FROM undo_state) > 0 BEGIN
    INSERT INTO undo_steps (seq, sql) SELECT seq,
        'INSERT INTO conversations (rowid, id, person_id, setback_id, goal_id, kind, planned_on, questions, held_on, said, takeaway, created_at, updated_at) VALUES ('
        || old.rowid || ', ' || quote(old.id) || ', ' || quote(old.person_id) || ', ' || quote(old.setback_id) || ', ' || quote(old.goal_id) || ', ' || quote(old.kind) || ', ' || quote(old.planned_on) || ', ' || quote(old.questions) || ', ' || quote(old.held_on) || ', ' || quote(old.said) || ', ' || quote(old.takeaway) || ', ' || quote(old.created_at) || ', ' || quote(old.updated_at) || ')' FROM undo_state;
END;
CREATE TEMP TRIGGER IF NOT EXISTS undo_closings_insert AFTER INSERT ON main.closings
WHEN (SELECT seq FROM undo_state) > 0 BEGIN
    INSERT INTO undo_steps (seq, sql) SELECT seq,
        'DELETE FROM closings WHERE rowid = ' || new.rowid FROM undo_state;
END;
CREATE TEMP TRIGGER IF NOT EXISTS undo_closings_update AFTER UPDATE ON main.closings
WHEN (SELECT seq FROM undo_state) > 0 BEGIN
    INSERT INTO undo_steps (seq, sql) SELECT seq,
        'UPDATE closings SET ' || 'setback_id = ' || quote(old.setback_id) || ', ' || 'closed_on = ' || quote(old.closed_on) || ', ' || 'best = ' || quote(old.best) || ', ' || 'best_note = ' || quote(old.best_note) || ', ' || 'accept = ' || quote(old.accept) || ', ' || 'permission = ' || quote(old.permission) || ', ' || 'carry = ' || quote(old.carry) || ', ' || 'rating = ' || quote(old.rating) || ', ' || 'created_at = ' || quote(old.created_at) || ', ' || 'updated_at = ' || quote(old.updated_at)
        || ' WHERE rowid = ' || old.rowid FROM undo_state;
END;
CREATE TEMP TRIGGER IF NOT EXISTS undo_closings_delete AFTER DELETE ON main.closings
WHEN (SELECT seq FROM undo_state) > 0 BEGIN
    INSERT INTO undo_steps (seq, sql) SELECT seq,
        'INSERT INTO closings (rowid, setback_id, closed_on, best, best_note, accept, permission, carry, rating, created_at, updated_at) VALUES ('
        || old.rowid || ', ' || quote(old.setback_id) || ', ' || quote(old.closed_on) || ', ' || quote(old.best) || ', ' || quote(old.best_note) || ', ' || quote(old.accept) || ', ' || quote(old.permission) || ', ' || quote(old.carry) || ', ' || quote(old.rating) || ', ' || quote(old.created_at) || ', ' || quote(old.updated_at) || ')' FROM undo_state;
END;
CREATE TEMP TRIGGER IF NOT EXISTS undo_lookbacks_insert AFTER INSERT ON main.lookbacks
WHEN (SELECT seq FROM undo_state) > 0 BEGIN
    INSERT INTO undo_steps (seq, sql) SELECT seq,
        'DELETE FROM lookbacks WHERE rowid = ' || new.rowid FROM undo_state;
END;
CREATE TEMP TRIGGER IF NOT EXISTS undo_lookbacks_update AFTER UPDATE ON main.lookbacks
WHEN (SELECT seq FROM undo_state) > 0 BEGIN
    INSERT INTO undo_steps (seq, sql) SELECT seq,
        'UPDATE lookbacks SET ' || 'id = ' || quote(old.id) || ', ' || 'setback_id = ' || quote(old.setback_id) || ', ' || 'on_date = ' || quote(old.on_date) || ', ' || 'rating = ' || quote(old.rating) || ', ' || 'note = ' || quote(old.note) || ', ' || 'created_at = ' || quote(old.created_at) || ', ' || 'updated_at = ' || quote(old.updated_at)
        || ' WHERE rowid = ' || old.rowid FROM undo_state;
END;
CREATE TEMP TRIGGER IF NOT EXISTS undo_lookbacks_delete AFTER DELETE ON main.lookbacks
WHEN (SELECT seq FROM undo_state) > 0 BEGIN
    INSERT INTO undo_steps (seq, sql) SELECT seq,
        'INSERT INTO lookbacks (rowid, id, setback_id, on_date, rating, note, created_at, updated_at) VALUES ('
        || old.rowid || ', ' || quote(old.id) || ', ' || quote(old.setback_id) || ', ' || quote(old.on_date) || ', ' || quote(old.rating) || ', ' || quote(old.note) || ', ' || quote(old.created_at) || ', ' || quote(old.updated_at) || ')' FROM undo_state;
END;
CREATE TEMP TRIGGER IF NOT EXISTS undo_reviews_insert AFTER INSERT ON main.reviews
WHEN (SELECT seq FROM undo_state) > 0 BEGIN
    INSERT INTO undo_steps (seq, sql) SELECT seq,
        'DELETE FROM reviews WHERE rowid = ' || new.rowid FROM undo_state;
END;
CREATE TEMP TRIGGER IF NOT EXISTS undo_reviews_update AFTER UPDATE ON main.reviews
WHEN (SELECT seq FROM undo_state) > 0 BEGIN
    INSERT INTO undo_steps (seq, sql) SELECT seq,
        'UPDATE reviews SET ' || 'id = ' || quote(old.id) || ', ' || 'week = ' || quote(old.week) || ', ' || 'monday = ' || quote(old.monday) || ', ' || 'well = ' || quote(old.well) || ', ' || 'next = ' || quote(old.next) || ', ' || 'step_id = ' || quote(old.step_id) || ', ' || 'created_at = ' || quote(old.created_at) || ', ' || 'updated_at = ' || quote(old.updated_at)
        || ' WHERE rowid = ' || old.rowid FROM undo_state;
END;
CREATE TEMP TRIGGER IF NOT EXISTS undo_reviews_delete AFTER DELETE ON main.reviews
WHEN (SELECT seq FROM undo_state) > 0 BEGIN
    INSERT INTO undo_steps (seq, sql) SELECT seq,
        'INSERT INTO reviews (rowid, id, week, monday, well, next, step_id, created_at, updated_at) VALUES ('
        || old.rowid || ', ' || quote(old.id) || ', ' || quote(old.week) || ', ' || quote(old.monday) || ', ' || quote(old.well) || ', ' || quote(old.next) || ', ' || quote(old.step_id) || ', ' || quote(old.created_at) || ', ' || quote(old.updated_at) || ')' FROM undo_state;
END;
