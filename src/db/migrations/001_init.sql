-- 001_init: documents, chunks (vector + lexical), targets, and the meta table.
--
-- pgvector must be installed; on PostgreSQL 15 CREATE EXTENSION needs a superuser, so
-- scripts/setup-postgres.sh creates it once per database and this is then a no-op.
CREATE EXTENSION IF NOT EXISTS vector;

-- Key/value facts about the database itself: which embedding model and dimension produced
-- the stored vectors. Startup compares them with the configuration (a mismatch is an error).
CREATE TABLE meta (
  key text PRIMARY KEY,
  value text NOT NULL
);

-- One row per source document. `id` is the stable text id users see (manifest id or file
-- name); `text` is the whole normalised text, so chunk offsets and citation offsets can be
-- checked and shown in context. `content_hash` (SHA-256 of the raw bytes) makes ingest
-- idempotent: same id + same hash → nothing to do.
CREATE TABLE documents (
  id text PRIMARY KEY,
  title text NOT NULL,
  issuer text,
  doc_number text,
  published_on date,
  region text NOT NULL DEFAULT 'National',
  level text,
  sectors text[] NOT NULL DEFAULT '{}',
  language text NOT NULL CHECK (language IN ('en', 'zh')),
  source_url text,
  file_name text,
  content_hash text NOT NULL,
  text text NOT NULL,
  pages integer,
  metadata jsonb NOT NULL DEFAULT '{}',
  ingested_at timestamptz NOT NULL DEFAULT now()
);

-- Passages. Filter columns (region, language, year, sectors) are copied from the document so
-- that filtered vector search is a single-table scan the HNSW index can serve with
-- iterative scanning; they only change when the document is re-ingested (which rewrites its
-- chunks in the same transaction).
CREATE TABLE chunks (
  id text PRIMARY KEY,
  document_id text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  ordinal integer NOT NULL,
  text text NOT NULL,
  heading text,
  page_from integer,
  page_to integer,
  start_offset integer NOT NULL,
  end_offset integer NOT NULL,
  region text NOT NULL,
  language text NOT NULL,
  year integer,
  sectors text[] NOT NULL DEFAULT '{}',
  -- App-side tokens (Latin words, CJK unigrams + bigrams) fed to the `simple` config, because
  -- PostgreSQL's parsers treat a run of Chinese characters as one token.
  lexemes tsvector NOT NULL,
  embedding vector({{EMBEDDING_DIMENSIONS}}) NOT NULL,
  UNIQUE (document_id, ordinal)
);

-- HNSW with cosine distance: embeddings are L2-normalised, so cosine ranks like inner product,
-- and HNSW (unlike IVFFlat) needs no training data and stays accurate as rows are added.
-- m = 16, ef_construction = 64 are pgvector's defaults; recall is tuned at query time with
-- hnsw.ef_search (see SESSION_SETTINGS in src/db/sql-client.ts).
CREATE INDEX chunks_embedding_hnsw ON chunks USING hnsw (embedding vector_cosine_ops) WITH (m = 16, ef_construction = 64);

-- GIN over the lexical tsvector: the full-text half of hybrid search (@@ with an OR tsquery).
CREATE INDEX chunks_lexemes_gin ON chunks USING gin (lexemes);

-- B-tree indexes for the exact filters and for per-document reads (document view, deletes).
CREATE INDEX chunks_document_idx ON chunks (document_id, ordinal);
CREATE INDEX chunks_region_idx ON chunks (region);

-- Quantified policy targets extracted at ingest (same transaction as the document).
CREATE TABLE targets (
  id bigserial PRIMARY KEY,
  document_id text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  chunk_id text REFERENCES chunks (id) ON DELETE CASCADE,
  metric text NOT NULL,
  value double precision NOT NULL,
  unit text NOT NULL,
  value_raw text NOT NULL,
  unit_raw text NOT NULL,
  direction text NOT NULL,
  qualifier text,
  baseline_year integer,
  target_year integer,
  region text,
  level text,
  sector text,
  binding text,
  quote text NOT NULL,
  start_offset integer NOT NULL,
  end_offset integer NOT NULL,
  extractor text NOT NULL DEFAULT 'rules'
);
-- The targets API filters by region, year and sector; comparisons group by region.
CREATE INDEX targets_region_year_idx ON targets (region, target_year);
CREATE INDEX targets_year_idx ON targets (target_year);
CREATE INDEX targets_sector_idx ON targets (sector);
CREATE INDEX targets_document_idx ON targets (document_id);

-- User feedback on answers (thumbs up/down with an optional comment).
CREATE TABLE feedback (
  id bigserial PRIMARY KEY,
  question text NOT NULL,
  answer text NOT NULL,
  citations jsonb NOT NULL DEFAULT '[]',
  verdict text NOT NULL CHECK (verdict IN ('up', 'down')),
  comment text,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Slack event ids already handled, so Slack's retries are never answered twice.
CREATE TABLE slack_events (
  event_id text PRIMARY KEY,
  expires_at timestamptz NOT NULL
);
CREATE INDEX slack_events_expires_idx ON slack_events (expires_at);
