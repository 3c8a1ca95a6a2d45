-- The goals lists (active, done, archived) read a window of rows in their orders and count
-- their rows from one partial index each, walked backwards, so that a list of thousands of
-- goals is never read whole nor sorted. Each index ends in the row number, the last
-- tie-break of every order.
-- Active goals come nearest target first, those without a target last, then newest first:
-- an earlier target is a larger negated day number, and no target the smallest of all.
CREATE INDEX goals_active_in_order ON goals (ifnull(-julianday(target), -1e18), started_on, created_at)
    WHERE archived = 0 AND finished_on IS NULL;
-- Done goals come by when they were finished, then by their last change.
CREATE INDEX goals_done_in_order ON goals (finished_on, updated_at)
    WHERE archived = 0 AND finished_on IS NOT NULL;
-- Archived goals come by when they were put away (their last change).
CREATE INDEX goals_archived_in_order ON goals (updated_at) WHERE archived = 1;
-- Each list, and its count, now reads its own index.
DROP INDEX goals_by_state;
