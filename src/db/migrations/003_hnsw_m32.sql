-- 003_hnsw_m32: a denser HNSW graph, for recall.
--
-- Measured on the benchmark corpus (eval/bench, 50,000 policy-like chunks, 512-d hashing
-- embeddings, PostgreSQL 15 + pgvector 0.8): with m = 16 recall@10 against an exact scan was
-- 0.79 at ef_search 100 and still 0.89 at ef_search 400, because short questions sit far from
-- long passages and the distances are flat (the 10th and the 100th neighbour differ by 0.03).
-- m = 32 reaches 0.94–0.98 at ef_search 400 (builds differ: the parallel build is not
-- deterministic; see SESSION_SETTINGS in src/db/sql-client.ts) for about twice the build time. ef_construction must be at least 2 × m; 64 is the smallest allowed.
-- Keep in step with CREATE_HNSW in src/db/store.ts (used when re-embedding resizes the column).
DROP INDEX IF EXISTS chunks_embedding_hnsw;
CREATE INDEX chunks_embedding_hnsw ON chunks USING hnsw (embedding vector_cosine_ops) WITH (m = 32, ef_construction = 64);
