import type { Store } from '../db/store.ts';
import type { SearchFilters, Citation, AskResponse } from './types.ts';
import type { QueryAnalysis } from '../retrieval/query-analysis.ts';
import type { Target } from '../targets/schema.ts';
import { lexicalTokens } from '../text/tokens.ts';

/**
 * Comparison questions ("Compare Shanghai's and Guangdong's 2025 non-fossil targets",
 * "哪些省份设定了新能源汽车补贴上限？") are answered from the targets store as a table, one row
 * per region, each row quoting and citing the sentence its target came from. Returns null
 * when the store holds nothing relevant (the caller falls back to passage retrieval).
 */
const IGNORED = new Set(['compare', 'comparison', 'which', 'provinces', 'regions', 'cities', 'target', 'targets', 'set', 'between', 'and', 'versus', 'vs', '比较', '对比', '哪些', '省份', '目标', '设定', '了']);

export async function answerComparison(
  store: Store,
  analysis: QueryAnalysis,
  filters: SearchFilters | undefined,
): Promise<Pick<AskResponse, 'answer' | 'answerable' | 'citations' | 'targets' | 'table'> | null> {
  const regions = analysis.regions.length > 0 ? analysis.regions : filters?.regions;
  const rows = await store.listTargets({
    regions,
    document_ids: filters?.document_ids,
    sectors: filters?.sectors,
    target_year: analysis.years.length === 1 ? analysis.years[0] : undefined,
    limit: 2000,
  });
  const topicTokens = lexicalTokens([analysis.text, ...analysis.expansions].join(' ')).filter((t) => !IGNORED.has(t) && !/^\d{4}$/.test(t));
  const topic = new Set(topicTokens);
  if (topic.size === 0) return null;
  const scored = rows
    .map((row) => {
      const tokens = new Set(lexicalTokens(`${row.metric} ${row.quote}`));
      let shared = 0;
      for (const t of topic) if (tokens.has(t)) shared += /^[\u3400-\u9fff]$/.test(t) ? 0.2 : 1;
      return { row, score: shared };
    })
    .filter((s) => s.score >= 2)
    .sort((a, b) => b.score - a.score);
  if (scored.length === 0) return null;

  // Best row per region (and per unit, so a cap in yuan is not compared with a share in %).
  const chosen: (Target & { title: string })[] = [];
  const seen = new Set<string>();
  const bestScore = scored[0].score;
  for (const { row, score } of scored) {
    if (score < bestScore * 0.6) break;
    const key = `${row.region ?? ''}|${row.document_id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    chosen.push(row);
    if (chosen.length >= 12) break;
  }
  if (analysis.regions.length >= 2 && new Set(chosen.map((c) => c.region)).size < 2) return null;

  const chunks = await store.getChunks(Array.from(new Set(chosen.map((c) => c.chunk_id).filter((id): id is string => !!id))));
  const chunkById = new Map(chunks.map((c) => [c.chunk_id, c]));
  const citations: Citation[] = [];
  const lines: string[] = [];
  const tableRows: (string | number | null)[][] = [];
  for (const target of chosen) {
    const chunk = target.chunk_id ? chunkById.get(target.chunk_id) : undefined;
    if (!chunk) continue;
    const n = citations.length + 1;
    citations.push({
      n,
      chunk_id: chunk.chunk_id,
      document_id: chunk.document_id,
      title: chunk.title,
      issuer: chunk.issuer,
      date: chunk.date,
      region: chunk.region,
      url: chunk.url,
      page: chunk.page_from,
      heading: chunk.heading,
      quote: target.quote,
      start: target.start,
      end: target.end,
    });
    lines.push(`${target.region ?? 'National'}: ${target.quote} [${n}]`);
    tableRows.push([target.region, target.metric, target.value, target.unit, target.direction, target.baseline_year, target.target_year, `[${n}] ${chunk.title}`]);
  }
  if (citations.length === 0) return null;
  const zh = analysis.language === 'zh';
  return {
    answer: lines.join(zh ? '\n' : '\n'),
    answerable: true,
    citations,
    targets: chosen,
    table: {
      columns: zh ? ['地区', '指标', '数值', '单位', '方向', '基准年', '目标年', '来源'] : ['Region', 'Metric', 'Value', 'Unit', 'Direction', 'Baseline', 'Target year', 'Source'],
      rows: tableRows,
    },
  };
}
