-- The Attest store, version 1. Portable SQL: the same script runs on H2 2.x and PostgreSQL 12+.
-- Offsets are UTF-16 code units into document.body (the normalized text), as in the ledger contract.
-- Column names avoid words reserved by either database (value, end, key, year, ...).

-- One row that every writer locks (SELECT ... FOR UPDATE) while it commits a document or the
-- corpus view: commits are serialized across processes, so "earliest ingested" and seq are exact.
CREATE TABLE store_lock (
  id INT PRIMARY KEY
);
INSERT INTO store_lock (id) VALUES (1);

CREATE TABLE document (
  id VARCHAR(64) PRIMARY KEY,            -- first 16 hex digits of sha256
  seq BIGINT NOT NULL UNIQUE,            -- ingest order, 1, 2, 3 ... (assigned under store_lock)
  sha256 CHAR(64) NOT NULL UNIQUE,       -- of the normalized text
  title VARCHAR(2000),
  outlet VARCHAR(500),
  author VARCHAR(1000),
  url VARCHAR(4000),
  published VARCHAR(32),                 -- ISO date or null
  source VARCHAR(4000) NOT NULL,         -- where it was first read from
  language VARCHAR(16) NOT NULL,
  text_length INT NOT NULL,
  copy_of VARCHAR(64) REFERENCES document (id),   -- near-duplicate of (the original, never a copy)
  copy_similarity DOUBLE PRECISION,
  extractor VARCHAR(500),                -- provenance of the ledger: the extractors' name@version, sorted
  body TEXT NOT NULL,                    -- the normalized text
  ledger_json TEXT NOT NULL              -- the document's attest-ledger/1 JSON, as extracted
);

-- MinHash signature and its LSH band keys (near-duplicate lookup by index, see docs/store.md).
CREATE TABLE document_minhash (
  doc_id VARCHAR(64) PRIMARY KEY REFERENCES document (id) ON DELETE CASCADE,
  signature BYTEA NOT NULL
);
CREATE TABLE document_band (
  band INT NOT NULL,
  band_key BIGINT NOT NULL,
  doc_id VARCHAR(64) NOT NULL REFERENCES document (id) ON DELETE CASCADE,
  PRIMARY KEY (band, band_key, doc_id)
);

-- Normalized rows of each document's ledger (ids are the ledger's own, local to the document).
CREATE TABLE doc_entity (
  doc_id VARCHAR(64) NOT NULL REFERENCES document (id) ON DELETE CASCADE,
  local_id VARCHAR(64) NOT NULL,
  name VARCHAR(2000) NOT NULL,
  entity_type VARCHAR(32) NOT NULL,
  aliases TEXT NOT NULL,                 -- JSON list
  PRIMARY KEY (doc_id, local_id)
);
CREATE TABLE doc_mention (
  doc_id VARCHAR(64) NOT NULL REFERENCES document (id) ON DELETE CASCADE,
  entity_id VARCHAR(64) NOT NULL,
  begin_at INT NOT NULL,
  end_at INT NOT NULL,
  PRIMARY KEY (doc_id, entity_id, begin_at, end_at)
);
CREATE TABLE doc_time (
  doc_id VARCHAR(64) NOT NULL REFERENCES document (id) ON DELETE CASCADE,
  local_id VARCHAR(64) NOT NULL,
  begin_at INT NOT NULL,
  end_at INT NOT NULL,
  surface VARCHAR(2000),
  timex_type VARCHAR(16),
  timex_value VARCHAR(64),
  timex_mod VARCHAR(32),
  PRIMARY KEY (doc_id, local_id)
);
CREATE TABLE doc_event (
  doc_id VARCHAR(64) NOT NULL REFERENCES document (id) ON DELETE CASCADE,
  local_id VARCHAR(64) NOT NULL,
  begin_at INT NOT NULL,
  end_at INT NOT NULL,
  trigger_text VARCHAR(2000),
  event_type VARCHAR(32),
  predicate VARCHAR(500),
  actors VARCHAR(2000),                  -- JSON list of local entity ids
  target VARCHAR(64),
  location VARCHAR(64),
  time_id VARCHAR(64),
  quantity_text VARCHAR(500),
  modality VARCHAR(16),
  polarity VARCHAR(16),
  summary TEXT,
  PRIMARY KEY (doc_id, local_id)
);
CREATE TABLE doc_attribution (
  doc_id VARCHAR(64) NOT NULL REFERENCES document (id) ON DELETE CASCADE,
  local_id VARCHAR(64) NOT NULL,
  event_id VARCHAR(64),
  source_id VARCHAR(64),
  via VARCHAR(64),
  begin_at INT NOT NULL,
  end_at INT NOT NULL,
  cue VARCHAR(500),
  source_begin INT,
  source_end INT,
  content_begin INT,
  content_end INT,
  stance VARCHAR(16),
  certainty VARCHAR(16),
  time_id VARCHAR(64),
  PRIMARY KEY (doc_id, local_id)
);
CREATE TABLE doc_quote (
  doc_id VARCHAR(64) NOT NULL REFERENCES document (id) ON DELETE CASCADE,
  local_id VARCHAR(64) NOT NULL,
  begin_at INT NOT NULL,
  end_at INT NOT NULL,
  speaker VARCHAR(64),
  PRIMARY KEY (doc_id, local_id)
);
CREATE TABLE doc_finding (
  doc_id VARCHAR(64) NOT NULL REFERENCES document (id) ON DELETE CASCADE,
  local_id VARCHAR(64) NOT NULL,
  kind VARCHAR(32) NOT NULL,
  items VARCHAR(4000) NOT NULL,          -- JSON list of local ids
  explanation TEXT,
  PRIMARY KEY (doc_id, local_id)
);

-- The latest result of every input (a file, a feed item, a JSON Lines record).
CREATE TABLE ingest_result (
  source VARCHAR(4000) PRIMARY KEY,
  status VARCHAR(16) NOT NULL,           -- INGESTED, NEAR_DUPLICATE, DUPLICATE, SKIPPED, FAILED
  reason VARCHAR(32),                    -- SkipReason name for SKIPPED and FAILED
  detail VARCHAR(4000),
  doc_id VARCHAR(64),                    -- the document this input is (or duplicates)
  of_doc VARCHAR(64)                     -- for NEAR_DUPLICATE: the original
);

-- Manual entity decisions: kept forever (undo marks them), applied in seq order on every recompute.
CREATE TABLE manual_decision (
  id VARCHAR(32) PRIMARY KEY,            -- m1, m2, ...
  seq BIGINT NOT NULL UNIQUE,
  action VARCHAR(8) NOT NULL,            -- MERGE, SPLIT
  names TEXT NOT NULL,                   -- JSON list
  note TEXT,
  undone BOOLEAN NOT NULL
);

-- The corpus view: the cross-document resolver's output for the current documents and decisions.
CREATE TABLE corpus_view (
  id INT PRIMARY KEY,                    -- always 1
  input_hash CHAR(64) NOT NULL,          -- of the resolver's input; equal input, equal view
  documents INT NOT NULL,
  ledger_json TEXT,                      -- CorpusLedger JSON, null when the resolver failed
  error TEXT
);
CREATE TABLE corpus_entity (
  id VARCHAR(64) PRIMARY KEY,
  name VARCHAR(2000) NOT NULL,
  entity_type VARCHAR(32) NOT NULL,
  aliases TEXT NOT NULL,
  mentions INT NOT NULL
);
CREATE TABLE corpus_cluster (
  id VARCHAR(64) PRIMARY KEY,
  event_type VARCHAR(32),
  time_value VARCHAR(64),
  events INT NOT NULL,
  independent_sources INT NOT NULL,
  denied_by INT NOT NULL
);
CREATE TABLE corpus_finding (
  id VARCHAR(64) PRIMARY KEY,
  kind VARCHAR(32) NOT NULL,
  items VARCHAR(4000) NOT NULL,
  explanation TEXT
);

-- Full-text search: one row per (kind, token, item) with the token's count. Portable SQL instead of
-- a database-specific index (see docs/store.md). kind: D document, C claim, E entity.
CREATE TABLE search_token (
  kind CHAR(1) NOT NULL,
  token VARCHAR(64) NOT NULL,
  ref VARCHAR(128) NOT NULL,
  tf INT NOT NULL,
  PRIMARY KEY (kind, token, ref)
);
CREATE INDEX search_token_ref ON search_token (kind, ref);
