-- Stable ids (docs/store.md): entities, events and event clusters keep their ids from one corpus
-- view to the next; the ids handed out are kept in the view itself (corpus_view.ledger_json, field
-- "ids"). This table is the history of ids that stopped naming what they named: merged into
-- another (the survivor), split (the id stays with the largest part), or gone. Same SQL on H2 and
-- PostgreSQL.
CREATE TABLE id_change (
  seq BIGINT NOT NULL PRIMARY KEY,        -- 1, 2, 3 ... in the order views were written
  item_id VARCHAR(64) NOT NULL,           -- e12, v40, c7
  change_kind VARCHAR(16) NOT NULL,       -- MERGED, SPLIT, GONE
  into_ids VARCHAR(4000) NOT NULL,        -- JSON list: the survivor, or the parts (its own id first)
  note VARCHAR(4000)
);
CREATE INDEX id_change_item ON id_change (item_id, seq);
