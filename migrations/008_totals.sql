-- Totals that would otherwise need a read of a whole table, kept by triggers in the same
-- transaction as each write. `gratitude_days` is how many distinct days hold gratitude.
CREATE TABLE totals (
    name   TEXT PRIMARY KEY,
    value  INTEGER NOT NULL
) WITHOUT ROWID;

INSERT INTO totals (name, value)
    VALUES ('gratitude_days', (SELECT count(DISTINCT date) FROM gratitude_items));

CREATE TRIGGER totals_gratitude_insert AFTER INSERT ON gratitude_items
WHEN NOT EXISTS (SELECT 1 FROM gratitude_items WHERE date = new.date AND rowid <> new.rowid)
BEGIN
    UPDATE totals SET value = value + 1 WHERE name = 'gratitude_days';
END;

CREATE TRIGGER totals_gratitude_delete AFTER DELETE ON gratitude_items
WHEN NOT EXISTS (SELECT 1 FROM gratitude_items WHERE date = old.date)
BEGIN
    UPDATE totals SET value = value - 1 WHERE name = 'gratitude_days';
END;

CREATE TRIGGER totals_gratitude_update AFTER UPDATE OF date ON gratitude_items
WHEN old.date <> new.date
BEGIN
    UPDATE totals SET value = value
        + NOT EXISTS (SELECT 1 FROM gratitude_items WHERE date = new.date AND rowid <> new.rowid)
        - NOT EXISTS (SELECT 1 FROM gratitude_items WHERE date = old.date)
        WHERE name = 'gratitude_days';
END;
