-- Tables that were written on every commit and every corpus view but read by nothing: every reader
-- (CLI views, exports, the web API, the dump's comparisons) reads the same facts from
-- document.ledger_json and corpus_view.ledger_json. Kept, they cost a row per item per document on
-- every ingest and a rewrite of three tables on every view. Indexed rows that are read (issue 12's
-- incremental resolution) will be designed with their readers, not resurrected from these.
-- Same SQL on H2 2.x and PostgreSQL.

-- A document's ledger items as rows (entities with their mentions, times, events, attributions,
-- quotes, findings), keyed by (document, local id): a copy of document.ledger_json.
DROP TABLE doc_entity;
DROP TABLE doc_mention;
DROP TABLE doc_time;
DROP TABLE doc_event;
DROP TABLE doc_attribution;
DROP TABLE doc_quote;
DROP TABLE doc_finding;

-- The corpus view's entities (with mention counts), event clusters (with independent-source and
-- denial counts) and findings as rows: a copy of corpus_view.ledger_json.
DROP TABLE corpus_entity;
DROP TABLE corpus_cluster;
DROP TABLE corpus_finding;
