-- 007_lexical_tokens_v2: every chunk's lexical vector is computed again, with tokenisation v2.
--
-- Tokenisation v1 (src/text/tokens.ts) read a run of Latin letters or digits with \p{L}, which
-- Chinese characters also are: "2030年全国森林蓄积量目标是多少" was one token, so its Chinese got
-- no bigrams and a question such as "2030年全国森林蓄积量目标是多少？" shared no term with the
-- passage "森林蓄积量达到190亿立方米" (in a chunk, each number swallowed the Chinese after it up
-- to the next punctuation mark). v2 ends a Latin/digit run where Chinese starts.
--
-- The vectors are computed in the app, not in SQL: this clears them, and the backfill that runs
-- after the migrations (src/db/lexical-backfill.ts, as after migration 005) recomputes them in
-- batches; then the search indexes are built again (ensureSearchIndexes). They are dropped
-- here because every rewritten row would otherwise be inserted into both HNSW graphs and the
-- GIN index twice over: 352 s for 50,000 chunks, against one build after the rewrite. On
-- PostgreSQL the migrations, the backfill and the builds run in one transaction under the
-- migration lock, so no search sees a chunk without its vector or a table without its indexes.
DROP INDEX IF EXISTS chunks_embedding_hnsw_en;
DROP INDEX IF EXISTS chunks_embedding_hnsw_zh;
DROP INDEX IF EXISTS chunks_terms_gin;
UPDATE chunks SET lexical = NULL, terms = NULL WHERE lexical IS NOT NULL OR terms IS NOT NULL;
