import type { DocumentInput } from '../../src/store.ts';
import type { Target } from '../../src/targets/schema.ts';
import { createRandom, type Random } from './random.ts';
import {
  PROVINCES,
  TOPICS,
  HEADINGS_EN,
  HEADINGS_ZH,
  chapterHeading,
  fillerSentence,
  targetSentence,
  questionFor,
  type Province,
} from './phrases.ts';

/**
 * Deterministic synthetic corpus for the benchmark: policy-like documents of 20–60 chunks in
 * English and Chinese, one region each (the 31 mainland provinces, some national), with target
 * sentences and the structured targets they state. Same seed → same documents, byte for byte.
 */
export interface BenchChunk {
  id: string;
  ordinal: number;
  text: string;
  heading: string;
  /** Offsets into the document text: document.text.slice(start, end) === text. */
  start: number;
  end: number;
}

export interface BenchDocument {
  document: DocumentInput;
  chunks: BenchChunk[];
  targets: Target[];
}

export interface BenchQuery {
  text: string;
  language: 'en' | 'zh';
  /** Canonical region name used as the query's filter. */
  region: string;
}

export const DEFAULT_SEED = 20240601;

const SEPARATOR = '\n\n';

/** Exactly `chunks` chunks in documents of 20–60 (the last one may be shorter). */
export function generateDocuments(options: { chunks: number; seed?: number }): BenchDocument[] {
  const random = createRandom(options.seed ?? DEFAULT_SEED);
  const documents: BenchDocument[] = [];
  let remaining = options.chunks;
  while (remaining > 0) {
    const size = Math.min(remaining, random.int(20, 60));
    documents.push(generateDocument(random, documents.length, size));
    remaining -= size;
  }
  return documents;
}

function generateDocument(random: Random, index: number, size: number): BenchDocument {
  const language: 'en' | 'zh' = random.chance(0.5) ? 'en' : 'zh';
  const national = random.chance(0.08);
  const province = random.pick(PROVINCES);
  const regionName = national ? 'National' : province.name;
  const regionText = national
    ? language === 'en'
      ? 'the country'
      : '全国'
    : language === 'en'
      ? province.name
      : province.zh;
  const topic = random.pick(TOPICS);
  const year = random.int(2021, 2024);
  const date = `${year}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`;
  const id = `bench-${language}-${String(index).padStart(5, '0')}`;
  const title =
    language === 'en'
      ? `${national ? 'National' : province.name} ${year <= 2022 ? '14th Five-Year Plan' : 'Action Plan'} for ${topic.en}`
      : `${national ? '' : province.zh}${year <= 2022 ? '“十四五”' : ''}${topic.zh}${year <= 2022 ? '规划' : '行动方案'}`;

  const chunks: BenchChunk[] = [];
  const targets: Target[] = [];
  let text = '';
  let chapter = 0;
  let heading = chapterHeading(language, 0, (language === 'en' ? HEADINGS_EN : HEADINGS_ZH)[0]);
  for (let ordinal = 0; ordinal < size; ordinal++) {
    if (ordinal > 0 && random.chance(0.2)) {
      chapter++;
      heading = chapterHeading(
        language,
        chapter,
        random.pick(language === 'en' ? HEADINGS_EN : HEADINGS_ZH),
      );
    }
    if (text.length > 0) text += SEPARATOR;
    const chunkStart = text.length;
    const sentences = language === 'en' ? random.int(5, 8) : random.int(5, 9);
    const withTarget = random.chance(0.45) ? random.int(0, sentences - 1) : -1;
    const parts: string[] = [];
    let offset = chunkStart;
    for (let s = 0; s < sentences; s++) {
      const joiner = s === 0 ? '' : language === 'en' ? ' ' : '';
      offset += joiner.length;
      if (s === withTarget) {
        const sentence = targetSentence(random, language, regionText, year);
        targets.push({
          metric: sentence.metric,
          value: sentence.value,
          unit: sentence.unit,
          value_raw: sentence.value_raw,
          unit_raw: sentence.unit_raw,
          direction: sentence.direction,
          qualifier: sentence.qualifier,
          baseline_year: sentence.baseline_year,
          target_year: sentence.target_year,
          region: regionName,
          level: national ? 'national' : 'provincial',
          sector: sentence.sector,
          binding: null,
          document_id: id,
          chunk_id: `${id}:${ordinal}`,
          quote: sentence.text,
          start: offset,
          end: offset + sentence.text.length,
        });
        parts.push(joiner + sentence.text);
        offset += sentence.text.length;
      } else {
        const sentence = fillerSentence(random, language, regionText);
        parts.push(joiner + sentence);
        offset += sentence.length;
      }
    }
    const chunkText = parts.join('');
    text += chunkText;
    chunks.push({
      id: `${id}:${ordinal}`,
      ordinal,
      text: chunkText,
      heading,
      start: chunkStart,
      end: chunkStart + chunkText.length,
    });
  }

  const document: DocumentInput = {
    id,
    title,
    issuer:
      language === 'en'
        ? `${national ? 'State Council' : `People's Government of ${province.name}`}`
        : `${national ? '国务院' : `${province.zh}人民政府`}`,
    doc_number: null,
    date,
    region: regionName,
    level: national ? 'national' : 'provincial',
    sectors: topic.sectors,
    language,
    url: null,
    file_name: `${id}.txt`,
    content_hash: `bench-${index}-${size}`,
    text,
    pages: null,
  };
  return { document, chunks, targets };
}

/** `count` questions, each with the province it asks about as its region filter. */
export function generateQueries(options: { count: number; seed?: number }): BenchQuery[] {
  const random = createRandom((options.seed ?? DEFAULT_SEED) ^ 0x5eed);
  const queries: BenchQuery[] = [];
  for (let i = 0; i < options.count; i++) {
    const province: Province = random.pick(PROVINCES);
    const language: 'en' | 'zh' = random.chance(0.5) ? 'en' : 'zh';
    queries.push({
      text: questionFor(random, language, province),
      language,
      region: province.name,
    });
  }
  return queries;
}
