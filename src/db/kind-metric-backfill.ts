import type { SqlClient } from './sql-client.ts';
import { detectKind } from '../documents/kind.ts';
import { canonicalMetric, METRICS_VERSION } from '../targets/metrics.ts';

/**
 * After migration 010, at every start and in `npm run migrate`:
 *  - documents without a kind (ingested before 010) get the one their title names, by the same
 *    detector ingest uses (src/documents/kind.ts);
 *  - every target's canonical metric key is recomputed when the vocabulary
 *    (src/targets/metrics.json) is not the one that computed the stored keys (its version is kept
 *    in `meta`), so extending the vocabulary re-maps stored targets without re-ingesting.
 * Once done, each is one query that finds nothing to do.
 */
const DOCUMENTS_WITHOUT_KIND = 'SELECT id, title FROM documents WHERE kind IS NULL ORDER BY id';
const SET_KINDS = `UPDATE documents SET kind = u.kind FROM json_to_recordset($1::json) AS u(id text, kind text) WHERE documents.id = u.id`;
const GET_VERSION = `SELECT value FROM meta WHERE key = 'metrics_version'`;
const SET_VERSION = `INSERT INTO meta (key, value) VALUES ('metrics_version', $1) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`;
const TARGET_LABELS =
  'SELECT id::text AS id, metric, quote, unit, value_raw, metric_key FROM targets WHERE id > $1::bigint ORDER BY id LIMIT $2';
const SET_METRIC_KEYS = `UPDATE targets SET metric_key = u.metric_key FROM json_to_recordset($1::json) AS u(id bigint, metric_key text) WHERE targets.id = u.id`;

const BATCH = 1000;

export async function backfillDocumentKinds(sql: SqlClient): Promise<number> {
  const { rows } = await sql.query<{ id: string; title: string }>(DOCUMENTS_WITHOUT_KIND, []);
  if (rows.length === 0) return 0;
  await sql.query(SET_KINDS, [
    JSON.stringify(rows.map((r) => ({ id: r.id, kind: detectKind(r.title) }))),
  ]);
  return rows.length;
}

/** Returns how many targets' keys changed (0 when the vocabulary is the stored one). */
export async function remapTargetMetrics(sql: SqlClient): Promise<number> {
  const { rows: version } = await sql.query<{ value: string }>(GET_VERSION, []);
  if (version[0]?.value === METRICS_VERSION) return 0;
  let changed = 0;
  let after = '0';
  for (;;) {
    const { rows } = await sql.query<{
      id: string;
      metric: string;
      quote: string;
      unit: string;
      value_raw: string;
      metric_key: string | null;
    }>(TARGET_LABELS, [after, BATCH]);
    if (rows.length === 0) break;
    after = rows[rows.length - 1]!.id;
    const updates = rows
      .map((r) => ({
        id: r.id,
        metric_key: canonicalMetric(r.metric, r.quote, r.unit, r.value_raw),
      }))
      .filter((u, i) => u.metric_key !== rows[i]!.metric_key);
    if (updates.length > 0) await sql.query(SET_METRIC_KEYS, [JSON.stringify(updates)]);
    changed += updates.length;
  }
  await sql.query(SET_VERSION, [METRICS_VERSION]);
  return changed;
}
