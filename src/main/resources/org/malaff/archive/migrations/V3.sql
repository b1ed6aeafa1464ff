-- Malaff archive, schema version 3: dossiers an editor composes on the site (issue 6). Imported
-- dossiers were published where they came from, so they start published; a composed one starts as
-- a draft that only editors see.
ALTER TABLE dossier ADD COLUMN published INTEGER NOT NULL DEFAULT 1
;
-- when an editor last saved it (no comment on the ALTER line: SQLite copies it into the table's SQL)
ALTER TABLE dossier ADD COLUMN changed TEXT
;
CREATE INDEX dossier_date ON dossier(date)
