import type { RetrievedPassage } from '../retrieval/retriever.ts';
import type { SearchFilters, Citation, Passage } from './types.ts';
import type { AnswerSentence } from './extractive.ts';

/** Builds citations (one per quoted sentence) and the answer text with [n] markers. */
export function composeExtractive(sentences: AnswerSentence[], language: 'en' | 'zh'): { answer: string; citations: Citation[] } {
  const citations = sentences.map((s, i) => citationFor(s.passage, s.start, s.end, i + 1));
  const parts = sentences.map((s, i) => {
    const n = i + 1;
    const sentenceIsZh = s.passage.language === 'zh' || /[\u4e00-\u9fff]/.test(s.text);
    if (language === 'en' && sentenceIsZh) return `${s.passage.title} states: “${s.text}” [${n}]`;
    if (language === 'zh' && !sentenceIsZh) return `《${s.passage.title}》指出：“${s.text}” [${n}]`;
    return `${s.text} [${n}]`;
  });
  return { answer: parts.join(language === 'zh' ? '' : ' '), citations };
}

export function citationFor(passage: RetrievedPassage, start: number, end: number, n: number): Citation {
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
  return { chunk_id: p.chunk_id, document_id: p.document_id, title: p.title, page: p.page_from, heading: p.heading, text: p.text, score: p.score };
}

export function describeFilters(filters: SearchFilters | undefined): string {
  if (!filters) return '';
  const parts: string[] = [];
  if (filters.regions?.length) parts.push(`regions: ${filters.regions.join(', ')}`);
  if (filters.sectors?.length) parts.push(`sectors: ${filters.sectors.join(', ')}`);
  if (filters.year_from !== undefined || filters.year_to !== undefined) parts.push(`years: ${filters.year_from ?? '…'}–${filters.year_to ?? '…'}`);
  if (filters.languages?.length) parts.push(`languages: ${filters.languages.join(', ')}`);
  if (filters.document_ids?.length) parts.push(`documents: ${filters.document_ids.join(', ')}`);
  return parts.join('; ');
}

export function notFoundText(language: 'en' | 'zh', documents: number, filters: SearchFilters | undefined): string {
  const described = describeFilters(filters);
  if (language === 'zh') {
    return `在检索的 ${documents} 份文件中未找到答案${described ? `（筛选条件：${described}）` : ''}。以下是最接近的段落，供参考。`;
  }
  return `Not found in the ${documents} documents searched${described ? ` (filters: ${described})` : ''}. The closest passages are listed below.`;
}
