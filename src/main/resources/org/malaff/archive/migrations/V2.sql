-- Malaff archive, schema version 2: the editors who may change the site (issue 6).
CREATE TABLE editor (
  name TEXT PRIMARY KEY,
  password_hash TEXT NOT NULL,       -- bcrypt ($2y$, cost 12); never the password
  created TEXT NOT NULL
)
