-- Malaff archive, schema version 1. Records are the source of truth; the search index is derived.
-- Statements are separated by lines holding only ";".
CREATE TABLE article (
  id TEXT PRIMARY KEY,               -- "a" + hex of the content hash
  seq INTEGER NOT NULL UNIQUE,       -- the order articles were stored in
  url TEXT UNIQUE,
  headline TEXT NOT NULL,
  source TEXT, section TEXT, author TEXT, place TEXT, agency TEXT,
  date TEXT, time TEXT, code TEXT,   -- ISO-8601
  body TEXT NOT NULL,                -- JSON: [{"kind": "paragraph"|"subheading", "text": …}]
  origin TEXT NOT NULL,              -- file and position imported from
  persons TEXT NOT NULL              -- JSON: the people named, fullest spelling
)
;
CREATE INDEX article_date ON article(date)
;
CREATE TABLE dossier (
  id TEXT PRIMARY KEY,
  title TEXT, date TEXT, editor TEXT,
  breadcrumb TEXT NOT NULL,          -- JSON array
  origin TEXT NOT NULL
)
;
CREATE TABLE dossier_article (
  dossier_id TEXT NOT NULL REFERENCES dossier(id),
  position INTEGER NOT NULL,         -- 1-based, the dossier's order
  article_id TEXT NOT NULL REFERENCES article(id),
  PRIMARY KEY (dossier_id, position)
)
;
CREATE TABLE entity (
  key TEXT PRIMARY KEY,              -- type + ":" + name key: one per real-world name across spellings
  type TEXT NOT NULL,
  name TEXT NOT NULL
)
;
CREATE TABLE mention (
  article_id TEXT NOT NULL REFERENCES article(id),
  paragraph INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,
  text TEXT NOT NULL, type TEXT NOT NULL, role TEXT,
  entity_key TEXT NOT NULL REFERENCES entity(key)
)
;
CREATE INDEX mention_article ON mention(article_id)
;
CREATE INDEX mention_entity ON mention(entity_key)
;
CREATE TABLE quote (
  article_id TEXT NOT NULL REFERENCES article(id),
  paragraph INTEGER NOT NULL,
  speaker_key TEXT REFERENCES entity(key),
  speaker_text TEXT, anonymous INTEGER NOT NULL, direct INTEGER NOT NULL,
  text TEXT NOT NULL
)
;
CREATE INDEX quote_article ON quote(article_id)
;
CREATE INDEX quote_speaker ON quote(speaker_key)
;
CREATE TABLE duplicate_link (
  a TEXT NOT NULL REFERENCES article(id),
  b TEXT NOT NULL REFERENCES article(id),
  kind TEXT NOT NULL, score REAL NOT NULL,
  PRIMARY KEY (a, b)
)
;
CREATE INDEX duplicate_link_b ON duplicate_link(b)
;
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)
;
INSERT INTO meta(key, value) VALUES ('generation', '0')
