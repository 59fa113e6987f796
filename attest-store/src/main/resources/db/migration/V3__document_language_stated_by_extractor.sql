-- A document's language is the one the extractor read it in (its lexicon bundle's); the store no
-- longer fills in a default of its own, so a document whose extractor stated none keeps null.
-- Same SQL on H2 2.x and PostgreSQL.
ALTER TABLE document ALTER COLUMN language DROP NOT NULL;
