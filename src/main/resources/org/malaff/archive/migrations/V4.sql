-- Malaff archive, schema version 4: the feeds malaff watch polls (issue 7): what the server said last
-- (validators for a conditional GET), when to poll next, and how it went.
CREATE TABLE feed (
  url TEXT PRIMARY KEY,
  title TEXT,
  etag TEXT,
  last_modified TEXT,
  polled TEXT,
  next_due TEXT,
  failures INTEGER NOT NULL DEFAULT 0,
  problem TEXT
)
