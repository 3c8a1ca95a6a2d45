-- Every journal carries bounce's mark in its header (the letters "bnce"), so that another
-- program's SQLite file is never taken for one, whatever version number it keeps.
PRAGMA application_id = 1651401573;
