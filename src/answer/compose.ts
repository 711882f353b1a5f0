import { hasCjk } from '../text/cjk.ts';
import type { RetrievedPassage } from '../retrieval/retriever.ts';
import type { SearchFilters, Citation, Passage } from '../domain.ts';
import type { AnswerSentence } from './extractive.ts';
import { regionByName } from '../text/regions.ts';

/**
 * Builds citations (one per quoted sentence) and the answer text with [n] markers. `joined`
 * (one answer per region) states every region's sentence first and the markers after them, so
 * the lead already holds every region's figure.
 */
export function composeExtractive(
  sentences: AnswerSentence[],
  language: 'en' | 'zh',
  options: { joined?: boolean } = {},
): { answer: string; citations: Citation[] } {
  const citations = sentences.map((s, i) => citationFor(s.passage, s.start, s.end, i + 1));
  const introduced = new Set<string>();
  const parts = sentences.map((s) => {
    const first = !introduced.has(s.passage.document_id);
    introduced.add(s.passage.document_id);
    const sentenceIsZh = hasCjk(s.text);
    // Each document is named (with its region) where it is first quoted: readers see at once
    // whose target it is, and "which province…" questions are answered by the attribution.
    const source = first ? attribution(s.passage, language) : '';
    const quoted = (language === 'en') === sentenceIsZh ? `“${s.text}”` : s.text;
    return `${source}${quoted}`;
  });
  if (options.joined && parts.length > 1) {
    const markers = citations.map((c) => `[${c.n}]`).join('');
    const body = parts
      .map((p) => p.replace(/[。.；;，,\s]+$/u, ''))
      .join(language === 'zh' ? '；' : '; ');
    return { answer: `${body}${language === 'zh' ? '。' : '.'} ${markers}`, citations };
  }
  return {
    answer: parts.map((p, i) => `${p} [${i + 1}]`).join(language === 'zh' ? '' : ' '),
    citations,
  };
}

export function regionLabel(region: string | null, language: 'en' | 'zh'): string {
  if (!region || region === 'National') return language === 'zh' ? '全国' : 'National';
  return language === 'zh' ? (regionByName(region)?.zh ?? region) : region;
}

function attribution(passage: RetrievedPassage, language: 'en' | 'zh'): string {
  const region = regionLabel(passage.region, language);
  return language === 'zh' ? `${region}《${passage.title}》：` : `${region} — ${passage.title}: `;
}

/** What an extractive sentence may be checked against: its passage and the passage's metadata. */
export function supportText(passage: {
  title: string;
  region: string | null;
  date: string | null;
  issuer?: string | null;
  text: string;
}): string {
  return [
    passage.title,
    regionLabel(passage.region, 'en'),
    regionLabel(passage.region, 'zh'),
    passage.date ?? '',
    passage.issuer ?? '',
    passage.text,
  ].join('\n');
}

export function citationFor(
  passage: RetrievedPassage,
  start: number,
  end: number,
  n: number,
): Citation {
  return {
    n,
    chunk_id: passage.chunk_id,
    document_id: passage.document_id,
    title: passage.title,
    issuer: passage.issuer,
    date: passage.date,
    region: passage.region,
    url: passage.url,
    page: passage.page_from,
    heading: passage.heading,
    quote: passage.text.slice(start, end),
    start: passage.start + start,
    end: passage.start + end,
  };
}

export function toPassage(p: RetrievedPassage): Passage {
  return {
    chunk_id: p.chunk_id,
    document_id: p.document_id,
    title: p.title,
    page: p.page_from,
    heading: p.heading,
    text: p.text,
    score: p.score,
  };
}

export function describeFilters(filters: SearchFilters | undefined): string {
  if (!filters) return '';
  const parts: string[] = [];
  if (filters.regions?.length) parts.push(`regions: ${filters.regions.join(', ')}`);
  if (filters.sectors?.length) parts.push(`sectors: ${filters.sectors.join(', ')}`);
  if (filters.year_from !== undefined || filters.year_to !== undefined)
    parts.push(`years: ${filters.year_from ?? '…'}–${filters.year_to ?? '…'}`);
  if (filters.languages?.length) parts.push(`languages: ${filters.languages.join(', ')}`);
  if (filters.document_ids?.length) parts.push(`documents: ${filters.document_ids.join(', ')}`);
  return parts.join('; ');
}

export function notFoundText(
  language: 'en' | 'zh',
  documents: number,
  filters: SearchFilters | undefined,
): string {
  const described = describeFilters(filters);
  if (language === 'zh') {
    return `在检索的 ${documents} 份文件中未找到答案${described ? `（筛选条件：${described}）` : ''}。以下是最接近的段落，供参考。`;
  }
  return `Not found in the ${documents} documents searched${described ? ` (filters: ${described})` : ''}. The closest passages are listed below.`;
}
