-- documents.content_hash was SHA-256 of the file's bytes read as a binary string and re-encoded
-- as UTF-8: deterministic, but not what `sha256sum file` prints. From this migration on it is the
-- SHA-256 of the file's bytes. The bytes themselves are not stored, so existing rows cannot be
-- recomputed here: they are marked, and the next ingest of the same file recognises the old hash,
-- skips the file as unchanged and rewrites the hash (ingest/pipeline.ts, store.upgradeContentHash).
ALTER TABLE documents ADD COLUMN content_hash_legacy boolean NOT NULL DEFAULT false;
UPDATE documents SET content_hash_legacy = true;
