import type { BenchResult } from './types.ts';

/** Plain-text table of a benchmark result and its pass/fail lines (informational, not exit codes). */

const int = (n: number) => (Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : 'n/a');
const ms = (n: number) => (Number.isFinite(n) ? (n < 10 ? n.toFixed(2) : n.toFixed(1)) : 'n/a');
const times = (n: number) => (Number.isFinite(n) ? `${n.toFixed(2)}×` : 'n/a');

function table(rows: string[][]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows
    .map((r) =>
      r
        .map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c])))
        .join('   ')
        .trimEnd(),
    )
    .join('\n');
}

/** How LangChain was run for the equal-quality line (and the plan PostgreSQL chose for it). */
function equalSetting(q: BenchResult['query']): string {
  if (q.langchain_equal_ef_search === null) return 'exact scan';
  const chosen = q.langchain_equal_steps.find((s) => s.ef_search === q.langchain_equal_ef_search);
  return `ef_search ${q.langchain_equal_ef_search}, iterative scan${chosen && !chosen.uses_index ? ', planned as a sequential scan' : ''}`;
}

export function formatReport(r: BenchResult): string {
  const i = r.ingest;
  const q = r.query;
  const head =
    `Policy QA benchmark — ${int(r.chunks)} chunks in ${int(r.documents)} documents on ${r.backend}; ` +
    `${r.machine.cpus} CPUs, ${r.machine.memory_gb.toFixed(0)} GB, Node ${r.machine.node}, load average ${r.machine.load_average.map((l) => l.toFixed(2)).join(' ')}`;
  const ingest = table([
    ['Ingest (same chunks, same vectors, interleaved rounds)', 'ours', 'LangChain', 'ours/LC'],
    [
      `LangChain as documented: createHnswIndex, then addDocuments (chunks/s)`,
      '',
      int(i.langchain_chunks_per_s),
      '',
    ],
    [
      `bulk load, ${int(i.bulk_chunks)} chunks, no HNSW/GIN yet (chunks/s; LangChain bulk table)`,
      int(i.ours_load_chunks_per_s),
      int(i.langchain_load_chunks_per_s),
      times(i.ours_load_chunks_per_s / i.langchain_load_chunks_per_s),
    ],
    [
      `HNSW build after load (s)`,
      i.ours_hnsw_s.toFixed(1),
      i.langchain_index_s.toFixed(1),
      times(i.langchain_index_s / i.ours_hnsw_s),
    ],
    [`GIN (lexical) build after load (s)`, i.ours_gin_s.toFixed(1), '-', ''],
    [
      `chunks ordered by region (CLUSTER) before the builds (s)`,
      (i.ours_cluster_s ?? 0).toFixed(1),
      '-',
      '',
    ],
    [
      `index builds, wall (s${i.ours_cluster_s ? '; ours: CLUSTER first' : ''}${r.backend === 'postgres' ? '; ours: GIN and HNSW at once' : ''})`,
      i.ours_index_s.toFixed(1),
      i.langchain_index_s.toFixed(1),
      times(i.langchain_index_s / i.ours_index_s),
    ],
    [
      'ours: load + index builds, vs LangChain as documented (chunks/s)',
      int(i.ours_chunks_per_s),
      int(i.langchain_chunks_per_s),
      times(i.ratio),
    ],
    [
      'ours vs LangChain bulk: load + createHnswIndex after (chunks/s)',
      int(i.ours_chunks_per_s),
      int(i.langchain_bulk_chunks_per_s),
      times(i.ratio_bulk),
    ],
    [
      `incremental, ${int(i.online_chunks)} chunks, HNSW in place (chunks/s)`,
      int(i.ours_online_chunks_per_s),
      int(i.langchain_online_chunks_per_s),
      times(i.ours_online_chunks_per_s / i.langchain_online_chunks_per_s),
    ],
  ]);
  const query = table([
    [
      `Query latency (${int(q.queries)} queries per side after warm-up, k = 10)`,
      'p50 ms',
      'p95 ms',
    ],
    [
      `ours: hybrid retrieve, region filter (ef_search ${q.ef_search_ours})`,
      ms(q.ours_p50_ms),
      ms(q.ours_p95_ms),
    ],
    [
      `LangChain at equal quality: same region filter, ${equalSetting(q)} (recall@10 ${q.langchain_equal_recall_at_10.toFixed(3)}, ${q.langchain_equal_rows.toFixed(1)} of 10 rows)`,
      ms(q.langchain_equal_p50_ms),
      ms(q.langchain_equal_p95_ms),
    ],
    [
      `LangChain similaritySearchVectorWithScore (unequal: unfiltered, ef_search ${q.ef_search_langchain})`,
      ms(q.langchain_p50_ms),
      ms(q.langchain_p95_ms),
    ],
    [
      `LangChain, same region filter (unequal: ef_search ${q.ef_search_langchain}, no iterative scan; ${q.langchain_filtered_rows.toFixed(1)} of 10 rows)`,
      ms(q.langchain_filtered_p50_ms),
      ms(q.langchain_filtered_p95_ms),
    ],
    [
      `raw pgvector HNSW, one SELECT over both language graphs (ef_search ${q.ef_search_ours})`,
      ms(q.raw_hnsw_p50_ms),
      ms(q.raw_hnsw_p95_ms),
    ],
    ['ours / raw HNSW', times(q.overhead_p50), times(q.overhead_p95)],
  ]);
  const other = table([
    ['Quality and end to end', 'value'],
    [
      `recall@10, HNSW (both language graphs) vs exact scan (${r.recall_queries} queries, ef_search ${r.recall_ef_search ?? q.ef_search_ours})`,
      r.recall_at_10.toFixed(3),
    ],
    [
      'the same HNSW search at larger ef_search: recall@10 (mean ms)',
      (r.recall_at_10_by_ef_search ?? [])
        .map((s) => `${s.ef_search}: ${s.recall_at_10.toFixed(3)} (${s.mean_ms.toFixed(1)})`)
        .join(', '),
    ],
    [
      'recall@10, our region-filtered store.vectorSearch vs exact',
      r.recall_at_10_filtered.toFixed(3),
    ],
    [
      `recall@10, LangChain similaritySearchVectorWithScore vs exact (ef_search ${q.ef_search_langchain})`,
      r.recall_at_10_langchain.toFixed(3),
    ],
    [
      `recall@10, LangChain with the region filter vs exact filtered, by setting tried`,
      q.langchain_equal_steps
        .map(
          (s) =>
            `${s.ef_search ?? 'exact'}: ${s.recall_at_10.toFixed(3)}${s.uses_index ? '' : ' (seq scan)'}`,
        )
        .join(', '),
    ],
    [
      `/api/ask p50 / p95 ms (HTTP on loopback, ${r.ask.server} server, ${r.ask.requests} requests)`,
      `${ms(r.ask.p50_ms)} / ${ms(r.ask.p95_ms)}`,
    ],
    ['answerable answers', `${int(r.ask.answerable)} of ${int(r.ask.requests)}`],
    [
      `server resident memory (MB${r.ask.server === 'in-process' ? ', includes the benchmark and PGlite' : ''})`,
      int(r.rss_mb),
    ],
    ['HashingEmbeddings (chunks/s, excluded from both sides)', int(i.embed_chunks_per_s)],
    ['total run time (s)', r.seconds.toFixed(0)],
  ]);
  return [head, '', ingest, '', query, '', other].join('\n');
}

export interface Verdict {
  pass: boolean | null;
  line: string;
}

/** The four goals of the benchmark issue; `pass: null` when the goal does not apply to this run. */
export function verdicts(r: BenchResult): Verdict[] {
  const out: Verdict[] = [];
  const ratio = r.ingest.ratio;
  out.push({
    pass: ratio >= 3,
    line:
      `ingest ≥ 3× LangChain as documented (ours: load + index builds; LangChain: createHnswIndex, then addDocuments): ` +
      `${int(r.ingest.ours_chunks_per_s)} vs ${int(r.ingest.langchain_chunks_per_s)} chunks/s = ${times(ratio)} ` +
      `(vs LangChain bulk with the index built after: ${times(r.ingest.ratio_bulk)})`,
  });
  const q = r.query;
  out.push({
    pass: q.ours_p95_ms <= q.langchain_equal_p95_ms,
    line:
      `our hybrid p95 ≤ LangChain p95 at equal quality: ${ms(q.ours_p95_ms)} ms vs ${ms(q.langchain_equal_p95_ms)} ms ` +
      `(LangChain with the region filter at ${equalSetting(q)}: recall@10 ${q.langchain_equal_recall_at_10.toFixed(3)} vs ours ${r.recall_at_10_filtered.toFixed(3)}, ` +
      `${q.langchain_equal_rows.toFixed(1)} of 10 rows; unequal, unfiltered at ef_search ${q.ef_search_langchain}: ${ms(q.langchain_p95_ms)} ms)`,
  });
  out.push({
    pass: r.recall_at_10 >= 0.95,
    line: `recall@10 ≥ 0.95: ${r.recall_at_10.toFixed(3)}`,
  });
  const applies = r.backend === 'postgres' && r.chunks >= 50_000;
  out.push({
    pass: applies ? r.ask.p95_ms <= 50 : null,
    line:
      `/api/ask p95 ≤ 50 ms at ${applies ? int(r.chunks) : '50,000 or more'} chunks on PostgreSQL: ${ms(r.ask.p95_ms)} ms` +
      (applies ? '' : ` (goal not applicable: ${int(r.chunks)} chunks on ${r.backend})`),
  });
  return out;
}

export function formatVerdicts(list: Verdict[]): string {
  return list
    .map((v) => `${v.pass === null ? 'N/A ' : v.pass ? 'PASS' : 'FAIL'}  ${v.line}`)
    .join('\n');
}
