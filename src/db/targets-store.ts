import type { SqlClient } from './sql-client.ts';
import type { Target } from '../targets/schema.ts';

// Runtime SQL for the targets table: written with its document by store.saveDocument (one
// transaction), replaced by re-extraction, read by the targets API and comparisons.

export interface TargetQuery {
  regions?: string[];
  sectors?: string[];
  target_year?: number;
  year_from?: number;
  year_to?: number;
  document_ids?: string[];
  q?: string;
  limit?: number;
}

const INSERT_TARGETS = `INSERT INTO targets
  (document_id, chunk_id, metric, value, unit, value_raw, unit_raw, direction, qualifier, baseline_year, target_year, region, level, sector, binding, quote, start_offset, end_offset, extractor)
  SELECT $1, t.chunk_id, t.metric, t.value, t.unit, t.value_raw, t.unit_raw, t.direction, t.qualifier, t.baseline_year, t.target_year,
         t.region, t.level, t.sector, t.binding, t.quote, t.start_offset, t.end_offset, $2
  FROM unnest($3::text[], $4::text[], $5::float8[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::int[], $12::int[],
              $13::text[], $14::text[], $15::text[], $16::text[], $17::text[], $18::int[], $19::int[])
       AS t(chunk_id, metric, value, unit, value_raw, unit_raw, direction, qualifier, baseline_year, target_year, region, level, sector, binding, quote, start_offset, end_offset)`;
const DELETE_TARGETS_OF = 'DELETE FROM targets WHERE document_id = $1';

const TARGET_COLUMNS = `t.metric, t.value, t.unit, t.value_raw, t.unit_raw, t.direction, t.qualifier, t.baseline_year, t.target_year, t.region, t.level,
  t.sector, t.binding, t.document_id, t.chunk_id, t.quote, t.start_offset AS start, t.end_offset AS "end"`;
const LIST_TARGETS = `SELECT ${TARGET_COLUMNS}, d.title FROM targets t JOIN documents d ON d.id = t.document_id
  WHERE ($1::text[] IS NULL OR t.region = ANY($1)) AND ($2::text[] IS NULL OR t.sector = ANY($2))
    AND ($3::int IS NULL OR t.target_year = $3) AND ($4::int IS NULL OR t.target_year >= $4) AND ($5::int IS NULL OR t.target_year <= $5)
    AND ($6::text[] IS NULL OR t.document_id = ANY($6))
    AND ($7::text IS NULL OR t.metric ILIKE '%' || $7 || '%' ESCAPE '\\' OR t.quote ILIKE '%' || $7 || '%' ESCAPE '\\')
  ORDER BY t.region, t.target_year NULLS LAST, t.document_id, t.start_offset LIMIT $8`;
const TARGETS_FOR_CHUNKS = `SELECT ${TARGET_COLUMNS}, d.title FROM targets t JOIN documents d ON d.id = t.document_id
  WHERE t.chunk_id = ANY($1::text[]) ORDER BY t.document_id, t.start_offset`;

function nullableArray<T>(values: T[] | undefined): T[] | null {
  return values && values.length > 0 ? values : null;
}

export function createTargetsStore(sql: SqlClient) {
  return {
    /** Replaces a document's targets (re-extraction) in one transaction. */
    async replaceTargets(documentId: string, targets: Target[], extractor = 'rules'): Promise<void> {
      await sql.transaction(async (tx) => {
        await tx.query(DELETE_TARGETS_OF, [documentId]);
        if (targets.length > 0) await insertTargets(tx, documentId, targets, extractor);
      });
    },

    async listTargets(query: TargetQuery = {}): Promise<(Target & { title: string })[]> {
      const { rows } = await sql.query<Target & { title: string }>(LIST_TARGETS, [
        nullableArray(query.regions), nullableArray(query.sectors), query.target_year ?? null, query.year_from ?? null,
        query.year_to ?? null, nullableArray(query.document_ids), query.q && query.q.trim() ? escapeLike(query.q.trim()) : null, query.limit ?? 1000,
      ]);
      return rows.map(targetRow);
    },

    async targetsForChunks(chunkIds: string[]): Promise<(Target & { title: string })[]> {
      if (chunkIds.length === 0) return [];
      const { rows } = await sql.query<Target & { title: string }>(TARGETS_FOR_CHUNKS, [chunkIds]);
      return rows.map(targetRow);
    },

  };
}

/** Text search in targets is a substring match: LIKE wildcards typed by a user are literal. */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}

function targetRow(row: Target & { title: string }): Target & { title: string } {
  return { ...row, value: Number(row.value) };
}

export async function insertTargets(tx: SqlClient, documentId: string, targets: Target[], extractor: string): Promise<void> {
  await tx.query(INSERT_TARGETS, [
    documentId, extractor,
    targets.map((t) => t.chunk_id), targets.map((t) => t.metric), targets.map((t) => t.value), targets.map((t) => t.unit),
    targets.map((t) => t.value_raw), targets.map((t) => t.unit_raw), targets.map((t) => t.direction), targets.map((t) => t.qualifier),
    targets.map((t) => t.baseline_year), targets.map((t) => t.target_year), targets.map((t) => t.region), targets.map((t) => t.level),
    targets.map((t) => t.sector), targets.map((t) => t.binding), targets.map((t) => t.quote), targets.map((t) => t.start), targets.map((t) => t.end),
  ]);
}
