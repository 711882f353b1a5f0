import type { SqlClient } from './sql-client.ts';
import type { Target } from '../targets/schema.ts';
import type { RevisionSide, StoredTarget, TargetRevision, TargetStore } from '../store.ts';
import { canonicalMetric } from '../targets/metrics.ts';

// Runtime SQL for the targets table: written with its document by store.saveDocument (one
// transaction), replaced by re-extraction, read by the targets API and comparisons.

const INSERT_TARGETS = `INSERT INTO targets
  (document_id, chunk_id, metric, value, unit, value_raw, unit_raw, direction, qualifier, baseline_year, target_year, region, level, sector, binding, quote, start_offset, end_offset, extractor, metric_key)
  SELECT $1, t.chunk_id, t.metric, t.value, t.unit, t.value_raw, t.unit_raw, t.direction, t.qualifier, t.baseline_year, t.target_year,
         t.region, t.level, t.sector, t.binding, t.quote, t.start_offset, t.end_offset, $2, t.metric_key
  FROM unnest($3::text[], $4::text[], $5::float8[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::int[], $12::int[],
              $13::text[], $14::text[], $15::text[], $16::text[], $17::text[], $18::int[], $19::int[], $20::text[])
       AS t(chunk_id, metric, value, unit, value_raw, unit_raw, direction, qualifier, baseline_year, target_year, region, level, sector, binding, quote, start_offset, end_offset, metric_key)`;
const DELETE_TARGETS_OF = 'DELETE FROM targets WHERE document_id = $1';

const TARGET_COLUMNS = `t.metric, t.value, t.unit, t.value_raw, t.unit_raw, t.direction, t.qualifier, t.baseline_year, t.target_year, t.region, t.level,
  t.sector, t.binding, t.document_id, t.chunk_id, t.quote, t.start_offset AS start, t.end_offset AS "end", t.metric_key`;
const LIST_TARGETS = `SELECT ${TARGET_COLUMNS}, d.title FROM targets t JOIN documents d ON d.id = t.document_id
  WHERE ($1::text[] IS NULL OR t.region = ANY($1)) AND ($2::text[] IS NULL OR t.sector = ANY($2))
    AND ($3::int IS NULL OR t.target_year = $3) AND ($4::int IS NULL OR t.target_year >= $4) AND ($5::int IS NULL OR t.target_year <= $5)
    AND ($6::text[] IS NULL OR t.document_id = ANY($6))
    AND ($7::text IS NULL OR t.metric ILIKE '%' || $7 || '%' ESCAPE '\\' OR t.quote ILIKE '%' || $7 || '%' ESCAPE '\\')
    AND ($9::text[] IS NULL OR t.metric_key = ANY($9))
  ORDER BY t.region, t.target_year NULLS LAST, t.document_id, t.start_offset LIMIT $8`;
const TARGETS_FOR_CHUNKS = `SELECT ${TARGET_COLUMNS}, d.title FROM targets t JOIN documents d ON d.id = t.document_id
  WHERE t.chunk_id = ANY($1::text[]) ORDER BY t.document_id, t.start_offset`;
// Revisions: a target set by a document published in [$1, $2] for a region, canonical metric and
// target year that an earlier document set to another value. Each new target is paired with the
// latest earlier one (DISTINCT ON), so a chain of revisions shows each step once. Values are
// compared in the canonical unit; the same value restated is no revision.
const TARGET_REVISIONS = `SELECT DISTINCT ON (n.id)
    n.region, n.metric_key, n.target_year,
    json_build_object('value', o.value, 'unit', o.unit, 'value_raw', o.value_raw, 'unit_raw', o.unit_raw, 'direction', o.direction,
      'document_id', o.document_id, 'title', od.title, 'date', to_char(od.published_on, 'YYYY-MM-DD'), 'quote', o.quote,
      'chunk_id', o.chunk_id, 'start', o.start_offset, 'end', o.end_offset) AS old,
    json_build_object('value', n.value, 'unit', n.unit, 'value_raw', n.value_raw, 'unit_raw', n.unit_raw, 'direction', n.direction,
      'document_id', n.document_id, 'title', nd.title, 'date', to_char(nd.published_on, 'YYYY-MM-DD'), 'quote', n.quote,
      'chunk_id', n.chunk_id, 'start', n.start_offset, 'end', n.end_offset) AS new
  FROM targets n
  JOIN documents nd ON nd.id = n.document_id
  JOIN targets o ON o.metric_key = n.metric_key AND o.region = n.region AND o.target_year = n.target_year AND o.unit = n.unit
    AND o.document_id <> n.document_id
  JOIN documents od ON od.id = o.document_id
  WHERE n.metric_key IS NOT NULL AND n.target_year IS NOT NULL
    AND nd.published_on >= $1::date AND nd.published_on <= $2::date
    AND od.published_on < nd.published_on
    AND abs(o.value - n.value) > 1e-9 * greatest(abs(o.value), abs(n.value))
    -- A document that states several values for one key (price tiers, "14.5%, striving for
    -- 16.5%") revises nothing by restating one of them: pairs whose value the other document
    -- also states are left out.
    AND NOT EXISTS (SELECT 1 FROM targets x WHERE x.document_id = o.document_id AND x.metric_key = n.metric_key AND x.region = n.region
      AND x.target_year = n.target_year AND x.unit = n.unit AND abs(x.value - n.value) <= 1e-9 * greatest(abs(x.value), abs(n.value)))
    AND NOT EXISTS (SELECT 1 FROM targets y WHERE y.document_id = n.document_id AND y.metric_key = n.metric_key AND y.region = n.region
      AND y.target_year = n.target_year AND y.unit = n.unit AND abs(y.value - o.value) <= 1e-9 * greatest(abs(y.value), abs(o.value)))
    AND ($3::text[] IS NULL OR n.region = ANY($3))
  ORDER BY n.id, od.published_on DESC, o.id`;

function nullableArray<T>(values: T[] | undefined): T[] | null {
  return values && values.length > 0 ? values : null;
}

export function createTargetsStore(sql: SqlClient): TargetStore {
  return {
    /** Replaces a document's targets (re-extraction) in one transaction. */
    async replaceTargets(
      documentId: string,
      targets: Target[],
      extractor = 'rules',
    ): Promise<void> {
      await sql.transaction(async (tx) => {
        await tx.query(DELETE_TARGETS_OF, [documentId]);
        if (targets.length > 0) await insertTargets(tx, documentId, targets, extractor);
      });
    },

    async listTargets(query = {}) {
      const { rows } = await sql.query<StoredTarget>(LIST_TARGETS, [
        nullableArray(query.regions),
        nullableArray(query.sectors),
        query.target_year ?? null,
        query.year_from ?? null,
        query.year_to ?? null,
        nullableArray(query.document_ids),
        query.q && query.q.trim() ? escapeLike(query.q.trim()) : null,
        query.limit ?? 1000,
        nullableArray(query.metrics),
      ]);
      return rows.map(targetRow);
    },

    async targetsForChunks(chunkIds: string[]): Promise<StoredTarget[]> {
      if (chunkIds.length === 0) return [];
      const { rows } = await sql.query<StoredTarget>(TARGETS_FOR_CHUNKS, [chunkIds]);
      return rows.map(targetRow);
    },

    /**
     * Targets set by documents published from `from` to `to` (YYYY-MM-DD, inclusive) that change
     * an earlier document's value for the same region, canonical metric and target year.
     */
    async targetRevisions(
      from: string,
      to: string,
      options: { regions?: string[] } = {},
    ): Promise<TargetRevision[]> {
      const { rows } = await sql.query<TargetRevision>(TARGET_REVISIONS, [
        from,
        to,
        nullableArray(options.regions),
      ]);
      const side = (s: RevisionSide): RevisionSide => ({
        ...s,
        value: Number(s.value),
        start: Number(s.start),
        end: Number(s.end),
      });
      return rows
        .map((r) => ({
          ...r,
          target_year: Number(r.target_year),
          old: side(r.old),
          new: side(r.new),
        }))
        .sort(
          (a, b) =>
            a.region.localeCompare(b.region) ||
            a.metric_key.localeCompare(b.metric_key) ||
            a.target_year - b.target_year,
        );
    },
  };
}

/** Text search in targets is a substring match: LIKE wildcards typed by a user are literal. */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}

function targetRow(row: StoredTarget): StoredTarget {
  return { ...row, value: Number(row.value) };
}

export async function insertTargets(
  tx: SqlClient,
  documentId: string,
  targets: Target[],
  extractor: string,
): Promise<void> {
  await tx.query(INSERT_TARGETS, [
    documentId,
    extractor,
    targets.map((t) => t.chunk_id),
    targets.map((t) => t.metric),
    targets.map((t) => t.value),
    targets.map((t) => t.unit),
    targets.map((t) => t.value_raw),
    targets.map((t) => t.unit_raw),
    targets.map((t) => t.direction),
    targets.map((t) => t.qualifier),
    targets.map((t) => t.baseline_year),
    targets.map((t) => t.target_year),
    targets.map((t) => t.region),
    targets.map((t) => t.level),
    targets.map((t) => t.sector),
    targets.map((t) => t.binding),
    targets.map((t) => t.quote),
    targets.map((t) => t.start),
    targets.map((t) => t.end),
    targets.map((t) => canonicalMetric(t.metric, t.quote, t.unit, t.value_raw)),
  ]);
}
