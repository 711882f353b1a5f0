-- 005_lexical_sparsevec: lexical search on app-computed term vectors instead of a tsvector.
--
-- Ranking: ts_rank recomputed every term's weight from the position lists of a ~2.5 kB tsvector
-- kept in TOAST; ranking a region's ~1,500 chunks took 15–25 ms per query list at 50,000
-- chunks (eval/bench), most of a question's time. The weights depend only on the chunk, so the
-- app computes them once at ingest (src/text/lexical-vector.ts: the same ranking) into a
-- sparsevec, and a chunk's rank is one inner product, `lexical <#> query`.
-- Candidates: `terms` holds the same hashed term ids as an int4[] with a GIN index, so an
-- unfiltered search finds the chunks sharing a term with `terms && query_terms`. This replaces
-- the tsvector and its GIN index: to_tsvector was ~35% of the server's insert time, and the
-- `simple` parser split the app's tokens ("14_5" → "14", "5") where these keep them whole.
--
-- Storage: `lexical` PLAIN (in the row, uncompressed) next to the PLAIN embedding, since a
-- region-filtered search reads every row of the region: pglz decompression made ranking 2.6×
-- slower (7.3 vs 2.8 ms per list; lz4 4.0 ms). The app caps a vector at 400 terms (3.2 kB), so
-- with an embedding of up to 1,024 dimensions the row always fits a page; larger keep MAIN.
--
-- Rows written before this migration get both columns from the app at the next start or
-- `npm run migrate` (src/db/lexical-backfill.ts); meanwhile they are found by vector search.
ALTER TABLE chunks ADD COLUMN IF NOT EXISTS lexical sparsevec(1000000000);
ALTER TABLE chunks ADD COLUMN IF NOT EXISTS terms int4[];
DO $$
BEGIN
  IF (SELECT atttypmod FROM pg_attribute WHERE attrelid = 'chunks'::regclass AND attname = 'embedding') <= 1024 THEN
    ALTER TABLE chunks ALTER COLUMN lexical SET STORAGE PLAIN;
  ELSE
    ALTER TABLE chunks ALTER COLUMN lexical SET STORAGE MAIN;
  END IF;
END $$;
DROP INDEX IF EXISTS chunks_lexemes_gin;
ALTER TABLE chunks DROP COLUMN IF EXISTS lexemes;
CREATE INDEX IF NOT EXISTS chunks_terms_gin ON chunks USING gin (terms);
