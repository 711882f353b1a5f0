-- 010_kinds_and_metrics: the document's kind and each target's canonical metric.
--
-- documents.kind (plan, implementation_plan, notice, …; src/documents/kind.ts) is written by
-- ingest from the title or the manifest. Rows ingested before this migration get it from their
-- title at the next start (src/db/kind-metric-backfill.ts: the same detector, so one home for
-- the rules); until then NULL reads as 'other'.
ALTER TABLE documents ADD COLUMN kind text CHECK (kind IN ('plan', 'implementation_plan', 'notice', 'opinions', 'measures', 'rules', 'report', 'newsletter', 'other'));
-- The digest selects a period's documents by publication date, then by kind.
CREATE INDEX documents_published_idx ON documents (published_on);

-- targets.metric_key: the key of the canonical metric (src/targets/metrics.json) the target's
-- label and quote map to, NULL when none does. The vocabulary is data and grows, so the keys are
-- recomputed at start whenever its version (stored in meta) changes; `metric` keeps the raw label.
ALTER TABLE targets ADD COLUMN metric_key text;
-- Revised targets and comparison tables look targets up by (metric, region, year).
CREATE INDEX targets_metric_idx ON targets (metric_key, region, target_year);
