-- A support net: people who lift me up, and one kind thing done for myself each day.
ALTER TABLE people ADD COLUMN lifts INTEGER NOT NULL DEFAULT 0 CHECK (lifts IN (0, 1));
ALTER TABLE days ADD COLUMN selfcare TEXT NOT NULL DEFAULT '';
