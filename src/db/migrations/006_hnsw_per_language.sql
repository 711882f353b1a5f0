-- 006_hnsw_per_language: one HNSW graph per language instead of one for all chunks.
--
-- With the offline HashingEmbeddings an English question and a Chinese chunk share almost no
-- tokens, so the two languages form two nearly orthogonal clusters. In one graph the greedy
-- search often entered the Chinese cluster for an English question and never left it: on the
-- 50,000-chunk benchmark 10 of 200 questions got none of their true neighbours, at any
-- ef_search (recall@10 0.931 at 400, 0.935 at 800). Two partial indexes keep each graph in one
-- language; a vector search asks both and merges (src/db/search-store.ts), so its results are
-- the same top-n over all chunks. Measured on the same 50,000 chunks: recall@10 0.973 at
-- ef_search 400 with pgvector's default m = 16, whose two builds take 26 s against 54 s for
-- the one m = 32 graph of migration 003.
--
-- chunks.language is the document's, which 001 restricts to 'en' and 'zh': the two indexes
-- cover every row. Keep in step with HNSW_INDEXES in src/db/search-indexes.ts.
DROP INDEX IF EXISTS chunks_embedding_hnsw;
CREATE INDEX IF NOT EXISTS chunks_embedding_hnsw_en ON chunks USING hnsw (embedding vector_cosine_ops) WHERE language = 'en';
CREATE INDEX IF NOT EXISTS chunks_embedding_hnsw_zh ON chunks USING hnsw (embedding vector_cosine_ops) WHERE language = 'zh';
