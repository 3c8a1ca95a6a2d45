-- Records that share a date keep the order in which they were written. That order is the
-- row number, which only grows; the moment stamped beside a record comes from a clock that
-- can be set back (or differ between two commands), so it no longer breaks ties. Each
-- index that ordered by that moment now ends at the key before it, and every index ends in
-- the row number.
CREATE INDEX setbacks_by_date_written ON setbacks (date);
DROP INDEX setbacks_in_list_order;
CREATE INDEX goals_active_in_order_of_target ON goals (ifnull(-julianday(target), -1e18), started_on)
    WHERE archived = 0 AND finished_on IS NULL;
DROP INDEX goals_active_in_order;
CREATE INDEX ideas_by_status_written ON ideas (status);
DROP INDEX ideas_by_status;
CREATE INDEX reframes_by_setback_written ON reframes (setback_id);
DROP INDEX reframes_by_setback;
DROP INDEX reframes_by_time;
DROP INDEX reframes_newest;
CREATE INDEX checkins_by_date_written ON checkins (date);
DROP INDEX checkins_newest;
CREATE INDEX checkins_by_setback_written ON checkins (setback_id, date);
DROP INDEX checkins_by_setback;
CREATE INDEX lessons_by_setback_written ON lessons (setback_id);
DROP INDEX lessons_by_setback;
CREATE INDEX strengths_by_setback_written ON strengths (setback_id);
DROP INDEX strengths_by_setback;
