-- When a done step is unticked, the day it was done is kept, and so is the day its goal was
-- finished: ticking it again (a slip of the finger, a second thought) brings the real dates
-- back instead of today's, and a goal finished before is not celebrated as new.
ALTER TABLE steps ADD COLUMN was_done_at TEXT;
ALTER TABLE steps ADD COLUMN was_done_on TEXT;
ALTER TABLE goals ADD COLUMN was_finished_on TEXT;
