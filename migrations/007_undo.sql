-- Undo and redo of a person's changes, kept across restarts. Each change is a group; while
-- a group is open, triggers (made per connection, see src/store/undo.sql) record the SQL
-- that reverses each row's change. Undoing runs a group's statements newest first, and the
-- triggers then record what redoes it.
CREATE TABLE undo_groups (
    seq     INTEGER PRIMARY KEY AUTOINCREMENT,
    label   TEXT NOT NULL,
    undone  INTEGER NOT NULL DEFAULT 0 CHECK (undone IN (0, 1))
);

CREATE TABLE undo_steps (
    id   INTEGER PRIMARY KEY AUTOINCREMENT,
    seq  INTEGER NOT NULL REFERENCES undo_groups (seq) ON DELETE CASCADE,
    sql  TEXT NOT NULL
);
CREATE INDEX undo_steps_by_group ON undo_steps (seq, id);
